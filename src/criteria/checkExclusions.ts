import type { ApplicationRuleId } from '../applications/rules/ApplicationRule.js';
import type { Facts } from '../applications/facts.js';
import { runRules } from '../applications/rules/index.js';
import type { IssueData } from '../issues/issue.js';
import type { ExclusionCriterionId } from '../vocabulary/index.js';
import { exclusionCriteria } from './exclusionCriteria.js';

/** An exclusion criterion that applies, its issues still data. @internal */
export interface Exclusion {
  /** The exclusion criterion. */
  readonly criterionId: ExclusionCriterionId;
  /** The rules that were run. */
  readonly ruleIds: readonly ApplicationRuleId[];
  /** The errors its rules found (at least one). */
  readonly issues: readonly IssueData[];
}

/** What the exclusion criteria find. @internal */
export interface ExclusionCheck {
  /** Every exclusion criterion that applies, in catalogue order. */
  readonly exclusions: readonly Exclusion[];
  /** The warnings of the rules (they exclude nothing). */
  readonly warnings: readonly IssueData[];
}

/**
 * Checks the exclusion criteria of a proposal by running, for each one, the business rules of
 * the applications module it maps to, on facts worked out once: an exclusion applies when its
 * rules report an error.
 *
 * @internal
 */
export function checkExclusions(facts: Facts): ExclusionCheck {
  const exclusions: Exclusion[] = [];
  const warnings: IssueData[] = [];
  for (const criterion of exclusionCriteria) {
    const found = runRules(facts, criterion.ruleIds);
    const errors = found.filter((i) => i.severity === 'error');
    warnings.push(...found.filter((i) => i.severity !== 'error'));
    if (errors.length > 0)
      exclusions.push({ criterionId: criterion.id, ruleIds: criterion.ruleIds, issues: errors });
  }
  return { exclusions, warnings };
}
