import type { ApplicationRuleId } from '../applications/rules/ApplicationRule.js';
import { applicationRules } from '../applications/rules/index.js';
import { sources } from '../parameters/definitions/sources.js';
import { criteriaText } from '../parameters/scoringScheme.js';
import type { ExclusionCriterionId } from '../vocabulary/index.js';
import type { ExclusionCriterion } from './types.js';

/** An exclusion criterion as data: the rules that check it, the first one giving its source. */
function exclusion(
  id: ExclusionCriterionId,
  ruleIds: readonly [ApplicationRuleId, ...ApplicationRuleId[]],
): ExclusionCriterion {
  const first = applicationRules.find((rule) => rule.id === ruleIds[0]);
  return Object.freeze({
    id,
    kind: 'exclusion',
    label: criteriaText((t) => t.criteria[id].label),
    description: criteriaText((t) => t.criteria[id].description),
    subCriteria: Object.freeze([]),
    ruleIds: Object.freeze([...ruleIds]),
    status: 'assumed',
    source: first?.source ?? sources.assumption,
    note: criteriaText((t) => t.exclusionNote),
  });
}

/**
 * The exclusion criteria, in the order they are checked. Each one maps to the business rules of
 * the applications module that check it (`ruleIds`): one implementation of each rule, never a
 * second one here; an exclusion applies when one of its rules reports an error. Its `source` is
 * that of its first rule. Their status is `assumed`: that VLAIO uses exclusion criteria is
 * published, their wording is not; the rules they rest on are.
 *
 * @example
 * ```ts
 * exclusionCriteria.map((c) => [c.id, c.ruleIds]);
 * //=> [['applicant-not-eligible', ['eligible-organisation', 'general-interest']], ['submitted-late', ['known-call', 'on-time']], ['commercially-available', ['not-off-the-shelf']], ['market-distortion', ['no-market-distortion']], ['no-procurement-foreseen', ['procurement-foreseen']]]
 * ```
 */
export const exclusionCriteria: readonly ExclusionCriterion[] = Object.freeze([
  exclusion('applicant-not-eligible', ['eligible-organisation', 'general-interest']),
  exclusion('submitted-late', ['known-call', 'on-time']),
  exclusion('commercially-available', ['not-off-the-shelf']),
  exclusion('market-distortion', ['no-market-distortion']),
  exclusion('no-procurement-foreseen', ['procurement-foreseen']),
]);
