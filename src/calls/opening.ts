import { startOfZonedDay } from '../time/zoned.js';
import type { CallCalendarEntry } from './types.js';
import { deadlineIn, projectedIn, type CalendarView } from './view.js';

const yearOf = (date: string): number => Number(date.slice(0, 4));

/**
 * The latest deadline date of a regular call of a calendar, known or projected, strictly before
 * `bound` (dates only: no instant is worked out).
 */
function latestRegularDateBefore(view: CalendarView, bound: string): string | undefined {
  let latest: string | undefined;
  for (const entry of view.entries)
    if (entry.kind === 'regular' && entry.deadlineDate < bound)
      if (latest === undefined || entry.deadlineDate > latest) latest = entry.deadlineDate;
  const { range } = view;
  if (range === undefined) return latest;
  // Projected calls of a year fall in that year: search back from the year of `bound` and stop
  // at the first year with one before it, or at the year of the latest known one.
  for (let year = Math.min(yearOf(bound), range.last); year >= range.first; year -= 1) {
    if (latest !== undefined && yearOf(latest) > year) break;
    const dates = projectedIn(view, year)
      .map((entry) => entry.deadlineDate)
      .filter((date) => date < bound);
    if (dates.length === 0) continue;
    const projected = dates.reduce((a, b) => (b > a ? b : a));
    return latest === undefined || projected > latest ? projected : latest;
  }
  return latest;
}

/**
 * The deadline of the regular call of a calendar, known or projected, that closes last strictly
 * before `instant`, the deadline of a call on the date `date`.
 *
 * Deadline instants grow with deadline dates (a deadline lies within its date or at the start
 * of the next day), and calls on the same date close at the same instant, so the call sought
 * is the regular one with the latest date before `date`: only its instant is worked out (and,
 * where it still closes at `instant` itself, the instant of the one before), once per date and
 * calendar view.
 *
 * @param view - The calendar.
 * @param date - The deadline date of the call whose predecessor is sought.
 * @param instant - That call's deadline.
 * @returns The deadline, or `undefined` when no regular call closes before.
 * @internal
 */
export function previousRegularDeadline(
  view: CalendarView,
  date: string,
  instant: Date,
): Date | undefined {
  let found = view.previous.get(date);
  if (found === undefined) {
    found = null;
    for (let bound = date; ;) {
      const latest = latestRegularDateBefore(view, bound);
      if (latest === undefined) break;
      const deadline = deadlineIn(view, latest).instant;
      if (deadline < instant) {
        found = deadline.getTime();
        break;
      }
      bound = latest;
    }
    view.previous.set(date, found);
  }
  return found === null ? undefined : new Date(found);
}

/**
 * When a call opens, for its status: its own `opensAt`; else the deadline of the previous
 * regular call (from then on a proposal counts for it); else, for the first call of a
 * calendar, the start of 1 January of its year in the programme's time zone.
 *
 * @param view - The calendar.
 * @param entry - The call.
 * @param deadline - The call's deadline.
 * @param known - The deadline of the previous regular call, when the caller knows it already.
 * @returns A new `Date`.
 * @internal
 */
export function openFromOf(
  view: CalendarView,
  entry: CallCalendarEntry,
  deadline: Date,
  known?: { readonly previous: Date | undefined },
): Date {
  if (entry.opensAt !== undefined) return new Date(entry.opensAt);
  const previous =
    known === undefined
      ? previousRegularDeadline(view, entry.deadlineDate, deadline)
      : known.previous;
  if (previous !== undefined) return new Date(previous.getTime());
  return startOfZonedDay(`${String(entry.year).padStart(4, '0')}-01-01`, view.timeZone);
}
