/**
 * Every machine code this library can report, as one closed union. Codes are stable across
 * releases: programs branch on them, people read the message that `i18n` renders for them.
 *
 * @module
 */

/** Codes of the money module. */
export const moneyIssueCodes = [
  'invalid_amount',
  'amount_precision',
  'amount_out_of_range',
  'invalid_ratio',
  'invalid_rounding_mode',
] as const;

/** Codes of instants and dates. */
export const timeIssueCodes = ['invalid_time', 'ambiguous_time', 'invalid_date'] as const;

/** Codes of the parameter registry. */
export const parameterIssueCodes = [
  'unknown_parameter',
  'no_parameter_value',
  'invalid_registry',
] as const;

/** Structural codes: what a schema check finds in a document. */
export const structureIssueCodes = [
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
] as const;

/** Codes of the calls calendar. */
export const callIssueCodes = ['invalid_calendar', 'unknown_call'] as const;

/** Codes of the cofinancing computation. */
export const cofinancingIssueCodes = [
  'no_cost_lines',
  'negative_amount',
  'requested_negative',
  'requested_above_maximum',
  'off_the_shelf_not_eligible',
  'other_not_eligible',
  'cap_overridden',
  'expertise_above_indicative_max',
] as const;

/** Codes of the business rules on a proposal. */
export const applicationIssueCodes = [
  'unsupported_schema_version',
  'organisation_not_eligible',
  'not_subject_to_procurement_law',
  'economic_activities_outside_general_interest',
  'market_distortion',
  'invalid_enterprise_number',
  'submitted_after_deadline',
  'submission_time_unknown',
  'commercially_available_solution',
  'cofinancing_above_max_rate',
  'cofinancing_above_indicative_cap',
  'no_support_requested',
  'no_procurement_foreseen',
  'partner_is_applicant',
  'duplicate_partner',
] as const;

/** Codes of the criteria and the admission decision. */
export const criteriaIssueCodes = [
  'invalid_scheme',
  'weights_do_not_sum',
  'threshold_outside_scale',
  'unknown_criterion',
  'missing_score',
  'score_out_of_range',
  'criterion_below_threshold',
  'total_below_threshold',
] as const;

/** All codes, in one list (for docs and for exhaustive tests). */
export const issueCodes = [
  ...moneyIssueCodes,
  ...timeIssueCodes,
  ...parameterIssueCodes,
  ...structureIssueCodes,
  ...callIssueCodes,
  ...cofinancingIssueCodes,
  ...applicationIssueCodes,
  ...criteriaIssueCodes,
] as const;

/** A machine code of this library: a closed snake_case union. */
export type IssueCode = (typeof issueCodes)[number];
