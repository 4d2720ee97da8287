import { refuse } from '../issues/Refusal.js';
import type { IssuePath } from '../issues/issue.js';
import { shown } from '../issues/typeName.js';

/**
 * An instant as callers may give it: a `Date`, epoch milliseconds, or an ISO 8601 string with an
 * offset or `Z` (`"2024-04-18T23:59:59.999+02:00"`).
 */
export type InstantInput = Date | number | string;

const MAX_EPOCH_MS = 8.64e15;
// One pass, no nested quantifiers: safe against catastrophic backtracking.
const ISO_WITH_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Tells whether a year, month and day name a real calendar day.
 *
 * @internal
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(utc(year, month, 0)).getUTCDate();
}

/** Per month, the days by which its first day's weekday is ahead of January's (Sakamoto). */
const MONTH_OFFSETS = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;

/**
 * The ISO weekday (1 Monday ... 7 Sunday) of a calendar day of the proleptic Gregorian calendar,
 * by integer arithmetic (Sakamoto's method): no `Date`, so no time zone can enter.
 *
 * @internal
 */
export function isoWeekday(year: number, month: number, day: number): number {
  const y = month < 3 ? year - 1 : year;
  const offset = MONTH_OFFSETS[month - 1] ?? 0;
  const days = y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offset + day;
  // 0 is Sunday. The sum is negative in January and February of the year 0 (`y` is -1): `%`
  // keeps the sign, so the remainder is brought into 0 to 6.
  const sunday0 = ((days % 7) + 7) % 7;
  return sunday0 === 0 ? 7 : sunday0;
}

/**
 * `Date.UTC` without its two-digit-year rule: year 50 is the year 50, not 1950.
 *
 * @internal
 */
export function utc(
  year: number,
  monthIndex: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millis = 0,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.setUTCHours(hour, minute, second, millis);
}

function offsetMinutes(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 14 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

function parseIso(text: string, path: IssuePath): Date {
  const received = shown(text, 40);
  if (text.length > 40) refuse('invalid_time', { received }, path);
  if (DATE_ONLY.test(text)) refuse('ambiguous_time', { received }, path);
  const match = ISO_WITH_TIME.exec(text);
  if (match === null) return refuse('invalid_time', { received }, path);
  const [, y, mo, d, h, mi, s, frac, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59)
    refuse('invalid_time', { received }, path);
  if (offset === undefined) return refuse('ambiguous_time', { received }, path);
  const minutes = offsetMinutes(offset);
  if (minutes === undefined) return refuse('invalid_time', { received }, path);
  const millis = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  const epoch = utc(year, month - 1, day, hour, minute, second, millis) - minutes * 60_000;
  if (!Number.isFinite(epoch) || Math.abs(epoch) > MAX_EPOCH_MS)
    refuse('invalid_time', { received }, path);
  return new Date(epoch);
}

/**
 * Reads an instant. Strings must carry an offset or `Z`: a local time without one is ambiguous
 * and refused, never read in the host's time zone. Fractions beyond milliseconds are cut.
 *
 * @param input - A `Date`, epoch milliseconds, or an ISO 8601 string with offset.
 * @param path - Path reported in an issue.
 * @returns A new, valid `Date`.
 * @throws Refusal `invalid_time`, `ambiguous_time`.
 * @internal
 */
export function toInstant(input: unknown, path: IssuePath = []): Date {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (!Number.isFinite(ms)) refuse('invalid_time', { received: 'Invalid Date' }, path);
    return new Date(ms);
  }
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || Math.abs(input) > MAX_EPOCH_MS)
      refuse('invalid_time', { received: shown(input) }, path);
    return new Date(input);
  }
  if (typeof input === 'string') return parseIso(input, path);
  return refuse('invalid_time', { received: shown(input) }, path);
}
