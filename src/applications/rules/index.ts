import type { IssueData } from '../../issues/issue.js';
import type { Facts } from '../facts.js';
import type { ApplicationRule, ApplicationRuleId, ApplicationRuleInfo } from './ApplicationRule.js';
import { cofinancingWithinLimits } from './cofinancingWithinLimits.js';
import { eligibleOrganisation } from './eligibleOrganisation.js';
import { expertiseWithinIndicativeMax } from './expertiseWithinIndicativeMax.js';
import { generalInterest } from './generalInterest.js';
import { knownCall } from './knownCall.js';
import { noMarketDistortion } from './noMarketDistortion.js';
import { notOffTheShelf } from './notOffTheShelf.js';
import { onTime } from './onTime.js';
import { partnersDistinct } from './partnersDistinct.js';
import { procurementForeseen } from './procurementForeseen.js';
import { supportRequested } from './supportRequested.js';
import { validEnterpriseNumbers } from './validEnterpriseNumbers.js';

/** Every rule with its check, in the order a validation runs them. @internal */
export const rules: readonly ApplicationRule[] = [
  knownCall,
  onTime,
  eligibleOrganisation,
  generalInterest,
  noMarketDistortion,
  validEnterpriseNumbers,
  partnersDistinct,
  procurementForeseen,
  supportRequested,
  notOffTheShelf,
  cofinancingWithinLimits,
  expertiseWithinIndicativeMax,
];

/**
 * Every business rule on a proposal, as data (id, codes, description, source), in the order
 * `validateApplication` runs them. The criteria module's exclusion criteria name these ids.
 *
 * @example
 * ```ts
 * applicationRules.map((rule) => rule.id).includes('on-time');
 * //=> true
 * ```
 */
export const applicationRules: readonly ApplicationRuleInfo[] = Object.freeze(
  rules.map(({ id, codes, description, source }) =>
    Object.freeze({ id, codes, description, ...(source === undefined ? {} : { source }) }),
  ),
);

/**
 * Runs the rules (all, or `only` these, in the order of {@link rules}) on facts.
 *
 * @internal
 */
export function runRules(facts: Facts, only?: readonly ApplicationRuleId[]): IssueData[] {
  const found: IssueData[] = [];
  for (const rule of rules) {
    if (only !== undefined && !only.includes(rule.id)) continue;
    for (const one of rule.check(facts)) found.push(one);
  }
  return found;
}
