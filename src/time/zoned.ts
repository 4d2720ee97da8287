import { tzOffset } from '@date-fns/tz';
import type { IssuePath } from '../issues/issue.js';
import { refuse } from '../issues/Refusal.js';
import { shown } from '../issues/typeName.js';
import { isCalendarDay, utc } from './instant.js';

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

/** The parts of a calendar date. @internal */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks a calendar date written as `YYYY-MM-DD`.
 *
 * @throws Refusal `invalid_date` when it is not a real day in that form.
 * @internal
 */
export function parseIsoDate(text: unknown, path: IssuePath = []): DateParts {
  const match = typeof text === 'string' && text.length === 10 ? ISO_DATE.exec(text) : null;
  if (match === null) return refuse('invalid_date', { received: shown(text) }, path);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isCalendarDay(year, month, day)) refuse('invalid_date', { received: shown(text) }, path);
  return { year, month, day };
}

/**
 * Tells whether the IANA database (through `Intl`) knows a time zone. `@date-fns/tz` alone would
 * read any text with `+hh` in it (`"Mars+05"`) as an offset, so a zone is checked once, where it
 * enters (a parameter registry), and trusted after.
 *
 * @internal
 */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The UTC offset of a (checked) zone at an instant, in milliseconds: IANA data through `Intl`,
 * never the host's zone.
 *
 * @internal
 */
export function offsetMs(timeZone: string, epochMs: number): number {
  const minutes = tzOffset(timeZone, new Date(epochMs));
  if (!Number.isFinite(minutes)) return refuse('invalid_time', { received: shown(epochMs) });
  return minutes * 60_000;
}

/** The local wall-clock parts of an instant in a zone. @internal */
export interface ZonedParts extends DateParts {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** ISO weekday: 1 Monday ... 7 Sunday. */
  readonly weekday: number;
}

/**
 * The wall-clock date and time of an instant in a zone.
 *
 * @internal
 */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const epoch = instant.getTime();
  const local = new Date(epoch + offsetMs(timeZone, epoch));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The calendar date of an instant in a zone.
 *
 * @throws Refusal `invalid_time` when that date falls outside the years 0 to 9999.
 * @internal
 */
export function zonedDate(instant: Date, timeZone: string): IsoDate {
  const { year, month, day } = zonedParts(instant, timeZone);
  if (!(year >= 0 && year <= 9999)) refuse('invalid_time', { received: instant.toISOString() });
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const DAY_MS = 86_400_000;

/**
 * The instant a calendar day starts in a zone: its local midnight, the earlier one when midnight
 * happens twice, and when a clock change skips midnight (daylight saving starting at 00:00, as in
 * America/Santiago or Asia/Beirut) the instant of that change, the day's first local moment.
 */
function midnight(year: number, month: number, day: number, timeZone: string): Date {
  const wall = utc(year, month - 1, day);
  // The zone's offsets a day before and a day after: an instant whose local time is midnight has
  // one of them (no zone changes its offset twice in two days).
  const before = offsetMs(timeZone, wall - DAY_MS);
  const after = offsetMs(timeZone, wall + DAY_MS);
  // The same offset a day before and a day after: no change in between, so midnight is that
  // offset away (the usual case, two offset look-ups in all).
  if (before === after) return new Date(wall - before);
  const candidates = [wall - before, wall - after].filter(
    (t) => t + offsetMs(timeZone, t) === wall,
  );
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // Midnight skipped: the change lies between the two candidates; find its millisecond.
  let low = wall - after; // still on the old offset
  let high = wall - before; // already on the new offset
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (offsetMs(timeZone, mid) === after) high = mid;
    else low = mid;
  }
  return new Date(high);
}

/**
 * The instant a calendar day starts in a zone: midnight local time.
 *
 * @throws Refusal `invalid_date` for a malformed date.
 * @internal
 */
export function startOfZonedDay(date: IsoDate, timeZone: string): Date {
  const { year, month, day } = parseIsoDate(date);
  return midnight(year, month, day, timeZone);
}

/**
 * The instant the day after a calendar date starts in a zone: "uiterlijk om 24.00 uur" on
 * `date` means before this instant.
 *
 * @throws Refusal `invalid_date` for a malformed date.
 * @internal
 */
export function endOfZonedDay(date: IsoDate, timeZone: string): Date {
  const { year, month, day } = parseIsoDate(date);
  const next = new Date(utc(year, month - 1, day + 1));
  return midnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone);
}
