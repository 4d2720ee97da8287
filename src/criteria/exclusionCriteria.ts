import { getApplicationRule } from '../applications/rules/applicationRules.js';
import type { ApplicationRuleId } from '../applications/rules/ApplicationRule.js';
import { sources } from '../parameters/definitions/sources.js';
import { exclusionCriterionIds, type ExclusionCriterionId } from './criterionIds.js';
import { localized } from './internal.js';
import type { ExclusionCriterion } from './types.js';

/** Each exclusion criterion and the application rules that check it. */
const ruleMap: {
  readonly [K in ExclusionCriterionId]: readonly [ApplicationRuleId, ...ApplicationRuleId[]];
} = {
  'applicant-not-eligible': ['eligible-organisation', 'general-interest'],
  'submitted-late': ['known-call', 'on-time'],
  'commercially-available': ['not-off-the-shelf'],
  'market-distortion': ['no-market-distortion'],
  'no-procurement-foreseen': ['procurement-foreseen'],
};

/**
 * The exclusion criteria, in the order they are checked. Each one maps to the business rules of
 * the applications module that check it (`ruleIds`): one implementation of each rule, never a
 * second one here. Its `source` is that of its first rule. Their status is `assumed`: that
 * VLAIO uses exclusion criteria is published, their wording is not; the rules they rest on are.
 *
 * @example
 * ```ts
 * exclusionCriteria.map((c) => c.id);
 * //=> ['applicant-not-eligible', 'submitted-late', 'commercially-available', 'market-distortion', 'no-procurement-foreseen']
 * ```
 */
export const exclusionCriteria: readonly ExclusionCriterion[] = Object.freeze(
  exclusionCriterionIds.map((id): ExclusionCriterion => {
    const ruleIds = ruleMap[id];
    const rule = getApplicationRule(ruleIds[0]);
    return Object.freeze({
      id,
      kind: 'exclusion',
      label: localized((t) => t.criteria[id].label),
      description: localized((t) => t.criteria[id].description),
      subCriteria: Object.freeze([]),
      ruleIds: Object.freeze([...ruleIds]),
      status: 'assumed',
      source: Object.freeze({ ...(rule.source ?? sources.assumption) }),
      note: localized((t) => t.exclusionNote),
    });
  }),
);
