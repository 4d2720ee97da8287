import { defaultParameters } from '../parameters/registry.js';
import { builtInCalls } from './builtInCalls.js';
import { compareEntries, entryOf } from './entries.js';
import type { CallCalendar } from './types.js';

/**
 * The built-in calendar: {@link builtInCalls} with the built-in parameters. Deadlines are
 * "uiterlijk om 24.00 uur" Brussels time on the deadline date, so a proposal is late from the
 * start of the next day in Europe/Brussels (the parameters `calls.deadlineTimeOfDay` and
 * `calls.timeZone`). Regular calls of years without published dates are projected by the
 * assumed parameter `calls.projection`: call 1 on the third Thursday of April, call 2 on the
 * second Thursday of October (matching 18 April and 10 October 2024), from 2017 to 9999, marked
 * `status: 'projected'` and "verwacht" / "expected". Every function of this module uses it
 * unless given a `calendar`. It is the library's own data, made without checks when the library
 * loads (the test suite checks it with {@link safeCreateCallCalendar}).
 *
 * @example
 * ```ts
 * getCalls({ year: 2027 }).map((call) => `${call.id} ${call.deadlineDate} ${call.status}`);
 * //=> ['2027-1 2027-04-15 projected', '2027-2 2027-10-14 projected']
 * ```
 */
export const defaultCallCalendar: CallCalendar = Object.freeze({
  kind: 'pio-call-calendar',
  entries: Object.freeze(
    builtInCalls
      .map((call) => entryOf(call, call.opensAt === undefined ? undefined : new Date(call.opensAt)))
      .sort(compareEntries),
  ),
  parameters: defaultParameters,
});
