import { toInstant, type InstantInput } from '../time/toInstant.js';
import { calendarOf, firstCallAfter } from './internal/search.js';
import type { Call, CalendarOptions } from './types.js';

/** Options of {@link callForSubmission}. */
export type CallForSubmissionOptions = CalendarOptions;

/**
 * The call a proposal submitted at an instant counts for: the regular call with the earliest
 * deadline not yet passed (known or projected). Thematic calls are left out: a proposal for one
 * names it.
 *
 * @param submittedAt - A `Date`, epoch milliseconds, or an ISO 8601 string with offset or `Z`.
 * @param options - `calendar`.
 * @returns The call; `undefined` only after the last projected call (year 9999, or the end of a
 *   custom `calls.projection`).
 * @throws {@link PioRulesError} `ambiguous_time` / `invalid_time` for a bad instant.
 * @example
 * ```ts
 * callForSubmission('2024-04-18T23:59:59.999+02:00')?.id;
 * //=> '2024-1'
 * callForSubmission('2024-04-19T00:00:00+02:00')?.id;
 * //=> '2024-2'
 * ```
 */
export function callForSubmission(
  submittedAt: InstantInput,
  options: CallForSubmissionOptions = {},
): Call | undefined {
  const at = toInstant(submittedAt, { path: ['submittedAt'] });
  return firstCallAfter(calendarOf(options), at, 'regular');
}
