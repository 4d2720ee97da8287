import { refuse } from '../issues/Refusal.js';
import { shown } from '../issues/typeName.js';
import type { LocaleTag } from '../locales/Locale.js';
import { formatterOf, localeTables, renderedOrThrown } from '../locales/render.js';
import { timeZoneOf } from '../parameters/read.js';
import { defaultParameters } from '../parameters/registry.js';
import { isTimeZone, parseIsoDate } from '../time/zoned.js';
import { givenCall } from './given.js';
import type { Call } from './types.js';

/** Options of {@link formatDeadline}. */
export interface FormatDeadlineOptions {
  /** The language (a BCP 47 tag such as `'nl-BE'` or `'en'`; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/**
 * The deadline of a call as people write it, with day and month names from this library's own
 * tables (the host's language and time zone play no part): its date at its time of day
 * (`deadlineTimeOfDay`), then its time zone when that is not the programme's zone of the
 * built-in parameters, then, for a deadline that is not published, what it rests on: an
 * `announced` target date ("aangekondigd" / "announced") or this library's projection
 * (`projected`: "verwacht" / "expected").
 *
 * @param call - The call, as this module returns it (also after a JSON round trip).
 * @param options - `locale`.
 * @returns The text, such as `"vrijdag 14 juni 2019 om 24.00 uur"`.
 * @throws {@link PioRulesError} `invalid_date` for a bad `deadlineDate`; `invalid_format` for a
 *   bad `deadlineTimeOfDay`; `unknown_time_zone` for a bad `timeZone`; `invalid_type` when `call`
 *   is not an object; `unsupported_locale`.
 * @example
 * ```ts
 * formatDeadline(getCall('2019-1')!, { locale: 'nl-BE' });
 * //=> 'vrijdag 14 juni 2019 om 24.00 uur'
 * formatDeadline(getCall('2024-1')!, { locale: 'nl-BE' });
 * //=> 'donderdag 18 april 2024 om 24.00 uur (aangekondigd)'
 * formatDeadline(getCall('2024-1')!, { locale: 'en' });
 * //=> 'Thursday 18 April 2024 at 24:00 (announced)'
 * formatDeadline(getCall('2027-1')!, { locale: 'en' });
 * //=> 'Thursday 15 April 2027 at 24:00 (expected)'
 * ```
 */
export function formatDeadline(call: Call, options: FormatDeadlineOptions = {}): string {
  return renderedOrThrown(options?.locale, (locale) => {
    const given = givenCall(call);
    const date = given['deadlineDate'];
    parseIsoDate(date, ['call', 'deadlineDate']);
    const time = given['deadlineTimeOfDay'];
    if (typeof time !== 'string' || !TIME_OF_DAY.test(time))
      refuse('invalid_format', { format: 'time-of-day' }, ['call', 'deadlineTimeOfDay']);
    // Only a zone other than the programme's usual one is named, so only such a zone needs the
    // (slow) check against the IANA database.
    const zone = given['timeZone'];
    const named = zone === timeZoneOf(defaultParameters) ? undefined : zone;
    if (named !== undefined && !isTimeZone(named))
      refuse('unknown_time_zone', { received: shown(named) }, ['call', 'timeZone']);
    const dateAtTime = formatterOf(locale).dateAtTime(date as string, time);
    const status = given['status'];
    return localeTables[locale].calls.deadline(
      dateAtTime,
      named,
      status === 'announced' || status === 'projected' ? status : 'published',
    );
  });
}
