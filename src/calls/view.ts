import { timeZoneOf } from '../parameters/read.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { deadlineOf, type Deadline } from './deadline.js';
import { projectedEntries, projectionRange, type ProjectionRange } from './projection.js';
import type { CallCalendar, CallCalendarEntry } from './types.js';

/**
 * What the functions of this module read of a calendar: its entries, its parameters, the
 * programme's time zone, its known calls by id, the years it projects, and the deadline of each
 * date as it is first asked for.
 *
 * @internal
 */
export interface CalendarView {
  /** The known calls, sorted by deadline date. */
  readonly entries: readonly CallCalendarEntry[];
  /** The calendar's parameters. */
  readonly registry: ParameterRegistry;
  /** The programme's time zone: the parameter `calls.timeZone`. */
  readonly timeZone: string;
  /** The known calls by id (their ids are the slots of projected calls they fill). */
  readonly known: ReadonlyMap<string, CallCalendarEntry>;
  /** The years with projected calls; `undefined` when the calendar projects none. */
  readonly range: ProjectionRange | undefined;
  /** The deadline instants worked out so far, in epoch milliseconds, by deadline date. */
  readonly deadlines: Map<string, { readonly ms: number; readonly timeOfDay: string }>;
  /**
   * The deadline of the regular call before a deadline date (epoch milliseconds; `null`: none),
   * by date, worked out so far.
   */
  readonly previous: Map<string, number | null>;
}

/**
 * The one memo of the library: the view of each frozen calendar, kept for as long as the
 * calendar itself (a `WeakMap`). A frozen calendar (every calendar `createCallCalendar` makes,
 * and the built-in one) cannot change, so its deadlines (and the deadline before each) are worked out once per date
 * instead of once per lookup: a deadline takes two to four time-zone offset look-ups through `Intl`, and
 * without this `getCall` and every validation pay for the call's deadline and its previous
 * call's again (benchmark 1 in `docs/performance.md`). A calendar that is not frozen (a
 * structured clone) gets a new view on every call.
 */
const views = new WeakMap<CallCalendar, CalendarView>();

/**
 * The view of a calendar.
 *
 * @throws Refusal `unknown_parameter` when its registry has no `calls.timeZone`.
 * @internal
 */
export function viewOf(calendar: CallCalendar): CalendarView {
  const kept = views.get(calendar);
  if (kept !== undefined) return kept;
  const registry = calendar.parameters;
  const view: CalendarView = {
    entries: calendar.entries,
    registry,
    timeZone: timeZoneOf(registry),
    // Reversed, so that of two entries with one id (only a calendar made by hand has them) the
    // first is the one found.
    known: new Map(calendar.entries.map((entry) => [entry.id, entry] as const).reverse()),
    range: projectionRange(registry),
    deadlines: new Map(),
    previous: new Map(),
  };
  if (Object.isFrozen(calendar) && Object.isFrozen(calendar.entries)) views.set(calendar, view);
  return view;
}

/**
 * The deadline of a deadline date of a calendar (see `deadlineOf`), worked out once per date
 * and view; every answer holds a new `Date`.
 *
 * @throws Refusal as `deadlineOf`.
 * @internal
 */
export function deadlineIn(view: CalendarView, date: string): Deadline {
  let known = view.deadlines.get(date);
  if (known === undefined) {
    const worked = deadlineOf(date, view.registry, view.timeZone);
    known = { ms: worked.instant.getTime(), timeOfDay: worked.timeOfDay };
    view.deadlines.set(date, known);
  }
  return { instant: new Date(known.ms), timeOfDay: known.timeOfDay };
}

/**
 * The projected calls of a year that no known call replaces (none outside the projected years).
 *
 * @internal
 */
export function projectedIn(view: CalendarView, year: number): CallCalendarEntry[] {
  const { range } = view;
  if (range === undefined || year < range.first || year > range.last) return [];
  return projectedEntries(year, view.registry, view.known);
}
