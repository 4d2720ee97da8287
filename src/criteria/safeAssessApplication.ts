import type { Application } from '../applications/schema/types.js';
import { createIssue, localizeIssue } from '../issues/createIssue.js';
import { describeType } from '../issues/describe.js';
import type { PioIssue } from '../issues/PioIssue.js';
import { isPioRulesError } from '../issues/PioRulesError.js';
import type { SafeResult } from '../issues/Result.js';
import { D } from '../money/decimal.js';
import { toInstant } from '../time/toInstant.js';
import { checkExclusions, type AssessmentOptions } from './checkExclusions.js';
import { getScoringScheme } from './getScoringScheme.js';
import { decimalString, isRecord } from './internal.js';
import { scoreAssessment } from './scoreAssessment.js';
import type {
  Assessment,
  AssessmentReason,
  AssessmentResult,
  ReasonKind,
  ScoringSchemeInForce,
} from './types.js';
import type { CriterionId } from './criterionIds.js';

/** The successful output of {@link safeAssessApplication}. */
export interface AssessmentOutput {
  /** The decision with every reason. */
  readonly result: AssessmentResult;
}

function attempt<T>(issues: PioIssue[], run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!isPioRulesError(error)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

function reason(
  issue: PioIssue,
  kind: ReasonKind,
  criterionId: CriterionId | null,
): AssessmentReason {
  return Object.freeze({ ...issue, kind, criterionId });
}

/**
 * Assesses a proposal: checks the exclusion criteria (through the application rules), scores
 * the evaluation criteria with the scoring scheme in force, and takes the admission decision
 * (ontvankelijkheid). A proposal is `admitted` only when no exclusion applies, every criterion
 * reaches its threshold and the weighted total reaches the total threshold (a score equal to a
 * threshold passes). An excluded proposal is never admitted, whatever its scores; `reasons`
 * lists every reason for a no, not the first.
 *
 * Scores are given per sub-criterion (per criterion when the scheme gives it no sub-criteria); a
 * criterion's score is the weighted mean of its sub-criteria, the total the weighted mean of the
 * criteria, both exact decimals. A missing, malformed, out-of-range or unknown score is an issue,
 * never a silent zero: the assessment then fails and nothing is decided. The scheme is the one
 * in force at the proposal's `submittedAt` (else at `options.at`, else the latest).
 *
 * @param application - A parsed proposal (from `validateApplication` or `parseApplication`).
 * @param assessment - The assessors' scores, remarks and summary.
 * @param options - `at`, `locale`, `calendar`, `parameters`, `eligibleOrganisationTypes`.
 * @returns `{ success: true, result }`, or `{ success: false, issues }` with every problem of the
 *   assessment (`missing_score`, `score_out_of_range`, `unknown_criterion`, `invalid_type`,
 *   `unknown_key`, `required`, `too_long` for a remark or summary over 10,000 characters), of
 *   the scheme in force or of `at`, and `invalid_type` for an `application` that is not a parsed
 *   proposal.
 * @example
 * ```ts
 * const outcome = safeAssessApplication(application, { scores: { need: 8 } });
 * outcome.success ? [] : outcome.issues.map((i) => i.code).slice(0, 2);
 * //=> ['missing_score', 'missing_score']
 * ```
 */
export function safeAssessApplication(
  application: Application,
  assessment: Assessment,
  options: AssessmentOptions = {},
): SafeResult<AssessmentOutput> {
  options ??= {};
  const locale = options.locale === 'en' ? 'en' : 'nl-BE';
  const issues: PioIssue[] = [];
  // What the result and the exclusion rules read of the proposal must be there.
  const project: unknown = isRecord(application) ? application['project'] : undefined;
  if (
    !isRecord(project) ||
    typeof project['title'] !== 'string' ||
    typeof application.callId !== 'string'
  )
    issues.push(
      createIssue('invalid_type', {
        path: ['application'],
        params: {
          expected: 'a proposal from validateApplication or parseApplication',
          received: describeType(application),
        },
      }),
    );
  const at = attempt(issues, () =>
    options.at === undefined ? undefined : toInstant(options.at, { path: ['at'] }),
  );
  const schemeAt = (isRecord(application) ? application.submittedAt : undefined) ?? at;
  const inForce: ScoringSchemeInForce | undefined = attempt(issues, () =>
    getScoringScheme({ at: schemeAt, parameters: options.parameters }),
  );
  const scored =
    inForce === undefined ? undefined : scoreAssessment(inForce.scheme, assessment, issues);
  if (issues.length > 0 || inForce === undefined || scored === undefined)
    return Object.freeze({
      success: false,
      issues: Object.freeze(issues.map((issue) => localizeIssue(issue, locale))),
    });

  const { exclusions, warnings } = checkExclusions(application, options);
  const { scheme } = inForce;
  const total = decimalString(scored.total);
  const totalPassed =
    scheme.totalThreshold === null || scored.total.gte(new D(scheme.totalThreshold));
  const reasons: AssessmentReason[] = [
    ...exclusions.flatMap((exclusion) =>
      exclusion.issues.map((issue) => reason(issue, 'exclusion', exclusion.criterionId)),
    ),
    ...scored.criteria
      .filter((criterion) => !criterion.passed)
      .map((criterion) =>
        reason(
          createIssue('criterion_below_threshold', {
            path: ['criteria', criterion.criterionId],
            params: {
              criterionId: criterion.criterionId,
              score: criterion.score,
              threshold: criterion.threshold,
            },
            locale,
          }),
          'criterion',
          criterion.criterionId,
        ),
      ),
    ...(totalPassed
      ? []
      : [
          reason(
            createIssue('total_below_threshold', {
              path: ['total'],
              params: { total, threshold: scheme.totalThreshold },
              locale,
            }),
            'total',
            null,
          ),
        ]),
  ];
  const admitted = reasons.length === 0;
  const result: AssessmentResult = Object.freeze({
    decision: admitted ? 'admitted' : 'not-admitted',
    callId: application.callId,
    title: application.project.title,
    exclusions,
    criteria: Object.freeze(scored.criteria),
    total,
    totalThreshold: scheme.totalThreshold,
    totalPassed,
    scale: scheme.scale,
    reasons: Object.freeze(reasons),
    warnings,
    summary: scored.summary,
    nextStep: admitted ? 'guidance' : 'resubmit-in-later-call',
    scheme: Object.freeze({
      parameterId: inForce.parameterId,
      validFrom: inForce.validFrom,
      status: inForce.status,
      source: inForce.source,
    }),
  });
  return Object.freeze({ success: true, result });
}
