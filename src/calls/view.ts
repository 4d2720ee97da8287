import { timeZoneOf } from '../parameters/read.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { projectedEntries, projectionRange, type ProjectionRange } from './projection.js';
import type { CallCalendar, CallCalendarEntry } from './types.js';

/**
 * What the functions of this module read of a calendar, worked out once per call of a public
 * function and passed down: its entries, its parameters, the programme's time zone, the ids its
 * known calls take and the years it projects.
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
  /** The ids of the known calls (the slots of projected calls they fill). */
  readonly taken: ReadonlySet<string>;
  /** The years with projected calls; `undefined` when the calendar projects none. */
  readonly range: ProjectionRange | undefined;
}

/**
 * The view of a calendar.
 *
 * @throws Refusal `unknown_parameter` when its registry has no `calls.timeZone`.
 * @internal
 */
export function viewOf(calendar: CallCalendar): CalendarView {
  const registry = calendar.parameters;
  return {
    entries: calendar.entries,
    registry,
    timeZone: timeZoneOf(registry),
    taken: new Set(calendar.entries.map((entry) => entry.id)),
    range: projectionRange(registry),
  };
}

/**
 * The projected calls of a year that no known call replaces (none outside the projected years).
 *
 * @internal
 */
export function projectedIn(view: CalendarView, year: number): CallCalendarEntry[] {
  const { range } = view;
  if (range === undefined || year < range.first || year > range.last) return [];
  return projectedEntries(year, view.registry, view.taken);
}
