import { createIssue, localizeIssue } from '../../issues/createIssue.js';
import { describeType, receivedText } from '../../issues/describe.js';
import type { PioIssue } from '../../issues/PioIssue.js';
import { fail, isPioRulesError } from '../../issues/PioRulesError.js';
import type { PartialApplication } from '../schema/types.js';
import type {
  ApplicationRule,
  ApplicationRuleContext,
  ApplicationRuleId,
} from './ApplicationRule.js';
import { cofinancingWithinLimitsRule } from './cofinancingWithinLimits.js';
import { eligibleOrganisationRule } from './eligibleOrganisation.js';
import { expertiseWithinIndicativeMaxRule } from './expertiseWithinIndicativeMax.js';
import { generalInterestRule } from './generalInterest.js';
import { knownCallRule } from './knownCall.js';
import { noMarketDistortionRule } from './noMarketDistortion.js';
import { notOffTheShelfRule } from './notOffTheShelf.js';
import { onTimeRule } from './onTime.js';
import { partnersDistinctRule } from './partnersDistinct.js';
import { procurementForeseenRule } from './procurementForeseen.js';
import { supportRequestedRule } from './supportRequested.js';
import { validEnterpriseNumbersRule } from './validEnterpriseNumbers.js';

/**
 * Every business rule on a proposal, in the order `validateApplication` runs them. One
 * implementation of each rule: the criteria module runs its exclusion criteria through
 * {@link checkApplicationRules} with `only`.
 *
 * @example
 * ```ts
 * applicationRules.map((rule) => rule.id).includes('on-time');
 * //=> true
 * ```
 */
export const applicationRules: readonly ApplicationRule[] = Object.freeze([
  knownCallRule,
  onTimeRule,
  eligibleOrganisationRule,
  generalInterestRule,
  noMarketDistortionRule,
  validEnterpriseNumbersRule,
  partnersDistinctRule,
  procurementForeseenRule,
  supportRequestedRule,
  notOffTheShelfRule,
  cofinancingWithinLimitsRule,
  expertiseWithinIndicativeMaxRule,
]);

/** Options of {@link checkApplicationRules}. */
export interface CheckApplicationRulesOptions {
  /** Run only these rules (in the order of {@link applicationRules}); default: all. */
  readonly only?: readonly ApplicationRuleId[] | undefined;
}

/**
 * The business rule with an id.
 *
 * @param id - A rule id.
 * @returns The rule.
 * @throws {@link PioRulesError} `invalid_value` for an unknown id.
 * @example
 * ```ts
 * getApplicationRule('on-time').codes;
 * //=> ['submitted_after_deadline', 'submission_time_unknown']
 * ```
 */
export function getApplicationRule(id: ApplicationRuleId): ApplicationRule {
  const rule = applicationRules.find((r) => r.id === id);
  if (rule === undefined)
    return fail('invalid_value', {
      expected: applicationRules.map((r) => r.id),
      received: receivedText(id),
    });
  return rule;
}

/**
 * Runs the business rules on a proposal (or on the parts of one that parsed) and returns every
 * issue they find, errors and warnings, in rule order. Rules read only what they need and skip
 * what is missing, so nothing stops early.
 *
 * @param application - A parsed `Application`, or a {@link PartialApplication}.
 * @param context - `at` (judge a draft at this instant), `locale`, `calendar`, `parameters`,
 *   `eligibleOrganisationTypes`.
 * @param options - `only`: the ids of the rules to run.
 * @returns The issues found; empty when every rule holds (`invalid_type` for a proposal that
 *   is not an object).
 * @throws Never for a proposal; only for a programmer error that is not a `PioRulesError` (a
 *   `PioRulesError` from a rule, such as a parameter with no value in force, becomes issues).
 * @example
 * ```ts
 * checkApplicationRules(application, { at: new Date('2024-10-11T00:00:00+02:00') }, { only: ['on-time', 'eligible-organisation'] })
 *   .map((i) => i.code);
 * //=> ['submitted_after_deadline']
 * ```
 */
export function checkApplicationRules(
  application: PartialApplication,
  context: ApplicationRuleContext = {},
  options: CheckApplicationRulesOptions = {},
): PioIssue[] {
  const ctx: ApplicationRuleContext =
    typeof context === 'object' && context !== null ? context : {};
  const locale = ctx.locale === 'en' ? 'en' : 'nl-BE';
  if (typeof application !== 'object' || application === null)
    return [
      createIssue('invalid_type', {
        locale,
        params: { expected: 'object', received: describeType(application) },
      }),
    ];
  const only: unknown = options?.only;
  const rules = Array.isArray(only)
    ? applicationRules.filter((r) => only.includes(r.id))
    : applicationRules;
  return rules.flatMap((rule) => {
    try {
      return rule.check(application, ctx);
    } catch (error) {
      if (!isPioRulesError(error)) throw error;
      return error.issues.map((issue) => localizeIssue(issue, locale));
    }
  });
}
