import { isPrivateOrganisationType, type DecisionBodyName } from '../../vocabulary/index.js';
import type { IssueTexts } from '../LocaleTable.js';
import { decisionBodyName } from '../decisionBody.js';
import { capital, twoReadings } from '../textParts.js';

/** " van <het orgaan>" after "bij beslissing", or nothing when no body is named. */
const by = (body: DecisionBodyName | undefined): string => {
  const name = decisionBodyName(body, 'nl');
  return name === undefined ? '' : ` van ${name}`;
};

/** Dutch messages of every issue code. @internal */
export const issues: IssueTexts = {
  invalid_amount: (p, f) => {
    if (p.typed === 'ambiguous') {
      const readings = twoReadings(p.readings);
      return `Dubbelzinnig bedrag: ${p.received} is ${
        readings === undefined
          ? 'in Nederlandse en in Engelse schrijfwijze een ander bedrag'
          : `${f.exact(readings[0])} in Nederlandse schrijfwijze maar ${f.exact(readings[1])} in Engelse`
      }. Schrijf de decimalen erbij of laat het scheidingsteken van de duizendtallen weg (zoals "1.500,00", "1,50" of "1500").`;
    }
    return p.typed === 'precision'
      ? `Ongeldig bedrag: ${p.received} heeft meer dan twee decimalen; een bedrag is exact tot op de cent.`
      : `Ongeldig bedrag: ${p.received} (verwacht: een bedrag zoals ${
          p.typed === undefined ? '"1234.56"' : '"€ 1.234.567,89", "1234567,89" of "1234567.89"'
        }).`;
  },
  amount_precision: (p) =>
    `Bedrag ${p.received} is niet exact tot op de cent: gebruik hoogstens twee decimalen.`,
  amount_out_of_range: (p, f) =>
    `Bedrag ${p.received} valt buiten het toegelaten bereik (hoogstens ${f.amount(p.maximum)} in absolute waarde).`,
  invalid_ratio: (p) =>
    p.problem === 'none'
      ? 'Er is geen enkele verdeelsleutel opgegeven.'
      : p.problem === 'all_zero'
        ? 'Alle verdeelsleutels zijn nul: minstens één moet groter dan nul zijn.'
        : `Ongeldige verdeelsleutel of ongeldig tarief: ${p.received} (verwacht: een niet-negatief decimaal getal zoals "0.5").`,
  invalid_rounding_mode: (p, f) =>
    `Onbekende afrondingsmodus ${f.quote(p.received)} (verwacht: ${f.list(p.expected.map((m) => `${f.quote(m)} (${f.label('roundingMode', m)})`))}).`,
  invalid_time: (p) => `Ongeldig tijdstip: ${p.received}.`,
  ambiguous_time: (p) =>
    `Tijdstip ${p.received} is dubbelzinnig: geef een tijdzone mee (bv. "Z" of "+02:00").`,
  invalid_date: (p) => `Ongeldige datum: ${p.received} (verwacht: JJJJ-MM-DD).`,
  unsupported_locale: (p, f) =>
    `Taal ${f.quote(p.received)} wordt niet ondersteund: kies Nederlands ("nl", "nl-BE", ...) of Engels ("en", "en-GB", ...).`,
  invalid_type: (p, f) => {
    const name = f.field(p.field);
    return `Verkeerd soort waarde${name === undefined ? '' : ` voor ${name}`}: verwacht ${f.type(p.expected)}, kreeg ${f.type(p.received)}.`;
  },
  required: (p, f) => {
    const name = f.field(p.field);
    return name === undefined ? 'Dit veld is verplicht.' : `${capital(name)} ontbreekt.`;
  },
  unknown_key: (p) => `Onbekend veld "${p.key}" (een tikfout?).`,
  too_long: (p, f) => {
    const name = f.field(p.field);
    const items = f.fieldItems(p.field, p.maximum);
    if (p.unit === 'items' && items !== undefined) return `Een voorstel heeft hoogstens ${items}.`;
    if (p.unit === 'characters' && name !== undefined)
      return `${capital(name)} is te lang: hoogstens ${f.count(p.maximum, p.unit)}.`;
    return `Te lang: hoogstens ${f.count(p.maximum, p.unit)}.`;
  },
  too_short: (p, f) => {
    const name = f.field(p.field);
    const items = f.fieldItems(p.field, p.minimum);
    if (p.unit === 'items' && items !== undefined) return `Een voorstel heeft minstens ${items}.`;
    if (p.unit === 'characters' && name !== undefined)
      return p.minimum === 1
        ? `${capital(name)} is leeg.`
        : `${capital(name)} is te kort: minstens ${f.count(p.minimum, p.unit)}.`;
    return p.minimum === 1
      ? p.unit === 'characters'
        ? 'Dit veld is leeg.'
        : 'Deze lijst is leeg: minstens één element is nodig.'
      : `Te kort: minstens ${f.count(p.minimum, p.unit)}.`;
  },
  too_big: (p, f) => `Te groot: hoogstens ${f.number(p.maximum)}.`,
  too_small: (p, f) => `Te klein: minstens ${f.number(p.minimum)}.`,
  invalid_value: (p, f) => {
    const named = p.enum;
    const allowed = p.expected.map((v) => (named === undefined ? f.quote(v) : f.label(named, v)));
    const name = f.field(p.field);
    return `Ongeldige waarde ${p.received}${name === undefined ? '' : ` voor ${name}`}${allowed.length === 0 ? '' : `; toegelaten: ${f.list(allowed)}`}.`;
  },
  invalid_format: (p, f) => `Ongeldig formaat: verwacht ${f.format(p.format)}.`,
  duplicate_id: (p) => `De id "${p.id}" komt meer dan eens voor.`,
  input_too_large: (p, f) => {
    const n = f.number(p.maximum);
    const what: string | undefined = {
      text: `meer dan ${n} tekens tekst`,
      values: `meer dan ${n} waarden`,
      depth: `dieper genest dan ${n} niveaus`,
      items: `meer dan ${n} elementen`,
    }[p.limit];
    return `Invoer te groot: ${what ?? n}.`;
  },
  invalid_input: (p) =>
    p.problem === 'cycle'
      ? 'Ongeldige invoer: een kringverwijzing (een waarde die zichzelf bevat).'
      : 'Ongeldige invoer: een waarde die niet gelezen kan worden.',
  unknown_parameter: (p) => `Onbekende parameter "${p.id}".`,
  no_parameter_value: (p, f) =>
    `Parameter "${p.id}" heeft geen waarde${p.at === '' ? '' : ` op ${f.date(p.at)}`}.`,
  versions_overlap: (p) =>
    `Versie ${String(p.version + 1)} van parameter "${p.id}" overlapt met de versie ervoor: versies staan in volgorde en overlappen niet.`,
  version_dates_reversed: (p, f) =>
    `De laatste dag ${f.date(p.validUntil)} ligt voor de eerste dag ${f.date(p.validFrom)}.`,
  unknown_time_zone: (p, f) => `Onbekende tijdzone ${f.quote(p.received)}.`,
  unknown_call: (p) => `Onbekende oproep "${p.callId}".`,
  call_year_mismatch: (p, f) =>
    `Het jaar ${String(p.year)} is niet het jaar van de uiterste datum ${f.date(p.deadlineDate)}.`,
  invalid_call_id: (p) =>
    p.kind === 'regular'
      ? `Oproep-id "${p.id}" past niet bij een reguliere oproep van ${String(p.year)} (verwacht: het jaar en een volgnummer, zoals "${String(p.year)}-1").`
      : `Oproep-id "${p.id}" van een thematische oproep bestaat uit kleine letters, cijfers en koppeltekens, en niet uit jaar en nummer.`,
  opens_after_deadline: (p, f) =>
    `De oproep moet openen vóór de uiterste datum (${f.instant(p.deadline, p.timeZone)}), maar opent op ${f.instant(p.opensAt, p.timeZone)}.`,
  projection_slots_mismatch: (p, f) =>
    `De projectieregel (parameter calls.projection) geldig vanaf ${f.date(p.validFrom)} beschrijft een aantal oproepen per jaar (${String(p.slots)}) dat verschilt van calls.perYear (${String(p.perYear)}).`,
  no_cost_lines: () => 'Er is geen enkele kostenlijn opgegeven.',
  negative_amount: (p, f) => `Het bedrag ${f.amount(p.amount)} mag niet negatief zijn.`,
  requested_above_maximum: (p, f) =>
    `Het gevraagde bedrag van ${f.amount(p.requested)} ligt boven het maximum van ${f.amount(p.maximum)}; berekend: ${f.amount(p.granted)}.`,
  off_the_shelf_not_eligible: () =>
    'Kant-en-klare, commercieel beschikbare oplossingen komen niet in aanmerking voor cofinanciering.',
  other_not_eligible: (p, f) =>
    `De categorie ${f.label('costCategory', p.category)} komt niet in aanmerking voor cofinanciering.`,
  cap_overridden: (p, f) =>
    `Het richtbedrag van ${f.amount(p.indicativeCap)} is bij beslissing${by(p.decisionBody)} vervangen door ${f.amount(p.cap)}.`,
  expertise_above_indicative_max: (p, f) =>
    `De gevraagde externe expertise van ${f.amount(p.requested)} ligt boven het richtbedrag van ${f.amount(p.maximum)}.`,
  unsupported_schema_version: (p, f) =>
    `Schemaversie ${p.received} wordt niet ondersteund (verwacht: ${f.list(p.expected.map((v) => f.quote(v)))}).`,
  organisation_not_eligible: (p, f) =>
    `Het organisatietype ${f.label('organisationType', p.organisationType)} komt niet in aanmerking: alleen Vlaamse publieke sectororganisaties die structureel aan de wet op de overheidsopdrachten onderworpen zijn (aanbestedende overheden), mogen indienen of partner zijn.${
      isPrivateOrganisationType(p.organisationType)
        ? ' Ondernemingen, onderzoekscentra en andere private organisaties nemen deel als leverancier van de overheidsopdracht die het project uitschrijft, niet als aanvrager of consortiumpartner.'
        : ''
    }`,
  not_subject_to_procurement_law: () =>
    'De aanvrager moet structureel onderworpen zijn aan de wet op de overheidsopdrachten.',
  economic_activities_outside_general_interest: () =>
    'Een organisatie met economische activiteiten kan alleen indienen voor taken van algemeen belang.',
  market_distortion: () => 'Het resultaat mag de markt niet verstoren (marktverstoring).',
  invalid_enterprise_number: (p) =>
    `Ongeldig ondernemingsnummer ${p.received} (KBO: 10 cijfers met geldige controlecijfers, bv. 0123.456.749).`,
  submitted_after_deadline: (p, f) =>
    `${p.judgedBy === 'option' ? 'Beoordeeld op' : 'Ingediend op'} ${f.instant(p.submittedAt, p.timeZone)}, na de uiterste datum van oproep ${p.callId} (${f.dateAtTime(p.deadlineDate, p.deadlineTimeOfDay)}).`,
  submission_time_unknown: () =>
    'Geen indieningsdatum: de termijn kon niet worden gecontroleerd (vul submittedAt in of geef de optie at mee).',
  submitted_before_opening: (p, f) =>
    `${p.judgedBy === 'option' ? 'Beoordeeld op' : 'Ingediend op'} ${f.instant(p.submittedAt, p.timeZone)}, vóór de opening van oproep ${p.callId} (${f.instant(p.opensAt, p.timeZone)}): dien het voorstel in zodra de oproep open is, of vraag het PIO-team of het meetelt.`,
  deadline_not_published: (p, f) =>
    p.status === 'announced'
      ? `De uiterste datum van oproep ${p.callId} (${f.dateAtTime(p.deadlineDate, p.deadlineTimeOfDay)}) is aangekondigd als streefdatum, niet gepubliceerd in een oproeptekst: controleer de datum in de oproep.`
      : `De uiterste datum van oproep ${p.callId} (${f.dateAtTime(p.deadlineDate, p.deadlineTimeOfDay)}) is verwacht: een projectie van deze bibliotheek, niet gepubliceerd: controleer de datum in de oproep.`,
  commercially_available_solution: () =>
    'Voor een commercieel beschikbare oplossing kan geen cofinanciering worden gevraagd.',
  cofinancing_above_max_rate: (p, f) =>
    `De gevraagde cofinanciering van ${f.amount(p.requested)} ligt boven ${f.percent(p.rate)} van de subsidiabele basis van ${f.amount(p.eligibleBase)} (maximum ${f.amount(p.maximum)}).`,
  cofinancing_above_indicative_cap: (p, f) =>
    `De gevraagde cofinanciering van ${f.amount(p.requested)} ligt boven het richtbedrag van circa ${f.amount(p.cap)}; ${decisionBodyName(p.decisionBody, 'nl') ?? 'het beslissingscomité'} kan anders beslissen.`,
  no_support_requested: () =>
    'Er wordt geen ondersteuning gevraagd (begeleiding, externe expertise of cofinanciering).',
  no_procurement_foreseen: () => 'Er is geen aankooptraject (overheidsopdracht) voorzien.',
  partner_is_applicant: (p) => `Partner ${p.enterpriseNumber} is de aanvrager zelf.`,
  duplicate_partner: (p) => `Partner ${p.enterpriseNumber} staat meer dan eens vermeld.`,
  weights_do_not_sum: (p, f) =>
    `De gewichten${p.criterionId === undefined ? '' : ` van de deelcriteria van ${f.criterion(p.criterionId)}`} tellen op tot ${f.number(p.sum)} in plaats van ${f.number(p.expected)}.`,
  scale_reversed: (p, f) =>
    `Het minimum ${f.number(p.min)} van de schaal ligt niet onder het maximum ${f.number(p.max)}.`,
  threshold_outside_scale: (p, f) =>
    `De drempel ${f.number(p.threshold)} ligt buiten de schaal van ${f.number(p.min)} tot ${f.number(p.max)}.`,
  unknown_criterion: (p, f) =>
    `Onbekend criterium ${f.quote(p.criterionId)}${p.expected.length === 0 ? '' : ` (verwacht: ${f.list(p.expected.map((id) => f.quote(id)))})`}${p.ownNeedsLabel === true ? '; een eigen deelcriterium heeft een label nodig' : ''}.`,
  missing_criterion: (p, f) => `Het hoofdcriterium ${f.criterion(p.criterionId)} ontbreekt.`,
  missing_score: (p, f) => `Geen score voor ${f.criterion(p.criterionId)}.`,
  score_out_of_range: (p, f) =>
    `De score ${f.number(p.score)} voor ${f.criterion(p.criterionId)} ligt buiten de schaal van ${f.number(p.min)} tot ${f.number(p.max)}.`,
  criterion_below_threshold: (p, f) =>
    `Het criterium ${f.criterion(p.criterionId)} scoort ${f.number(p.score)}, onder de drempel ${f.number(p.threshold)}.`,
  total_below_threshold: (p, f) =>
    `De gewogen totaalscore ${f.number(p.total)} ligt onder de drempel ${f.number(p.threshold)}.`,
};
