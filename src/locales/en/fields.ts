import type { Labels } from '../LocaleTable.js';

const count = (one: string, many: string) => (n: number) =>
  n === 1 ? `one ${one}` : `${String(n)} ${many}`;

/** English names of the fields of the proposal's JSON format. @internal */
export const fields: Labels['fields'] = {
  schemaVersion: { name: 'the schema version' },
  callId: { name: 'the call id' },
  submittedAt: { name: 'the submission date' },
  applicant: { name: 'the applicant' },
  'applicant.name': { name: 'the name of the applicant' },
  'applicant.enterpriseNumber': { name: 'the enterprise number of the applicant' },
  'applicant.organisationType': { name: 'the type of organisation of the applicant' },
  'applicant.subjectToProcurementLaw': {
    name: 'the question whether the applicant is structurally subject to the public procurement law',
  },
  'applicant.economicActivities': { name: 'the economic activities of the applicant' },
  'applicant.economicActivities.declared': {
    name: 'the question whether the applicant also has economic activities',
  },
  'applicant.economicActivities.withinGeneralInterest': {
    name: 'the question whether the project lies within the tasks of general interest',
  },
  'applicant.economicActivities.marketDistortion': {
    name: 'the question whether the result would distort the market',
  },
  'applicant.contact': { name: 'the contact person' },
  'applicant.contact.name': { name: 'the name of the contact person' },
  'applicant.contact.email': { name: 'the e-mail address of the contact person' },
  'applicant.contact.phone': { name: 'the phone number of the contact person' },
  partners: { name: 'the list of partners', items: count('partner', 'partners') },
  'partners[]': { name: 'a partner' },
  'partners[].name': { name: 'the name of a partner' },
  'partners[].enterpriseNumber': { name: 'the enterprise number of a partner' },
  'partners[].organisationType': { name: 'the type of organisation of a partner' },
  project: { name: 'the project' },
  'project.title': { name: 'the title' },
  'project.summary': { name: 'the summary' },
  'project.need': { name: 'the need or question' },
  'project.idealSolution': { name: 'the description of the ideal solution' },
  'project.marketScan': { name: 'the market scan' },
  'project.rdNeeds': { name: 'the need for research, development and innovation' },
  'project.endUsers': { name: 'the description of the end users' },
  'project.supportBase': { name: 'the support base' },
  'project.team': { name: 'the description of the team' },
  'project.solutionMaturity': { name: 'the question whether the solution exists already' },
  procurement: { name: 'the procurement' },
  'procurement.procedure': { name: 'the procurement procedure' },
  'procurement.vat': { name: 'the VAT treatment' },
  'procurement.costs': { name: 'the list of cost lines', items: count('cost line', 'cost lines') },
  'procurement.costs[]': { name: 'a cost line' },
  'procurement.costs[].category': { name: 'the cost category of a cost line' },
  'procurement.costs[].amount': { name: 'the amount of a cost line' },
  'procurement.costs[].label': { name: 'the description of a cost line' },
  support: { name: 'the support requested' },
  'support.guidance': { name: 'the request for guidance by the PIO team' },
  'support.externalExpertise': { name: 'the external expertise' },
  'support.externalExpertise.activities': {
    name: 'the list of activities of the external expertise',
    items: count('activity of the external expertise', 'activities of the external expertise'),
  },
  'support.externalExpertise.activities[]': { name: 'an activity of the external expertise' },
  'support.externalExpertise.requested': { name: 'the amount requested for external expertise' },
  'support.cofinancing': { name: 'the cofinancing' },
  'support.cofinancing.requested': { name: 'the cofinancing requested' },
};
