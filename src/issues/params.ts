/**
 * The params of every issue code: what a message may say and what a program may read. Amounts
 * are decimal strings (`"1100000.00"`), instants ISO 8601 strings in UTC with the `timeZone`
 * they are shown in, enum values their machine value (a locale renders their label).
 *
 * @module
 */
import type { ApplicationField, DecisionBodyName, EnumValues } from '../vocabulary/index.js';

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

/**
 * Nothing to say beyond the code.
 *
 * @inline
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type None = {};

/** The params of each issue code. */
export interface IssueParams {
  // money
  /**
   * Not an amount; `typed` says why a typed text (`parseEur`, the command line) was refused.
   * The rule is in docs/amounts.md.
   */
  readonly invalid_amount: {
    /** What was received: a text in JSON quotes (cut when long), a number, or the kind of value. */
    readonly received: string;
    /**
     * Why `parseEur` refused a typed text; absent for other amounts. `malformed`: no way of
     * writing an amount reads it (`"0.0.5"`, `"00,5"`, `"12 euro"`); `ambiguous`: the Dutch and
     * the English way of writing read it as different numbers (`"1.500"`: 1500 or 1.5), given
     * in `readings`; `precision`: its one reading has more than two decimals (`"0.005"`).
     */
    readonly typed?: 'malformed' | 'ambiguous' | 'precision';
    /**
     * With `ambiguous`: the two readings as decimal strings, the Dutch one first
     * (`["1500", "1.5"]` for `"1.500"`, `["1.5", "1500"]` for `"1,500"`).
     */
    readonly readings?: readonly [dutch: string, english: string];
  };
  /** More than two decimals. */
  readonly amount_precision: {
    /** The amount received, as a decimal string (a number as JavaScript writes it: `1e-7`). */
    readonly received: string;
  };
  /** Beyond 10^13 euro. */
  readonly amount_out_of_range: {
    /** The amount, as received or summed (a text longer than 40 characters cut). */
    readonly received: string;
    /** The largest magnitude accepted, in euro: `"10000000000000"`. */
    readonly maximum: string;
  };
  /** Not a usable ratio or rate. */
  readonly invalid_ratio: {
    /** The ratio received as text, or its kind (`"[]"` for no ratios, `"0"` when all are zero). */
    readonly received: string;
    /** `malformed`: not a non-negative decimal; `none`: no ratio at all; `all_zero`: all are 0. */
    readonly problem: 'malformed' | 'none' | 'all_zero';
  };
  /** Not one of the rounding modes. */
  readonly invalid_rounding_mode: {
    /** The mode received, as text or the kind of value. */
    readonly received: string;
    /** Every rounding mode (`down`, `halfUp`, `halfEven`, `up`). */
    readonly expected: readonly string[];
  };

  // time
  /** Not an instant. */
  readonly invalid_time: {
    /** The instant received: its text (cut when long), a number, `"Invalid Date"` or its kind. */
    readonly received: string;
  };
  /** A local time without an offset. */
  readonly ambiguous_time: {
    /** The text received (cut to 40 characters). */
    readonly received: string;
  };
  /** Not a calendar date `YYYY-MM-DD`. */
  readonly invalid_date: {
    /** The date received, as text (cut when long) or the kind of value. */
    readonly received: string;
  };

  // locale
  /** A locale the library does not speak. */
  readonly unsupported_locale: {
    /** The `locale` option received, as text or the kind of value. */
    readonly received: string;
    /** The languages the library speaks (`nl`, `en`). */
    readonly expected: readonly string[];
  };

  // structure
  /** A value of the wrong kind. */
  readonly invalid_type: {
    /** The kind of value asked for. */
    readonly expected: TypeName;
    /** The kind of value found. */
    readonly received: TypeName;
    /**
     * The field of a proposal it is about (`validateApplication`), as its path with list
     * positions as `[]` (`'project.title'`); absent elsewhere. A locale names the field by it.
     */
    readonly field?: ApplicationField;
  };
  /** A required value is missing. */
  readonly required: {
    /**
     * The field of a proposal it is about (`validateApplication`), as its path with list
     * positions as `[]` (`'project.title'`); absent elsewhere. A locale names the field by it.
     */
    readonly field?: ApplicationField;
  };
  /** A key the format does not have. */
  readonly unknown_key: {
    /** The key, as written (also `__proto__`, `constructor` or `prototype`, never copied). */
    readonly key: string;
  };
  /** A text or list that is too long. */
  readonly too_long: {
    /** The most characters or items allowed. */
    readonly maximum: number;
    /** What `maximum` counts: the characters of a text or the items of a list. */
    readonly unit: 'characters' | 'items';
    /**
     * The field of a proposal it is about (`validateApplication`), as its path with list
     * positions as `[]` (`'project.title'`); absent elsewhere. A locale names the field by it.
     */
    readonly field?: ApplicationField;
  };
  /** A text or list that is too short. */
  readonly too_short: {
    /** The fewest characters or items allowed (`1`: it must not be empty). */
    readonly minimum: number;
    /** What `minimum` counts: the characters of a text or the items of a list. */
    readonly unit: 'characters' | 'items';
    /**
     * The field of a proposal it is about (`validateApplication`), as its path with list
     * positions as `[]` (`'project.title'`); absent elsewhere. A locale names the field by it.
     */
    readonly field?: ApplicationField;
  };
  /** A number above its maximum. */
  readonly too_big: {
    /** The largest number allowed, as a decimal string. */
    readonly maximum: string;
  };
  /** A number below its minimum. */
  readonly too_small: {
    /** The smallest number allowed, as a decimal string (`"0"` for a scoring weight). */
    readonly minimum: string;
  };
  /** A value outside a closed list; `enum` names the list so a locale can show labels. */
  readonly invalid_value: {
    /** The value received, shown short: usually a text in JSON quotes, a number, or its kind. */
    readonly received: string;
    /** The values allowed there; empty when they are not listed. */
    readonly expected: readonly string[];
    /** The closed list `expected` comes from, when it is one. */
    readonly enum?: EnumName;
    /**
     * The field of a proposal it is about (`validateApplication`), as its path with list
     * positions as `[]` (`'project.title'`); absent elsewhere. A locale names the field by it.
     */
    readonly field?: ApplicationField;
  };
  /** A text that does not have the form asked for. */
  readonly invalid_format: {
    /** The written form asked for. */
    readonly format: FormatName;
  };
  /** An id used twice where ids must be unique. */
  readonly duplicate_id: {
    /** The id that occurs again. */
    readonly id: string;
  };
  /** An input beyond a bound: `limit` says which, `maximum` how far it may go. */
  readonly input_too_large: {
    /**
     * `text`: characters of text in all; `values`: values in all; `depth`: levels of nesting;
     * `items`: items of one list.
     */
    readonly limit: 'text' | 'values' | 'depth' | 'items';
    /** The bound: the most of what `limit` counts. */
    readonly maximum: number;
  };
  /** An input that cannot be read at all. */
  readonly invalid_input: {
    /**
     * `cycle`: a value contains itself; `unreadable`: a value could not be read (a getter or
     * proxy that throws, or params a message cannot be written from).
     */
    readonly problem: 'cycle' | 'unreadable';
  };

  // parameters
  /** No parameter with that id. */
  readonly unknown_parameter: {
    /** The id asked for, as text (cut to 100 characters) or the kind of value. */
    readonly id: string;
  };
  /** No version of the parameter in force on that date (`at` empty: no version at all). */
  readonly no_parameter_value: {
    /** The parameter's id. */
    readonly id: string;
    /** The date looked up, `YYYY-MM-DD`; `""` when the latest version was asked for. */
    readonly at: string;
  };
  /** Versions not sorted or overlapping. */
  readonly versions_overlap: {
    /** The parameter's id. */
    readonly id: string;
    /** The index (from 0) of the version that starts before the version before it has ended. */
    readonly version: number;
  };
  /** A version whose `validUntil` is before its `validFrom`. */
  readonly version_dates_reversed: {
    /** The version's first day, `YYYY-MM-DD`. */
    readonly validFrom: string;
    /** The version's last day, `YYYY-MM-DD`. */
    readonly validUntil: string;
  };
  /** A time zone the IANA database does not know. */
  readonly unknown_time_zone: {
    /** The time zone received, as text or the kind of value. */
    readonly received: string;
  };

  // calls
  /** No call with that id. */
  readonly unknown_call: {
    /** The proposal's `callId`. */
    readonly callId: string;
  };
  /** A call whose year is not the year of its deadline date. */
  readonly call_year_mismatch: {
    /** The call's `year`. */
    readonly year: number;
    /** The call's `deadlineDate`, `YYYY-MM-DD`. */
    readonly deadlineDate: string;
  };
  /**
   * A call id of the wrong form for its kind: a regular call's id is its `year` and a number
   * (`"2027-1"`); a thematic call's is a lowercase slug that is not of that form.
   */
  readonly invalid_call_id:
    | {
        /** The call's id. */
        readonly id: string;
        /** A regular call. */
        readonly kind: 'regular';
        /** The call's year, which its id must start with. */
        readonly year: number;
      }
    | {
        /** The call's id. */
        readonly id: string;
        /** A thematic call. */
        readonly kind: 'thematic';
      };
  /** A call that opens at or after its deadline. */
  readonly opens_after_deadline: {
    /** When the call opens (`opensAt`), ISO 8601 in UTC. */
    readonly opensAt: string;
    /** The call's deadline: the end of its deadline date, ISO 8601 in UTC. */
    readonly deadline: string;
    /** The calendar's time zone (parameter `calls.timeZone`), to show both instants in. */
    readonly timeZone: string;
  };
  /**
   * The projection rule's version from `validFrom` has a number of `slots` other than the
   * regular calls a year (`perYear`, parameter `calls.perYear`) in force beside it.
   */
  readonly projection_slots_mismatch: {
    /** The number of slots of that version of `calls.projection`. */
    readonly slots: number;
    /** The value of a version of `calls.perYear` in force at the same time. */
    readonly perYear: number;
    /** The first day of that version of `calls.projection`, `YYYY-MM-DD`. */
    readonly validFrom: string;
  };

  // cofinancing
  /** No cost line at all. */
  readonly no_cost_lines: None;
  /** A negative amount where only zero or more is allowed. */
  readonly negative_amount: {
    /** The amount, as a decimal string (`"-12.50"`). */
    readonly amount: string;
  };
  /** More requested than the maximum. */
  readonly requested_above_maximum: {
    /** The amount requested. */
    readonly requested: string;
    /** The maximum cofinancing. */
    readonly maximum: string;
    /** What is computed instead: the maximum. */
    readonly granted: string;
  };
  /** A ready-made solution: never cofinanced. */
  readonly off_the_shelf_not_eligible: None;
  /** A category outside the eligible ones. */
  readonly other_not_eligible: {
    /** The cost category of the line. */
    readonly category: string;
  };
  /** A committee decision replaced the indicative cap. */
  readonly cap_overridden: {
    /** The indicative cap of the registry (`cofinancing.cap`). */
    readonly indicativeCap: string;
    /** The cap decided instead (`capOverride`). */
    readonly cap: string;
    /** The body that decides, in force on the rule date (`decision.body`), where the registry has it. */
    readonly decisionBody?: DecisionBodyName;
  };
  /** External expertise above its indicative maximum. */
  readonly expertise_above_indicative_max: {
    /** The amount requested for external expertise. */
    readonly requested: string;
    /** The indicative maximum in force (`expertise.indicativeMax`). */
    readonly maximum: string;
  };

  // applications
  /** A `schemaVersion` this library does not read. */
  readonly unsupported_schema_version: {
    /** The `schemaVersion` received, shown short (a text in JSON quotes, or its kind). */
    readonly received: string;
    /** The schema versions this library reads. */
    readonly expected: readonly string[];
  };
  /** An organisation type that may not apply. */
  readonly organisation_not_eligible: {
    /** The organisation type of the applicant or partner. */
    readonly organisationType: string;
  };
  /** An applicant not structurally subject to the procurement law. */
  readonly not_subject_to_procurement_law: None;
  /** Economic activities outside tasks of general interest. */
  readonly economic_activities_outside_general_interest: None;
  /** The result would distort the market. */
  readonly market_distortion: None;
  /** An enterprise number whose check digits fail. */
  readonly invalid_enterprise_number: {
    /**
     * The enterprise number: in a proposal its dotted form (`0207.123.408`), as the parsed
     * proposal holds it; for `normalizeEnterpriseNumber` as given (cut to 40 characters).
     */
    readonly received: string;
  };
  /**
   * Late: `judgedBy` says whether the instant is the proposal's `submittedAt` or the caller's
   * `at` option (a draft judged "now"). The issue's path is `['submittedAt']` either way (the
   * field the deadline is about); `judgedBy: 'option'` names the `at` option as the instant's
   * source. Instants are ISO 8601 in UTC here; messages write them in `timeZone`.
   */
  readonly submitted_after_deadline: {
    /** The instant judged, ISO 8601 in UTC. */
    readonly submittedAt: string;
    /** The call's deadline, ISO 8601 in UTC. */
    readonly deadline: string;
    /** The call's deadline date, `YYYY-MM-DD`. */
    readonly deadlineDate: string;
    /** The time of day the deadline date ends at (`"24:00"`). */
    readonly deadlineTimeOfDay: string;
    /** The call's id. */
    readonly callId: string;
    /** The call's time zone, to show the instants in. */
    readonly timeZone: string;
    /**
     * `submission`: the instant is the proposal's `submittedAt`; `option`: the caller's `at`
     * option (a draft without `submittedAt`, or the CLI's `--at`).
     */
    readonly judgedBy: 'submission' | 'option';
  };
  /** No instant to judge the deadline by. */
  readonly submission_time_unknown: None;
  /**
   * A proposal submitted (or judged) before its call opened: before the call's published
   * `opensAt` (never an opening this library derives).
   */
  readonly submitted_before_opening: {
    /** The call's id. */
    readonly callId: string;
    /** When the call opens (`opensAt`), ISO 8601 in UTC. */
    readonly opensAt: string;
    /** The instant judged, ISO 8601 in UTC. */
    readonly submittedAt: string;
    /** The call's time zone, to show the instants in. */
    readonly timeZone: string;
    /**
     * `submission`: the instant is the proposal's `submittedAt`; `option`: the caller's `at`
     * option (a draft without `submittedAt`, or the CLI's `--at`).
     */
    readonly judgedBy: 'submission' | 'option';
  };
  /**
   * The proposal's call has a deadline that is not published: a target date the programme
   * `announced`, or this library's projection (`projected`); the deadline check rests on it.
   */
  readonly deadline_not_published: {
    /** The call's id. */
    readonly callId: string;
    /** What the deadline rests on: `announced` or `projected`. */
    readonly status: 'announced' | 'projected';
    /** The call's deadline date, `YYYY-MM-DD`. */
    readonly deadlineDate: string;
    /** The time of day the deadline date ends at (`"24:00"`). */
    readonly deadlineTimeOfDay: string;
  };
  /** Cofinancing asked for a commercially available solution. */
  readonly commercially_available_solution: None;
  /** More cofinancing asked than the maximum rate allows. */
  readonly cofinancing_above_max_rate: {
    /** The cofinancing requested. */
    readonly requested: string;
    /** `rate` times `eligibleBase`, rounded to the cent (before the cap). */
    readonly maximum: string;
    /** The eligible base of the procurement's cost lines. */
    readonly eligibleBase: string;
    /** The maximum rate (`"0.5"`). */
    readonly rate: string;
  };
  /** More cofinancing asked than the indicative cap. */
  readonly cofinancing_above_indicative_cap: {
    /** The cofinancing requested. */
    readonly requested: string;
    /** The indicative cap (`cofinancing.cap`). */
    readonly cap: string;
    /** The body that may decide otherwise, in force on the rule date (`decision.body`), where the registry has it. */
    readonly decisionBody?: DecisionBodyName;
  };
  /** No support asked at all. */
  readonly no_support_requested: None;
  /** No procurement foreseen. */
  readonly no_procurement_foreseen: None;
  /** A partner that is the applicant itself. */
  readonly partner_is_applicant: {
    /** The partner's enterprise number, in its dotted form (`0207.123.407`). */
    readonly enterpriseNumber: string;
  };
  /** A partner listed twice. */
  readonly duplicate_partner: {
    /** The partner's enterprise number where it occurs again, in its dotted form. */
    readonly enterpriseNumber: string;
  };

  // criteria
  /** Weights that do not add up; `criterionId` names the criterion whose sub-criteria they are. */
  readonly weights_do_not_sum: {
    /** What the weights add up to. */
    readonly sum: string;
    /** What they must add up to: `"1"`. */
    readonly expected: string;
    /** The main criterion whose sub-criteria have these weights; absent for the main criteria. */
    readonly criterionId?: string;
  };
  /** A scale whose minimum is not below its maximum. */
  readonly scale_reversed: {
    /** The scale's minimum. */
    readonly min: string;
    /** The scale's maximum. */
    readonly max: string;
  };
  /** A threshold outside the scale. */
  readonly threshold_outside_scale: {
    /** The threshold. */
    readonly threshold: string;
    /** The scale's minimum. */
    readonly min: string;
    /** The scale's maximum. */
    readonly max: string;
  };
  /**
   * A criterion id where the scheme (or the catalogue) has none; `expected` lists the ids that
   * fit there; `ownNeedsLabel`: an own sub-criterion id is allowed, with a label.
   */
  readonly unknown_criterion: {
    /** The id given. */
    readonly criterionId: string;
    /** The ids that fit there. */
    readonly expected: readonly string[];
    /** `true` for an own sub-criterion id (not of the catalogue) given without a `label`. */
    readonly ownNeedsLabel?: true;
  };
  /** A main criterion missing from a scheme. */
  readonly missing_criterion: {
    /** The id of the main criterion. */
    readonly criterionId: string;
  };
  /** No score for a criterion. */
  readonly missing_score: {
    /** The criterion to score: a sub-criterion, or a main criterion without any. */
    readonly criterionId: string;
  };
  /** A score outside the scale. */
  readonly score_out_of_range: {
    /** The criterion scored. */
    readonly criterionId: string;
    /** The score given. */
    readonly score: string;
    /** The scale's minimum. */
    readonly min: string;
    /** The scale's maximum. */
    readonly max: string;
  };
  /** A criterion below its threshold. */
  readonly criterion_below_threshold: {
    /** The main criterion. */
    readonly criterionId: string;
    /** Its score (the weighted mean of its sub-criteria's scores, when it has them). */
    readonly score: string;
    /** Its threshold. */
    readonly threshold: string;
  };
  /** A total below its threshold. */
  readonly total_below_threshold: {
    /** The weighted total of the main criteria's scores. */
    readonly total: string;
    /** The scheme's `totalThreshold`. */
    readonly threshold: string;
  };
}
