export { computeCofinancing } from './computeCofinancing.js';
export { computeExpertiseSupport } from './computeExpertiseSupport.js';
export { costCategories } from './costCategories.js';
export type { CostCategory } from './costCategories.js';
export { explainCofinancing } from './explainCofinancing.js';
export type { ExplainCofinancingOptions } from './explainCofinancing.js';
export { safeComputeCofinancing } from './safeComputeCofinancing.js';
export { cofinancingStepCodes } from './stepCodes.js';
export type { CofinancingStepCode } from './stepCodes.js';
export type {
  AssessedCostLine,
  CallLike,
  CofinancingAt,
  CofinancingInput,
  CofinancingOutput,
  CofinancingPhaseInput,
  CofinancingPhaseResult,
  CofinancingResult,
  CofinancingStep,
  CofinancingStepParams,
  ComputeCofinancingOptions,
  ComputeExpertiseSupportOptions,
  CostLine,
  ExcludedCostLine,
  ExclusionReason,
  ExpertiseInput,
  ExpertiseSupport,
  ExplainedResult,
  UsedParameter,
  VatTreatment,
} from './types.js';
