import type { Success } from '../issues/Result.js';
import { orThrow } from '../locales/edge.js';
import {
  safeCreateCallCalendar,
  type CreateCallCalendarOptions,
} from './safeCreateCallCalendar.js';
import type { CallCalendar, CallInput } from './types.js';

/**
 * Makes a calendar: {@link safeCreateCallCalendar}, throwing.
 *
 * @param entries - The calls.
 * @param options - `parameters`: another registry; `locale`.
 * @returns The success: `data` is the frozen calendar.
 * @throws {@link PioRulesError} with every problem (see {@link safeCreateCallCalendar}), each
 *   at its path: `required`, `invalid_type`, `unknown_key`, `invalid_format`, `invalid_value`,
 *   `too_long`, `invalid_call_id`, `call_year_mismatch`, `duplicate_id`, `opens_after_deadline`,
 *   `invalid_time`, `ambiguous_time`, `no_parameter_value`, `projection_slots_mismatch`,
 *   `input_too_large`, `unsupported_locale`.
 * @example
 * ```ts
 * const { data: calendar } = createCallCalendar([
 *   { id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-04-22', title: { nl: 'Oproep 1 van 2027', en: 'Call 1 of 2027' } },
 * ]);
 * getCall('2027-1', { calendar })?.deadline.toISOString();
 * //=> '2027-04-22T22:00:00.000Z'
 * getCall('2027-2', { calendar })?.status;
 * //=> 'projected'
 * ```
 */
export function createCallCalendar(
  entries: readonly CallInput[],
  options: CreateCallCalendarOptions = {},
): Success<CallCalendar> {
  return orThrow(safeCreateCallCalendar(entries, options));
}
