import { describe, expect, it } from 'vitest';
import {
  callStatus,
  createCallCalendar,
  getCall,
  getCalls,
  type CallInput,
} from '../../src/calls/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  type ParameterDefinition,
  type ParameterValue,
} from '../../src/parameters/index.js';

const title = { nl: 'Oproep', en: 'Call' };

/** A parameter with one version of `value` from 2017 on. */
function only(id: string, value: ParameterValue): ParameterDefinition {
  return { ...getDefinition(id), versions: [{ ...getDefinition(id).versions[0]!, value }] };
}

describe('projected calls with a custom calls.projection', () => {
  // One call a year, on the fourth Sunday of March; projections reach two years past 2017.
  const parameters = createParameterRegistry(
    [
      only('calls.projection', {
        slots: [{ month: 3, weekday: 7, occurrence: 4 }],
        horizonYears: 2,
      }),
    ],
    { base: defaultParameters },
  );
  const calendar = createCallCalendar([], { parameters });

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
});

describe('projected calls with the built-in rule', () => {
  it('number and explain call 2 as the second Thursday of October', () => {
    const call = getCall('2027-2')!;
    expect(call.title).toEqual({
      nl: 'Oproep 2 van 2027 (verwacht)',
      en: 'Call 2 of 2027 (expected)',
    });
    expect(call.note?.en).toContain('(parameter calls.projection: the second Thursday of October)');
    expect(call.note?.nl).toContain(
      '(parameter calls.projection: de tweede donderdag van oktober)',
    );
  });
});

describe('getCalls horizon', () => {
  it('reaches the year after `to` when `to` lies beyond the default horizon', () => {
    expect(getCalls({ to: '2040-12-31T23:00:00Z' }).at(-1)?.id).toBe('2040-2');
  });

  it('counts the horizon from the year of `from` when it is later than every known call', () => {
    const ids = getCalls({ from: '2050-01-01T00:00:00Z' }).map((c) => c.id);
    expect(ids[0]).toBe('2050-1');
    expect(ids.at(-1)).toBe('2060-2');
  });
});

describe('deadline instants of another time of day', () => {
  const parameters = createParameterRegistry([only('calls.deadlineTimeOfDay', '00:30')], {
    base: defaultParameters,
  });
  const on = (deadlineDate: string): CallInput => ({
    id: `c-${deadlineDate}`,
    year: Number(deadlineDate.slice(0, 4)),
    kind: 'thematic',
    deadlineDate,
    title,
  });

  it('puts 00:30 on the day summer time starts at 00:30 winter time', () => {
    const calendar = createCallCalendar([on('2027-03-28'), on('2027-06-10')], { parameters });
    expect(getCall('c-2027-03-28', { calendar })?.deadline.toISOString()).toBe(
      '2027-03-27T23:30:00.000Z',
    );
    expect(getCall('c-2027-06-10', { calendar })?.deadline.toISOString()).toBe(
      '2027-06-09T22:30:00.000Z',
    );
  });
});

describe('callStatus of a call without opensAt', () => {
  it('opens a call when the previous regular call closes, not a thematic one', () => {
    // Projected 2020-2 closes on 8 October 2020; the thematic call of 2020 on 15 December.
    const call = getCall('2021-1')!;
    expect(callStatus(call, '2020-10-08T21:59:59.999Z')).toBe('upcoming');
    expect(callStatus(call, '2020-10-08T22:00:00Z')).toBe('open');
    expect(callStatus(call, '2020-12-01T12:00:00Z')).toBe('open');
  });

  it('finds a previous call projected in the first year of the rule', () => {
    const calendar = createCallCalendar([
      { id: '2018-1', year: 2018, kind: 'regular', deadlineDate: '2018-04-19', title },
    ]);
    const call = getCall('2018-1', { calendar })!;
    // Projected 2017-2: the second Thursday of October 2017, 12 October, 24:00 Brussels.
    expect(callStatus(call, '2017-10-12T21:59:59.999Z', { calendar })).toBe('upcoming');
    expect(callStatus(call, '2017-10-12T22:00:00Z', { calendar })).toBe('open');
  });

  it('opens the first call of a calendar on 1 January in the zone of its parameters', () => {
    const parameters = createParameterRegistry([
      getDefinition('calls.deadlineTimeOfDay'),
      only('calls.timeZone', 'Pacific/Kiritimati'),
    ]);
    const calendar = createCallCalendar(
      [{ id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-05-06', title }],
      { parameters },
    );
    const call = getCall('2027-1', { calendar })!;
    // Kiritimati is UTC+14: 1 January 2027 starts there at 10:00 UTC on 31 December.
    expect(callStatus(call, '2026-12-31T09:59:59.999Z', { calendar })).toBe('upcoming');
    expect(callStatus(call, '2026-12-31T10:00:00Z', { calendar })).toBe('open');
  });
});

describe('getCall of a projected id', () => {
  it('finds the projected calls of the first and the last year of the rule, and none beyond', () => {
    const empty = createCallCalendar([]);
    expect(getCall('2017-1', { calendar: empty })?.deadlineDate).toBe('2017-04-20');
    expect(getCall('2016-2', { calendar: empty })).toBeUndefined();
    expect(getCall('9999-2')?.status).toBe('projected');
    const rule = getDefinition('calls.projection');
    const parameters = createParameterRegistry(
      [{ ...rule, versions: [{ ...rule.versions[0]!, validUntil: '2030-12-31' }] }],
      { base: defaultParameters },
    );
    const ending = createCallCalendar([], { parameters });
    expect(getCall('2030-2', { calendar: ending })?.deadlineDate).toBe('2030-10-10');
    expect(getCall('2031-1', { calendar: ending })).toBeUndefined();
  });
});
