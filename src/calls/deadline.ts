import { resolve } from '../parameters/read.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { utc } from '../time/instant.js';
import { endOfZonedDay, offsetMs, parseIsoDate } from '../time/zoned.js';

/** The deadline of a deadline date: the instant, and the time of day it rests on. @internal */
export interface Deadline {
  /** The instant from which a proposal is late. */
  readonly instant: Date;
  /** The time of day of `calls.deadlineTimeOfDay` on that date (`"24:00"`). */
  readonly timeOfDay: string;
}

/**
 * The instant a deadline date ends: the time of day of the parameter `calls.deadlineTimeOfDay`
 * in force on that date, in the programme's time zone (`24:00` being the start of the next
 * day). A wall-clock time that a clock change skips or repeats gives one valid instant.
 *
 * @param date - The deadline date, `YYYY-MM-DD`.
 * @param registry - The calendar's parameters.
 * @param timeZone - The programme's time zone (`calls.timeZone` of the same registry).
 * @returns The deadline.
 * @throws Refusal `invalid_date` for a date that is not a real day; `no_parameter_value` or
 *   `unknown_parameter` (at the empty path) when the registry has no time of day for it.
 * @internal
 */
export function deadlineOf(date: string, registry: ParameterRegistry, timeZone: string): Deadline {
  const { year, month, day } = parseIsoDate(date);
  const timeOfDay = resolve(registry, 'calls.deadlineTimeOfDay', date).value;
  if (timeOfDay === '24:00') return { instant: endOfZonedDay(date, timeZone), timeOfDay };
  const hour = Number(timeOfDay.slice(0, 2));
  const minute = Number(timeOfDay.slice(3, 5));
  // The wall-clock time read as UTC, then moved by the zone's offset; a second pass settles a
  // clock change between the two.
  const wall = utc(year, month - 1, day, hour, minute);
  const first = wall - offsetMs(timeZone, wall);
  return { instant: new Date(wall - offsetMs(timeZone, first)), timeOfDay };
}
