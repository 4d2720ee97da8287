/**
 * Every machine code this library can report, as one closed union, and the params each one
 * carries ({@link IssueParams}). Codes are stable across releases: programs branch on them,
 * people read the message a locale renders from the code and its params.
 *
 * @module
 */
import type { IssueParams } from './params.js';

/** A machine code of this library: a closed snake_case union. */
export type IssueCode = keyof IssueParams;

/** Every code once, grouped by the module that reports it (the order of `docs/`). */
const codes = {
  money: [
    'invalid_amount',
    'amount_precision',
    'amount_out_of_range',
    'invalid_ratio',
    'invalid_rounding_mode',
  ],
  time: ['invalid_time', 'ambiguous_time', 'invalid_date'],
  locale: ['unsupported_locale'],
  structure: [
    'invalid_type',
    'required',
    'unknown_key',
    'too_long',
    'too_short',
    'too_big',
    'too_small',
    'invalid_value',
    'invalid_format',
    'duplicate_id',
    'input_too_large',
    'invalid_input',
  ],
  parameters: [
    'unknown_parameter',
    'no_parameter_value',
    'versions_overlap',
    'version_dates_reversed',
    'unknown_time_zone',
  ],
  calls: [
    'unknown_call',
    'call_year_mismatch',
    'invalid_call_id',
    'opens_after_deadline',
    'projection_slots_mismatch',
  ],
  cofinancing: [
    'no_cost_lines',
    'negative_amount',
    'requested_above_maximum',
    'off_the_shelf_not_eligible',
    'other_not_eligible',
    'cap_overridden',
    'expertise_above_indicative_max',
  ],
  applications: [
    'unsupported_schema_version',
    'organisation_not_eligible',
    'not_subject_to_procurement_law',
    'economic_activities_outside_general_interest',
    'market_distortion',
    'invalid_enterprise_number',
    'submitted_after_deadline',
    'submission_time_unknown',
    'submitted_before_opening',
    'deadline_not_published',
    'commercially_available_solution',
    'cofinancing_above_max_rate',
    'cofinancing_above_indicative_cap',
    'no_support_requested',
    'no_procurement_foreseen',
    'partner_is_applicant',
    'duplicate_partner',
  ],
  criteria: [
    'weights_do_not_sum',
    'scale_reversed',
    'threshold_outside_scale',
    'unknown_criterion',
    'missing_criterion',
    'missing_score',
    'score_out_of_range',
    'criterion_below_threshold',
    'total_below_threshold',
  ],
} as const satisfies Readonly<Record<string, readonly IssueCode[]>>;

/**
 * The module that reports a code (for docs and for grouping).
 *
 * @useDeclaredType
 */
export type IssueGroup = keyof typeof codes;

type Listed = (typeof codes)[IssueGroup][number];
// Every code of IssueParams is listed once: a code added to the params map without a place in
// this list (or the other way round) fails to compile here.
const complete: [IssueCode] extends [Listed] ? true : never = true;
void complete;

/**
 * Every issue code, once, in a stable order.
 *
 * @example
 * ```ts
 * issueCodes.includes('unknown_call');
 * //=> true
 * ```
 */
export const issueCodes: readonly IssueCode[] = Object.freeze(Object.values(codes).flat());

/**
 * The codes of each module, for documentation.
 *
 * @example
 * ```ts
 * issueCodesByGroup.time;
 * //=> ['invalid_time', 'ambiguous_time', 'invalid_date']
 * ```
 */
export const issueCodesByGroup: Readonly<Record<IssueGroup, readonly IssueCode[]>> = codes;

/**
 * Tells whether a value is one of the library's issue codes.
 *
 * @param value - Anything.
 * @returns `true` for a code of {@link issueCodes}.
 * @internal
 */
export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && (issueCodes as readonly string[]).includes(value);
}
