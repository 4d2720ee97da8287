import { param as p, type MessageTable } from './MessageTable.js';

/** English messages for every issue code. */
export const en: MessageTable = {
  invalid_amount: (x) =>
    `Invalid amount: ${p(x, 'received')} (expected: an amount such as "1234.56"${x['locale'] === undefined ? '' : ` or, as typed, "${p(x, 'expected')}"`}).`,
  amount_precision: (x) =>
    `Amount ${p(x, 'received')} is not exact to the cent: use at most two decimals.`,
  amount_out_of_range: (x) =>
    `Amount ${p(x, 'received')} is out of range (at most ${p(x, 'maximum')} euro in absolute value).`,
  invalid_ratio: (x) =>
    `Invalid ratio or rate: ${p(x, 'received')} (expected: a non-negative decimal such as "0.5").`,
  invalid_rounding_mode: (x) =>
    `Unknown rounding mode ${p(x, 'received')} (expected: down, halfUp, halfEven or up).`,
  invalid_time: (x) => `Invalid instant: ${p(x, 'received')}.`,
  ambiguous_time: (x) =>
    `Instant ${p(x, 'received')} is ambiguous: include a time zone offset (e.g. "Z" or "+02:00").`,
  invalid_date: (x) => `Invalid date: ${p(x, 'received')} (expected: YYYY-MM-DD).`,
  unknown_parameter: (x) => `Unknown parameter "${p(x, 'id')}".`,
  no_parameter_value: (x) => `Parameter "${p(x, 'id')}" has no value in force on ${p(x, 'at')}.`,
  invalid_registry: (x) => `Invalid parameter registry: ${p(x, 'reason')}.`,
  invalid_type: (x) => `Wrong type: expected ${p(x, 'expected')}, received ${p(x, 'received')}.`,
  required: () => `This field is required.`,
  unknown_key: (x) => `Unknown field "${p(x, 'key')}" (a typo?).`,
  too_long: (x) => `Too long: at most ${p(x, 'maximum')} characters or items.`,
  too_short: (x) => `Too short: at least ${p(x, 'minimum')} characters or items.`,
  too_big: (x) => `Too big: at most ${p(x, 'maximum')}.`,
  too_small: (x) => `Too small: at least ${p(x, 'minimum')}.`,
  invalid_value: (x) => `Invalid value ${p(x, 'received')}; allowed: ${p(x, 'expected')}.`,
  invalid_format: (x) => `Invalid format: expected ${p(x, 'expected')}.`,
  duplicate_id: (x) => `The id "${p(x, 'id')}" occurs more than once.`,
  input_too_large: (x) => `Input too large: ${p(x, 'reason')}.`,
  invalid_input: (x) => `Invalid input: ${p(x, 'reason')}.`,
  invalid_calendar: (x) => `Invalid call calendar: ${p(x, 'count')} problem(s).`,
  unknown_call: (x) => `Unknown call "${p(x, 'callId')}".`,
  no_cost_lines: () => `No cost lines were given.`,
  negative_amount: (x) => `The amount ${p(x, 'amount')} must not be negative.`,
  requested_negative: (x) => `The requested amount ${p(x, 'amount')} must not be negative.`,
  requested_above_maximum: (x) =>
    `The requested amount ${p(x, 'requested')} is above the maximum ${p(x, 'maximum')}; granted: ${p(x, 'granted')}.`,
  off_the_shelf_not_eligible: () =>
    `Ready-made, commercially available solutions are not eligible for cofinancing.`,
  other_not_eligible: () =>
    `Only R&D services and validation or testing in a test environment are eligible.`,
  cap_overridden: (x) =>
    `The indicative cap ${p(x, 'indicativeCap')} was replaced by decision with ${p(x, 'cap')}.`,
  expertise_above_indicative_max: (x) =>
    `Requested external expertise ${p(x, 'requested')} is above the indicative maximum ${p(x, 'maximum')}.`,
  unsupported_schema_version: (x) =>
    `Schema version ${p(x, 'received')} is not supported (expected: ${p(x, 'expected')}).`,
  organisation_not_eligible: (x) =>
    `Organisation type ${p(x, 'organisationType')} is not eligible: only Flemish public-sector bodies structurally subject to the public procurement law.`,
  not_subject_to_procurement_law: () =>
    `The applicant must be structurally subject to the public procurement law.`,
  economic_activities_outside_general_interest: () =>
    `An organisation with economic activities may apply only for tasks of general interest.`,
  market_distortion: () => `The result must not distort the market.`,
  invalid_enterprise_number: (x) =>
    `Invalid enterprise number ${p(x, 'received')} (KBO: 10 digits with valid check digits, e.g. 0123.456.749).`,
  submitted_after_deadline: (x) =>
    `Submitted at ${p(x, 'submittedAt')}, after the deadline of call ${p(x, 'callId')} (${p(x, 'deadline')}).`,
  submission_time_unknown: () =>
    `No submission time: the deadline could not be checked (give submittedAt or the at option).`,
  commercially_available_solution: () =>
    `Cofinancing cannot be requested for a commercially available solution.`,
  cofinancing_above_max_rate: (x) =>
    `Requested cofinancing ${p(x, 'requested')} is above ${p(x, 'ratePercent')}% of the eligible base (maximum ${p(x, 'maximum')}).`,
  cofinancing_above_indicative_cap: (x) =>
    `Requested cofinancing ${p(x, 'requested')} is above the indicative cap of about ${p(x, 'cap')}.`,
  no_support_requested: () =>
    `No support is requested (guidance, external expertise or cofinancing).`,
  no_procurement_foreseen: () => `No procurement (public contract) is foreseen.`,
  partner_is_applicant: (x) => `Partner ${p(x, 'enterpriseNumber')} is the applicant itself.`,
  duplicate_partner: (x) => `Partner ${p(x, 'enterpriseNumber')} is listed more than once.`,
  invalid_scheme: (x) => `Invalid scoring scheme: ${p(x, 'reason')}.`,
  weights_do_not_sum: (x) => `The weights add up to ${p(x, 'sum')} instead of ${p(x, 'expected')}.`,
  threshold_outside_scale: (x) =>
    `Threshold ${p(x, 'threshold')} is outside the scale ${p(x, 'min')}–${p(x, 'max')}.`,
  unknown_criterion: (x) => `Unknown criterion "${p(x, 'criterionId')}".`,
  missing_score: (x) => `No score for criterion "${p(x, 'criterionId')}".`,
  score_out_of_range: (x) =>
    `Score ${p(x, 'score')} for "${p(x, 'criterionId')}" is outside the scale ${p(x, 'min')}–${p(x, 'max')}.`,
  criterion_below_threshold: (x) =>
    `Criterion "${p(x, 'criterionId')}" scores ${p(x, 'score')}, below the threshold ${p(x, 'threshold')}.`,
  total_below_threshold: (x) =>
    `The weighted total ${p(x, 'total')} is below the threshold ${p(x, 'threshold')}.`,
};
