import { describe, expect, it } from 'vitest';
import {
  builtInCalls,
  callStatus,
  getCall,
  getCalls,
  safeCreateCallCalendar,
} from '../../src/calls/index.js';
import { getDefinition, getParameter } from '../../src/parameters/index.js';
import { makeCalendar, only, problemsOf, registry, title } from './fixtures.js';

const published = ['2017-2', '2019-1', '2019-2', '2020-circular-economy', '2024-1', '2024-2'];

describe('the projection rule', () => {
  it('is an assumed parameter whose every version has a slot per call of the year', () => {
    const versions = getDefinition('calls.projection').versions;
    expect(versions.map((v) => [v.validFrom, v.validUntil])).toEqual([
      ['2017-01-01', '2023-12-31'],
      ['2024-01-01', undefined],
    ]);
    for (const version of versions) {
      expect(version.status).toBe('assumed');
      expect(version.note?.nl.length).toBeGreaterThan(0);
      expect(version.note?.en.length).toBeGreaterThan(0);
      const at = version.validFrom;
      expect((version.value as { slots: unknown[] }).slots).toHaveLength(
        getParameter('calls.perYear', { at }).value,
      );
    }
  });

  it('reproduces the 2019 and the announced 2024 dates when those years are not known', () => {
    const empty = makeCalendar([]);
    expect(getCall('2019-1', { calendar: empty })!.deadlineDate).toBe('2019-06-14');
    expect(getCall('2019-2', { calendar: empty })!.deadlineDate).toBe('2019-12-13');
    expect(getCall('2024-1', { calendar: empty })!.deadlineDate).toBe('2024-04-18');
    expect(getCall('2024-2', { calendar: empty })!.deadlineDate).toBe('2024-10-10');
  });

  it('projects the years of the programme under EWI on the second Friday of June and December', () => {
    expect(getCalls({ year: 2021 }).map((c) => `${c.id} ${c.deadlineDate} ${c.status}`)).toEqual([
      '2021-1 2021-06-11 projected',
      '2021-2 2021-12-10 projected',
    ]);
    const call = getCall('2022-1')!;
    expect(call.note?.en).toContain('(parameter calls.projection: the second Friday of June)');
    expect(call.note?.nl).toContain('(parameter calls.projection: de tweede vrijdag van juni)');
    expect(call.source).toEqual(getParameter('calls.projection', { at: '2022-01-01' }).source);
  });

  it('projects the third Thursday of April and the second Thursday of October', () => {
    expect(getCalls({ year: 2027 }).map((c) => c.deadline.toISOString())).toEqual([
      '2027-04-15T22:00:00.000Z',
      '2027-10-14T22:00:00.000Z',
    ]);
    expect(getCalls({ year: 2100 }).map((c) => c.deadlineDate)).toEqual([
      '2100-04-15',
      '2100-10-14',
    ]);
  });

  it('numbers and explains call 2 as the second Thursday of October', () => {
    const call = getCall('2027-2')!;
    expect(call.title).toEqual({
      nl: 'Oproep 2 van 2027 (verwacht)',
      en: 'Call 2 of 2027 (expected)',
    });
    expect(call.note?.en).toContain('(parameter calls.projection: the second Thursday of October)');
    expect(call.note?.nl).toContain(
      '(parameter calls.projection: de tweede donderdag van oktober)',
    );
    expect(call.source).toEqual(getParameter('calls.projection').source);
  });

  it('projects nothing with a registry without calls.projection', () => {
    const parameters = registry(
      ['calls.deadlineTimeOfDay', 'calls.timeZone'].map((id) => getDefinition(id)),
      null,
    );
    const calendar = makeCalendar(builtInCalls, { parameters });
    expect(getCalls({ calendar }).map((c) => c.id)).toEqual(['2017-1', ...published]);
    expect(getCall('2031-2', { calendar })).toBeUndefined();
  });

  it('stops at the end of a projection version that ends', () => {
    const def = getDefinition('calls.projection');
    const parameters = registry([
      { ...def, versions: [{ ...def.versions.at(-1)!, validUntil: '2030-12-31' }] },
    ]);
    const calendar = makeCalendar([], { parameters });
    expect(getCalls({ year: 2030, calendar })).toHaveLength(2);
    expect(getCalls({ year: 2031, calendar })).toHaveLength(0);
    expect(getCall('2030-2', { calendar })?.deadlineDate).toBe('2030-10-10');
    expect(getCall('2031-1', { calendar })).toBeUndefined();
  });

  it('projects nothing in a year on whose 1 January no version is in force', () => {
    const def = getDefinition('calls.projection');
    const parameters = registry([
      { ...def, versions: [{ ...def.versions[0]!, validFrom: '2017-06-01' }] },
    ]);
    const calendar = makeCalendar([], { parameters });
    expect(getCalls({ year: 2017, calendar })).toEqual([]);
    expect(getCalls({ year: 2018, calendar }).map((c) => c.id)).toEqual(['2018-1', '2018-2']);
  });

  it('finds the projected calls of the first and the last year of the rule, and none beyond', () => {
    const empty = makeCalendar([]);
    expect(getCall('2017-1', { calendar: empty })?.deadlineDate).toBe('2017-06-09');
    expect(getCall('2016-2', { calendar: empty })).toBeUndefined();
    expect(getCall('9999-2')?.status).toBe('projected');
  });
});

describe('projected calls with a custom calls.projection', () => {
  // One call a year, on the fourth Sunday of March; projections reach two years past 2017.
  const parameters = registry([
    only('calls.projection', { slots: [{ month: 3, weekday: 7, occurrence: 4 }], horizonYears: 2 }),
    only('calls.perYear', 1),
  ]);
  const calendar = makeCalendar([], { parameters });

  it('projects from the first year of the rule up to its horizon, on the rule’s dates', () => {
    expect(getCalls({ calendar }).map((c) => `${c.id} ${c.deadlineDate}`)).toEqual([
      '2017-1 2017-03-26',
      '2018-1 2018-03-25',
      '2019-1 2019-03-24',
    ]);
  });

  it('titles and explains each projected call from the rule', () => {
    const call = getCall('2027-1', { calendar })!;
    expect(call.deadlineDate).toBe('2027-03-28');
    expect(call.title).toEqual({
      nl: 'Oproep 1 van 2027 (verwacht)',
      en: 'Call 1 of 2027 (expected)',
    });
    expect(call.note).toEqual({
      nl: 'Verwachte oproep, niet gepubliceerd: de datum volgt uit de projectieregel (parameter calls.projection: de vierde zondag van maart).',
      en: 'Expected call, not published: the date follows from the projection rule (parameter calls.projection: the fourth Sunday of March).',
    });
    expect(getCall('2027-2', { calendar })).toBeUndefined();
  });

  it('names each ordinal and weekday of a slot', () => {
    const slots = [1, 2, 3, 4].map((occurrence) => ({ month: 1, weekday: occurrence, occurrence }));
    const four = registry([
      only('calls.projection', { slots, horizonYears: 0 }),
      only('calls.perYear', 4),
    ]);
    const calls = getCalls({ year: 2027, calendar: makeCalendar([], { parameters: four }) });
    const rules = (locale: 'nl' | 'en') =>
      calls.map((c) => /calls\.projection: (.*)\)\.$/.exec(c.note![locale])![1]);
    expect(rules('en')).toEqual([
      'the first Monday of January',
      'the second Tuesday of January',
      'the third Wednesday of January',
      'the fourth Thursday of January',
    ]);
    expect(rules('nl')).toEqual([
      'de eerste maandag van januari',
      'de tweede dinsdag van januari',
      'de derde woensdag van januari',
      'de vierde donderdag van januari',
    ]);
  });
});

describe('calls.perYear', () => {
  it('must match the number of slots of the projection rule in force beside it', () => {
    const oneSlot = only('calls.projection', {
      slots: [{ month: 3, weekday: 7, occurrence: 4 }],
      horizonYears: 2,
    });
    const parameters = registry([oneSlot]);
    expect(problemsOf([], { parameters })).toEqual(['parameters:projection_slots_mismatch']);
    const result = safeCreateCallCalendar([], { parameters, locale: 'en' });
    if (result.success) throw new Error('expected a refusal');
    expect(result.issues[0]!.params).toEqual({ slots: 1, perYear: 2, validFrom: '2017-01-01' });
    expect(result.issues[0]!.message).toBe(
      'The projection rule (parameter calls.projection) in force from 1 January 2017 describes a number of calls a year (1) other than calls.perYear (2).',
    );
  });

  it('is compared only with the versions of the rule it overlaps', () => {
    const rule = getDefinition('calls.projection');
    const perYear = getDefinition('calls.perYear');
    const three = {
      slots: [
        ...getParameter('calls.projection').value.slots,
        { month: 12, weekday: 4, occurrence: 1 },
      ],
      horizonYears: 10,
    };
    const latest = rule.versions.at(-1)!;
    const parameters = registry([
      {
        ...rule,
        versions: [
          { ...latest, validFrom: '2017-01-01', validUntil: '2029-12-31' },
          { ...latest, value: three, validFrom: '2030-01-01' },
        ],
      },
      {
        ...perYear,
        versions: [
          { ...perYear.versions[0]!, validUntil: '2029-12-31' },
          { ...perYear.versions[0]!, value: 3, validFrom: '2030-01-01' },
        ],
      },
    ]);
    const calendar = makeCalendar([], { parameters });
    expect(getCalls({ year: 2029, calendar })).toHaveLength(2);
    expect(getCalls({ year: 2030, calendar }).map((c) => c.deadlineDate)).toEqual([
      '2030-04-18',
      '2030-10-10',
      '2030-12-05',
    ]);
  });

  it('is not needed: a registry without it projects the slots it has', () => {
    const parameters = registry(
      ['calls.deadlineTimeOfDay', 'calls.timeZone', 'calls.projection'].map((id) =>
        getDefinition(id),
      ),
      null,
    );
    expect(getCalls({ year: 2027, calendar: makeCalendar([], { parameters }) })).toHaveLength(2);
  });
});

describe('callStatus of a call without opensAt', () => {
  it('opens a call when the previous regular call closes, not a thematic one', () => {
    // Projected 2020-2 closes on 11 December 2020; the thematic call of 2020 on 15 December.
    const call = getCall('2021-1')!;
    expect(callStatus(call, { at: '2020-12-11T22:59:59.999Z' })).toBe('upcoming');
    expect(callStatus(call, { at: '2020-12-11T23:00:00Z' })).toBe('open');
    expect(callStatus(call, { at: '2020-12-20T12:00:00Z' })).toBe('open');
  });

  it('finds a previous call projected in the first year of the rule', () => {
    const calendar = makeCalendar([
      { id: '2018-1', year: 2018, kind: 'regular', deadlineDate: '2018-06-15', title },
    ]);
    const call = getCall('2018-1', { calendar })!;
    // Projected 2017-2: the second Friday of December 2017, 8 December, 24:00 Brussels.
    expect(callStatus(call, { at: '2017-12-08T22:59:59.999Z' })).toBe('upcoming');
    expect(callStatus(call, { at: '2017-12-08T23:00:00Z' })).toBe('open');
  });

  it('opens after a previous regular call on the same date has closed, not at it', () => {
    // Two regular calls on one date close at the same instant: neither opens the other.
    const calendar = makeCalendar([
      { id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-10-14', title },
    ]);
    const second = getCall('2027-2', { calendar })!;
    expect(second.deadlineDate).toBe('2027-10-14');
    expect(second.openFrom.toISOString()).toBe('2026-10-08T22:00:00.000Z');
  });

  it('opens the first call of a calendar on 1 January in the zone of its parameters', () => {
    const parameters = registry(
      [getDefinition('calls.deadlineTimeOfDay'), only('calls.timeZone', 'Pacific/Kiritimati')],
      null,
    );
    const calendar = makeCalendar(
      [{ id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-05-06', title }],
      { parameters },
    );
    const call = getCall('2027-1', { calendar })!;
    // Kiritimati is UTC+14: 1 January 2027 starts there at 10:00 UTC on 31 December.
    expect(callStatus(call, { at: '2026-12-31T09:59:59.999Z' })).toBe('upcoming');
    expect(callStatus(call, { at: '2026-12-31T10:00:00Z' })).toBe('open');
  });
});
