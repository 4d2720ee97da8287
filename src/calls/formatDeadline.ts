import type { Locale } from '../i18n/Locale.js';
import { receivedText } from '../issues/describe.js';
import { fail } from '../issues/PioRulesError.js';
import { parseIsoDate } from '../time/zoned.js';
import { checkCall } from './internal/checkCall.js';
import { deadlineRule } from './internal/deadlineOf.js';
import { monthNames, nameAt, weekdayNames, weekdayOf } from './internal/names.js';
import { calendarOf } from './internal/search.js';
import type { Call, CalendarOptions } from './types.js';

/** Options of {@link formatDeadline}. */
export interface FormatDeadlineOptions extends CalendarOptions {
  /** `'nl-BE'` (default) or `'en'`. */
  readonly locale?: Locale | undefined;
}

/**
 * The deadline of a call as people write it, with day and month names from this library's own
 * tables (the host's language and time zone play no part). A projected call says so.
 *
 * @param call - The call.
 * @param options - `locale`, and the `calendar` whose parameters give the time of day and zone.
 * @returns The text, such as `"donderdag 18 april 2024 om 24.00 uur"`.
 * @throws {@link PioRulesError} `invalid_value` for an unknown locale; `invalid_date` for a bad
 *   `deadlineDate`; `invalid_type` when `call` is not an object.
 * @example
 * ```ts
 * formatDeadline(getCall('2024-1')!, { locale: 'nl-BE' });
 * //=> 'donderdag 18 april 2024 om 24.00 uur'
 * formatDeadline(getCall('2024-1')!, { locale: 'en' });
 * //=> 'Thursday 18 April 2024, 24:00 (Brussels time)'
 * formatDeadline(getCall('2027-1')!, { locale: 'en' });
 * //=> 'Thursday 15 April 2027, 24:00 (Brussels time) (expected)'
 * ```
 */
export function formatDeadline(call: Call, options: FormatDeadlineOptions = {}): string {
  const locale = options?.locale ?? 'nl-BE';
  if (locale !== 'nl-BE' && locale !== 'en') {
    fail('invalid_value', { expected: ['nl-BE', 'en'], received: receivedText(locale) }, [
      'locale',
    ]);
  }
  const { year, month, day } = parseIsoDate(checkCall(call).deadlineDate, ['call', 'deadlineDate']);
  const { timeOfDay, timeZone } = deadlineRule(call.deadlineDate, calendarOf(options).parameters);
  const weekday = weekdayOf(year, month, day);
  const brussels = timeZone === 'Europe/Brussels';
  if (locale === 'en') {
    const zone = brussels ? 'Brussels time' : timeZone;
    const text = `${nameAt(weekdayNames.en, weekday)} ${String(day)} ${nameAt(monthNames.en, month - 1)} ${String(year)}, ${timeOfDay} (${zone})`;
    return call.status === 'projected' ? `${text} (expected)` : text;
  }
  const zone = brussels ? '' : ` (${timeZone})`;
  const text = `${nameAt(weekdayNames.nl, weekday)} ${String(day)} ${nameAt(monthNames.nl, month - 1)} ${String(year)} om ${timeOfDay.replace(':', '.')} uur${zone}`;
  return call.status === 'projected' ? `${text} (verwacht)` : text;
}
