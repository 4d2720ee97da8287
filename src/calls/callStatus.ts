import { describeType } from '../issues/describe.js';
import { fail } from '../issues/PioRulesError.js';
import { getParameter } from '../parameters/getParameter.js';
import { toInstant, type InstantInput } from '../time/toInstant.js';
import { startOfZonedDay } from '../time/zoned.js';
import { checkCall } from './internal/checkCall.js';
import { calendarOf, lastRegularCallBefore } from './internal/search.js';
import type { Call, CallStatus, CalendarOptions } from './types.js';

/** Options of {@link callStatus}. */
export type CallStatusOptions = CalendarOptions;

/**
 * Where a call stands at an instant: `closed` from its deadline on; `open` from the moment it
 * opens; `upcoming` before. A call opens at its `opensAt`; without one, at the deadline of the
 * previous regular call of the calendar (from then on a proposal counts for it), or, for the
 * first call, at the start of 1 January of its year (Brussels time).
 *
 * @param call - The call.
 * @param now - The current instant, as the caller knows it.
 * @param options - `calendar` (where the previous regular call is looked up).
 * @returns `'upcoming'`, `'open'` or `'closed'`.
 * @throws {@link PioRulesError} `ambiguous_time` / `invalid_time` for a bad instant;
 *   `invalid_type` for a `call` that is not one.
 * @example
 * ```ts
 * const call = getCall('2024-2')!;
 * callStatus(call, '2024-04-18T23:59:59.999+02:00');
 * //=> 'upcoming'
 * callStatus(call, '2024-04-19T00:00:00+02:00');
 * //=> 'open'
 * callStatus(call, '2024-10-11T00:00:00+02:00');
 * //=> 'closed'
 * ```
 */
export function callStatus(
  call: Call,
  now: InstantInput,
  options: CallStatusOptions = {},
): CallStatus {
  const at = toInstant(now, { path: ['now'] }).getTime();
  const deadline = toInstant(checkCall(call).deadline, { path: ['call', 'deadline'] });
  if (at >= deadline.getTime()) return 'closed';
  let opens: Date;
  if (call.opensAt !== undefined) {
    opens = toInstant(call.opensAt, { path: ['call', 'opensAt'] });
  } else {
    const calendar = calendarOf(options);
    const previous = lastRegularCallBefore(calendar, deadline);
    if (previous !== undefined) {
      opens = previous.deadline;
    } else {
      if (!Number.isInteger(call.year))
        fail('invalid_type', { expected: 'integer', received: describeType(call.year) }, [
          'call',
          'year',
        ]);
      const newYear = `${String(call.year).padStart(4, '0')}-01-01`;
      const timeZone = getParameter('calls.timeZone', call.deadlineDate, {
        parameters: calendar.parameters,
      }).value;
      opens = startOfZonedDay(newYear, timeZone);
    }
  }
  return at < opens.getTime() ? 'upcoming' : 'open';
}
