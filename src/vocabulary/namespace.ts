/**
 * Every closed list of the domain as values only, for the root's `vocabulary` namespace
 * (`vocabulary.costCategories`, `vocabulary.organisationTypes`, ...). Their types are exported
 * by name from the root (`CostCategory`, `OrganisationType`, ...).
 *
 * @module
 */
export {
  decisions,
  evaluationCriterionIds,
  exclusionCriterionIds,
  nextSteps,
  quickScanNextSteps,
  quickScanReasonCodes,
  subCriterionIds,
  trafficLights,
} from './criteria.js';
export {
  callDataStatuses,
  callKinds,
  callStatuses,
  costCategories,
  expertiseActivities,
  locales,
  marketAnswers,
  organisationTypes,
  parameterStatuses,
  privateOrganisationTypes,
  procurementProcedures,
  publicOrganisationTypes,
  roundingModes,
  solutionMaturities,
  vatTreatments,
} from './lists.js';
export { stepCodes } from './steps.js';
