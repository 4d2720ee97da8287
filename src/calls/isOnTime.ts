import type { LocaleTag } from '../locales/Locale.js';
import { renderedOrThrown } from '../locales/render.js';
import type { InstantInput } from '../time/instant.js';
import { atOption, callInstant, givenCall } from './given.js';
import { onTime } from './status.js';
import type { Call } from './types.js';

/** Options of {@link isOnTime}. */
export interface IsOnTimeOptions {
  /**
   * When the proposal is submitted: a `Date`, epoch milliseconds, or an ISO 8601 string with
   * offset or `Z`. Required: this library never reads the clock.
   */
  readonly at: InstantInput;
  /** The language of the messages (a BCP 47 tag such as `'nl-BE'` or `'en'`; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * Tells whether a proposal submitted at an instant is on time for a call: `true` iff it is
 * before the call's `deadline` (23:59:59.999 Brussels time on the deadline date is on time,
 * 00:00:00 the next day is late).
 *
 * @param call - The call, as this module returns it (also after a JSON round trip).
 * @param options - `at`, the instant of submission; `locale`.
 * @returns `true` when on time.
 * @throws {@link PioRulesError} `required` without `at`; `ambiguous_time` for a string without
 *   offset, `invalid_time` for an invalid instant (also a call's `deadline`); `invalid_type`
 *   when `call` is not an object; `unsupported_locale`.
 * @example
 * ```ts
 * const call = getCall('2024-1')!;
 * isOnTime(call, { at: '2024-04-18T23:59:59.999+02:00' });
 * //=> true
 * isOnTime(call, { at: '2024-04-19T00:00:00+02:00' });
 * //=> false
 * ```
 */
export function isOnTime(call: Call, options: IsOnTimeOptions): boolean {
  return renderedOrThrown(options?.locale, () => {
    const at = atOption(options?.at);
    return onTime({ deadline: callInstant(givenCall(call), 'deadline') }, at);
  });
}
