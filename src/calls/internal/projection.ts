import { getParameter } from '../../parameters/getParameter.js';
import type { KnownParameterValues, ParameterRegistry } from '../../parameters/types.js';
import type { CallCalendarEntry } from '../types.js';
import { monthNames, nameAt, ordinalNames, weekdayNames, weekdayOf } from './names.js';

/** The last year this library can write as `YYYY-MM-DD`: the end of any projection. */
export const LAST_YEAR = 9999;

const PROJECTION = 'calls.projection';

/** The projection rule's value. */
export type ProjectionRule = KnownParameterValues['calls.projection'];

/** The years a registry projects regular calls for. */
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
 * @param parameters - The registry.
 * @returns The range.
 */
export function projectionRange(parameters: ParameterRegistry): ProjectionRange | undefined {
  const def = parameters.definitions.get(PROJECTION);
  const firstVersion = def?.versions[0];
  const lastVersion = def?.versions[def.versions.length - 1];
  if (firstVersion === undefined || lastVersion === undefined) return undefined;
  const until =
    lastVersion.validUntil === undefined ? LAST_YEAR : Number(lastVersion.validUntil.slice(0, 4));
  const latest = getParameter(PROJECTION, undefined, { parameters }).value;
  return {
    first: Number(firstVersion.validFrom.slice(0, 4)),
    last: Math.min(until, LAST_YEAR),
    horizonYears: latest.horizonYears,
  };
}

/**
 * The deadline date of the `occurrence`-th `weekday` (ISO, 1 = Monday) of a month.
 *
 * @param year - Full year.
 * @param month - 1 to 12.
 * @param weekday - 1 (Monday) to 7 (Sunday).
 * @param occurrence - 1 to 4.
 * @returns `YYYY-MM-DD`.
 */
export function nthWeekday(
  year: number,
  month: number,
  weekday: number,
  occurrence: number,
): string {
  const first = weekdayOf(year, month, 1);
  const day = 1 + (((weekday % 7) - first + 7) % 7) + 7 * (occurrence - 1);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The projected regular calls of a year within the projection range, as calendar entries (`status: 'projected'`), leaving
 * out the ids in `taken` (slots a known call fills).
 *
 * @param year - The year.
 * @param parameters - The registry.
 * @param taken - Ids of known calls.
 * @returns The projected entries, call 1 first.
 * @throws {@link PioRulesError} `no_parameter_value` for a year outside the projection range
 *   (callers check {@link projectionRange} first).
 */
export function projectedEntries(
  year: number,
  parameters: ParameterRegistry,
  taken: ReadonlySet<string>,
): CallCalendarEntry[] {
  return projectedSlots(year, parameters).filter((entry) => !taken.has(entry.id));
}

/** Projected entries already made, per registry and year (registries are immutable; bounded). */
const projected = new WeakMap<ParameterRegistry, Map<number, readonly CallCalendarEntry[]>>();

/** Every projected entry of a year, frozen, made once per registry and year. */
function projectedSlots(year: number, parameters: ParameterRegistry): readonly CallCalendarEntry[] {
  let memo = projected.get(parameters);
  if (memo === undefined) {
    memo = new Map();
    projected.set(parameters, memo);
  }
  const known = memo.get(year);
  if (known !== undefined) return known;
  const entries = Object.freeze(makeProjectedEntries(year, parameters));
  if (memo.size >= 20_000) memo.clear();
  memo.set(year, entries);
  return entries;
}

function makeProjectedEntries(year: number, parameters: ParameterRegistry): CallCalendarEntry[] {
  const resolved = getParameter(PROJECTION, `${String(year)}-01-01`, { parameters });
  return resolved.value.slots.flatMap((slot, index) => {
    const id = `${String(year)}-${String(index + 1)}`;
    const wd = slot.weekday % 7;
    const ord = slot.occurrence - 1;
    const m = slot.month - 1;
    const rule = {
      nl: `de ${nameAt(ordinalNames.nl, ord)} ${nameAt(weekdayNames.nl, wd)} van ${nameAt(monthNames.nl, m)}`,
      en: `the ${nameAt(ordinalNames.en, ord)} ${nameAt(weekdayNames.en, wd)} of ${nameAt(monthNames.en, m)}`,
    };
    const entry: CallCalendarEntry = {
      id,
      year,
      kind: 'regular',
      title: {
        nl: `Oproep ${String(index + 1)} van ${String(year)} (verwacht)`,
        en: `Call ${String(index + 1)} of ${String(year)} (expected)`,
      },
      deadlineDate: nthWeekday(year, slot.month, slot.weekday, slot.occurrence),
      status: 'projected',
      source: resolved.source,
      note: {
        nl: `Verwachte oproep, niet gepubliceerd: de datum volgt uit de projectieregel (parameter calls.projection: ${rule.nl}).`,
        en: `Expected call, not published: the date follows from the projection rule (parameter calls.projection: ${rule.en}).`,
      },
    };
    return [Object.freeze(entry)];
  });
}
