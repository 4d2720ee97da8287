import type { Source } from '../issues/issue.js';
import type { LocalizedText } from '../locales/LocalizedText.js';
import type { ParameterRegistry } from '../parameters/types.js';
import type { InstantInput } from '../time/instant.js';
import type { CallDataStatus, CallKind } from '../vocabulary/index.js';

export type { CallDataStatus, CallKind, CallStatus } from '../vocabulary/index.js';

/**
 * One call ("oproep"), as every function of this module returns it: plain frozen data, its
 * `Date`s fresh for every call of a function. It carries what its deadline and opening rest on
 * (the time of day and the time zone of its calendar's parameters), so it can be judged and
 * written on its own.
 */
export interface Call {
  /** Stable id: `"2024-1"`, `"2024-2"` for the regular calls of 2024; thematic calls have their own. */
  readonly id: string;
  /** The year of the call (the year of its deadline date). */
  readonly year: number;
  /** `regular` or `thematic`. */
  readonly kind: CallKind;
  /**
   * Title in Dutch and English; a projected call's title says "verwacht" / "expected" (the call
   * itself is this library's projection). An announced call is the programme's own call, only
   * its deadline is a target date: its title is the call's, and `status`, the note and
   * `formatDeadline` say "aangekondigd" / "announced".
   */
  readonly title: LocalizedText;
  /** The deadline as a calendar date in the programme's time zone, `YYYY-MM-DD`. */
  readonly deadlineDate: string;
  /**
   * The instant from which a proposal is late: `deadlineTimeOfDay` on `deadlineDate` in
   * `timeZone`; for "24:00", the start of the next day.
   */
  readonly deadline: Date;
  /**
   * The time of day of the deadline, `HH:MM` (`"24:00"`: the end of the day), from the
   * parameter `calls.deadlineTimeOfDay` in force on the deadline date.
   */
  readonly deadlineTimeOfDay: string;
  /** The IANA time zone of the deadline date, from the parameter `calls.timeZone`. */
  readonly timeZone: string;
  /**
   * When the call opens as published, where known (to the precision published: the start of
   * the day, or of the first day of the month, named). A proposal submitted before it gets the
   * warning `submitted_before_opening`.
   */
  readonly opensAt?: Date;
  /**
   * The instant from which the call is open (a proposal made then counts for it): its
   * `opensAt`; without one, the deadline of the previous regular call of its calendar; for the
   * first call, the start of 1 January of its year in `timeZone`. Without `opensAt` this is a
   * derivation, not a published opening: no issue rests on it.
   */
  readonly openFrom: Date;
  /**
   * What the deadline rests on: `published` (a call text or notice), `announced` (a target
   * date the programme announced) or `projected` (this library's projection).
   */
  readonly status: CallDataStatus;
  /** Where the call's data comes from (for a projected call: the projection rule's source). */
  readonly source?: Source;
  /** What is uncertain or assumed about the call, if anything. */
  readonly note?: LocalizedText;
}

/**
 * One call as an app supplies it to `createCallCalendar` (for example loaded from JSON).
 * A regular call's id is `YEAR-N` (`"2027-1"`), N being its number in the year; a thematic call's
 * id is any other lowercase slug (`"2020-circular-economy"`).
 */
export interface CallInput {
  /** `YEAR-N` for a regular call, a lowercase slug (letters, digits, hyphens) for a thematic one. */
  readonly id: string;
  /** The year of the call: must be the year of `deadlineDate`. */
  readonly year: number;
  /** `regular` or `thematic`. */
  readonly kind: CallKind;
  /** Title in Dutch and English. */
  readonly title: LocalizedText;
  /** The deadline date in the programme's time zone, `YYYY-MM-DD`. */
  readonly deadlineDate: string;
  /** When the call opens: a `Date`, epoch milliseconds or an ISO 8601 string with offset. */
  readonly opensAt?: InstantInput;
  /** `published` (the default), `announced` or `projected`. */
  readonly status?: CallDataStatus;
  /** Where the data comes from. */
  readonly source?: Source;
  /** What is uncertain or assumed about the call. */
  readonly note?: LocalizedText;
}

/** One checked entry of a {@link CallCalendar}: a {@link CallInput}, normalised and frozen. */
export interface CallCalendarEntry {
  /** The call's id. */
  readonly id: string;
  /** The call's year. */
  readonly year: number;
  /** `regular` or `thematic`. */
  readonly kind: CallKind;
  /** Title in Dutch and English. */
  readonly title: LocalizedText;
  /** The deadline date in the programme's time zone, `YYYY-MM-DD`. */
  readonly deadlineDate: string;
  /** When the call opens, as an ISO 8601 string in UTC. */
  readonly opensAt?: string;
  /** `published`, `announced` or `projected`. */
  readonly status: CallDataStatus;
  /** Where the data comes from. */
  readonly source?: Source;
  /** What is uncertain or assumed. */
  readonly note?: LocalizedText;
}

/**
 * A checked calendar of calls: the known calls plus the parameters that turn deadline dates
 * into instants and project the regular calls of years (or slots) without a known call. Make
 * one with `createCallCalendar`; it is plain data (a structured clone of one is one too).
 */
export interface CallCalendar {
  /** Marks a calendar. */
  readonly kind: 'pio-call-calendar';
  /**
   * The known calls (published, announced, or projected by the data itself), sorted by deadline
   * date.
   */
  readonly entries: readonly CallCalendarEntry[];
  /** The parameters used for deadlines and projections. */
  readonly parameters: ParameterRegistry;
}
