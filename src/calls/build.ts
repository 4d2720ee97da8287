import type { Deadline } from './deadline.js';
import { frozenSource, frozenText } from './entries.js';
import { openFromOf } from './opening.js';
import type { Call, CallCalendarEntry } from './types.js';
import { deadlineIn, type CalendarView } from './view.js';

/**
 * A text or source of an entry as a call holds it: as it is when frozen (an entry of a calendar
 * `createCallCalendar` made, or of the built-in one: texts only, nothing in it can change), else
 * a frozen copy, so a call never shares an object the caller can still change.
 */
function kept<T extends object, F extends T>(value: T, copy: (value: T) => F): T | F {
  return Object.isFrozen(value) ? value : copy(value);
}

/**
 * Turns a calendar entry into a {@link Call}: its deadline and opening worked out from the
 * calendar's parameters (unless the caller has them already); every `Date` new, texts shared
 * when frozen (else copied), and frozen.
 *
 * @param view - The calendar.
 * @param entry - The entry.
 * @param deadline - Its deadline, when already worked out.
 * @param opening - The deadline of the previous regular call, when already known.
 * @returns The call.
 * @throws Refusal `invalid_date` or `no_parameter_value` for an entry its parameters cannot
 *   place (never for a calendar made by `createCallCalendar`).
 * @internal
 */
export function buildCall(
  view: CalendarView,
  entry: CallCalendarEntry,
  deadline: Deadline = deadlineIn(view, entry.deadlineDate),
  opening?: { readonly previous: Date | undefined },
): Call {
  const call: Call = {
    id: entry.id,
    year: entry.year,
    kind: entry.kind,
    title: kept(entry.title, frozenText),
    deadlineDate: entry.deadlineDate,
    deadline: new Date(deadline.instant.getTime()),
    deadlineTimeOfDay: deadline.timeOfDay,
    timeZone: view.timeZone,
    ...(entry.opensAt === undefined ? {} : { opensAt: new Date(entry.opensAt) }),
    openFrom: openFromOf(view, entry, deadline.instant, opening),
    status: entry.status,
    ...(entry.source === undefined ? {} : { source: kept(entry.source, frozenSource) }),
    ...(entry.note === undefined ? {} : { note: kept(entry.note, frozenText) }),
  };
  return Object.freeze(call);
}

/**
 * Orders calls by deadline, then regular before thematic, then by id.
 *
 * @internal
 */
export function compareCalls(
  a: Pick<Call, 'deadline' | 'kind' | 'id'>,
  b: Pick<Call, 'deadline' | 'kind' | 'id'>,
): number {
  const byDeadline = a.deadline.getTime() - b.deadline.getTime();
  if (byDeadline !== 0) return byDeadline;
  if (a.kind !== b.kind) return a.kind === 'regular' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
