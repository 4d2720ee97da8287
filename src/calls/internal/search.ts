import { fail } from '../../issues/PioRulesError.js';
import { describeType } from '../../issues/describe.js';
import { defaultCallCalendar } from '../defaultCallCalendar.js';
import type { Call, CallCalendar, CallKind, CalendarOptions } from '../types.js';
import { buildCall, compareCalls } from './buildCall.js';
import { projectedEntries, projectionRange } from './projection.js';

/**
 * The calendar of an options object (default: the built-in one), checked to be one.
 *
 * @param options - The options.
 * @returns The calendar.
 * @throws {@link PioRulesError} `invalid_type` when `calendar` is not a `CallCalendar`.
 */
export function calendarOf(options: CalendarOptions | undefined): CallCalendar {
  const calendar = options?.calendar ?? defaultCallCalendar;
  if ((calendar as { kind?: unknown }).kind !== 'pio-call-calendar') {
    fail(
      'invalid_type',
      { expected: 'a CallCalendar from createCallCalendar', received: describeType(calendar) },
      ['calendar'],
    );
  }
  return calendar;
}

/**
 * The year (UTC) of an instant.
 *
 * @param instant - A valid `Date`.
 * @returns The year.
 */
export function utcYear(instant: Date): number {
  return instant.getUTCFullYear();
}

/**
 * The calendar's known calls, built.
 *
 * @param calendar - The calendar.
 * @returns The calls, in entry order.
 */
export function knownCalls(calendar: CallCalendar): Call[] {
  return calendar.entries.map((entry) => buildCall(entry, calendar.parameters));
}

/**
 * The projected calls of a year that no known call replaces.
 *
 * @param calendar - The calendar.
 * @param year - The year.
 * @returns The projected calls (maybe none).
 */
export function projectedCalls(calendar: CallCalendar, year: number): Call[] {
  const taken = new Set(calendar.entries.map((entry) => entry.id));
  return projectedEntries(year, calendar.parameters, taken).map((entry) =>
    buildCall(entry, calendar.parameters),
  );
}

/**
 * Every call of the calendar in a range of years, known and projected, sorted.
 *
 * @param calendar - The calendar.
 * @param firstYear - First year (inclusive).
 * @param lastYear - Last year (inclusive).
 * @returns The calls.
 */
export function callsInYears(calendar: CallCalendar, firstYear: number, lastYear: number): Call[] {
  const calls = knownCalls(calendar).filter((c) => c.year >= firstYear && c.year <= lastYear);
  const range = projectionRange(calendar.parameters);
  if (range !== undefined) {
    for (let y = Math.max(firstYear, range.first); y <= Math.min(lastYear, range.last); y += 1) {
      calls.push(...projectedCalls(calendar, y));
    }
  }
  return calls.sort(compareCalls);
}

function earliest(calls: readonly Call[]): Call | undefined {
  return [...calls].sort(compareCalls)[0];
}

/**
 * The call with the earliest deadline strictly after an instant (the first call a proposal made
 * at that instant is still on time for), of a kind if given. Calls of a year have deadlines on
 * dates of that year, so the years are searched in order and the search stops at the first year
 * with a match.
 *
 * @param calendar - The calendar.
 * @param instant - The instant.
 * @param kind - Only calls of this kind.
 * @returns The call, or `undefined` when there is none.
 */
export function firstCallAfter(
  calendar: CallCalendar,
  instant: Date,
  kind: CallKind | undefined,
): Call | undefined {
  const t = instant.getTime();
  const matches = (c: Call): boolean =>
    c.deadline.getTime() > t && (kind === undefined || c.kind === kind);
  const candidates = knownCalls(calendar).filter(matches);
  const range = projectionRange(calendar.parameters);
  if (range !== undefined && kind !== 'thematic') {
    for (let y = Math.max(range.first, utcYear(instant) - 1); y <= range.last; y += 1) {
      const found = projectedCalls(calendar, y).filter(matches);
      if (found.length > 0) {
        candidates.push(...found);
        break;
      }
    }
  }
  return earliest(candidates);
}

/**
 * The regular call with the latest deadline strictly before an instant.
 *
 * @param calendar - The calendar.
 * @param instant - The instant.
 * @returns The call, or `undefined` when there is none.
 */
export function lastRegularCallBefore(calendar: CallCalendar, instant: Date): Call | undefined {
  const t = instant.getTime();
  const matches = (c: Call): boolean => c.kind === 'regular' && c.deadline.getTime() < t;
  const candidates = knownCalls(calendar).filter(matches);
  const range = projectionRange(calendar.parameters);
  if (range !== undefined) {
    for (let y = Math.min(range.last, utcYear(instant) + 1); y >= range.first; y -= 1) {
      const found = projectedCalls(calendar, y).filter(matches);
      if (found.length > 0) {
        candidates.push(...found);
        break;
      }
    }
  }
  return candidates.sort(compareCalls)[candidates.length - 1];
}
