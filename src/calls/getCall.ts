import { renderedOrThrown } from '../locales/render.js';
import { calendarOf } from './calendar.js';
import { findCall } from './find.js';
import type { LocaleTag } from '../locales/Locale.js';
import type { Call, CallCalendar } from './types.js';

/** Options of {@link getCall}. */
export interface GetCallOptions {
  /** The calendar to use (default: `defaultCallCalendar`, the built-in calls). */
  readonly calendar?: CallCalendar | undefined;
  /** The language of the messages (a BCP 47 tag such as `'nl-BE'` or `'en'`; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * One call by id, known or projected (`"2031-2"` is the projected second call of 2031 unless
 * the calendar knows a call with that id).
 *
 * @param id - The call's id (anything else than a string names no call).
 * @param options - `calendar` (default: the built-in one) and `locale` of the messages.
 * @returns The call, or `undefined` when there is none with that id.
 * @throws {@link PioRulesError} `invalid_type` for a `calendar` that is not one;
 *   `unsupported_locale`.
 * @example
 * ```ts
 * getCall('2019-2')?.deadline.toISOString();
 * //=> '2019-12-13T23:00:00.000Z'
 * getCall('2031-2')?.status;
 * //=> 'projected'
 * getCall('2031-3');
 * //=> undefined
 * ```
 */
export function getCall(id: string, options: GetCallOptions = {}): Call | undefined {
  return renderedOrThrown(options?.locale, () => {
    const calendar = calendarOf(options?.calendar);
    return typeof id === 'string' ? findCall(calendar, id) : undefined;
  });
}
