import type { Application } from '../applications/schema/types.js';
import { PioRulesError } from '../issues/PioRulesError.js';
import type { AssessmentOptions } from './checkExclusions.js';
import { safeAssessApplication } from './safeAssessApplication.js';
import type { Assessment, AssessmentResult } from './types.js';

/**
 * Assesses a proposal and takes the admission decision, or throws when the assessment is
 * incomplete or wrong. The rules are those of {@link safeAssessApplication}: every exclusion
 * that applies and every threshold missed is a reason; excluded means not admitted.
 *
 * @param application - A parsed proposal (from `validateApplication` or `parseApplication`).
 * @param assessment - The assessors' scores (per sub-criterion), remarks and summary.
 * @param options - `at`, `locale`, `calendar`, `parameters`, `eligibleOrganisationTypes`.
 * @returns The decision, exclusions, criteria, weighted total and every reason.
 * @throws {@link PioRulesError} carrying every issue: `missing_score`, `score_out_of_range`,
 *   `unknown_criterion`, `invalid_type`, a problem of the scheme in force or of `at`.
 * @example
 * ```ts
 * const result = assessApplication(application, {
 *   scores: { 'market-gap': 10, 'rd-needed': 10, need: 4, 'end-users-and-support-base': 5, team: 6, 'procurement-route': 3 },
 * });
 * [result.decision, result.reasons.map((r) => [r.code, r.criterionId])];
 * //=> ['not-admitted', [['criterion_below_threshold', 'relevance-and-impact'], ['criterion_below_threshold', 'quality-of-approach']]]
 * ```
 */
export function assessApplication(
  application: Application,
  assessment: Assessment,
  options: AssessmentOptions = {},
): AssessmentResult {
  const outcome = safeAssessApplication(application, assessment, options);
  if (!outcome.success) throw new PioRulesError(outcome.issues);
  return outcome.result;
}
