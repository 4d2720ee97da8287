import { describeType } from '../issues/describe.js';
import { fail } from '../issues/PioRulesError.js';

/**
 * An instant as callers may give it: a `Date`, epoch milliseconds, or an ISO 8601 string with an
 * offset or `Z` (`"2024-04-18T23:59:59.999+02:00"`).
 */
export type InstantInput = Date | number | string;

/** Options of {@link toInstant}. */
export interface ToInstantOptions {
  /** Path reported in an issue (default: none). */
  readonly path?: readonly (string | number)[];
}

const MAX_EPOCH_MS = 8.64e15;
// One pass, no nested quantifiers: safe against catastrophic backtracking.
const ISO_WITH_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Tells whether a year, month and day name a real calendar day.
 *
 * @param year - Full year.
 * @param month - 1 to 12.
 * @param day - 1 to 31.
 * @returns `true` when the day exists.
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(utc(year, month, 0)).getUTCDate();
  return day <= days;
}

/**
 * `Date.UTC` without its two-digit-year rule: year 50 is the year 50, not 1950.
 *
 * @param year - Full year.
 * @param monthIndex - 0 to 11 (other values roll over, as in `Date.UTC`).
 * @param day - Day of the month (rolls over).
 * @param hour - Hours.
 * @param minute - Minutes.
 * @param second - Seconds.
 * @param millis - Milliseconds.
 * @returns Epoch milliseconds (`NaN` out of the `Date` range).
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

function parseIso(text: string, path: readonly (string | number)[]): Date {
  if (text.length > 40) fail('invalid_time', { received: `${text.slice(0, 40)}…` }, path);
  if (DATE_ONLY.test(text)) fail('ambiguous_time', { received: text }, path);
  const match = ISO_WITH_TIME.exec(text);
  if (match === null) fail('invalid_time', { received: text }, path);
  const [, y, mo, d, h, mi, s, frac, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    fail('invalid_time', { received: text }, path);
  }
  if (offset === undefined) fail('ambiguous_time', { received: text }, path);
  const minutes = offsetMinutes(offset);
  if (minutes === undefined) fail('invalid_time', { received: text }, path);
  const millis = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  const epoch = utc(year, month - 1, day, hour, minute, second, millis) - minutes * 60_000;
  return new Date(epoch);
}

/**
 * Reads an instant. Strings must carry an offset or `Z`: a local time without one is ambiguous
 * and refused, never interpreted in the host's time zone. Fractions beyond milliseconds are cut.
 *
 * @param input - A `Date`, epoch milliseconds, or an ISO 8601 string with offset.
 * @param options - The `path` to report in an issue.
 * @returns A new, valid `Date`.
 * @throws {@link PioRulesError} `invalid_time` for an invalid value, `ambiguous_time` for a
 *   string without offset.
 * @example
 * ```ts
 * toInstant('2024-04-18T23:59:59.999+02:00').toISOString();
 * //=> '2024-04-18T21:59:59.999Z'
 * toInstant('2024-04-18T23:00');
 * //=> throws PioRulesError (ambiguous_time)
 * ```
 */
export function toInstant(input: unknown, options: ToInstantOptions = {}): Date {
  const path = options?.path ?? [];
  if (input instanceof Date) {
    const ms = input.getTime();
    if (!Number.isFinite(ms)) fail('invalid_time', { received: 'Invalid Date' }, path);
    return new Date(ms);
  }
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || Math.abs(input) > MAX_EPOCH_MS) {
      fail('invalid_time', { received: String(input) }, path);
    }
    return new Date(input);
  }
  if (typeof input === 'string') return parseIso(input, path);
  return fail('invalid_time', { received: describeType(input) }, path);
}
