import { buildCall } from './build.js';
import type { Call, CallCalendar } from './types.js';
import { projectedIn, viewOf } from './view.js';

/** The id of a regular call: its year and its number in the year (`2027-1`). */
const REGULAR_ID = /^(\d{4})-[1-9]\d{0,2}$/;

/**
 * One call of a calendar by id, known or projected (`"2031-2"` is the projected second call of
 * 2031 unless the calendar knows a call with that id).
 *
 * @param calendar - The calendar.
 * @param id - The call's id.
 * @returns The call, or `undefined` when there is none with that id.
 * @internal
 */
export function findCall(calendar: CallCalendar, id: string): Call | undefined {
  const view = viewOf(calendar);
  const known = view.known.get(id);
  if (known !== undefined) return buildCall(view, known);
  const year = REGULAR_ID.exec(id)?.[1];
  if (year === undefined) return undefined;
  const projected = projectedIn(view, Number(year)).find((entry) => entry.id === id);
  return projected === undefined ? undefined : buildCall(view, projected);
}
