export {
  applicationSchema,
  APPLICATION_SCHEMA_DESCRIPTION,
  APPLICATION_SCHEMA_VERSION,
  MAX_PARTNERS,
} from './schema/applicationSchema.js';
export { MAX_COST_LINES } from './schema/procurementSchema.js';
export {
  expertiseActivities,
  organisationTypes,
  procurementProcedures,
  solutionMaturities,
} from './schema/enums.js';
export type {
  ExpertiseActivity,
  OrganisationType,
  ProcurementProcedure,
  SolutionMaturity,
} from './schema/enums.js';
export { textLimits } from './schema/primitives.js';
export { formatExpectations } from './schema/formats.js';
export type { FormatKey } from './schema/formats.js';
export { createApplicationJsonSchema } from './schema/applicationJsonSchema.js';
export type {
  Applicant,
  Application,
  ApplicationCostLine,
  ApplicationCostLineDocument,
  ApplicationDocument,
  CofinancingRequest,
  CofinancingRequestDocument,
  Contact,
  DeepPartial,
  EconomicActivities,
  ExternalExpertise,
  ExternalExpertiseDocument,
  PartialApplication,
  Partner,
  Procurement,
  ProcurementDocument,
  Project,
  Support,
  SupportDocument,
} from './schema/types.js';
export {
  ENTERPRISE_NUMBER_PATTERN,
  enterpriseNumberDigits,
  isValidEnterpriseNumber,
  normalizeEnterpriseNumber,
} from './enterpriseNumber.js';
export { organisationEligibility } from './organisationEligibility.js';
export type { OrganisationEligibility } from './organisationEligibility.js';
export { applicationInputLimits } from './input/guardInput.js';
export type { InputLimits } from './input/guardInput.js';
export { applicationStructuralCodes, isStructuralIssue } from './structuralCodes.js';
export type {
  ApplicationRule,
  ApplicationRuleContext,
  ApplicationRuleId,
} from './rules/ApplicationRule.js';
export {
  applicationRules,
  checkApplicationRules,
  getApplicationRule,
} from './rules/applicationRules.js';
export type { CheckApplicationRulesOptions } from './rules/applicationRules.js';
export { cofinancingWithinLimitsRule } from './rules/cofinancingWithinLimits.js';
export { eligibleOrganisationRule } from './rules/eligibleOrganisation.js';
export { expertiseWithinIndicativeMaxRule } from './rules/expertiseWithinIndicativeMax.js';
export { generalInterestRule } from './rules/generalInterest.js';
export { knownCallRule } from './rules/knownCall.js';
export { noMarketDistortionRule } from './rules/noMarketDistortion.js';
export { notOffTheShelfRule } from './rules/notOffTheShelf.js';
export { onTimeRule } from './rules/onTime.js';
export { partnersDistinctRule } from './rules/partnersDistinct.js';
export { procurementForeseenRule } from './rules/procurementForeseen.js';
export { supportRequestedRule } from './rules/supportRequested.js';
export { validEnterpriseNumbersRule } from './rules/validEnterpriseNumbers.js';
export { cofinancingFor } from './cofinancingFor.js';
export { validateApplication } from './validateApplication.js';
export type {
  ApplicationValidationResult,
  InvalidApplication,
  ValidApplication,
  ValidateApplicationOptions,
} from './validateApplication.js';
export { parseApplication } from './parseApplication.js';
