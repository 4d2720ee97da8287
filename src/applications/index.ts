/**
 * Project proposals: the JSON format (zod schema; its JSON Schema is the file `@vlaio/pio-rules/application.schema.json`), who may apply, and the
 * validation of a proposal with every business rule, in one pass.
 *
 * @module
 */
export {
  APPLICATION_SCHEMA_DESCRIPTION,
  APPLICATION_SCHEMA_VERSION,
  applicationSchema,
  MAX_PARTNERS,
} from './schema/applicationSchema.js';
export { MAX_COST_LINES } from './schema/procurementSchema.js';
export { textLimits } from './schema/primitives.js';
export { applicationFormat } from './schema/format.js';
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
  isValidEnterpriseNumber,
  normalizeEnterpriseNumber,
} from './enterpriseNumber.js';
export type { NormalizeEnterpriseNumberOptions } from './enterpriseNumber.js';
export { organisationEligibility } from './organisationEligibility.js';
export type { OrganisationEligibility } from './organisationEligibility.js';
export { applicationRules } from './rules/index.js';
export type { ApplicationRuleId, ApplicationRuleInfo } from './rules/ApplicationRule.js';
export { safeValidateApplication, validateApplication } from './validateApplication.js';
export type { ValidateApplicationOptions, ValidatedApplication } from './validateApplication.js';
export type {
  ExpertiseActivity,
  OrganisationType,
  ProcurementProcedure,
  SolutionMaturity,
} from '../vocabulary/index.js';
