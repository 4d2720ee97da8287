import { guard } from '../input/guard.js';
import type { Result } from '../issues/Result.js';
import { safely } from '../locales/edge.js';
import type { LocaleTag } from '../locales/Locale.js';
import { registryOf } from '../parameters/registry.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { checkCalendar } from './checkCalendar.js';
import type { CallCalendar } from './types.js';

/** Options of {@link createCallCalendar} and {@link safeCreateCallCalendar}. */
export interface CreateCallCalendarOptions {
  /**
   * The parameters for deadlines (`calls.deadlineTimeOfDay`, `calls.timeZone`) and projections
   * (`calls.projection`, `calls.perYear`; a registry without `calls.projection` projects
   * nothing). Default: the built-in registry.
   */
  readonly parameters?: ParameterRegistry | undefined;
  /** The language of the messages (a BCP 47 tag such as `'nl-BE'` or `'en'`; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * Makes a calendar from the calls an app knows (for example VLAIO's published calendar loaded
 * from JSON), checking everything. The calendar holds exactly these calls; the regular calls of
 * years (or slots `YEAR-N`) it does not fill are projected (`status: 'projected'`). To keep the
 * built-in calls, spread {@link builtInCalls} into the input.
 *
 * Checks, every problem reported with its path (`[2, 'deadlineDate']`): the shape (required
 * `id`, `year`, `kind`, `title {nl, en}`, `deadlineDate`; optional `opensAt`, `status` (default
 * `published`), `source`, `note`; no unknown fields), real dates, the year equal to the year of
 * the deadline date (`call_year_mismatch`), ids of the form of their kind (`YEAR-N` for a
 * regular call of that year, another lowercase slug for a thematic one: `invalid_call_id`),
 * unique ids (`duplicate_id`), `opensAt` an instant with offset before the deadline
 * (`opens_after_deadline`), a deadline time in force on each date (`no_parameter_value`), and,
 * in the parameters, a projection rule with as many slots as `calls.perYear`
 * (`projection_slots_mismatch`). The input is read once, bounded (at most 10,000 values,
 * depth 32, 1,000,000 characters: `input_too_large`), and never changed.
 *
 * @param entries - The calls (anything: the input is checked).
 * @param options - `parameters`: another registry; `locale`.
 * @returns `{ success: true, data: calendar, warnings: [] }`, the calendar frozen; or
 *   `{ success: false, issues }` with every problem.
 * @example
 * ```ts
 * const result = safeCreateCallCalendar([
 *   { id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-02-30', title: { nl: 'x', en: 'x' } },
 * ]);
 * result.success ? [] : result.issues.map((issue) => `${formatPath(issue.path)} ${issue.code}`);
 * //=> ['[0].deadlineDate invalid_format']
 * ```
 */
export function safeCreateCallCalendar(
  entries: unknown,
  options: CreateCallCalendarOptions = {},
): Result<CallCalendar> {
  return safely(options?.locale, () => {
    const registry = registryOf(options?.parameters);
    const { value, issues } = guard(entries);
    return checkCalendar(value, registry, issues);
  });
}
