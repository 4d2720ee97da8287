import type { Labels } from '../LocaleTable.js';

const count = (one: string, many: string) => (n: number) =>
  n === 1 ? `één ${one}` : `${String(n)} ${many}`;

/** Dutch names of the fields of the proposal's JSON format. @internal */
export const fields: Labels['fields'] = {
  schemaVersion: { name: 'de schemaversie' },
  callId: { name: 'de id van de oproep' },
  submittedAt: { name: 'de indieningsdatum' },
  applicant: { name: 'de aanvrager' },
  'applicant.name': { name: 'de naam van de aanvrager' },
  'applicant.enterpriseNumber': { name: 'het ondernemingsnummer van de aanvrager' },
  'applicant.organisationType': { name: 'het type organisatie van de aanvrager' },
  'applicant.subjectToProcurementLaw': {
    name: 'de vraag of de aanvrager structureel onderworpen is aan de wet op de overheidsopdrachten',
  },
  'applicant.economicActivities': { name: 'de economische activiteiten van de aanvrager' },
  'applicant.economicActivities.declared': {
    name: 'de vraag of de aanvrager ook economische activiteiten heeft',
  },
  'applicant.economicActivities.withinGeneralInterest': {
    name: 'de vraag of het project binnen de taken van algemeen belang valt',
  },
  'applicant.economicActivities.marketDistortion': {
    name: 'de vraag of het resultaat de markt verstoort',
  },
  'applicant.contact': { name: 'de contactpersoon' },
  'applicant.contact.name': { name: 'de naam van de contactpersoon' },
  'applicant.contact.email': { name: 'het e-mailadres van de contactpersoon' },
  'applicant.contact.phone': { name: 'het telefoonnummer van de contactpersoon' },
  partners: { name: 'de lijst van partners', items: count('partner', 'partners') },
  'partners[]': { name: 'een partner' },
  'partners[].name': { name: 'de naam van een partner' },
  'partners[].enterpriseNumber': { name: 'het ondernemingsnummer van een partner' },
  'partners[].organisationType': { name: 'het type organisatie van een partner' },
  project: { name: 'het project' },
  'project.title': { name: 'de titel' },
  'project.summary': { name: 'de samenvatting' },
  'project.need': { name: 'de behoefte of vraag' },
  'project.idealSolution': { name: 'de beschrijving van de ideale oplossing' },
  'project.marketScan': { name: 'de marktverkenning' },
  'project.rdNeeds': { name: 'de nood aan onderzoek, ontwikkeling en innovatie' },
  'project.endUsers': { name: 'de beschrijving van de eindgebruikers' },
  'project.supportBase': { name: 'het draagvlak' },
  'project.team': { name: 'de beschrijving van het team' },
  'project.solutionMaturity': { name: 'de vraag of de oplossing al bestaat' },
  procurement: { name: 'het aankooptraject' },
  'procurement.procedure': { name: 'de aankoopprocedure' },
  'procurement.vat': { name: 'de btw-behandeling' },
  'procurement.costs': {
    name: 'de lijst van kostenlijnen',
    items: count('kostenlijn', 'kostenlijnen'),
  },
  'procurement.costs[]': { name: 'een kostenlijn' },
  'procurement.costs[].category': { name: 'de kostencategorie van een kostenlijn' },
  'procurement.costs[].amount': { name: 'het bedrag van een kostenlijn' },
  'procurement.costs[].label': { name: 'de omschrijving van een kostenlijn' },
  support: { name: 'de gevraagde ondersteuning' },
  'support.guidance': { name: 'de vraag naar begeleiding door het PIO-team' },
  'support.externalExpertise': { name: 'de externe expertise' },
  'support.externalExpertise.activities': {
    name: 'de lijst van activiteiten van de externe expertise',
    items: count('activiteit van de externe expertise', 'activiteiten van de externe expertise'),
  },
  'support.externalExpertise.activities[]': { name: 'een activiteit van de externe expertise' },
  'support.externalExpertise.requested': { name: 'het gevraagde bedrag voor externe expertise' },
  'support.cofinancing': { name: 'de cofinanciering' },
  'support.cofinancing.requested': { name: 'de gevraagde cofinanciering' },
};
