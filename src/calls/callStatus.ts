import type { LocaleTag } from '../locales/Locale.js';
import { renderedOrThrown } from '../locales/render.js';
import type { InstantInput } from '../time/instant.js';
import { atOption, callInstant, givenCall } from './given.js';
import { statusAt } from './status.js';
import type { Call, CallStatus } from './types.js';

/** Options of {@link callStatus}. */
export interface CallStatusOptions {
  /**
   * The instant to judge by, as the caller knows it: a `Date`, epoch milliseconds, or an ISO
   * 8601 string with offset or `Z`. Required: this library never reads the clock.
   */
  readonly at: InstantInput;
  /** The language of the messages (a BCP 47 tag such as `'nl-BE'` or `'en'`; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * Where a call stands at an instant: `closed` from its deadline on; `open` from its `openFrom`
 * on; `upcoming` before. A call opens at its `opensAt`; without one, at the deadline of the
 * previous regular call of its calendar (from then on a proposal counts for it), or, for the
 * first call, at the start of 1 January of its year in the programme's time zone: the call
 * carries that instant as `openFrom`.
 *
 * @param call - The call, as this module returns it (also after a JSON round trip).
 * @param options - `at`; `locale`.
 * @returns `'upcoming'`, `'open'` or `'closed'`.
 * @throws {@link PioRulesError} `required` without `at`; `ambiguous_time` / `invalid_time` for a
 *   bad `at` or a call whose `deadline` or `openFrom` is not an instant; `invalid_type` for a
 *   `call` that is not one; `unsupported_locale`.
 * @example
 * ```ts
 * const call = getCall('2024-2')!;
 * callStatus(call, { at: '2024-04-18T23:59:59.999+02:00' });
 * //=> 'upcoming'
 * callStatus(call, { at: '2024-04-19T00:00:00+02:00' });
 * //=> 'open'
 * callStatus(call, { at: '2024-10-11T00:00:00+02:00' });
 * //=> 'closed'
 * ```
 */
export function callStatus(call: Call, options: CallStatusOptions): CallStatus {
  return renderedOrThrown(options?.locale, () => {
    const at = atOption(options?.at);
    const given = givenCall(call);
    const deadline = callInstant(given, 'deadline');
    return statusAt({ deadline, openFrom: callInstant(given, 'openFrom') }, at);
  });
}
