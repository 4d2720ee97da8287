import { issue, type IssueData } from '../issues/issue.js';
import { attempt } from '../issues/Refusal.js';
import { localeTables } from '../locales/render.js';
import { resolve } from '../parameters/read.js';
import type { KnownParameterValues, ParameterRegistry } from '../parameters/types.js';
import { isoWeekday } from '../time/instant.js';
import type { CallCalendarEntry } from './types.js';

/**
 * The projection of regular calls for years without known dates.
 *
 * The rule is the parameter `calls.projection`: one slot per regular call of a year (month,
 * weekday, which such weekday of the month), in force on 1 January of the year; the built-in
 * registry has one version per era (June/December from 2017 to 2023, April/October from 2024),
 * and none before the first known call (2017), so no year before it is projected. The number of
 * regular calls a year is the parameter `calls.perYear`: where a registry has both, every
 * version of the projection must have exactly as many slots as every version of `calls.perYear`
 * in force beside it, which {@link safeCreateCallCalendar} checks when a calendar is made
 * (`projection_slots_mismatch`); a registry without `calls.perYear` projects the slots it has.
 * A known call replaces the projected call of the same id (`YEAR-N`); a registry without
 * `calls.projection` projects nothing.
 *
 * @module
 */

/** The last year this library can write as `YYYY-MM-DD`: the end of any projection. */
export const LAST_YEAR = 9999;

const PROJECTION = 'calls.projection';
const PER_YEAR = 'calls.perYear';

/** The projection rule's value. @internal */
export type ProjectionRule = KnownParameterValues['calls.projection'];

/** The years a registry projects regular calls for. @internal */
export interface ProjectionRange {
  /** First year (the year the first version of `calls.projection` takes effect). */
  readonly first: number;
  /** Last year (the year the last version ends, at most 9999). */
  readonly last: number;
  /** Default horizon of `getCalls()`, from the latest version. */
  readonly horizonYears: number;
}

/**
 * The years with projected calls, or `undefined` when the registry has no `calls.projection`.
 *
 * @internal
 */
export function projectionRange(registry: ParameterRegistry): ProjectionRange | undefined {
  const def = registry.definitions.get(PROJECTION);
  const firstVersion = def?.versions[0];
  const lastVersion = def?.versions[def.versions.length - 1];
  if (firstVersion === undefined || lastVersion === undefined) return undefined;
  const until =
    lastVersion.validUntil === undefined ? LAST_YEAR : Number(lastVersion.validUntil.slice(0, 4));
  return {
    first: Number(firstVersion.validFrom.slice(0, 4)),
    last: Math.min(until, LAST_YEAR),
    horizonYears: (lastVersion.value as ProjectionRule).horizonYears,
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The date of the `occurrence`-th `weekday` (ISO, 1 = Monday) of a month.
 *
 * @internal
 */
export function nthWeekday(
  year: number,
  month: number,
  weekday: number,
  occurrence: number,
): string {
  // The weekday of the 1st, 0 for Sunday as `weekday % 7` counts.
  const first = isoWeekday(year, month, 1) % 7;
  const day = 1 + (((weekday % 7) - first + 7) % 7) + 7 * (occurrence - 1);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * The projected regular calls of a year, as calendar entries (`status: 'projected'`), leaving
 * out the ids in `taken` (the slots known calls fill): none for a year on whose 1 January no
 * version of `calls.projection` is in force.
 *
 * @param year - The year.
 * @param registry - The calendar's parameters.
 * @param taken - The ids of the calendar's known calls.
 * @returns The projected entries, call 1 first.
 * @internal
 */
export function projectedEntries(
  year: number,
  registry: ParameterRegistry,
  taken: { has(id: string): boolean },
): CallCalendarEntry[] {
  const rule = attempt([], () => resolve(registry, PROJECTION, `${pad(year, 4)}-01-01`));
  if (rule === undefined) return [];
  const { nl, en } = localeTables;
  return rule.value.slots.flatMap((slot, index) => {
    const id = `${String(year)}-${String(index + 1)}`;
    if (taken.has(id)) return [];
    const entry: CallCalendarEntry = {
      id,
      year,
      kind: 'regular',
      title: Object.freeze({
        nl: nl.calls.projectedTitle(index + 1, year),
        en: en.calls.projectedTitle(index + 1, year),
      }),
      deadlineDate: nthWeekday(year, slot.month, slot.weekday, slot.occurrence),
      status: 'projected',
      source: rule.source,
      note: Object.freeze({ nl: nl.calls.projectedNote(slot), en: en.calls.projectedNote(slot) }),
    };
    return [Object.freeze(entry)];
  });
}

/** The days a version is in force, as `YYYY-MM-DD` strings (the last one inclusive). */
interface Period {
  readonly validFrom: string;
  readonly validUntil?: string;
}

const overlap = (a: Period, b: Period): boolean =>
  a.validFrom <= (b.validUntil ?? '9999-12-31') && b.validFrom <= (a.validUntil ?? '9999-12-31');

/**
 * Checks that the projection rule has as many slots as there are regular calls a year: every
 * version of `calls.projection` against every version of `calls.perYear` in force at the same
 * time (nothing to check when the registry lacks either).
 *
 * @param registry - The calendar's parameters.
 * @returns `projection_slots_mismatch` at `['parameters']` for each disagreeing pair.
 * @internal
 */
export function checkProjection(registry: ParameterRegistry): IssueData[] {
  const projection = registry.definitions.get(PROJECTION)?.versions ?? [];
  const perYear = registry.definitions.get(PER_YEAR)?.versions ?? [];
  return projection.flatMap((version) => {
    const slots = (version.value as ProjectionRule).slots.length;
    return perYear
      .filter((count) => overlap(version, count) && count.value !== slots)
      .map((count) =>
        issue(
          'projection_slots_mismatch',
          { slots, perYear: count.value as number, validFrom: version.validFrom },
          { path: ['parameters'] },
        ),
      );
  });
}
