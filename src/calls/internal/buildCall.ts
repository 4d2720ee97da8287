import type { ParameterRegistry } from '../../parameters/types.js';
import type { Call, CallCalendarEntry } from '../types.js';
import { deadlineOf } from './deadlineOf.js';

/**
 * Turns a calendar entry into a {@link Call}: its deadline instant from the parameters, fresh
 * `Date`s, frozen.
 *
 * @param entry - A validated entry.
 * @param parameters - The registry.
 * @returns The call.
 */
export function buildCall(entry: CallCalendarEntry, parameters: ParameterRegistry): Call {
  const call: Call = {
    id: entry.id,
    year: entry.year,
    kind: entry.kind,
    title: entry.title,
    deadlineDate: entry.deadlineDate,
    deadline: deadlineOf(entry.deadlineDate, parameters),
    ...(entry.opensAt === undefined ? {} : { opensAt: new Date(entry.opensAt) }),
    status: entry.status,
    ...(entry.source === undefined ? {} : { source: entry.source }),
    ...(entry.note === undefined ? {} : { note: entry.note }),
  };
  return Object.freeze(call);
}

/**
 * Orders calls by deadline, then regular before thematic, then by id.
 *
 * @param a - A call.
 * @param b - Another call.
 * @returns Negative, zero or positive.
 */
export function compareCalls(a: Call, b: Call): number {
  const byDeadline = a.deadline.getTime() - b.deadline.getTime();
  if (byDeadline !== 0) return byDeadline;
  if (a.kind !== b.kind) return a.kind === 'regular' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
