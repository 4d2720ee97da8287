import { describe, expect, it } from 'vitest';
import {
  builtInCalls,
  createCallCalendar,
  getCall,
  getCalls,
  isOnTime,
} from '../../src/calls/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  getParameter,
} from '../../src/parameters/index.js';

// Hand-checked: Brussels is UTC+2 (CEST) from the last Sunday of March to the last Sunday of
// October, UTC+1 (CET) otherwise; "24.00 uur" on a date is 00:00 the next day.
const published = [
  ['2017-2', '2017-12-01', '2017-12-01T23:00:00.000Z'],
  ['2019-1', '2019-06-14', '2019-06-14T22:00:00.000Z'],
  ['2019-2', '2019-12-13', '2019-12-13T23:00:00.000Z'],
  ['2020-circular-economy', '2020-12-15', '2020-12-15T23:00:00.000Z'],
  ['2024-1', '2024-04-18', '2024-04-18T22:00:00.000Z'],
  ['2024-2', '2024-10-10', '2024-10-10T22:00:00.000Z'],
] as const;

describe('the built-in calendar', () => {
  it.each(published)('puts the deadline of %s (%s) at %s', (id, date, iso) => {
    const call = getCall(id)!;
    expect(call.status).toBe('published');
    expect(call.deadlineDate).toBe(date);
    expect(call.deadline.toISOString()).toBe(iso);
    const deadline = Date.parse(iso);
    expect(isOnTime(call, deadline - 1)).toBe(true);
    expect(isOnTime(call, deadline)).toBe(false);
    expect(isOnTime(call, deadline + 1)).toBe(false);
  });

  it('holds exactly the published calls of the domain notes, each with a source', () => {
    const ids = getCalls({ to: '2024-12-31T00:00:00Z' })
      .filter((c) => c.status === 'published')
      .map((c) => c.id);
    expect(ids).toEqual(published.map(([id]) => id));
    for (const [id] of published) {
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

  it('lists the thematic call of 2020 beside the projected regular calls of 2020', () => {
    expect(getCalls({ year: 2020 }).map((c) => [c.id, c.kind, c.status])).toEqual([
      ['2020-1', 'regular', 'projected'],
      ['2020-2', 'regular', 'projected'],
      ['2020-circular-economy', 'thematic', 'published'],
    ]);
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
    const calendar = createCallCalendar([
      {
        id: 'dst',
        year: Number(deadlineDate.slice(0, 4)),
        kind: 'thematic',
        deadlineDate,
        title: { nl: 'x', en: 'x' },
      },
    ]);
    const call = getCall('dst', { calendar })!;
    expect(call.deadline.toISOString()).toBe(iso);
    expect(isOnTime(call, Date.parse(iso) - 1)).toBe(true);
    expect(isOnTime(call, Date.parse(iso))).toBe(false);
  });

  it('takes the time of day and the zone from the parameters, not from literals', () => {
    const parameters = createParameterRegistry(
      [
        {
          ...getDefinition('calls.deadlineTimeOfDay'),
          versions: [{ ...getDefinition('calls.deadlineTimeOfDay').versions[0]!, value: '17:00' }],
        },
      ],
      { base: defaultParameters },
    );
    const calendar = createCallCalendar(builtInCalls, { parameters });
    expect(getCall('2024-1', { calendar })!.deadline.toISOString()).toBe(
      '2024-04-18T15:00:00.000Z',
    );
    expect(getCall('2019-2', { calendar })!.deadline.toISOString()).toBe(
      '2019-12-13T16:00:00.000Z',
    );
    // 02:30 on the day summer time starts does not exist: it resolves to one valid instant.
    const skip = createParameterRegistry(
      [
        {
          ...getDefinition('calls.deadlineTimeOfDay'),
          versions: [{ ...getDefinition('calls.deadlineTimeOfDay').versions[0]!, value: '02:30' }],
        },
      ],
      { base: defaultParameters },
    );
    const odd = createCallCalendar(
      [
        {
          id: 'odd',
          year: 2027,
          kind: 'thematic',
          deadlineDate: '2027-03-28',
          title: { nl: 'x', en: 'x' },
        },
      ],
      { parameters: skip },
    );
    expect(Number.isNaN(getCall('odd', { calendar: odd })!.deadline.getTime())).toBe(false);
    const tokyo = createParameterRegistry(
      [
        {
          ...getDefinition('calls.timeZone'),
          versions: [{ ...getDefinition('calls.timeZone').versions[0]!, value: 'Asia/Tokyo' }],
        },
      ],
      { base: defaultParameters },
    );
    const inTokyo = createCallCalendar(builtInCalls, { parameters: tokyo });
    expect(getCall('2024-1', { calendar: inTokyo })!.deadline.toISOString()).toBe(
      '2024-04-18T15:00:00.000Z',
    );
  });
});

describe('the projection rule', () => {
  it('is an assumed parameter whose slots match the number of calls a year', () => {
    const rule = getParameter('calls.projection');
    expect(rule.status).toBe('assumed');
    expect(rule.value.slots).toHaveLength(getParameter('calls.perYear').value);
  });

  it('reproduces the published 2024 dates when 2024 is not known', () => {
    const empty = createCallCalendar([]);
    expect(getCall('2024-1', { calendar: empty })!.deadlineDate).toBe('2024-04-18');
    expect(getCall('2024-2', { calendar: empty })!.deadlineDate).toBe('2024-10-10');
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

  it('projects nothing with a registry without calls.projection', () => {
    const parameters = createParameterRegistry(
      ['calls.deadlineTimeOfDay', 'calls.timeZone'].map((id) => getDefinition(id)),
    );
    const calendar = createCallCalendar(builtInCalls, { parameters });
    expect(getCalls({ calendar }).map((c) => c.id)).toEqual([
      '2017-1',
      ...published.map(([id]) => id),
    ]);
    expect(getCall('2031-2', { calendar })).toBeUndefined();
  });

  it('stops at the end of a projection version that ends', () => {
    const def = getDefinition('calls.projection');
    const parameters = createParameterRegistry(
      [{ ...def, versions: [{ ...def.versions[0]!, validUntil: '2030-12-31' }] }],
      { base: defaultParameters },
    );
    const calendar = createCallCalendar([], { parameters });
    expect(getCalls({ year: 2030, calendar })).toHaveLength(2);
    expect(getCalls({ year: 2031, calendar })).toHaveLength(0);
  });
});
