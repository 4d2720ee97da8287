import { tzOffset } from '@date-fns/tz';
import { receivedText } from '../issues/describe.js';
import { fail } from '../issues/PioRulesError.js';
import { isCalendarDay, utc } from './toInstant.js';

/**
 * The time zone of the programme: dates in the registry and in the calls calendar are
 * calendar dates in this zone. (That it is Brussels time is an assumption; the parameter
 * `calls.timeZone` records it with its status.)
 */
export const PROGRAMME_TIME_ZONE = 'Europe/Brussels';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

/** The parts of a calendar date. */
export interface DateParts {
  /** Full year. */
  readonly year: number;
  /** Month, 1 to 12. */
  readonly month: number;
  /** Day of the month, 1 to 31. */
  readonly day: number;
}

/**
 * Checks a calendar date written as `YYYY-MM-DD`.
 *
 * @param text - The date.
 * @param path - Path reported in an issue.
 * @returns The parts of the date.
 * @throws {@link PioRulesError} `invalid_date` when it is not a real day in that form.
 * @example
 * ```ts
 * parseIsoDate('2024-02-29');
 * //=> { year: 2024, month: 2, day: 29 }
 * ```
 */
export function parseIsoDate(text: unknown, path: readonly (string | number)[] = []): DateParts {
  const match = typeof text === 'string' && text.length === 10 ? ISO_DATE.exec(text) : null;
  if (match === null) return fail('invalid_date', { received: receivedText(text) }, path);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isCalendarDay(year, month, day)) fail('invalid_date', { received: text }, path);
  return { year, month, day };
}

/**
 * The calendar date of an instant in a time zone (default: Brussels).
 *
 * @param instant - A valid `Date`.
 * @param timeZone - An IANA zone.
 * @returns The date as `YYYY-MM-DD`.
 * @example
 * ```ts
 * zonedDate(new Date('2024-04-18T22:30:00Z'));
 * //=> '2024-04-19'
 * ```
 */
export function zonedDate(instant: Date, timeZone: string = PROGRAMME_TIME_ZONE): IsoDate {
  const epoch = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(epoch)) fail('invalid_time', { received: receivedText(instant) });
  const local = new Date(epoch + offsetMs(timeZone, epoch));
  const year = local.getUTCFullYear();
  // Out of YYYY-MM-DD (or, in the zone, out of the range of Date at all): refused.
  if (!(year >= 0 && year <= 9999)) fail('invalid_time', { received: instant.toISOString() });
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

/** Time zones known to be valid (a bounded memo: unknown names are never kept). */
const validZones = new Set<string>();

/**
 * The UTC offset of a zone at an instant, in milliseconds (IANA data through Intl, never the
 * host zone). Only a zone `Intl` knows is accepted: `@date-fns/tz` would read any text that
 * contains `+hh` (`"Mars+05"`) as an offset.
 *
 * @param timeZone - An IANA zone.
 * @param epochMs - The instant.
 * @returns The offset.
 * @throws {@link PioRulesError} `invalid_input` for an unknown zone.
 * @internal
 */
export function offsetMs(timeZone: string, epochMs: number): number {
  if (!validZones.has(timeZone)) {
    const unknown = (): never =>
      fail('invalid_input', { reason: `unknown time zone ${receivedText(timeZone, 64)}` });
    if (typeof timeZone !== 'string' || timeZone.length > 64) unknown();
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
    } catch {
      unknown();
    }
    if (validZones.size < 1000) validZones.add(timeZone);
  }
  const minutes = Number.isFinite(epochMs) ? tzOffset(timeZone, new Date(epochMs)) : Number.NaN;
  if (!Number.isFinite(minutes)) return fail('invalid_time', { received: receivedText(epochMs) });
  return minutes * 60_000;
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
 * The instant a calendar day starts in a time zone: midnight local time (default: Brussels).
 *
 * @param date - The day as `YYYY-MM-DD`.
 * @param timeZone - An IANA zone.
 * @returns The instant of 00:00 that day in that zone.
 * @throws {@link PioRulesError} `invalid_date` for a malformed date.
 * @example
 * ```ts
 * startOfZonedDay('2024-04-19').toISOString();
 * //=> '2024-04-18T22:00:00.000Z'
 * ```
 */
export function startOfZonedDay(date: IsoDate, timeZone: string = PROGRAMME_TIME_ZONE): Date {
  const { year, month, day } = parseIsoDate(date);
  return midnight(year, month, day, timeZone);
}

/**
 * The instant the day after a calendar date starts in a time zone: "uiterlijk om 24.00 uur" on
 * `date` means before this instant.
 *
 * @param date - The day as `YYYY-MM-DD`.
 * @param timeZone - An IANA zone (default: Brussels).
 * @returns The instant of 24:00 on `date`, which is 00:00 the next day.
 * @throws {@link PioRulesError} `invalid_date` for a malformed date.
 * @example
 * ```ts
 * endOfZonedDay('2019-12-13').toISOString();
 * //=> '2019-12-13T23:00:00.000Z'
 * ```
 */
export function endOfZonedDay(date: IsoDate, timeZone: string = PROGRAMME_TIME_ZONE): Date {
  const { year, month, day } = parseIsoDate(date);
  const next = new Date(utc(year, month - 1, day + 1));
  return midnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone);
}
