export { computeCofinancing } from './computeCofinancing.js';
export { computeExpertiseSupport } from './computeExpertiseSupport.js';
export { explainCofinancing } from './explainCofinancing.js';
export { safeComputeCofinancing } from './safeComputeCofinancing.js';
export { safeComputeExpertiseSupport } from './safeComputeExpertiseSupport.js';
export { costCategories } from '../vocabulary/index.js';
export type { CostCategory, VatTreatment } from '../vocabulary/index.js';
export type { DecisionBodyName, LineRef, StepCode, StepParams } from '../vocabulary/steps.js';
export type {
  AssessedCostLine,
  CallLike,
  CofinancingAt,
  CofinancingInput,
  CofinancingPhaseInput,
  CofinancingPhaseResult,
  CofinancingResult,
  CofinancingStep,
  ComputeCofinancingOptions,
  ComputeExpertiseSupportOptions,
  CostLine,
  ExcludedCostLine,
  ExclusionReason,
  ExpertiseInput,
  ExpertiseSupport,
  ExplainCofinancingOptions,
  ExplainedResult,
  UsedParameter,
} from './types.js';
