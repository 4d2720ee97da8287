import { isPrivateOrganisationType, type DecisionBodyName } from '../../vocabulary/index.js';
import type { IssueTexts } from '../LocaleTable.js';
import { decisionBodyName } from '../decisionBody.js';
import { capital, twoReadings } from '../textParts.js';

/** " of <the body>" after "by decision", or nothing when no body is named. */
const by = (body: DecisionBodyName | undefined): string => {
  const name = decisionBodyName(body, 'en');
  return name === undefined ? '' : ` of ${name}`;
};

/** English messages of every issue code. @internal */
export const issues: IssueTexts = {
  invalid_amount: (p, f) => {
    if (p.typed === 'ambiguous') {
      const readings = twoReadings(p.readings);
      return `Ambiguous amount: ${p.received} is ${
        readings === undefined
          ? 'one amount written the Dutch way and another written the English way'
          : `${f.exact(readings[0])} written the Dutch way but ${f.exact(readings[1])} written the English way`
      }. Write the decimals or leave out the thousands separator (as in "1,500.00", "1.50" or "1500").`;
    }
    return p.typed === 'precision'
      ? `Invalid amount: ${p.received} has more than two decimals; an amount is exact to the cent.`
      : `Invalid amount: ${p.received} (expected: an amount such as ${
          p.typed === undefined ? '"1234.56"' : '"€1,234,567.89", "1234567.89" or "1.234.567,89"'
        }).`;
  },
  amount_precision: (p) =>
    `Amount ${p.received} is not exact to the cent: use at most two decimals.`,
  amount_out_of_range: (p, f) =>
    `Amount ${p.received} is out of range (at most ${f.amount(p.maximum)} in absolute value).`,
  invalid_ratio: (p) =>
    p.problem === 'none'
      ? 'No ratio was given.'
      : p.problem === 'all_zero'
        ? 'All ratios are zero: at least one must be above zero.'
        : `Invalid ratio or rate: ${p.received} (expected: a non-negative decimal such as "0.5").`,
  invalid_rounding_mode: (p, f) =>
    `Unknown rounding mode ${f.quote(p.received)} (expected: ${f.list(p.expected.map((m) => f.quote(m)))}).`,
  invalid_time: (p) => `Invalid instant: ${p.received}.`,
  ambiguous_time: (p) =>
    `Instant ${p.received} is ambiguous: include a time zone offset (e.g. "Z" or "+02:00").`,
  invalid_date: (p) => `Invalid date: ${p.received} (expected: YYYY-MM-DD).`,
  unsupported_locale: (p, f) =>
    `Language ${f.quote(p.received)} is not supported: choose Dutch ("nl", "nl-BE", ...) or English ("en", "en-GB", ...).`,
  invalid_type: (p, f) => {
    const name = f.field(p.field);
    return `Wrong kind of value${name === undefined ? '' : ` for ${name}`}: expected ${f.type(p.expected)}, got ${f.type(p.received)}.`;
  },
  required: (p, f) => {
    const name = f.field(p.field);
    return name === undefined ? 'This field is required.' : `${capital(name)} is missing.`;
  },
  unknown_key: (p) => `Unknown field "${p.key}" (a typo?).`,
  too_long: (p, f) => {
    const name = f.field(p.field);
    const items = f.fieldItems(p.field, p.maximum);
    if (p.unit === 'items' && items !== undefined) return `A proposal has at most ${items}.`;
    if (p.unit === 'characters' && name !== undefined)
      return `${capital(name)} is too long: at most ${f.count(p.maximum, p.unit)}.`;
    return `Too long: at most ${f.count(p.maximum, p.unit)}.`;
  },
  too_short: (p, f) => {
    const name = f.field(p.field);
    const items = f.fieldItems(p.field, p.minimum);
    if (p.unit === 'items' && items !== undefined) return `A proposal has at least ${items}.`;
    if (p.unit === 'characters' && name !== undefined)
      return p.minimum === 1
        ? `${capital(name)} is empty.`
        : `${capital(name)} is too short: at least ${f.count(p.minimum, p.unit)}.`;
    return p.minimum === 1
      ? p.unit === 'characters'
        ? 'This field is empty.'
        : 'This list is empty: at least one item is needed.'
      : `Too short: at least ${f.count(p.minimum, p.unit)}.`;
  },
  too_big: (p, f) => `Too big: at most ${f.number(p.maximum)}.`,
  too_small: (p, f) => `Too small: at least ${f.number(p.minimum)}.`,
  invalid_value: (p, f) => {
    const named = p.enum;
    const allowed = p.expected.map((v) => (named === undefined ? f.quote(v) : f.label(named, v)));
    const name = f.field(p.field);
    return `Invalid value ${p.received}${name === undefined ? '' : ` for ${name}`}${allowed.length === 0 ? '' : `; allowed: ${f.list(allowed)}`}.`;
  },
  invalid_format: (p, f) => `Invalid format: expected ${f.format(p.format)}.`,
  duplicate_id: (p) => `The id "${p.id}" occurs more than once.`,
  input_too_large: (p, f) => {
    const n = f.number(p.maximum);
    const what: string | undefined = {
      text: `more than ${n} characters of text`,
      values: `more than ${n} values`,
      depth: `nested deeper than ${n} levels`,
      items: `more than ${n} items`,
    }[p.limit];
    return `Input too large: ${what ?? n}.`;
  },
  invalid_input: (p) =>
    p.problem === 'cycle'
      ? 'Invalid input: a cyclic reference (a value that contains itself).'
      : 'Invalid input: a value that cannot be read.',
  unknown_parameter: (p) => `Unknown parameter "${p.id}".`,
  no_parameter_value: (p, f) =>
    `Parameter "${p.id}" has no value in force${p.at === '' ? '' : ` on ${f.date(p.at)}`}.`,
  versions_overlap: (p) =>
    `Version ${String(p.version + 1)} of parameter "${p.id}" overlaps the one before it: versions are in order and do not overlap.`,
  version_dates_reversed: (p, f) =>
    `The last day ${f.date(p.validUntil)} is before the first day ${f.date(p.validFrom)}.`,
  unknown_time_zone: (p, f) => `Unknown time zone ${f.quote(p.received)}.`,
  unknown_call: (p) => `Unknown call "${p.callId}".`,
  call_year_mismatch: (p, f) =>
    `The year ${String(p.year)} is not the year of the deadline ${f.date(p.deadlineDate)}.`,
  invalid_call_id: (p) =>
    p.kind === 'regular'
      ? `Call id "${p.id}" does not fit a regular call of ${String(p.year)} (expected: the year and a number, such as "${String(p.year)}-1").`
      : `Call id "${p.id}" of a thematic call is made of lowercase letters, digits and hyphens, not of a year and a number.`,
  opens_after_deadline: (p, f) =>
    `The call must open before its deadline (${f.instant(p.deadline, p.timeZone)}), but opens on ${f.instant(p.opensAt, p.timeZone)}.`,
  projection_slots_mismatch: (p, f) =>
    `The projection rule (parameter calls.projection) in force from ${f.date(p.validFrom)} describes a number of calls a year (${String(p.slots)}) other than calls.perYear (${String(p.perYear)}).`,
  no_cost_lines: () => 'No cost line was given.',
  negative_amount: (p, f) => `The amount ${f.amount(p.amount)} must not be negative.`,
  requested_above_maximum: (p, f) =>
    `The requested amount of ${f.amount(p.requested)} is above the maximum of ${f.amount(p.maximum)}; computed: ${f.amount(p.granted)}.`,
  off_the_shelf_not_eligible: () =>
    'Ready-made, commercially available solutions are not eligible for cofinancing.',
  other_not_eligible: (p, f) =>
    `The category ${f.label('costCategory', p.category)} is not eligible for cofinancing.`,
  cap_overridden: (p, f) =>
    `The indicative cap of ${f.amount(p.indicativeCap)} was replaced by decision${by(p.decisionBody)} with ${f.amount(p.cap)}.`,
  expertise_above_indicative_max: (p, f) =>
    `The requested external expertise of ${f.amount(p.requested)} is above the indicative maximum of ${f.amount(p.maximum)}.`,
  unsupported_schema_version: (p, f) =>
    `Schema version ${p.received} is not supported (expected: ${f.list(p.expected.map((v) => f.quote(v)))}).`,
  organisation_not_eligible: (p, f) =>
    `The organisation type ${f.label('organisationType', p.organisationType)} is not eligible: only Flemish public-sector organisations structurally subject to the public procurement law (contracting authorities) may apply or be partners.${
      isPrivateOrganisationType(p.organisationType)
        ? ' Companies, research centres and other private organisations take part as suppliers of the procurement the project puts out, not as applicants or consortium partners.'
        : ''
    }`,
  not_subject_to_procurement_law: () =>
    'The applicant must be structurally subject to the public procurement law.',
  economic_activities_outside_general_interest: () =>
    'An organisation with economic activities may only apply for tasks of general interest.',
  market_distortion: () => 'The result must not distort the market.',
  invalid_enterprise_number: (p) =>
    `Invalid enterprise number ${p.received} (KBO: 10 digits with valid check digits, e.g. 0123.456.749).`,
  submitted_after_deadline: (p, f) =>
    `${p.judgedBy === 'option' ? 'Judged on' : 'Submitted on'} ${f.instant(p.submittedAt, p.timeZone)}, after the deadline of call ${p.callId} (${f.dateAtTime(p.deadlineDate, p.deadlineTimeOfDay)}).`,
  submission_time_unknown: () =>
    'No submission time: the deadline could not be checked (fill in submittedAt or give the option at).',
  submitted_before_opening: (p, f) =>
    `${p.judgedBy === 'option' ? 'Judged on' : 'Submitted on'} ${f.instant(p.submittedAt, p.timeZone)}, before call ${p.callId} opened (${f.instant(p.opensAt, p.timeZone)}): submit the proposal once the call is open, or ask the PIO team whether it counts.`,
  deadline_not_published: (p, f) =>
    p.status === 'announced'
      ? `The deadline of call ${p.callId} (${f.dateAtTime(p.deadlineDate, p.deadlineTimeOfDay)}) is an announced target date, not published in a call text: check the date in the call.`
      : `The deadline of call ${p.callId} (${f.dateAtTime(p.deadlineDate, p.deadlineTimeOfDay)}) is expected: a projection of this library, not published: check the date in the call.`,
  commercially_available_solution: () =>
    'Cofinancing cannot be requested for a commercially available solution.',
  cofinancing_above_max_rate: (p, f) =>
    `The requested cofinancing of ${f.amount(p.requested)} is above ${f.percent(p.rate)} of the eligible base of ${f.amount(p.eligibleBase)} (maximum ${f.amount(p.maximum)}).`,
  cofinancing_above_indicative_cap: (p, f) =>
    `The requested cofinancing of ${f.amount(p.requested)} is above the indicative cap of about ${f.amount(p.cap)}; ${decisionBodyName(p.decisionBody, 'en') ?? 'the decision committee'} may decide otherwise.`,
  no_support_requested: () =>
    'No support is requested (guidance, external expertise or cofinancing).',
  no_procurement_foreseen: () => 'No procurement (public contract) is foreseen.',
  partner_is_applicant: (p) => `Partner ${p.enterpriseNumber} is the applicant itself.`,
  duplicate_partner: (p) => `Partner ${p.enterpriseNumber} is listed more than once.`,
  weights_do_not_sum: (p, f) =>
    `The weights${p.criterionId === undefined ? '' : ` of the sub-criteria of ${f.criterion(p.criterionId)}`} add up to ${f.number(p.sum)} instead of ${f.number(p.expected)}.`,
  scale_reversed: (p, f) =>
    `The minimum ${f.number(p.min)} of the scale is not below its maximum ${f.number(p.max)}.`,
  threshold_outside_scale: (p, f) =>
    `The threshold ${f.number(p.threshold)} is outside the scale from ${f.number(p.min)} to ${f.number(p.max)}.`,
  unknown_criterion: (p, f) =>
    `Unknown criterion ${f.quote(p.criterionId)}${p.expected.length === 0 ? '' : ` (expected: ${f.list(p.expected.map((id) => f.quote(id)))})`}${p.ownNeedsLabel === true ? '; an own sub-criterion needs a label' : ''}.`,
  missing_criterion: (p, f) => `The main criterion ${f.criterion(p.criterionId)} is missing.`,
  missing_score: (p, f) => `No score for ${f.criterion(p.criterionId)}.`,
  score_out_of_range: (p, f) =>
    `The score ${f.number(p.score)} for ${f.criterion(p.criterionId)} is outside the scale from ${f.number(p.min)} to ${f.number(p.max)}.`,
  criterion_below_threshold: (p, f) =>
    `The criterion ${f.criterion(p.criterionId)} scores ${f.number(p.score)}, below the threshold ${f.number(p.threshold)}.`,
  total_below_threshold: (p, f) =>
    `The weighted total ${f.number(p.total)} is below the threshold ${f.number(p.threshold)}.`,
};
