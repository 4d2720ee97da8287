import { receivedText } from '../issues/describe.js';
import { fail } from '../issues/PioRulesError.js';
import { toInstant, type InstantInput } from '../time/toInstant.js';
import { callsInYears, calendarOf, utcYear } from './internal/search.js';
import { projectionRange } from './internal/projection.js';
import type { Call, CallKind, CalendarOptions } from './types.js';

/** Options of {@link getCalls}. */
export interface GetCallsOptions extends CalendarOptions {
  /** Only the calls of this year. */
  readonly year?: number | undefined;
  /** Only the calls whose deadline is after this instant (still open to proposals then). */
  readonly from?: InstantInput | undefined;
  /** Only the calls whose deadline is at or before this instant (closed by then). */
  readonly to?: InstantInput | undefined;
  /** Only `regular` or only `thematic` calls. */
  readonly kind?: CallKind | undefined;
}

/**
 * The calls of a calendar, known and projected, sorted by deadline (then regular before
 * thematic, then by id). Without `year` or `to`, projections stop `horizonYears` (parameter
 * `calls.projection`, 10) after the later of the last year with a known call and the year of
 * `from`: for the built-in calendar, at 2034.
 *
 * @param options - `year`, `from`, `to`, `kind` filters and `calendar`.
 * @returns The calls.
 * @throws {@link PioRulesError} `invalid_time` / `ambiguous_time` for a bad `from` or `to`;
 *   `invalid_value` for a bad `year` or `kind`.
 * @example
 * ```ts
 * getCalls({ year: 2024 }).map((call) => call.deadline.toISOString());
 * //=> ['2024-04-18T22:00:00.000Z', '2024-10-10T22:00:00.000Z']
 * getCalls({ kind: 'thematic' }).map((call) => call.id);
 * //=> ['2020-circular-economy']
 * ```
 */
export function getCalls(options: GetCallsOptions = {}): Call[] {
  options ??= {};
  const calendar = calendarOf(options);
  const { year, kind } = options;
  if (year !== undefined && (!Number.isInteger(year) || year < 1000 || year > 9999)) {
    fail(
      'invalid_value',
      { expected: ['a year from 1000 to 9999'], received: receivedText(year) },
      ['year'],
    );
  }
  if (kind !== undefined && kind !== 'regular' && kind !== 'thematic') {
    fail('invalid_value', { expected: ['regular', 'thematic'], received: receivedText(kind) }, [
      'kind',
    ]);
  }
  const from = options.from === undefined ? undefined : toInstant(options.from, { path: ['from'] });
  const to = options.to === undefined ? undefined : toInstant(options.to, { path: ['to'] });
  let first: number;
  let last: number;
  if (year !== undefined) {
    first = year;
    last = year;
  } else {
    const range = projectionRange(calendar.parameters);
    const known = calendar.entries.map((entry) => entry.year);
    first = from === undefined ? -Infinity : utcYear(from) - 1;
    if (to !== undefined) {
      last = utcYear(to) + 1;
    } else {
      const base = Math.max(
        ...known,
        from === undefined ? -Infinity : utcYear(from),
        range === undefined ? -Infinity : range.first,
      );
      last = base + (range?.horizonYears ?? 0);
    }
  }
  return callsInYears(calendar, first, last).filter(
    (call) =>
      (kind === undefined || call.kind === kind) &&
      (from === undefined || call.deadline.getTime() > from.getTime()) &&
      (to === undefined || call.deadline.getTime() <= to.getTime()),
  );
}
