import { describe, expect, it } from 'vitest';
import { builtInCalls, getCalls, type Call, type CallCalendar } from '../../src/calls/index.js';
import {
  getDefinition,
  type ParameterRegistry,
  type ParameterVersion,
} from '../../src/parameters/index.js';
import { makeCalendar, registry } from './fixtures.js';

// Acceptance 1 of "the rules as the sources state them": the projection rule has one version
// per era, each derived from the dates known in its era; no projected or announced call of any
// year from 2017 to 2035 contradicts the rule of its year; every published call is returned as
// published, with its source.

interface Slot {
  readonly month: number;
  readonly weekday: number;
  readonly occurrence: number;
}

const slotsOf = (version: ParameterVersion): readonly Slot[] =>
  (version.value as unknown as { slots: readonly Slot[] }).slots;

const monthOf = (date: string): number => Number(date.slice(5, 7));
const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The date of the `occurrence`-th ISO `weekday` of a month, computed here on its own. */
function nth(year: number, { month, weekday, occurrence }: Slot): string {
  let seen = 0;
  for (let day = 1; day <= 31; day += 1) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1) break;
    if ((date.getUTCDay() || 7) === weekday && (seen += 1) === occurrence)
      return date.toISOString().slice(0, 10);
  }
  throw new Error('no such day');
}

const inForce = (version: ParameterVersion, date: string): boolean =>
  version.validFrom <= date && date <= (version.validUntil ?? '9999-12-31');

/** The version of a registry's `calls.projection` in force on 1 January of a year. */
function eraOf(versions: readonly ParameterVersion[], year: number): ParameterVersion | undefined {
  return versions.find((v) => inForce(v, `${String(year)}-01-01`));
}

/** The number of a regular call in its year (`2019-2`: 2). */
const numberOf = (id: string): number => Number(id.split('-')[1]);

/** The calls with a known day (published or announced) of the built-in data. */
const knownDays = builtInCalls.filter((c) => c.status === undefined || c.status !== 'projected');

/**
 * The projected and announced calls of the years that contradict the era rule of their year:
 * a regular call whose month is not the month of its slot in the version in force on 1 January.
 */
function contradictions(
  versions: readonly ParameterVersion[],
  years: readonly number[],
  calendar?: CallCalendar,
): string[] {
  const found: string[] = [];
  for (const year of years)
    for (const call of getCalls(calendar === undefined ? { year } : { year, calendar })) {
      if (call.status === 'published' || call.kind !== 'regular') continue;
      const slot = eraOf(versions, year) && slotsOf(eraOf(versions, year)!)[numberOf(call.id) - 1];
      if (slot === undefined || monthOf(call.deadlineDate) !== slot.month)
        found.push(`${call.id} ${call.deadlineDate} ${call.status}`);
    }
  return found;
}

const versions = getDefinition('calls.projection').versions;
const years = Array.from({ length: 2035 - 2017 + 1 }, (_, i) => 2017 + i);

describe('the eras of the projection rule', () => {
  it('has one version per era, without a gap, from the year of the first known call', () => {
    expect(versions.length).toBeGreaterThanOrEqual(2);
    const first = Math.min(...builtInCalls.map((c) => c.year));
    expect(versions[0]!.validFrom).toBe(`${String(first)}-01-01`);
    for (let i = 1; i < versions.length; i += 1) {
      const end = new Date(`${versions[i - 1]!.validUntil!}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      expect(versions[i]!.validFrom).toBe(end.toISOString().slice(0, 10));
    }
    expect(versions.at(-1)!.validUntil).toBeUndefined();
  });

  it.each(versions.map((v) => [v.validFrom, v] as const))(
    'derives the era from %s from the dates known in it',
    (_, version) => {
      const known = knownDays.filter((c) => inForce(version, c.deadlineDate));
      expect(known.length).toBeGreaterThan(0);
      const slots = slotsOf(version);
      // Every known deadline of the era (regular or thematic) falls in a month of the rule.
      for (const call of known)
        expect(slots.map((s) => s.month)).toContain(monthOf(call.deadlineDate));
      // A known regular call falls in the month of its own slot...
      const regular = known.filter((c) => c.kind === 'regular');
      for (const call of regular)
        expect(slots[numberOf(call.id) - 1]?.month, call.id).toBe(monthOf(call.deadlineDate));
      // ...and each slot gives back at least one known regular date exactly.
      slots.forEach((slot, index) => {
        const dates = regular.filter((c) => numberOf(c.id) === index + 1);
        expect(
          dates.some((c) => nth(yearOf(c.deadlineDate), slot) === c.deadlineDate),
          `slot ${String(index + 1)}`,
        ).toBe(true);
      });
      // It is an assumption, with its reasoning in both languages, citing a source of those dates.
      expect(version.status).toBe('assumed');
      expect(version.note?.nl).toBeTruthy();
      expect(version.note?.en).toBeTruthy();
      expect(known.map((c) => c.source?.url)).toContain(version.source.url);
    },
  );

  it('gives the month of call 1 of 2017, known only as "midden juni", to its era', () => {
    const midJune = builtInCalls.find((c) => c.id === '2017-1')!;
    expect(midJune.source?.quote).toBe('midden juni');
    expect(slotsOf(eraOf(versions, 2017)!)[0]!.month).toBe(6);
  });
});

describe('getCalls({ year }) for every year from 2017 to 2035', () => {
  it('returns every published call as published, with its source', () => {
    for (const year of years) {
      const calls = new Map(getCalls({ year }).map((c): [string, Call] => [c.id, c]));
      for (const known of builtInCalls.filter(
        (c) => c.year === year && (c.status ?? 'published') === 'published',
      )) {
        const call = calls.get(known.id);
        expect(call?.status, known.id).toBe('published');
        expect(call?.source).toEqual(known.source);
        expect(call?.source?.url).toMatch(/^https:\/\//);
      }
    }
  });

  it('has no projected or announced call that contradicts the era of its year', () => {
    expect(contradictions(versions, years)).toEqual([]);
    // The projected years of the first era, in its months.
    for (const year of [2018, 2020, 2021, 2022, 2023])
      expect(
        getCalls({ year, kind: 'regular' }).map((c) => [c.status, monthOf(c.deadlineDate)]),
      ).toEqual([
        ['projected', 6],
        ['projected', 12],
      ]);
  });

  it('would catch a rule that projects April and October into the years before 2024', () => {
    // The rule before this change: April/October from 2017 on.
    const old: ParameterVersion = { ...versions.at(-1)!, validFrom: '2017-01-01' };
    const calendar = makeCalendar(builtInCalls, {
      parameters: withProjection([old]),
    });
    expect(contradictions(versions, [2021], calendar)).toEqual([
      '2021-1 2021-04-15 projected',
      '2021-2 2021-10-14 projected',
    ]);
  });

  it('never projects a year before the first known call', () => {
    expect(getCalls({ year: 2016 })).toEqual([]);
    expect(getCalls({ to: '2017-01-01T00:00:00+01:00' })).toEqual([]);
  });
});

function withProjection(own: readonly ParameterVersion[]): ParameterRegistry {
  return registry([{ ...getDefinition('calls.projection'), versions: own }]);
}
