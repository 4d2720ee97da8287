/**
 * The assessment of a proposal: the criteria catalogue (exclusion and evaluation criteria), the
 * scoring scheme in force, the admission decision with every reason and its motivation, and the
 * quick self-check for applicants.
 *
 * @module
 */
export { assessApplication, safeAssessApplication } from './assessApplication.js';
export type { AssessApplicationOptions } from './assessmentInput.js';
export { createScoringScheme, safeCreateScoringScheme } from './createScoringScheme.js';
export type { CreateScoringSchemeOptions } from './createScoringScheme.js';
export { exclusionCriteria } from './exclusionCriteria.js';
export { explainAssessment } from './explainAssessment.js';
export type { ExplainAssessmentOptions } from './explainAssessment.js';
export { explainQuickScan } from './explainQuickScan.js';
export type { ExplainQuickScanOptions } from './explainQuickScan.js';
export { getCriteria } from './getCriteria.js';
export type { GetCriteriaOptions } from './getCriteria.js';
export { getScoringScheme } from './getScoringScheme.js';
export type { GetScoringSchemeOptions } from './getScoringScheme.js';
export { innovationQuickScan, safeInnovationQuickScan } from './innovationQuickScan.js';
export type { InnovationQuickScanOptions } from './innovationQuickScan.js';
export type {
  Assessment,
  AssessmentReason,
  AssessmentResult,
  Criterion,
  CriterionKind,
  CriterionOutcome,
  CriterionStatus,
  EvaluationCriterion,
  ExclusionCriterion,
  ExclusionOutcome,
  QuickScanAnswers,
  QuickScanResult,
  ReasonKind,
  SchemeProvenance,
  ScoreInput,
  ScoringSchemeInForce,
  SubCriterion,
  SubCriterionOutcome,
} from './types.js';
export type {
  DecimalInput,
  Scale,
  ScaleInput,
  SchemeCriterion,
  SchemeCriterionInput,
  SchemeSubCriterion,
  SchemeSubCriterionInput,
  ScoringScheme,
  ScoringSchemeInput,
} from '../parameters/scoringScheme.js';
export type {
  CriterionId,
  Decision,
  EvaluationCriterionId,
  ExclusionCriterionId,
  MarketAnswer,
  NextStep,
  QuickScanNextStep,
  QuickScanReasonCode,
  SubCriterionId,
  TrafficLight,
} from '../vocabulary/index.js';
