import type { SafeResult } from '../issues/Result.js';
import { defaultParameters } from '../parameters/defaultParameters.js';
import type { CreateCallCalendarOptions } from './createCallCalendar.js';
import { checkCalendar } from './internal/checkCalendar.js';
import { freezeCalendar } from './internal/freezeCalendar.js';
import type { CallCalendar } from './types.js';

/** What a successful {@link safeCreateCallCalendar} carries. */
export interface CallCalendarOutput {
  /** The validated, frozen calendar. */
  readonly calendar: CallCalendar;
}

/** The result of {@link safeCreateCallCalendar}: the calendar, or every issue. */
export type SafeCallCalendarResult = SafeResult<CallCalendarOutput>;

/**
 * Like {@link createCallCalendar}, but returns the problems as data instead of throwing.
 *
 * @param calls - The calls (anything: the input is validated).
 * @param options - `parameters`: another registry.
 * @returns `{ success: true, calendar }`, or `{ success: false, issues }` with
 *   `invalid_calendar` first and then every problem with its path.
 * @example
 * ```ts
 * const result = safeCreateCallCalendar([{ id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-02-30', title: { nl: 'x', en: 'x' } }]);
 * result.success ? [] : result.issues.map((issue) => issue.code);
 * //=> ['invalid_calendar', 'invalid_date']
 * ```
 */
export function safeCreateCallCalendar(
  calls: unknown,
  options: CreateCallCalendarOptions = {},
): SafeCallCalendarResult {
  const parameters = options?.parameters ?? defaultParameters;
  const checked = checkCalendar(calls, parameters);
  if (!checked.ok) return { success: false, issues: checked.issues };
  return { success: true, calendar: freezeCalendar(checked.entries, parameters) };
}
