import { PioRulesError } from '../issues/PioRulesError.js';
import { defaultParameters } from '../parameters/defaultParameters.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { checkCalendar } from './internal/checkCalendar.js';
import { freezeCalendar } from './internal/freezeCalendar.js';
import type { CallCalendar, CallInput } from './types.js';

/** Options of {@link createCallCalendar} and {@link safeCreateCallCalendar}. */
export interface CreateCallCalendarOptions {
  /**
   * The parameters for deadlines (`calls.deadlineTimeOfDay`, `calls.timeZone`) and projections
   * (`calls.projection`; a registry without it projects nothing). Default: the built-in registry.
   */
  readonly parameters?: ParameterRegistry | undefined;
}

/**
 * Makes a calendar from the calls an app knows (for example VLAIO's published calendar loaded
 * from JSON), validated with zod. The calendar holds exactly these calls; the regular calls of
 * years (or slots `YEAR-N`) it does not fill are projected (`status: 'projected'`). To keep the
 * built-in calls, spread {@link builtInCalls} into the input.
 *
 * Checks, every problem reported: the shape (required `id`, `year`, `kind`, `title {nl, en}`,
 * `deadlineDate`; optional `opensAt`, `status` (default `published`), `source`, `note`; no
 * unknown fields), real dates, `year` equal to the year of `deadlineDate`, ids (`YEAR-N` for a
 * regular call, another lowercase slug for a thematic one), unique ids, `opensAt` an instant with
 * offset before the deadline, and a deadline in force on each date.
 *
 * @param calls - The calls.
 * @param options - `parameters`: another registry.
 * @returns A frozen calendar.
 * @throws {@link PioRulesError} `invalid_calendar` (first issue, with the `count` of problems),
 *   followed by one issue per problem with its path (`[2, 'deadlineDate']`).
 * @example
 * ```ts
 * const calendar = createCallCalendar([
 *   { id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-04-22', title: { nl: 'Oproep 1 van 2027', en: 'Call 1 of 2027' } },
 * ]);
 * getCall('2027-1', { calendar })?.deadline.toISOString();
 * //=> '2027-04-22T22:00:00.000Z'
 * getCall('2027-2', { calendar })?.status;
 * //=> 'projected'
 * ```
 */
export function createCallCalendar(
  calls: readonly CallInput[],
  options: CreateCallCalendarOptions = {},
): CallCalendar {
  const parameters = options?.parameters ?? defaultParameters;
  const checked = checkCalendar(calls, parameters);
  if (!checked.ok) throw new PioRulesError(checked.issues);
  return freezeCalendar(checked.entries, parameters);
}
