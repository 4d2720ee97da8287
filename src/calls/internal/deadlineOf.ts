import { getParameter } from '../../parameters/getParameter.js';
import type { ParameterRegistry } from '../../parameters/types.js';
import { toInstant } from '../../time/toInstant.js';
import { endOfZonedDay, offsetMs, parseIsoDate } from '../../time/zoned.js';

/** The deadline rule in force on a date: time of day (`"24:00"`) and IANA time zone. */
export interface DeadlineRule {
  /** `HH:MM`, or `24:00` for the end of the day. */
  readonly timeOfDay: string;
  /** IANA time zone. */
  readonly timeZone: string;
}

/**
 * Reads the parameters `calls.deadlineTimeOfDay` and `calls.timeZone` in force on a date.
 *
 * @param date - The deadline date, `YYYY-MM-DD`.
 * @param parameters - The registry.
 * @returns The rule.
 * @throws {@link PioRulesError} `unknown_parameter` / `no_parameter_value`.
 */
export function deadlineRule(date: string, parameters: ParameterRegistry): DeadlineRule {
  return {
    timeOfDay: getParameter('calls.deadlineTimeOfDay', date, { parameters }).value,
    timeZone: getParameter('calls.timeZone', date, { parameters }).value,
  };
}

/**
 * The instant a deadline date ends: the time of day of `calls.deadlineTimeOfDay` on that date in
 * the zone of `calls.timeZone` (`24:00` being the start of the next day).
 *
 * @param date - The deadline date, `YYYY-MM-DD`.
 * @param parameters - The registry.
 * @returns A valid `Date`.
 * @throws {@link PioRulesError} `invalid_date`, `no_parameter_value`, or `invalid_time` when the
 *   time zone is unknown.
 */
export function deadlineOf(date: string, parameters: ParameterRegistry): Date {
  // Registries are immutable, so a deadline computed once for a registry holds: the memo keeps
  // the instant (a number) and every call gets a fresh Date.
  let memo = deadlines.get(parameters);
  if (memo === undefined) {
    memo = new Map();
    deadlines.set(parameters, memo);
  }
  const known = memo.get(date);
  if (known !== undefined) return new Date(known);
  const instant = computeDeadline(date, parameters);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(date, instant.getTime());
  return instant;
}

/** Deadline instants already computed, per registry (bounded: cleared when full). */
const deadlines = new WeakMap<ParameterRegistry, Map<string, number>>();
const MEMO_LIMIT = 50_000;

function computeDeadline(date: string, parameters: ParameterRegistry): Date {
  const { timeOfDay, timeZone } = deadlineRule(date, parameters);
  if (timeOfDay === '24:00') return toInstant(endOfZonedDay(date, timeZone));
  const { year, month, day } = parseIsoDate(date);
  const hour = Number(timeOfDay.slice(0, 2));
  const minute = Number(timeOfDay.slice(3, 5));
  // Wall-clock time read as UTC, then moved by the zone's offset (two passes settle a DST change).
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetMs(timeZone, wall);
  return toInstant(new Date(wall - offsetMs(timeZone, first)));
}
