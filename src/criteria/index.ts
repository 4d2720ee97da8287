export { assessApplication } from './assessApplication.js';
export { checkExclusions } from './checkExclusions.js';
export type { AssessmentOptions } from './checkExclusions.js';
export { createScoringScheme } from './createScoringScheme.js';
export { evaluationCriterionIds, exclusionCriterionIds, subCriterionIds } from './criterionIds.js';
export type {
  CriterionId,
  EvaluationCriterionId,
  ExclusionCriterionId,
  SubCriterionId,
} from './criterionIds.js';
export { exclusionCriteria } from './exclusionCriteria.js';
export { explainAssessment } from './explainAssessment.js';
export { explainQuickScan } from './explainQuickScan.js';
export type { ExplainOptions } from './explainQuickScan.js';
export { getCriteria } from './getCriteria.js';
export { getScoringScheme, SCORING_SCHEME_PARAMETER } from './getScoringScheme.js';
export type { CriteriaOptions } from './getScoringScheme.js';
export { innovationCriteria } from './innovationCriteria.js';
export { innovationQuickScan } from './innovationQuickScan.js';
export { quickScanReasonCodes, quickScanReasonLights } from './quickScanReasonCodes.js';
export type { QuickScanReasonCode } from './quickScanReasonCodes.js';
export { safeAssessApplication } from './safeAssessApplication.js';
export type { AssessmentOutput } from './safeAssessApplication.js';
export type {
  Assessment,
  AssessmentReason,
  AssessmentResult,
  Criterion,
  CriterionKind,
  CriterionOutcome,
  CriterionStatus,
  DecimalInput,
  Decision,
  EvaluationCriterion,
  ExclusionCheck,
  ExclusionCriterion,
  ExclusionOutcome,
  MarketAnswer,
  NextStep,
  QuickScanAnswers,
  QuickScanNextStep,
  QuickScanResult,
  ReasonKind,
  Scale,
  ScaleInput,
  SchemeCriterion,
  SchemeCriterionInput,
  SchemeProvenance,
  SchemeSubCriterion,
  SchemeSubCriterionInput,
  ScoreInput,
  ScoringScheme,
  ScoringSchemeInForce,
  ScoringSchemeInput,
  SubCriterion,
  SubCriterionOutcome,
  TrafficLight,
} from './types.js';
export { validateScoringScheme } from './validateScoringScheme.js';
export type { ScoringSchemeOutput } from './validateScoringScheme.js';
