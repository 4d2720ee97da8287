import type { ApplicationRuleId } from '../applications/rules/ApplicationRule.js';
import type { PioIssue, Source } from '../issues/issue.js';
import type { LocalizedText } from '../locales/LocalizedText.js';
import type { DecimalInput, Scale, ScoringScheme } from '../parameters/scoringScheme.js';
import type {
  Decision,
  EvaluationCriterionId,
  ExclusionCriterionId,
  MarketAnswer,
  NextStep,
  ParameterStatus,
  QuickScanNextStep,
  QuickScanReasonCode,
  TrafficLight,
} from '../vocabulary/index.js';

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
  /** What is assumed about it. */
  readonly note: LocalizedText;
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
  readonly note: LocalizedText;
}

/** A criterion of the catalogue. */
export type Criterion = EvaluationCriterion | ExclusionCriterion;

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
  /** What is assumed about it, when the version says. */
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
  /** Remarks per criterion or sub-criterion id (at most 10,000 characters each), for the applicant. */
  readonly remarks?: Readonly<Record<string, string>> | undefined;
  /** A general remark of the assessors (at most 10,000 characters). */
  readonly summary?: string | undefined;
}

/** An exclusion criterion that applies, with the issues the application rules found. */
export interface ExclusionOutcome {
  /** The exclusion criterion. */
  readonly criterionId: ExclusionCriterionId;
  /** Its name. */
  readonly label: LocalizedText;
  /** The rules that were run. */
  readonly ruleIds: readonly ApplicationRuleId[];
  /** The errors the rules found (at least one), rendered in the locale of the assessment. */
  readonly issues: readonly PioIssue[];
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
 * One reason for a no, as a rendered issue: the rule's own issue for an exclusion
 * (`organisation_not_eligible`, `submitted_after_deadline`, ...; its path is in the proposal),
 * `criterion_below_threshold` (path `['criteria', id]`) or `total_below_threshold` (path
 * `['total']`).
 */
export type AssessmentReason = PioIssue &
  (
    | {
        /** An exclusion criterion applies. */
        readonly kind: 'exclusion';
        /** The exclusion criterion. */
        readonly criterionId: ExclusionCriterionId;
      }
    | {
        /** An evaluation criterion is below its threshold. */
        readonly kind: 'criterion';
        /** The evaluation criterion. */
        readonly criterionId: EvaluationCriterionId;
      }
    | {
        /** The weighted total is below its threshold. */
        readonly kind: 'total';
        /** No criterion: the total. */
        readonly criterionId: null;
      }
  );

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
  /** The assessors' general remark, or `null`. */
  readonly summary: string | null;
  /** What follows. */
  readonly nextStep: NextStep;
  /** The scoring scheme used. */
  readonly scheme: SchemeProvenance;
}

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

/** The outcome of the quick self-check: data, rendered by `explainQuickScan`. */
export interface QuickScanResult {
  /** `red` if any red reason, else `orange` if any orange reason, else `green`. */
  readonly light: TrafficLight;
  /** Every reason found, in the order of the questions (empty when green). */
  readonly reasons: readonly QuickScanReasonCode[];
  /** `full-proposal` (green), `external-expertise` (orange) or `not-a-pio-project` (red). */
  readonly nextStep: QuickScanNextStep;
}
