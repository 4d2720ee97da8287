export type {
  CallDataStatus,
  CallKind,
  CallStatus,
  CostCategory,
  EnumValues,
  ExpertiseActivity,
  Locale,
  MarketAnswer,
  OrganisationType,
  ParameterStatus,
  ProcurementProcedure,
  RoundingMode,
  SolutionMaturity,
  VatTreatment,
} from './lists.js';
export type {
  CriterionId,
  Decision,
  EvaluationCriterionId,
  ExclusionCriterionId,
  NextStep,
  QuickScanNextStep,
  QuickScanReasonCode,
  SubCriterionId,
  TrafficLight,
} from './criteria.js';
export type { DecisionBodyName, LineRef, StepCode, StepParams } from './steps.js';
export type { ApplicationField } from './fields.js';
