import { buildCall } from './internal/buildCall.js';
import { projectionRange } from './internal/projection.js';
import { calendarOf, projectedCalls } from './internal/search.js';
import type { Call, CalendarOptions } from './types.js';

/** Options of {@link getCall}. */
export type GetCallOptions = CalendarOptions;

const REGULAR_ID = /^(\d{4})-[1-9]\d{0,2}$/;

/**
 * One call by id, known or projected (`"2031-2"` is the projected second call of 2031 unless
 * the calendar knows it).
 *
 * @param id - The call's id.
 * @param options - `calendar`.
 * @returns The call, or `undefined` when there is none with that id.
 * @example
 * ```ts
 * getCall('2019-2')?.deadline.toISOString();
 * //=> '2019-12-13T23:00:00.000Z'
 * getCall('2031-2')?.status;
 * //=> 'projected'
 * getCall('2031-3');
 * //=> undefined
 * ```
 */
export function getCall(id: string, options: GetCallOptions = {}): Call | undefined {
  const calendar = calendarOf(options);
  const entry = calendar.entries.find((e) => e.id === id);
  const match = typeof id === 'string' ? REGULAR_ID.exec(id) : null;
  if (entry !== undefined) return buildCall(entry, calendar.parameters);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const range = projectionRange(calendar.parameters);
  if (range === undefined || year < range.first || year > range.last) return undefined;
  return projectedCalls(calendar, year).find((call) => call.id === id);
}
