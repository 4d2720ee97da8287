import { describe, expect, it } from 'vitest';
import { builtInCalls, getCall, getCalls, isOnTime } from '../../src/calls/index.js';
import { getParameter } from '../../src/parameters/index.js';
import { makeCalendar, only, registry, thematicOn } from './fixtures.js';

// Hand-checked: Brussels is UTC+2 (CEST) from the last Sunday of March to the last Sunday of
// October, UTC+1 (CET) otherwise; "24.00 uur" on a date is 00:00 the next day.
// The calls of the domain notes with a day: published deadlines, and the 2024 target dates
// ("mikken ze op"), announced.
const known = [
  ['2017-2', '2017-12-01', '2017-12-01T23:00:00.000Z', 'published'],
  ['2019-1', '2019-06-14', '2019-06-14T22:00:00.000Z', 'published'],
  ['2019-2', '2019-12-13', '2019-12-13T23:00:00.000Z', 'published'],
  ['2020-circular-economy', '2020-12-15', '2020-12-15T23:00:00.000Z', 'published'],
  ['2024-1', '2024-04-18', '2024-04-18T22:00:00.000Z', 'announced'],
  ['2024-2', '2024-10-10', '2024-10-10T22:00:00.000Z', 'announced'],
] as const;
const published = known.filter(([, , , status]) => status === 'published');

describe('the built-in calendar', () => {
  it.each(known)('puts the deadline of %s (%s) at %s (%s)', (id, date, iso, status) => {
    const call = getCall(id)!;
    expect(call.status).toBe(status);
    expect(call.deadlineDate).toBe(date);
    expect(call.deadline.toISOString()).toBe(iso);
    const deadline = Date.parse(iso);
    expect(isOnTime(call, { at: deadline - 1 })).toBe(true);
    expect(isOnTime(call, { at: deadline })).toBe(false);
    expect(isOnTime(call, { at: deadline + 1 })).toBe(false);
  });

  it('says what each deadline rests on: 24:00 in Europe/Brussels, from the parameters', () => {
    for (const [id] of known) {
      const call = getCall(id)!;
      expect(call.deadlineTimeOfDay).toBe(getParameter('calls.deadlineTimeOfDay').value);
      expect(call.timeZone).toBe(getParameter('calls.timeZone').value);
    }
    expect(getCall('2024-1')).toMatchObject({
      deadlineTimeOfDay: '24:00',
      timeZone: 'Europe/Brussels',
    });
  });

  it('holds exactly the published and announced calls of the domain notes, each with a source', () => {
    const calls = getCalls({ to: '2024-12-31T00:00:00Z' });
    for (const status of ['published', 'announced'] as const)
      expect(calls.filter((c) => c.status === status).map((c) => c.id)).toEqual(
        known.filter((k) => k[3] === status).map(([id]) => id),
      );
    expect(published.length).toBe(4);
    for (const [id] of known) {
      const source = getCall(id)!.source!;
      expect(source.title.length).toBeGreaterThan(0);
      expect(source.url).toMatch(/^https:\/\//);
    }
  });

  it('keeps call 1 of 2017 ("midden juni", no day) as a projected call with a note', () => {
    const call = getCall('2017-1')!;
    expect(call.status).toBe('projected');
    expect(call.deadlineDate).toBe('2017-06-15');
    expect(call.deadline.toISOString()).toBe('2017-06-15T22:00:00.000Z');
    expect(call.title.nl).toContain('verwacht');
    expect(call.title.en).toContain('expected');
    expect(call.note?.nl).toContain('midden juni');
  });

  it('records the published opening of call 2 of 2017 (27 September, Brussels)', () => {
    expect(getCall('2017-2')!.opensAt?.toISOString()).toBe('2017-09-26T22:00:00.000Z');
  });

  it('records the other published openings at the start of the first day they allow', () => {
    // "half april" 2017 and "maart 2019": the first day of the month; the thematic call of
    // 2020: announced by 10 June 2020.
    expect(getCall('2017-1')!.opensAt?.toISOString()).toBe('2017-03-31T22:00:00.000Z');
    expect(getCall('2019-1')!.opensAt?.toISOString()).toBe('2019-02-28T23:00:00.000Z');
    expect(getCall('2020-circular-economy')!.opensAt?.toISOString()).toBe(
      '2020-06-09T22:00:00.000Z',
    );
    for (const id of ['2019-2', '2024-1', '2024-2', '2021-1'])
      expect(getCall(id)!.opensAt).toBeUndefined();
  });

  it('lists the thematic call of 2020 beside the projected regular calls of 2020', () => {
    expect(getCalls({ year: 2020 }).map((c) => [c.id, c.kind, c.status])).toEqual([
      ['2020-1', 'regular', 'projected'],
      ['2020-2', 'regular', 'projected'],
      ['2020-circular-economy', 'thematic', 'published'],
    ]);
  });

  it('keeps its data frozen', () => {
    expect(Object.isFrozen(builtInCalls)).toBe(true);
    for (const call of builtInCalls) {
      expect(Object.isFrozen(call)).toBe(true);
      expect(Object.isFrozen(call.title)).toBe(true);
      if (call.source !== undefined) expect(Object.isFrozen(call.source)).toBe(true);
      if (call.note !== undefined) expect(Object.isFrozen(call.note)).toBe(true);
    }
  });
});

describe('deadline instants across daylight-saving changes', () => {
  // 2027: summer time starts Sunday 28 March, ends Sunday 31 October.
  const dates = [
    ['2027-03-27', '2027-03-27T23:00:00.000Z'],
    ['2027-03-28', '2027-03-28T22:00:00.000Z'],
    ['2027-10-30', '2027-10-30T22:00:00.000Z'],
    ['2027-10-31', '2027-10-31T23:00:00.000Z'],
    ['2028-02-29', '2028-02-29T23:00:00.000Z'],
    ['2027-12-31', '2027-12-31T23:00:00.000Z'],
  ] as const;

  it.each(dates)('ends %s at %s', (deadlineDate, iso) => {
    const calendar = makeCalendar([thematicOn(deadlineDate, 'dst')]);
    const call = getCall('dst', { calendar })!;
    expect(call.deadline.toISOString()).toBe(iso);
    expect(isOnTime(call, { at: Date.parse(iso) - 1 })).toBe(true);
    expect(isOnTime(call, { at: Date.parse(iso) })).toBe(false);
  });

  it('takes the time of day from the parameters, not from literals', () => {
    const parameters = registry([only('calls.deadlineTimeOfDay', '17:00')]);
    const calendar = makeCalendar(builtInCalls, { parameters });
    const call = getCall('2024-1', { calendar })!;
    expect(call.deadline.toISOString()).toBe('2024-04-18T15:00:00.000Z');
    expect(call.deadlineTimeOfDay).toBe('17:00');
    expect(getCall('2019-2', { calendar })!.deadline.toISOString()).toBe(
      '2019-12-13T16:00:00.000Z',
    );
  });

  it('resolves a time of day that the start of summer time skips to one valid instant', () => {
    // 02:30 on the day summer time starts does not exist.
    const parameters = registry([only('calls.deadlineTimeOfDay', '02:30')]);
    const odd = makeCalendar([thematicOn('2027-03-28', 'odd')], { parameters });
    expect(Number.isNaN(getCall('odd', { calendar: odd })!.deadline.getTime())).toBe(false);
  });

  it('puts 00:30 on the day summer time starts at 00:30 winter time', () => {
    const parameters = registry([only('calls.deadlineTimeOfDay', '00:30')]);
    const calendar = makeCalendar([thematicOn('2027-03-28'), thematicOn('2027-06-10')], {
      parameters,
    });
    expect(getCall('c-2027-03-28', { calendar })?.deadline.toISOString()).toBe(
      '2027-03-27T23:30:00.000Z',
    );
    expect(getCall('c-2027-06-10', { calendar })?.deadline.toISOString()).toBe(
      '2027-06-09T22:30:00.000Z',
    );
  });

  it('takes the time zone from the parameter calls.timeZone', () => {
    const tokyo = registry([only('calls.timeZone', 'Asia/Tokyo')]);
    const inTokyo = makeCalendar(builtInCalls, { parameters: tokyo });
    const call = getCall('2024-1', { calendar: inTokyo })!;
    expect(call.deadline.toISOString()).toBe('2024-04-18T15:00:00.000Z');
    expect(call.timeZone).toBe('Asia/Tokyo');
  });

  it('uses the time of day of the version in force on each deadline date', () => {
    const def = only('calls.deadlineTimeOfDay', '24:00');
    const parameters = registry([
      {
        ...def,
        versions: [
          { ...def.versions[0]!, validUntil: '2025-12-31' },
          { ...def.versions[0]!, value: '12:00', validFrom: '2026-01-01' },
        ],
      },
    ]);
    const calendar = makeCalendar([thematicOn('2025-06-05'), thematicOn('2026-06-04')], {
      parameters,
    });
    expect(getCall('c-2025-06-05', { calendar })).toMatchObject({ deadlineTimeOfDay: '24:00' });
    expect(getCall('c-2026-06-04', { calendar })!.deadline.toISOString()).toBe(
      '2026-06-04T10:00:00.000Z',
    );
  });
});
