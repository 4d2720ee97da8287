/**
 * The params of every issue code: what a message may say and what a program may read. Amounts
 * are decimal strings (`"1100000.00"`), instants ISO 8601 strings in UTC with the `timeZone`
 * they are shown in, enum values their machine value (a locale renders their label).
 *
 * @module
 */
import type { EnumValues } from '../vocabulary/index.js';

/** The kind of a value, as an issue names it (a locale renders it: "tekst", "a number"). */
export type TypeName =
  | 'text'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'object'
  | 'array'
  | 'null'
  | 'nothing'
  | 'date'
  | 'bigint'
  | 'function'
  | 'symbol'
  | 'money'
  | 'registry'
  | 'calendar'
  | 'call'
  | 'scheme'
  | 'decimal';

/** The closed lists of the library whose values a locale renders by label. */
export type EnumName = keyof EnumValues;

/** The written forms a text field may be asked to have (a locale renders what each asks). */
export type FormatName =
  | 'not-blank'
  | 'amount'
  | 'instant'
  | 'date'
  | 'enterprise-number'
  | 'call-id'
  | 'parameter-id'
  | 'email'
  | 'phone'
  | 'rate'
  | 'decimal'
  | 'time-of-day';

/** Nothing to say beyond the code. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type None = {};

/** The params of each issue code. */
export interface IssueParams {
  // money
  /** Not an amount; `typed` names the way of writing of `parseEur` when it read a typed text. */
  readonly invalid_amount: { readonly received: string; readonly typed?: 'nl' | 'en' };
  /** More than two decimals. */
  readonly amount_precision: { readonly received: string };
  /** Beyond 10^13 euro. */
  readonly amount_out_of_range: { readonly received: string; readonly maximum: string };
  /** Not a usable ratio or rate. */
  readonly invalid_ratio: {
    readonly received: string;
    readonly problem: 'malformed' | 'none' | 'all_zero';
  };
  /** Not one of the rounding modes. */
  readonly invalid_rounding_mode: {
    readonly received: string;
    readonly expected: readonly string[];
  };

  // time
  /** Not an instant. */
  readonly invalid_time: { readonly received: string };
  /** A local time without an offset. */
  readonly ambiguous_time: { readonly received: string };
  /** Not a calendar date `YYYY-MM-DD`. */
  readonly invalid_date: { readonly received: string };

  // locale
  /** A locale the library does not speak. */
  readonly unsupported_locale: { readonly received: string; readonly expected: readonly string[] };

  // structure
  /** A value of the wrong kind. */
  readonly invalid_type: { readonly expected: TypeName; readonly received: TypeName };
  /** A required value is missing. */
  readonly required: None;
  /** A key the format does not have. */
  readonly unknown_key: { readonly key: string };
  /** A text or list that is too long. */
  readonly too_long: { readonly maximum: number; readonly unit: 'characters' | 'items' };
  /** A text or list that is too short. */
  readonly too_short: { readonly minimum: number; readonly unit: 'characters' | 'items' };
  /** A number above its maximum. */
  readonly too_big: { readonly maximum: string };
  /** A number below its minimum. */
  readonly too_small: { readonly minimum: string };
  /** A value outside a closed list; `enum` names the list so a locale can show labels. */
  readonly invalid_value: {
    readonly received: string;
    readonly expected: readonly string[];
    readonly enum?: EnumName;
  };
  /** A text that does not have the form asked for. */
  readonly invalid_format: { readonly format: FormatName };
  /** An id used twice where ids must be unique. */
  readonly duplicate_id: { readonly id: string };
  /** An input beyond a bound: `limit` says which, `maximum` how far it may go. */
  readonly input_too_large: {
    readonly limit: 'text' | 'values' | 'depth' | 'items';
    readonly maximum: number;
  };
  /** An input that cannot be read at all. */
  readonly invalid_input: { readonly problem: 'cycle' | 'unreadable' };

  // parameters
  /** No parameter with that id. */
  readonly unknown_parameter: { readonly id: string };
  /** No version of the parameter in force on that date (`at` empty: no version at all). */
  readonly no_parameter_value: { readonly id: string; readonly at: string };
  /** Versions not sorted or overlapping. */
  readonly versions_overlap: { readonly id: string; readonly version: number };
  /** A version whose `validUntil` is before its `validFrom`. */
  readonly version_dates_reversed: { readonly validFrom: string; readonly validUntil: string };
  /** A time zone the IANA database does not know. */
  readonly unknown_time_zone: { readonly received: string };

  // calls
  /** No call with that id. */
  readonly unknown_call: { readonly callId: string };
  /** A call whose year is not the year of its deadline date. */
  readonly call_year_mismatch: { readonly year: number; readonly deadlineDate: string };
  /**
   * A call id of the wrong form for its kind: a regular call's id is its `year` and a number
   * (`"2027-1"`); a thematic call's is a lowercase slug that is not of that form.
   */
  readonly invalid_call_id:
    | { readonly id: string; readonly kind: 'regular'; readonly year: number }
    | { readonly id: string; readonly kind: 'thematic' };
  /** A call that opens at or after its deadline. */
  readonly opens_after_deadline: {
    readonly opensAt: string;
    readonly deadline: string;
    readonly timeZone: string;
  };
  /**
   * The projection rule's version from `validFrom` has a number of `slots` other than the
   * regular calls a year (`perYear`, parameter `calls.perYear`) in force beside it.
   */
  readonly projection_slots_mismatch: {
    readonly slots: number;
    readonly perYear: number;
    readonly validFrom: string;
  };

  // cofinancing
  /** No cost line at all. */
  readonly no_cost_lines: None;
  /** A negative amount where only zero or more is allowed. */
  readonly negative_amount: { readonly amount: string };
  /** More requested than the maximum. */
  readonly requested_above_maximum: {
    readonly requested: string;
    readonly maximum: string;
    readonly granted: string;
  };
  /** A ready-made solution: never cofinanced. */
  readonly off_the_shelf_not_eligible: None;
  /** A category outside the eligible ones. */
  readonly other_not_eligible: { readonly category: string };
  /** A committee decision replaced the indicative cap. */
  readonly cap_overridden: { readonly indicativeCap: string; readonly cap: string };
  /** External expertise above its indicative maximum. */
  readonly expertise_above_indicative_max: {
    readonly requested: string;
    readonly maximum: string;
  };

  // applications
  /** A `schemaVersion` this library does not read. */
  readonly unsupported_schema_version: {
    readonly received: string;
    readonly expected: readonly string[];
  };
  /** An organisation type that may not apply. */
  readonly organisation_not_eligible: { readonly organisationType: string };
  /** An applicant not structurally subject to the procurement law. */
  readonly not_subject_to_procurement_law: None;
  /** Economic activities outside tasks of general interest. */
  readonly economic_activities_outside_general_interest: None;
  /** The result would distort the market. */
  readonly market_distortion: None;
  /** An enterprise number whose check digits fail. */
  readonly invalid_enterprise_number: { readonly received: string };
  /**
   * Late: `judgedBy` says whether the instant is the proposal's `submittedAt` or the caller's
   * `at` option (a draft judged "now").
   */
  readonly submitted_after_deadline: {
    readonly submittedAt: string;
    readonly deadline: string;
    readonly deadlineDate: string;
    readonly deadlineTimeOfDay: string;
    readonly callId: string;
    readonly timeZone: string;
    readonly judgedBy: 'submission' | 'option';
  };
  /** No instant to judge the deadline by. */
  readonly submission_time_unknown: None;
  /** Cofinancing asked for a commercially available solution. */
  readonly commercially_available_solution: None;
  /** More cofinancing asked than the maximum rate allows. */
  readonly cofinancing_above_max_rate: {
    readonly requested: string;
    readonly maximum: string;
    readonly eligibleBase: string;
    readonly rate: string;
  };
  /** More cofinancing asked than the indicative cap. */
  readonly cofinancing_above_indicative_cap: { readonly requested: string; readonly cap: string };
  /** No support asked at all. */
  readonly no_support_requested: None;
  /** No procurement foreseen. */
  readonly no_procurement_foreseen: None;
  /** A partner that is the applicant itself. */
  readonly partner_is_applicant: { readonly enterpriseNumber: string };
  /** A partner listed twice. */
  readonly duplicate_partner: { readonly enterpriseNumber: string };

  // criteria
  /** Weights that do not add up; `criterionId` names the criterion whose sub-criteria they are. */
  readonly weights_do_not_sum: {
    readonly sum: string;
    readonly expected: string;
    readonly criterionId?: string;
  };
  /** A scale whose minimum is not below its maximum. */
  readonly scale_reversed: { readonly min: string; readonly max: string };
  /** A threshold outside the scale. */
  readonly threshold_outside_scale: {
    readonly threshold: string;
    readonly min: string;
    readonly max: string;
  };
  /**
   * A criterion id where the scheme (or the catalogue) has none; `expected` lists the ids that
   * fit there; `ownNeedsLabel`: an own sub-criterion id is allowed, with a label.
   */
  readonly unknown_criterion: {
    readonly criterionId: string;
    readonly expected: readonly string[];
    readonly ownNeedsLabel?: true;
  };
  /** A main criterion missing from a scheme. */
  readonly missing_criterion: { readonly criterionId: string };
  /** No score for a criterion. */
  readonly missing_score: { readonly criterionId: string };
  /** A score outside the scale. */
  readonly score_out_of_range: {
    readonly criterionId: string;
    readonly score: string;
    readonly min: string;
    readonly max: string;
  };
  /** A criterion below its threshold. */
  readonly criterion_below_threshold: {
    readonly criterionId: string;
    readonly score: string;
    readonly threshold: string;
  };
  /** A total below its threshold. */
  readonly total_below_threshold: { readonly total: string; readonly threshold: string };
}
