import type { Call, CallStatus } from './types.js';

/**
 * Where a call stands at an instant: `closed` from its deadline on, `open` from its `openFrom`
 * on, `upcoming` before.
 *
 * @param call - The call (its `deadline` and `openFrom`).
 * @param instant - The instant.
 * @returns The status.
 * @internal
 */
export function statusAt(call: Pick<Call, 'deadline' | 'openFrom'>, instant: Date): CallStatus {
  const t = instant.getTime();
  if (t >= call.deadline.getTime()) return 'closed';
  return t < call.openFrom.getTime() ? 'upcoming' : 'open';
}

/**
 * Tells whether a proposal made at an instant is on time for a call: strictly before its
 * deadline.
 *
 * @param call - The call (its `deadline`).
 * @param instant - The instant.
 * @returns `true` when on time.
 * @internal
 */
export function onTime(call: Pick<Call, 'deadline'>, instant: Date): boolean {
  return instant.getTime() < call.deadline.getTime();
}
