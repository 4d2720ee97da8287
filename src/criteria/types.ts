import type { ApplicationRuleId } from '../applications/rules/ApplicationRule.js';
import type { LocalizedText } from '../i18n/Locale.js';
import type { PioIssue, Source } from '../issues/PioIssue.js';
import type { ParameterStatus } from '../parameters/types.js';
import type { CriterionId, EvaluationCriterionId, ExclusionCriterionId } from './criterionIds.js';
import type { QuickScanReasonCode } from './quickScanReasonCodes.js';

/**
 * Whether a criterion rests on a public source (`published`) or is this library's assumption
 * (`assumed`), as for parameters.
 */
export type CriterionStatus = ParameterStatus;

/** The two kinds of criteria: exclusion criteria are yes/no, evaluation criteria are scored. */
export type CriterionKind = 'exclusion' | 'evaluation';

/** A sub-criterion of an evaluation criterion: what assessors score. */
export interface SubCriterion {
  /** Stable id, unique in the scoring scheme (`'market-gap'`). */
  readonly id: string;
  /** Short name in Dutch and English. */
  readonly label: LocalizedText;
  /** What the assessors look at, in Dutch and English. */
  readonly description: LocalizedText;
  /** Its weight within its criterion, a decimal string (`'0.5'`); the weights add up to 1. */
  readonly weight: string;
  /** `assumed` for the built-in sub-criteria (none are published); the scheme's status otherwise. */
  readonly status: CriterionStatus;
  /** Where it comes from (the scoring scheme's source). */
  readonly source: Source;
}

/** A published main criterion of the assessment, scored by the assessors. */
export interface EvaluationCriterion {
  /** Stable id. */
  readonly id: EvaluationCriterionId;
  /** Always `'evaluation'`. */
  readonly kind: 'evaluation';
  /** Short name in Dutch and English. */
  readonly label: LocalizedText;
  /** What the criterion asks, in Dutch and English. */
  readonly description: LocalizedText;
  /** Its sub-criteria, from the scoring scheme in force (empty: the criterion is scored directly). */
  readonly subCriteria: readonly SubCriterion[];
  /** `published`: the three main criteria were published in 2017. */
  readonly status: CriterionStatus;
  /** Where it is published. */
  readonly source: Source;
  /** What is assumed about it, if anything. */
  readonly note?: LocalizedText;
}

/**
 * An exclusion criterion: when it applies, the proposal is not admitted, whatever its scores. It
 * is checked by the business rules of the applications module (`ruleIds`), never re-implemented.
 */
export interface ExclusionCriterion {
  /** Stable id. */
  readonly id: ExclusionCriterionId;
  /** Always `'exclusion'`. */
  readonly kind: 'exclusion';
  /** Short name in Dutch and English. */
  readonly label: LocalizedText;
  /** When it applies, in Dutch and English. */
  readonly description: LocalizedText;
  /** Always empty: an exclusion criterion is not scored. */
  readonly subCriteria: readonly SubCriterion[];
  /** The ids of the application rules that check it. */
  readonly ruleIds: readonly ApplicationRuleId[];
  /**
   * `assumed`: that VLAIO uses exclusion criteria is published, their text is not; the rule each
   * one rests on is published (see `source`).
   */
  readonly status: CriterionStatus;
  /** The public source of the rule it rests on (the source of its first rule). */
  readonly source: Source;
  /** What is assumed about it. */
  readonly note?: LocalizedText;
}

/** A criterion of the catalogue. */
export type Criterion = EvaluationCriterion | ExclusionCriterion;

/** A number in a scoring scheme or an assessment: a JS number or a decimal string (`'7.5'`). */
export type DecimalInput = number | string;

/** The scale of a scoring scheme, as given. */
export interface ScaleInput {
  /** Lowest score. */
  readonly min: DecimalInput;
  /** Highest score (above `min`). */
  readonly max: DecimalInput;
}

/** A sub-criterion of a scoring scheme, as given. */
export interface SchemeSubCriterionInput {
  /** A built-in sub-criterion id (`'market-gap'`), or an own id with a `label`. */
  readonly id: string;
  /** Weight within its criterion, from 0 to 1; the weights of a criterion add up to 1. */
  readonly weight: DecimalInput;
  /** Name, required for an own id (default for a built-in one: the built-in name). */
  readonly label?: LocalizedText;
  /** What assessors look at (default: the built-in text, or the label). */
  readonly description?: LocalizedText;
}

/** An evaluation criterion of a scoring scheme, as given. */
export interface SchemeCriterionInput {
  /** One of the three main criteria. */
  readonly id: string;
  /** Weight in the total, from 0 to 1; the weights of the three add up to 1. */
  readonly weight: DecimalInput;
  /** Lowest score that passes (inclusive), on the scale; absent: no threshold. */
  readonly threshold?: DecimalInput;
  /** Sub-criteria; absent or empty: the criterion is scored directly. */
  readonly subCriteria?: readonly SchemeSubCriterionInput[];
}

/**
 * A scoring scheme as given: what the `criteria.scoringScheme` parameter holds (with decimal
 * strings) and what {@link createScoringScheme} checks.
 */
export interface ScoringSchemeInput {
  /** The scale of every score. */
  readonly scale: ScaleInput;
  /** Lowest weighted total that passes (inclusive); absent: no threshold. */
  readonly totalThreshold?: DecimalInput;
  /** Exactly the three main criteria. */
  readonly criteria: readonly SchemeCriterionInput[];
}

/** The scale of a checked scoring scheme. */
export interface Scale {
  /** Lowest score, a decimal string. */
  readonly min: string;
  /** Highest score, a decimal string. */
  readonly max: string;
}

/** A sub-criterion of a checked scoring scheme. */
export interface SchemeSubCriterion {
  /** Id, unique in the scheme. */
  readonly id: string;
  /** Weight within its criterion, a decimal string. */
  readonly weight: string;
  /** Name in Dutch and English. */
  readonly label: LocalizedText;
  /** What assessors look at. */
  readonly description: LocalizedText;
}

/** An evaluation criterion of a checked scoring scheme. */
export interface SchemeCriterion {
  /** One of the three main criteria. */
  readonly id: EvaluationCriterionId;
  /** Weight in the total, a decimal string. */
  readonly weight: string;
  /** Lowest score that passes (inclusive), or `null` for none. */
  readonly threshold: string | null;
  /** Sub-criteria (empty: scored directly). */
  readonly subCriteria: readonly SchemeSubCriterion[];
}

/** A checked scoring scheme: every number a canonical decimal string, weights adding up to 1. */
export interface ScoringScheme {
  /** The scale of every score. */
  readonly scale: Scale;
  /** Lowest weighted total that passes (inclusive), or `null` for none. */
  readonly totalThreshold: string | null;
  /** The three main criteria, in the order of the catalogue. */
  readonly criteria: readonly SchemeCriterion[];
}

/** A scoring scheme read from the parameter registry, with its provenance. */
export interface ScoringSchemeInForce {
  /** The checked scheme. */
  readonly scheme: ScoringScheme;
  /** The parameter it was read from: `'criteria.scoringScheme'`. */
  readonly parameterId: string;
  /** First day the version is in force. */
  readonly validFrom: string;
  /** Last day in force, or `null` while open-ended. */
  readonly validUntil: string | null;
  /** `assumed` for the built-in scheme. */
  readonly status: CriterionStatus;
  /** Where it comes from. */
  readonly source: Source;
  /** What is assumed about it. */
  readonly note?: LocalizedText;
}

/** A score an assessor gives: a number or a decimal string (`7`, `'7.5'`). */
export type ScoreInput = DecimalInput;

/**
 * What the assessors recorded for one proposal. `scores` is keyed by the sub-criterion ids of
 * the scheme (and by the criterion id for a criterion without sub-criteria); every one is
 * required and none may be extra.
 */
export interface Assessment {
  /** One score per sub-criterion (or per criterion without sub-criteria), on the scheme's scale. */
  readonly scores: Readonly<Record<string, ScoreInput>>;
  /** Remarks per criterion or sub-criterion id, passed on to the applicant. */
  readonly remarks?: Readonly<Record<string, string>>;
  /** A general remark of the assessors. */
  readonly summary?: string;
}

/** The Go/No-Go on admission (ontvankelijkheid). */
export type Decision = 'admitted' | 'not-admitted';

/**
 * What follows the decision: `guidance` (admitted: guidance and a commitment in principle to
 * cofinancing) or `resubmit-in-later-call` (not admitted: the feedback, and the proposal may be
 * submitted again in a later call).
 */
export type NextStep = 'guidance' | 'resubmit-in-later-call';

/** An exclusion criterion that applies, with the issues the application rules found. */
export interface ExclusionOutcome {
  /** The exclusion criterion. */
  readonly criterionId: ExclusionCriterionId;
  /** Its name. */
  readonly label: LocalizedText;
  /** The rules that were run. */
  readonly ruleIds: readonly ApplicationRuleId[];
  /** The errors the rules found (at least one). */
  readonly issues: readonly PioIssue[];
}

/** What {@link checkExclusions} finds. */
export interface ExclusionCheck {
  /** Every exclusion criterion that applies, in catalogue order. */
  readonly exclusions: readonly ExclusionOutcome[];
  /** Warnings of the rules (they exclude nothing). */
  readonly warnings: readonly PioIssue[];
}

/** The score of one sub-criterion. */
export interface SubCriterionOutcome {
  /** Sub-criterion id. */
  readonly id: string;
  /** Its name. */
  readonly label: LocalizedText;
  /** Its weight within the criterion. */
  readonly weight: string;
  /** The score given, a decimal string. */
  readonly score: string;
  /** The assessors' remark, or `null`. */
  readonly remark: string | null;
}

/** The outcome of one evaluation criterion. */
export interface CriterionOutcome {
  /** The criterion. */
  readonly criterionId: EvaluationCriterionId;
  /** Its name. */
  readonly label: LocalizedText;
  /** Its weight in the total. */
  readonly weight: string;
  /** Its score: the weighted mean of its sub-criteria (exact decimal string). */
  readonly score: string;
  /** Lowest passing score, or `null` for none. */
  readonly threshold: string | null;
  /** `score >= threshold` (or no threshold). */
  readonly passed: boolean;
  /** Its sub-criteria with their scores (empty when scored directly). */
  readonly subCriteria: readonly SubCriterionOutcome[];
  /** The assessors' remark on the criterion, or `null`. */
  readonly remark: string | null;
}

/** Where a reason for a no comes from. */
export type ReasonKind = 'exclusion' | 'criterion' | 'total';

/**
 * One reason for a no, as an issue: the rule's own issue for an exclusion
 * (`organisation_not_eligible`, `submitted_after_deadline`, ...), `criterion_below_threshold` or
 * `total_below_threshold`.
 */
export interface AssessmentReason extends PioIssue {
  /** `exclusion`, `criterion` or `total`. */
  readonly kind: ReasonKind;
  /** The exclusion or evaluation criterion, or `null` for the total. */
  readonly criterionId: CriterionId | null;
}

/** The scheme an assessment used, with its provenance. */
export interface SchemeProvenance {
  /** The parameter: `'criteria.scoringScheme'`. */
  readonly parameterId: string;
  /** First day the version is in force. */
  readonly validFrom: string;
  /** `assumed` for the built-in scheme. */
  readonly status: CriterionStatus;
  /** Where it comes from. */
  readonly source: Source;
}

/** The admission decision on one proposal, with every reason. */
export interface AssessmentResult {
  /** `admitted` when no exclusion applies and every threshold is met. */
  readonly decision: Decision;
  /** The call of the proposal. */
  readonly callId: string;
  /** The title of the proposal. */
  readonly title: string;
  /** Every exclusion criterion that applies. */
  readonly exclusions: readonly ExclusionOutcome[];
  /** Every evaluation criterion with its score, threshold and pass/fail. */
  readonly criteria: readonly CriterionOutcome[];
  /** The weighted total, an exact decimal string on the scale. */
  readonly total: string;
  /** Lowest passing total, or `null` for none. */
  readonly totalThreshold: string | null;
  /** `total >= totalThreshold` (or no threshold). */
  readonly totalPassed: boolean;
  /** The scale of the scores. */
  readonly scale: Scale;
  /** Every reason for a no (empty when admitted): exclusions first, then criteria, then total. */
  readonly reasons: readonly AssessmentReason[];
  /** Warnings of the exclusion rules (they change nothing). */
  readonly warnings: readonly PioIssue[];
  /** The assessors' general remark, or `null`. */
  readonly summary: string | null;
  /** What follows. */
  readonly nextStep: NextStep;
  /** The scoring scheme used. */
  readonly scheme: SchemeProvenance;
}

/** An answer to "does a solution already exist on the market?". */
export type MarketAnswer = 'yes' | 'partly' | 'no' | 'unknown';

/** The answers of the quick self-check, to the guidance questions of a proposal. */
export interface QuickScanAnswers {
  /** Does a solution already exist on the market? */
  readonly solutionExists: MarketAnswer;
  /**
   * What must still be researched or developed: a text (blank means nothing) or a yes/no.
   */
  readonly rdNeeded: string | boolean;
  /** Is there an end user and a support base (draagvlak)? */
  readonly endUserAndSupportBase: boolean;
  /** Is a procurement (overheidsopdracht) foreseen? */
  readonly procurementForeseen: boolean;
}

/** The light of the quick self-check. */
export type TrafficLight = 'green' | 'orange' | 'red';

/** What to do after the quick self-check. */
export type QuickScanNextStep = 'full-proposal' | 'external-expertise' | 'not-a-pio-project';

/** The outcome of the quick self-check. */
export interface QuickScanResult {
  /** `red` if any red reason, else `orange` if any orange reason, else `green`. */
  readonly light: TrafficLight;
  /** Every reason found, in the order of the questions (empty when green). */
  readonly reasons: readonly QuickScanReasonCode[];
  /** `full-proposal` (green), `external-expertise` (orange) or `not-a-pio-project` (red). */
  readonly nextStep: QuickScanNextStep;
}
