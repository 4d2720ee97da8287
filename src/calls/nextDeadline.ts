import { receivedText } from '../issues/describe.js';
import { fail } from '../issues/PioRulesError.js';
import { toInstant, type InstantInput } from '../time/toInstant.js';
import { calendarOf, firstCallAfter } from './internal/search.js';
import type { Call, CallKind, CalendarOptions } from './types.js';

/** Options of {@link nextDeadline}. */
export interface NextDeadlineOptions extends CalendarOptions {
  /** Only `regular` or only `thematic` calls (default: both). */
  readonly kind?: CallKind | undefined;
}

/**
 * The call with the next deadline after an instant: the earliest deadline strictly after `now`
 * (a call whose deadline is exactly `now` is already closed). Read the instant from its
 * `deadline`.
 *
 * @param now - The current instant, as the caller knows it (this library never reads the clock).
 * @param options - `kind` and `calendar`.
 * @returns The call, or `undefined` when none follows (for example no later thematic call).
 * @throws {@link PioRulesError} `ambiguous_time` / `invalid_time` for a bad instant;
 *   `invalid_value` for a bad `kind`.
 * @example
 * ```ts
 * const next = nextDeadline('2024-05-01T12:00:00+02:00');
 * next?.id;
 * //=> '2024-2'
 * next?.deadline.toISOString();
 * //=> '2024-10-10T22:00:00.000Z'
 * ```
 */
export function nextDeadline(
  now: InstantInput,
  options: NextDeadlineOptions = {},
): Call | undefined {
  const at = toInstant(now, { path: ['now'] });
  const kind = options?.kind;
  if (kind !== undefined && kind !== 'regular' && kind !== 'thematic') {
    fail('invalid_value', { expected: ['regular', 'thematic'], received: receivedText(kind) }, [
      'kind',
    ]);
  }
  return firstCallAfter(calendarOf(options), at, kind);
}
