import { checkApplicationRules } from '../applications/rules/applicationRules.js';
import type { ApplicationRuleContext } from '../applications/rules/ApplicationRule.js';
import type { Application } from '../applications/schema/types.js';
import type { ValidateApplicationOptions } from '../applications/validateApplication.js';
import type { PioIssue } from '../issues/PioIssue.js';
import { toInstant } from '../time/toInstant.js';
import { exclusionCriteria } from './exclusionCriteria.js';
import type { ExclusionCheck, ExclusionOutcome } from './types.js';

/**
 * Options of {@link checkExclusions} and {@link assessApplication}: the same as
 * `validateApplication`'s, so the exclusion rules judge a proposal exactly as validation does.
 * `at` is the instant to judge by when the proposal has no `submittedAt`; it also picks the
 * scoring scheme in force then.
 */
export type AssessmentOptions = ValidateApplicationOptions;

/** The rule context of an assessment. @internal */
export function ruleContext(options: AssessmentOptions): ApplicationRuleContext {
  return {
    at: options.at === undefined ? undefined : toInstant(options.at, { path: ['at'] }),
    locale: options.locale,
    calendar: options.calendar,
    parameters: options.parameters,
    eligibleOrganisationTypes: options.eligibleOrganisationTypes,
  };
}

/**
 * Checks the exclusion criteria of a proposal by running, for each one, the business rules of
 * the applications module it maps to (`ruleIds`); an exclusion applies when its rules report an
 * error. Assessors can run it before they score.
 *
 * @param application - A parsed proposal (from `validateApplication` or `parseApplication`).
 * @param options - `at`, `locale`, `calendar`, `parameters`, `eligibleOrganisationTypes`.
 * @returns Every exclusion that applies, with the rules' errors, and the rules' warnings.
 * @throws {@link PioRulesError} `invalid_time` or `ambiguous_time` for a bad `at`.
 * @example
 * ```ts
 * const late = { ...application, submittedAt: new Date('2024-10-11T08:00:00+02:00') };
 * checkExclusions(late).exclusions.map((e) => [e.criterionId, e.issues[0]?.code]);
 * //=> [['submitted-late', 'submitted_after_deadline']]
 * ```
 */
export function checkExclusions(
  application: Application,
  options: AssessmentOptions = {},
): ExclusionCheck {
  const context = ruleContext(options ?? {});
  const exclusions: ExclusionOutcome[] = [];
  const warnings: PioIssue[] = [];
  for (const criterion of exclusionCriteria) {
    const issues = checkApplicationRules(application, context, { only: criterion.ruleIds });
    const errors = issues.filter((issue) => issue.severity === 'error');
    warnings.push(...issues.filter((issue) => issue.severity !== 'error'));
    if (errors.length > 0)
      exclusions.push(
        Object.freeze({
          criterionId: criterion.id,
          label: criterion.label,
          ruleIds: criterion.ruleIds,
          issues: Object.freeze(errors),
        }),
      );
  }
  return Object.freeze({
    exclusions: Object.freeze(exclusions),
    warnings: Object.freeze(warnings),
  });
}
