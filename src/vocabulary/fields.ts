/**
 * The fields of the proposal's JSON format (schema version `"1"`), each written as its path from
 * the document's root with every list position as `[]` (`procurement.costs[].amount`), so one
 * name covers a field in every item of a list. A structural issue of a proposal names its field
 * in `params.field`, and each locale has a name for every field ("de titel", "the title"), so a
 * message says what the field means. test/locales/fields.test.ts derives the paths from the
 * JSON Schema and fails when a field has no name here.
 *
 * @module
 */

/**
 * A field of the proposal's JSON format, written as its path with list positions as `[]`
 * (`'project.title'`, `'procurement.costs[].amount'`): what `params.field` of a structural issue
 * names, and what each locale has a name for.
 */
export type ApplicationField =
  | 'schemaVersion'
  | 'callId'
  | 'submittedAt'
  | 'applicant'
  | 'applicant.name'
  | 'applicant.enterpriseNumber'
  | 'applicant.organisationType'
  | 'applicant.subjectToProcurementLaw'
  | 'applicant.economicActivities'
  | 'applicant.economicActivities.declared'
  | 'applicant.economicActivities.withinGeneralInterest'
  | 'applicant.economicActivities.marketDistortion'
  | 'applicant.contact'
  | 'applicant.contact.name'
  | 'applicant.contact.email'
  | 'applicant.contact.phone'
  | 'partners'
  | 'partners[]'
  | 'partners[].name'
  | 'partners[].enterpriseNumber'
  | 'partners[].organisationType'
  | 'project'
  | 'project.title'
  | 'project.summary'
  | 'project.need'
  | 'project.idealSolution'
  | 'project.marketScan'
  | 'project.rdNeeds'
  | 'project.endUsers'
  | 'project.supportBase'
  | 'project.team'
  | 'project.solutionMaturity'
  | 'procurement'
  | 'procurement.procedure'
  | 'procurement.vat'
  | 'procurement.costs'
  | 'procurement.costs[]'
  | 'procurement.costs[].category'
  | 'procurement.costs[].amount'
  | 'procurement.costs[].label'
  | 'support'
  | 'support.guidance'
  | 'support.externalExpertise'
  | 'support.externalExpertise.activities'
  | 'support.externalExpertise.activities[]'
  | 'support.externalExpertise.requested'
  | 'support.cofinancing'
  | 'support.cofinancing.requested';

/** Every field, once (a field missing here or unknown to the type fails to compile). */
const everyField: { readonly [F in ApplicationField]: true } = {
  schemaVersion: true,
  callId: true,
  submittedAt: true,
  applicant: true,
  'applicant.name': true,
  'applicant.enterpriseNumber': true,
  'applicant.organisationType': true,
  'applicant.subjectToProcurementLaw': true,
  'applicant.economicActivities': true,
  'applicant.economicActivities.declared': true,
  'applicant.economicActivities.withinGeneralInterest': true,
  'applicant.economicActivities.marketDistortion': true,
  'applicant.contact': true,
  'applicant.contact.name': true,
  'applicant.contact.email': true,
  'applicant.contact.phone': true,
  partners: true,
  'partners[]': true,
  'partners[].name': true,
  'partners[].enterpriseNumber': true,
  'partners[].organisationType': true,
  project: true,
  'project.title': true,
  'project.summary': true,
  'project.need': true,
  'project.idealSolution': true,
  'project.marketScan': true,
  'project.rdNeeds': true,
  'project.endUsers': true,
  'project.supportBase': true,
  'project.team': true,
  'project.solutionMaturity': true,
  procurement: true,
  'procurement.procedure': true,
  'procurement.vat': true,
  'procurement.costs': true,
  'procurement.costs[]': true,
  'procurement.costs[].category': true,
  'procurement.costs[].amount': true,
  'procurement.costs[].label': true,
  support: true,
  'support.guidance': true,
  'support.externalExpertise': true,
  'support.externalExpertise.activities': true,
  'support.externalExpertise.activities[]': true,
  'support.externalExpertise.requested': true,
  'support.cofinancing': true,
  'support.cofinancing.requested': true,
};

/**
 * Every field of the proposal's JSON format, as a field pattern (`procurement.costs[].amount`).
 *
 * @internal
 */
export const applicationFields = Object.freeze(Object.keys(everyField) as ApplicationField[]);
