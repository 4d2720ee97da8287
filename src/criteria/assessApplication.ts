import { factsOf } from '../applications/facts.js';
import type { Application } from '../applications/schema/types.js';
import { guard } from '../input/guard.js';
import { optionsOf } from '../input/options.js';
import { issue, type IssueData } from '../issues/issue.js';
import { attempt } from '../issues/Refusal.js';
import type { Result, Success } from '../issues/Result.js';
import { orThrow, safely, type Edge } from '../locales/edge.js';
import { D } from '../money/decimal.js';
import { ruleDateOf } from '../parameters/read.js';
import { criteriaText, decimalString } from '../parameters/scoringScheme.js';
import type { EvaluationCriterionId, ExclusionCriterionId } from '../vocabulary/index.js';
import { applicationOf, resolveOptions, type AssessApplicationOptions } from './assessmentInput.js';
import { checkExclusions } from './checkExclusions.js';
import { schemeInForce } from './getScoringScheme.js';
import { scoreAssessment } from './scoreAssessment.js';
import type {
  Assessment,
  AssessmentReason,
  AssessmentResult,
  ScoringSchemeInForce,
} from './types.js';

/**
 * Assesses a proposal: checks the exclusion criteria (through the application rules, exactly as
 * `validateApplication` runs them), scores the evaluation criteria with the scoring scheme in
 * force, and takes the admission decision (ontvankelijkheid). A proposal is `admitted` only when
 * no exclusion applies, every criterion reaches its threshold and the weighted total reaches the
 * total threshold (a score equal to a threshold passes). An excluded proposal is never admitted,
 * whatever its scores; `reasons` lists every reason for a no, not the first: each exclusion with
 * the rule's own issue, then `criterion_below_threshold` per criterion, then
 * `total_below_threshold`, all rendered in `locale`.
 *
 * Scores are given per sub-criterion (per criterion when the scheme gives it no sub-criteria); a
 * criterion's score is the weighted mean of its sub-criteria, the total the weighted mean of the
 * criteria, both exact decimals. A missing, malformed, out-of-range or unknown score is an issue,
 * never a silent zero: the assessment then fails and nothing is decided. The scheme is the one
 * in force at the proposal's `submittedAt` (else at `options.at`, else the latest). The rules'
 * warnings (a draft without a submission time) are the result's `warnings`.
 *
 * @param application - A parsed proposal (`data.application` of `validateApplication`); it is
 *   checked again as a proposal, and its problems are reported at `['application', ...]`.
 * @param assessment - The assessors' scores, remarks and summary.
 * @param options - `at`, `locale`, `calendar`, `parameters`, `eligibleOrganisationTypes`.
 * @returns `{ success: true, data: result, warnings }`, or `{ success: false, issues }` with every
 *   problem of the assessment (`missing_score`, `score_out_of_range`, `unknown_criterion`,
 *   `invalid_type`, `invalid_format`, `unknown_key`, `required`, `too_long` for a remark or
 *   summary over 10,000 characters), of the proposal, of the options, and
 *   `no_parameter_value` when no scoring scheme is in force.
 * @throws Nothing for a problem of its input: every one is an issue of the result.
 * @example
 * ```ts
 * const outcome = safeAssessApplication(JSON.parse('{}'), { scores: {} });
 * outcome.success;
 * //=> false
 * ```
 */
export function safeAssessApplication(
  application: Application,
  assessment: Assessment,
  options: AssessApplicationOptions = {},
): Result<AssessmentResult> {
  return safely(options?.locale, (edge) => {
    const given = optionsOf(options);
    const found: IssueData[] = [];
    const resolved = resolveOptions(given, found);
    const proposal = applicationOf(application, found);
    const guarded = attempt(found, () => guard(assessment));
    if (guarded !== undefined) found.push(...guarded.issues);
    // The scheme in force when the proposal was submitted, else at `at`, else the latest; not
    // guessed when the proposal says nothing and `at` is wrong.
    const instant = proposal === undefined ? undefined : (proposal.submittedAt ?? resolved.at);
    const registry = resolved.parameters;
    const inForce =
      registry === undefined ||
      proposal === undefined ||
      (instant === undefined && resolved.atRefused)
        ? undefined
        : attempt(found, () =>
            schemeInForce(
              registry,
              instant === undefined ? undefined : ruleDateOf(instant, registry),
            ),
          );
    const scored =
      inForce === undefined || guarded === undefined
        ? undefined
        : scoreAssessment(inForce.scheme, guarded.value, found);
    const context = resolved.context;
    if (
      found.length > 0 ||
      context === undefined ||
      proposal === undefined ||
      inForce === undefined ||
      scored === undefined
    )
      return { success: false, issues: found };

    const { exclusions, warnings } = checkExclusions(factsOf(proposal, context));
    const { scheme } = inForce;
    const total = decimalString(scored.total);
    const totalThreshold = scheme.totalThreshold;
    const totalPassed = totalThreshold === null || scored.total.gte(new D(totalThreshold));
    const reasons: AssessmentReason[] = exclusions.flatMap((e) =>
      e.issues.map((i) => reason(edge, i, { kind: 'exclusion', criterionId: e.criterionId })),
    );
    for (const c of scored.criteria)
      if (c.threshold !== null && !c.passed)
        reasons.push(
          reason(
            edge,
            issue(
              'criterion_below_threshold',
              { criterionId: c.criterionId, score: c.score, threshold: c.threshold },
              { path: ['criteria', c.criterionId] },
            ),
            { kind: 'criterion', criterionId: c.criterionId },
          ),
        );
    if (totalThreshold !== null && !totalPassed)
      reasons.push(
        reason(
          edge,
          issue('total_below_threshold', { total, threshold: totalThreshold }, { path: ['total'] }),
          { kind: 'total', criterionId: null },
        ),
      );
    const admitted = reasons.length === 0;
    const data: AssessmentResult = Object.freeze({
      decision: admitted ? 'admitted' : 'not-admitted',
      callId: proposal.callId,
      title: proposal.project.title,
      exclusions: Object.freeze(
        exclusions.map((e) =>
          Object.freeze({
            criterionId: e.criterionId,
            label: criteriaText((t) => t.criteria[e.criterionId].label),
            ruleIds: e.ruleIds,
            issues: Object.freeze(e.issues.map(edge.render)),
          }),
        ),
      ),
      criteria: scored.criteria,
      total,
      totalThreshold,
      totalPassed,
      scale: scheme.scale,
      reasons: Object.freeze(reasons),
      summary: scored.summary,
      nextStep: admitted ? 'guidance' : 'resubmit-in-later-call',
      scheme: provenance(inForce),
    });
    return { success: true, data, warnings };
  });
}

/** A reason for a no: the issue rendered, with where it comes from. */
/** Where a reason comes from: the fields an {@link AssessmentReason} adds to its issue. */
type ReasonOrigin =
  | { readonly kind: 'exclusion'; readonly criterionId: ExclusionCriterionId }
  | { readonly kind: 'criterion'; readonly criterionId: EvaluationCriterionId }
  | { readonly kind: 'total'; readonly criterionId: null };

function reason(edge: Edge, found: IssueData, origin: ReasonOrigin): AssessmentReason {
  return Object.freeze({ ...edge.render(found), ...origin });
}

function provenance(inForce: ScoringSchemeInForce): AssessmentResult['scheme'] {
  return Object.freeze({
    parameterId: inForce.parameterId,
    validFrom: inForce.validFrom,
    status: inForce.status,
    source: inForce.source,
  });
}

/**
 * Assesses a proposal and takes the admission decision: {@link safeAssessApplication},
 * throwing.
 *
 * @param application - A parsed proposal (`data.application` of `validateApplication`).
 * @param assessment - The assessors' scores (per sub-criterion), remarks and summary.
 * @param options - `at`, `locale`, `calendar`, `parameters`, `eligibleOrganisationTypes`.
 * @returns The success: `data` is the decision with the exclusions, the criteria, the weighted
 *   total and every reason; `warnings` are the rules' warnings.
 * @throws {@link PioRulesError} carrying every issue of an incomplete or wrong assessment,
 *   proposal or options (see {@link safeAssessApplication}).
 * @example
 * ```ts
 * const application = {
 *   schemaVersion: '1',
 *   callId: '2024-2',
 *   submittedAt: new Date('2024-10-08T14:32:00+02:00'),
 *   applicant: {
 *     name: 'Stad Aalterbeke',
 *     organisationType: 'municipality',
 *     enterpriseNumber: '0207.123.407',
 *     subjectToProcurementLaw: true,
 *     economicActivities: { declared: false },
 *     contact: { name: 'An Verhaegen', email: 'innovatie@aalterbeke.be' },
 *   },
 *   project: {
 *     title: 'Slimme detectie van wateroverlast',
 *     summary: 'Sensoren en een voorspellend model.',
 *     need: 'Wateroverlast in de binnenstad.',
 *     idealSolution: 'Goedkope sensoren in riolen.',
 *     marketScan: 'Geen product meet op straatniveau.',
 *     rdNeeds: 'Sensoren die jaren in riolen werken.',
 *     endUsers: 'Brandweer en wegendienst.',
 *     supportBase: 'Het schepencollege keurde het goed.',
 *     team: 'Een projectleider, een aankoopjurist en een ingenieur.',
 *     solutionMaturity: 'not-existing',
 *   },
 *   procurement: {
 *     procedure: 'pcp',
 *     costs: [{ category: 'rd-services', amount: eur('1500000.00') }],
 *     vat: 'excluded',
 *   },
 *   support: { guidance: true, cofinancing: { requested: eur('750000.00') } },
 * } as const;
 * const scores = { 'market-gap': 10, 'rd-needed': 10, need: 4, 'end-users-and-support-base': 5, team: 6, 'procurement-route': 3 };
 * const { data } = assessApplication(application, { scores });
 * [data.decision, data.total, data.reasons.map((r) => r.criterionId)];
 * //=> ['not-admitted', '6.15', ['relevance-and-impact', 'quality-of-approach']]
 * ```
 */
export function assessApplication(
  application: Application,
  assessment: Assessment,
  options: AssessApplicationOptions = {},
): Success<AssessmentResult> {
  return orThrow(safeAssessApplication(application, assessment, options));
}
