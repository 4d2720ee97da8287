import { defaultParameters } from '../parameters/registry.js';
import { builtInCalls } from './builtInCalls.js';
import { compareEntries, entryOf } from './entries.js';
import type { CallCalendar } from './types.js';

/**
 * The built-in calendar: {@link builtInCalls} with the built-in parameters. Deadlines are
 * "uiterlijk om 24.00 uur" Brussels time on the deadline date, so a proposal is late from the
 * start of the next day in Europe/Brussels (the parameters `calls.deadlineTimeOfDay` and
 * `calls.timeZone`). Regular calls of years without known dates are projected by the assumed
 * parameter `calls.projection`, one version per era: from 2017 to 2023 call 1 on the second
 * Friday of June and call 2 on the second Friday of December (like 14 June and 13 December 2019;
 * every published date of that era falls in June or December), from 2024 call 1 on the third
 * Thursday of April and call 2 on the second Thursday of October (like the announced 18 April
 * and 10 October 2024), up to 9999; none before 2017, the year of the first known call. They are
 * marked `status: 'projected'` and "verwacht" / "expected". Every function of this module uses
 * it unless given a `calendar`. It is the library's own data, made without checks when the
 * library loads (the test suite checks it with {@link safeCreateCallCalendar}).
 *
 * @example
 * ```ts
 * getCalls({ year: 2021 }).map((call) => `${call.id} ${call.deadlineDate} ${call.status}`);
 * //=> ['2021-1 2021-06-11 projected', '2021-2 2021-12-10 projected']
 * getCalls({ year: 2024 }).map((call) => `${call.id} ${call.deadlineDate} ${call.status}`);
 * //=> ['2024-1 2024-04-18 announced', '2024-2 2024-10-10 announced']
 * getCalls({ year: 2027 }).map((call) => `${call.id} ${call.deadlineDate} ${call.status}`);
 * //=> ['2027-1 2027-04-15 projected', '2027-2 2027-10-14 projected']
 * getCalls({ year: 2016 });
 * //=> []
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
