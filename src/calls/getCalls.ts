import { renderedOrThrown } from '../locales/render.js';
import type { InstantInput } from '../time/instant.js';
import type { CallKind } from '../vocabulary/index.js';
import { calendarOf } from './calendar.js';
import { instantOption, kindOption, yearOption } from './given.js';
import { callsInYears } from './search.js';
import type { LocaleTag } from '../locales/Locale.js';
import type { Call, CallCalendar } from './types.js';
import { viewOf } from './view.js';

/** Options of {@link getCalls}. */
export interface GetCallsOptions {
  /** Only the calls of this year (1000 to 9999). */
  readonly year?: number | undefined;
  /** Only the calls whose deadline is after this instant (still open to proposals then). */
  readonly from?: InstantInput | undefined;
  /** Only the calls whose deadline is at or before this instant (closed by then). */
  readonly to?: InstantInput | undefined;
  /** Only `regular` or only `thematic` calls. */
  readonly kind?: CallKind | undefined;
  /** The calendar to use (default: `defaultCallCalendar`, the built-in calls). */
  readonly calendar?: CallCalendar | undefined;
  /** The language of the messages (a BCP 47 tag such as `'nl-BE'` or `'en'`; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

const utcYear = (instant: Date): number => instant.getUTCFullYear();

/**
 * The calls of a calendar, known and projected, sorted by deadline (then regular before
 * thematic, then by id). Without `year` or `to`, projections stop `horizonYears` (parameter
 * `calls.projection`, 10) after the later of the last year with a known call and the year of
 * `from`: for the built-in calendar, at 2034.
 *
 * @param options - The filters `year`, `from`, `to` and `kind`; `calendar`; `locale`.
 * @returns The calls.
 * @throws {@link PioRulesError} `invalid_time` / `ambiguous_time` for a bad `from` or `to`;
 *   `invalid_type`, `too_small` or `too_big` for a bad `year`; `invalid_value` for a bad
 *   `kind`; `invalid_type` for a `calendar` that is not one; `unsupported_locale`.
 * @example
 * ```ts
 * getCalls({ year: 2024 }).map((call) => call.deadline.toISOString());
 * //=> ['2024-04-18T22:00:00.000Z', '2024-10-10T22:00:00.000Z']
 * getCalls({ kind: 'thematic' }).map((call) => call.id);
 * //=> ['2020-circular-economy']
 * ```
 */
export function getCalls(options: GetCallsOptions = {}): Call[] {
  return renderedOrThrown(options?.locale, () => {
    const view = viewOf(calendarOf(options?.calendar));
    const year = yearOption(options?.year);
    const kind = kindOption(options?.kind);
    const from = instantOption(options?.from, 'from');
    const to = instantOption(options?.to, 'to');
    let first: number;
    let last: number;
    if (year !== undefined) {
      first = year;
      last = year;
    } else {
      first = from === undefined ? -Infinity : utcYear(from) - 1;
      if (to !== undefined) last = utcYear(to) + 1;
      else {
        const base = view.entries.reduce(
          (latest, entry) => Math.max(latest, entry.year),
          Math.max(from === undefined ? -Infinity : utcYear(from), view.range?.first ?? -Infinity),
        );
        last = base + (view.range?.horizonYears ?? 0);
      }
    }
    return callsInYears(view, first, last).filter(
      (call) =>
        (kind === undefined || call.kind === kind) &&
        (from === undefined || call.deadline.getTime() > from.getTime()) &&
        (to === undefined || call.deadline.getTime() <= to.getTime()),
    );
  });
}
