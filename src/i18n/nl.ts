import { param as p, type MessageTable } from './MessageTable.js';

/** Dutch (nl-BE) messages for every issue code. */
export const nl: MessageTable = {
  invalid_amount: (x) =>
    `Ongeldig bedrag: ${p(x, 'received')} (verwacht: een bedrag zoals "1234.56"${x['locale'] === undefined ? '' : ` of, getypt, "${p(x, 'expected')}"`}).`,
  amount_precision: (x) =>
    `Bedrag ${p(x, 'received')} is niet exact tot op de cent: gebruik hoogstens twee decimalen.`,
  amount_out_of_range: (x) =>
    `Bedrag ${p(x, 'received')} valt buiten het toegelaten bereik (hoogstens ${p(x, 'maximum')} euro in absolute waarde).`,
  invalid_ratio: (x) =>
    `Ongeldige verdeelsleutel of tarief: ${p(x, 'received')} (verwacht: een niet-negatief decimaal getal zoals "0.5").`,
  invalid_rounding_mode: (x) =>
    `Onbekende afrondingsmodus ${p(x, 'received')} (verwacht: down, halfUp, halfEven of up).`,
  invalid_time: (x) => `Ongeldig tijdstip: ${p(x, 'received')}.`,
  ambiguous_time: (x) =>
    `Tijdstip ${p(x, 'received')} is dubbelzinnig: geef een tijdzone mee (bv. "Z" of "+02:00").`,
  invalid_date: (x) => `Ongeldige datum: ${p(x, 'received')} (verwacht: JJJJ-MM-DD).`,
  unknown_parameter: (x) => `Onbekende parameter "${p(x, 'id')}".`,
  no_parameter_value: (x) => `Parameter "${p(x, 'id')}" heeft geen waarde op ${p(x, 'at')}.`,
  invalid_registry: (x) => `Ongeldig parameterregister: ${p(x, 'reason')}.`,
  invalid_type: (x) =>
    `Verkeerd type: verwacht ${p(x, 'expected')}, ontvangen ${p(x, 'received')}.`,
  required: () => `Dit veld is verplicht.`,
  unknown_key: (x) => `Onbekend veld "${p(x, 'key')}" (een tikfout?).`,
  too_long: (x) => `Te lang: hoogstens ${p(x, 'maximum')} tekens of elementen.`,
  too_short: (x) => `Te kort: minstens ${p(x, 'minimum')} tekens of elementen.`,
  too_big: (x) => `Te groot: hoogstens ${p(x, 'maximum')}.`,
  too_small: (x) => `Te klein: minstens ${p(x, 'minimum')}.`,
  invalid_value: (x) => `Ongeldige waarde ${p(x, 'received')}; toegelaten: ${p(x, 'expected')}.`,
  invalid_format: (x) => `Ongeldig formaat: verwacht ${p(x, 'expected')}.`,
  duplicate_id: (x) => `De id "${p(x, 'id')}" komt meer dan eens voor.`,
  input_too_large: (x) => `Invoer te groot: ${p(x, 'reason')}.`,
  invalid_input: (x) => `Ongeldige invoer: ${p(x, 'reason')}.`,
  invalid_calendar: (x) => `Ongeldige oproepkalender: ${p(x, 'count')} probleem/problemen.`,
  unknown_call: (x) => `Onbekende oproep "${p(x, 'callId')}".`,
  no_cost_lines: () => `Er is geen enkele kostenlijn opgegeven.`,
  negative_amount: (x) => `Het bedrag ${p(x, 'amount')} mag niet negatief zijn.`,
  requested_negative: (x) => `Het gevraagde bedrag ${p(x, 'amount')} mag niet negatief zijn.`,
  requested_above_maximum: (x) =>
    `Het gevraagde bedrag ${p(x, 'requested')} ligt boven het maximum ${p(x, 'maximum')}; toegekend: ${p(x, 'granted')}.`,
  off_the_shelf_not_eligible: () =>
    `Kant-en-klare, commercieel beschikbare oplossingen komen niet in aanmerking voor cofinanciering.`,
  other_not_eligible: () =>
    `Alleen O&O-diensten en validatie of testen in een testomgeving komen in aanmerking.`,
  cap_overridden: (x) =>
    `Het richtbedrag ${p(x, 'indicativeCap')} is bij beslissing vervangen door ${p(x, 'cap')}.`,
  expertise_above_indicative_max: (x) =>
    `Gevraagde externe expertise ${p(x, 'requested')} ligt boven het richtbedrag ${p(x, 'maximum')}.`,
  unsupported_schema_version: (x) =>
    `Schemaversie ${p(x, 'received')} wordt niet ondersteund (verwacht: ${p(x, 'expected')}).`,
  organisation_not_eligible: (x) =>
    `Organisatietype ${p(x, 'organisationType')} komt niet in aanmerking: alleen Vlaamse publieke sectororganisaties die structureel aan de wet op de overheidsopdrachten onderworpen zijn.`,
  not_subject_to_procurement_law: () =>
    `De aanvrager moet structureel onderworpen zijn aan de wet op de overheidsopdrachten.`,
  economic_activities_outside_general_interest: () =>
    `Een organisatie met economische activiteiten kan alleen indienen voor taken van algemeen belang.`,
  market_distortion: () => `Het resultaat mag de markt niet verstoren (marktverstoring).`,
  invalid_enterprise_number: (x) =>
    `Ongeldig ondernemingsnummer ${p(x, 'received')} (KBO: 10 cijfers met geldige controlecijfers, bv. 0123.456.749).`,
  submitted_after_deadline: (x) =>
    `Ingediend op ${p(x, 'submittedAt')}, na de uiterste datum van oproep ${p(x, 'callId')} (${p(x, 'deadline')}).`,
  submission_time_unknown: () =>
    `Geen indieningsdatum: de termijn kon niet worden gecontroleerd (geef submittedAt of de optie at mee).`,
  commercially_available_solution: () =>
    `Voor een commercieel beschikbare oplossing kan geen cofinanciering worden gevraagd.`,
  cofinancing_above_max_rate: (x) =>
    `Gevraagde cofinanciering ${p(x, 'requested')} ligt boven ${p(x, 'ratePercent')}% van de subsidiabele basis (maximum ${p(x, 'maximum')}).`,
  cofinancing_above_indicative_cap: (x) =>
    `Gevraagde cofinanciering ${p(x, 'requested')} ligt boven het richtbedrag van circa ${p(x, 'cap')}.`,
  no_support_requested: () =>
    `Er wordt geen ondersteuning gevraagd (begeleiding, externe expertise of cofinanciering).`,
  no_procurement_foreseen: () => `Er is geen aankooptraject (overheidsopdracht) voorzien.`,
  partner_is_applicant: (x) => `Partner ${p(x, 'enterpriseNumber')} is de aanvrager zelf.`,
  duplicate_partner: (x) => `Partner ${p(x, 'enterpriseNumber')} staat meer dan eens vermeld.`,
  invalid_scheme: (x) => `Ongeldig beoordelingsschema: ${p(x, 'reason')}.`,
  weights_do_not_sum: (x) =>
    `De gewichten tellen op tot ${p(x, 'sum')} in plaats van ${p(x, 'expected')}.`,
  threshold_outside_scale: (x) =>
    `Drempel ${p(x, 'threshold')} ligt buiten de schaal ${p(x, 'min')}–${p(x, 'max')}.`,
  unknown_criterion: (x) => `Onbekend criterium "${p(x, 'criterionId')}".`,
  missing_score: (x) => `Geen score voor criterium "${p(x, 'criterionId')}".`,
  score_out_of_range: (x) =>
    `Score ${p(x, 'score')} voor "${p(x, 'criterionId')}" ligt buiten de schaal ${p(x, 'min')}–${p(x, 'max')}.`,
  criterion_below_threshold: (x) =>
    `Criterium "${p(x, 'criterionId')}" scoort ${p(x, 'score')}, onder de drempel ${p(x, 'threshold')}.`,
  total_below_threshold: (x) =>
    `De gewogen totaalscore ${p(x, 'total')} ligt onder de drempel ${p(x, 'threshold')}.`,
};
