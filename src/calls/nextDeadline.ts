import type { LocaleTag } from '../locales/Locale.js';
import { renderedOrThrown } from '../locales/render.js';
import type { InstantInput } from '../time/instant.js';
import type { CallKind } from '../vocabulary/index.js';
import { calendarOf } from './calendar.js';
import { atOption, kindOption } from './given.js';
import { firstCallAfter } from './search.js';
import type { Call, CallCalendar } from './types.js';
import { viewOf } from './view.js';

/** Options of {@link nextDeadline}. */
export interface NextDeadlineOptions {
  /**
   * The current instant, as the caller knows it: a `Date`, epoch milliseconds, or an ISO 8601
   * string with offset or `Z`. Required: this library never reads the clock.
   */
  readonly at: InstantInput;
  /** Only `regular` or only `thematic` calls (default: both). */
  readonly kind?: CallKind | undefined;
  /** The calendar to use (default: `defaultCallCalendar`, the built-in calls). */
  readonly calendar?: CallCalendar | undefined;
  /** The language of the messages (a BCP 47 tag such as `'nl-BE'` or `'en'`; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * The call with the next deadline after an instant: the earliest deadline strictly after `at`
 * (a call whose deadline is exactly `at` is already closed). Read the instant from its
 * `deadline`.
 *
 * @param options - `at`; `kind`; `calendar`; `locale`.
 * @returns The call, or `undefined` when none follows (for example no later thematic call).
 * @throws {@link PioRulesError} `required` without `at`; `ambiguous_time` / `invalid_time` for a
 *   bad `at`; `invalid_value` for a bad `kind`; `invalid_type` for a `calendar` that is not one;
 *   `unsupported_locale`.
 * @example
 * ```ts
 * const next = nextDeadline({ at: '2024-05-01T12:00:00+02:00' });
 * next?.id;
 * //=> '2024-2'
 * next?.deadline.toISOString();
 * //=> '2024-10-10T22:00:00.000Z'
 * ```
 */
export function nextDeadline(options: NextDeadlineOptions): Call | undefined {
  return renderedOrThrown(options?.locale, () => {
    const view = viewOf(calendarOf(options?.calendar));
    const at = atOption(options?.at);
    return firstCallAfter(view, at, kindOption(options?.kind));
  });
}
