import type { LocaleTag } from '../locales/Locale.js';
import { renderedOrThrown } from '../locales/render.js';
import type { InstantInput } from '../time/instant.js';
import { calendarOf } from './calendar.js';
import { atOption } from './given.js';
import { firstCallAfter } from './search.js';
import type { Call, CallCalendar } from './types.js';
import { viewOf } from './view.js';

/** Options of {@link callForSubmission}. */
export interface CallForSubmissionOptions {
  /**
   * When the proposal is submitted: a `Date`, epoch milliseconds, or an ISO 8601 string with
   * offset or `Z`. Required: this library never reads the clock.
   */
  readonly at: InstantInput;
  /** The calendar to use (default: `defaultCallCalendar`, the built-in calls). */
  readonly calendar?: CallCalendar | undefined;
  /** The language of the messages (a BCP 47 tag such as `'nl-BE'` or `'en'`; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * The call a proposal submitted at an instant counts for: the regular call with the earliest
 * deadline not yet passed (known or projected). Thematic calls are left out: a proposal for one
 * names it.
 *
 * @param options - `at`, the instant of submission; `calendar`; `locale`.
 * @returns The call; `undefined` only after the last projected call (year 9999, or the end of a
 *   custom `calls.projection`).
 * @throws {@link PioRulesError} `required` without `at`; `ambiguous_time` / `invalid_time` for a
 *   bad `at`; `invalid_type` for a `calendar` that is not one; `unsupported_locale`.
 * @example
 * ```ts
 * callForSubmission({ at: '2024-04-18T23:59:59.999+02:00' })?.id;
 * //=> '2024-1'
 * callForSubmission({ at: '2024-04-19T00:00:00+02:00' })?.id;
 * //=> '2024-2'
 * ```
 */
export function callForSubmission(options: CallForSubmissionOptions): Call | undefined {
  return renderedOrThrown(options?.locale, () => {
    const view = viewOf(calendarOf(options?.calendar));
    return firstCallAfter(view, atOption(options?.at), 'regular');
  });
}
