/**
 * `@vlaio/pio-rules`: the rules of Flanders' Programma Innovatieve Overheidsopdrachten (PIO),
 * exact and explained.
 *
 * The root exports what apps call, by name; the money operations and the closed lists are the
 * namespaces `money` and `vocabulary`. Each module also has its own subpath with everything it
 * offers (`@vlaio/pio-rules/money`, `/parameters`, `/calls`, `/cofinancing`, `/applications`,
 * `/criteria`).
 *
 * @packageDocumentation
 */

// Issues, results and the one error class.
export {
  formatPath,
  isPioRulesError,
  issueCodes,
  issueCodesByGroup,
  PioRulesError,
} from './issues/index.js';
export type * from './issues/index.js';

// Languages: the one locale rule, the tables, rendering a stored issue.
export { issueMessage, localeTables, negotiateLocale } from './locales/index.js';
export type * from './locales/index.js';

// Money.
export { eur, formatEur, parseEur, safeParseEur } from './money/index.js';
export type * from './money/index.js';
export * as money from './money/ops.js';

// The dated parameter registry.
export {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  getParameter,
  listParameters,
  safeCreateParameterRegistry,
} from './parameters/index.js';
export type * from './parameters/index.js';

// Instants and dates, as the functions take them.
export type { InstantInput, IsoDate } from './time/index.js';

// The calls calendar.
export {
  builtInCalls,
  callForSubmission,
  callStatus,
  createCallCalendar,
  defaultCallCalendar,
  formatDeadline,
  getCall,
  getCalls,
  isOnTime,
  nextDeadline,
  safeCreateCallCalendar,
} from './calls/index.js';
export type * from './calls/index.js';

// Cofinancing.
export {
  computeCofinancing,
  computeExpertiseSupport,
  explainCofinancing,
  safeComputeCofinancing,
  safeComputeExpertiseSupport,
} from './cofinancing/index.js';
export type * from './cofinancing/index.js';

// Proposals.
export {
  applicationFormat,
  applicationRules,
  applicationSchema,
  isValidEnterpriseNumber,
  normalizeEnterpriseNumber,
  organisationEligibility,
  safeValidateApplication,
  validateApplication,
} from './applications/index.js';
export type * from './applications/index.js';

// Criteria, assessment and the quick scan.
export {
  assessApplication,
  createScoringScheme,
  exclusionCriteria,
  explainAssessment,
  explainQuickScan,
  getCriteria,
  getScoringScheme,
  innovationQuickScan,
  safeAssessApplication,
  safeCreateScoringScheme,
  safeInnovationQuickScan,
} from './criteria/index.js';
export type * from './criteria/index.js';

// Every closed list of the domain.
export * as vocabulary from './vocabulary/namespace.js';
export type * from './vocabulary/types.js';
