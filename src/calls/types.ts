import type { LocalizedText } from '../i18n/Locale.js';
import type { Source } from '../issues/PioIssue.js';
import type { ParameterRegistry } from '../parameters/types.js';
import type { InstantInput } from '../time/toInstant.js';

/** The kind of a call: one of the regular calls of a year, or a thematic call beside them. */
export type CallKind = 'regular' | 'thematic';

/**
 * What the data of a call rests on: `published` by the programme, or `projected` by this library
 * (an expected call, never to be presented as confirmed).
 */
export type CallDataStatus = 'published' | 'projected';

/** Where a call stands at an instant: not yet open, open, or closed (its deadline has passed). */
export type CallStatus = 'upcoming' | 'open' | 'closed';

/**
 * One call ("oproep"), as every function of this module returns it: plain frozen data, its
 * `Date`s fresh for every call of a function.
 */
export interface Call {
  /** Stable id: `"2024-1"`, `"2024-2"` for the regular calls of 2024; thematic calls have their own. */
  readonly id: string;
  /** The year of the call (the year of its deadline date). */
  readonly year: number;
  /** `regular` or `thematic`. */
  readonly kind: CallKind;
  /** Title in Dutch and English; a projected call's title says "verwacht" / "expected". */
  readonly title: LocalizedText;
  /** The deadline as a calendar date in Brussels, `YYYY-MM-DD`. */
  readonly deadlineDate: string;
  /**
   * The instant from which a proposal is late: 24:00 Brussels time on `deadlineDate`, that is the
   * start of the next day (from the parameters `calls.deadlineTimeOfDay` and `calls.timeZone`).
   */
  readonly deadline: Date;
  /** When the call opens, where known. */
  readonly opensAt?: Date;
  /** `published` or `projected`. */
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
  /** The deadline date in Brussels, `YYYY-MM-DD`. */
  readonly deadlineDate: string;
  /** When the call opens: a `Date`, epoch milliseconds or an ISO 8601 string with offset. */
  readonly opensAt?: InstantInput;
  /** Default `published`. */
  readonly status?: CallDataStatus;
  /** Where the data comes from. */
  readonly source?: Source;
  /** What is uncertain or assumed about the call. */
  readonly note?: LocalizedText;
}

/** One validated entry of a {@link CallCalendar}: a {@link CallInput}, normalised and frozen. */
export interface CallCalendarEntry {
  /** The call's id. */
  readonly id: string;
  /** The call's year. */
  readonly year: number;
  /** `regular` or `thematic`. */
  readonly kind: CallKind;
  /** Title in Dutch and English. */
  readonly title: LocalizedText;
  /** The deadline date in Brussels, `YYYY-MM-DD`. */
  readonly deadlineDate: string;
  /** When the call opens, as an ISO 8601 string in UTC. */
  readonly opensAt?: string;
  /** `published` or `projected`. */
  readonly status: CallDataStatus;
  /** Where the data comes from. */
  readonly source?: Source;
  /** What is uncertain or assumed. */
  readonly note?: LocalizedText;
}

/**
 * A validated calendar of calls: the known calls plus the parameters that turn deadline dates
 * into instants and project the regular calls of years (or slots) without a known call. Make
 * one with `createCallCalendar`.
 */
export interface CallCalendar {
  /** Marks a value made by `createCallCalendar`. */
  readonly kind: 'pio-call-calendar';
  /** The known calls (published, or projected by the data itself), sorted by deadline date. */
  readonly entries: readonly CallCalendarEntry[];
  /** The parameters used for deadlines and projections. */
  readonly parameters: ParameterRegistry;
}

/** The `calendar` option shared by the functions of this module. */
export interface CalendarOptions {
  /** The calendar to use (default: `defaultCallCalendar`, the built-in published calls). */
  readonly calendar?: CallCalendar | undefined;
}
