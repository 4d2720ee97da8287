import { toInstant, type InstantInput } from '../time/toInstant.js';
import { checkCall } from './internal/checkCall.js';
import type { Call } from './types.js';

/**
 * Tells whether a proposal submitted at an instant is on time for a call: `true` iff it is
 * before the call's `deadline` (23:59:59.999 Brussels time on the deadline date is on time,
 * 00:00:00 the next day is late).
 *
 * @param call - The call.
 * @param submittedAt - A `Date`, epoch milliseconds, or an ISO 8601 string with offset or `Z`.
 * @returns `true` when on time.
 * @throws {@link PioRulesError} `ambiguous_time` for a string without offset, `invalid_time` for
 *   an invalid instant; `invalid_type` when `call` is not an object.
 * @example
 * ```ts
 * const call = getCall('2024-1')!;
 * isOnTime(call, '2024-04-18T23:59:59.999+02:00');
 * //=> true
 * isOnTime(call, '2024-04-19T00:00:00+02:00');
 * //=> false
 * ```
 */
export function isOnTime(call: Call, submittedAt: InstantInput): boolean {
  const at = toInstant(submittedAt, { path: ['submittedAt'] });
  const deadline = toInstant(checkCall(call).deadline, { path: ['call', 'deadline'] });
  return at.getTime() < deadline.getTime();
}
