import { describe, expect, it } from 'vitest';
import { getCall, getCalls, type CallCalendar } from '../../src/calls/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { makeCalendar, title } from './fixtures.js';

const ids = (calls: readonly { id: string }[]) => calls.map((c) => c.id);

describe('getCalls', () => {
  it('returns two projected calls for 2027', () => {
    const calls = getCalls({ year: 2027 });
    expect(ids(calls)).toEqual(['2027-1', '2027-2']);
    for (const call of calls) {
      expect(call.status).toBe('projected');
      expect(call.title.nl).toContain('verwacht');
      expect(call.title.en).toContain('expected');
      expect(call.note?.en).toContain('not published');
      expect(call.source?.url).toBeDefined();
    }
  });

  it('lists from 2017 up to ten years after the last known call (2034) by default', () => {
    const calls = getCalls();
    expect(calls[0]!.id).toBe('2017-1');
    expect(calls.at(-1)!.id).toBe('2034-2');
    // 2017..2034: two regular calls a year, plus the 2020 thematic call.
    expect(calls).toHaveLength(18 * 2 + 1);
  });

  it('sorts by deadline', () => {
    const deadlines = getCalls().map((c) => c.deadline.getTime());
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
  });

  it('gives every call the opening getCall gives it', () => {
    for (const call of getCalls({ from: '2019-01-01T00:00:00Z', to: '2025-12-31T00:00:00Z' }))
      expect(call.openFrom).toEqual(getCall(call.id)!.openFrom);
    for (const year of [2017, 2020, 2024, 2030])
      for (const call of getCalls({ year })) expect(call).toEqual(getCall(call.id));
  });

  it('filters by kind', () => {
    expect(ids(getCalls({ kind: 'thematic' }))).toEqual(['2020-circular-economy']);
    expect(getCalls({ kind: 'regular', year: 2020 }).every((c) => c.kind === 'regular')).toBe(true);
    expect(getCalls({ kind: 'regular', year: 2020 })).toHaveLength(2);
  });

  it('keeps the calls whose deadline is after from and at or before to', () => {
    // The deadline of 2024-1 is 2024-04-18T22:00:00Z.
    expect(ids(getCalls({ from: '2024-04-18T21:59:59.999Z', to: '2024-04-18T22:00:00Z' }))).toEqual(
      ['2024-1'],
    );
    expect(ids(getCalls({ from: '2024-04-18T22:00:00Z', to: '2024-10-10T22:00:00Z' }))).toEqual([
      '2024-2',
    ]);
    expect(getCalls({ from: '2024-04-18T22:00:00Z', to: '2024-04-18T22:00:00Z' })).toEqual([]);
  });

  it('projects beyond the default horizon when from or to asks for it', () => {
    expect(ids(getCalls({ from: '2060-01-01T00:00:00Z' })).slice(0, 2)).toEqual([
      '2060-1',
      '2060-2',
    ]);
    expect(ids(getCalls({ from: '2060-01-01T00:00:00Z' })).at(-1)).toBe('2070-2');
    expect(
      ids(getCalls({ from: '2079-12-01T00:00:00+01:00', to: '2081-01-01T00:00:00+01:00' })),
    ).toEqual(['2080-1', '2080-2']);
    expect(ids(getCalls({ to: '2017-12-31T00:00:00Z' }))).toEqual(['2017-1', '2017-2']);
  });

  it('reaches the year after `to` when `to` lies beyond the default horizon', () => {
    expect(getCalls({ to: '2040-12-31T23:00:00Z' }).at(-1)?.id).toBe('2040-2');
  });

  it('counts the horizon from the year of `from` when it is later than every known call', () => {
    const found = ids(getCalls({ from: '2050-01-01T00:00:00Z' }));
    expect(found[0]).toBe('2050-1');
    expect(found.at(-1)).toBe('2060-2');
  });

  it('starts the default horizon at the last known call of a supplied calendar', () => {
    const calendar = makeCalendar([
      { id: '2040-1', year: 2040, kind: 'regular', deadlineDate: '2040-04-19', title },
    ]);
    expect(getCalls({ calendar }).at(-1)!.id).toBe('2050-2');
    expect(getCall('2040-1', { calendar })!.status).toBe('published');
  });

  it('accepts the years 1000 and 9999', () => {
    expect(getCalls({ year: 1000 })).toEqual([]);
    expect(ids(getCalls({ year: 9999 }))).toEqual(['9999-1', '9999-2']);
  });

  it('lists nothing before the programme', () => {
    expect(getCalls({ year: 2016 })).toEqual([]);
  });

  it('orders calls on the same deadline regular first, even when a thematic id sorts first', () => {
    const calendar = makeCalendar([
      { id: '0-call', year: 2027, kind: 'thematic', deadlineDate: '2027-04-15', title },
    ]);
    expect(ids(getCalls({ year: 2027, calendar }))).toEqual(['2027-1', '0-call', '2027-2']);
  });

  it('orders regular calls on the same deadline by id, known or projected', () => {
    // A known call 2 on the date projected for call 1 (third Thursday of April 2027).
    const calendar = makeCalendar([
      { id: '2027-2', year: 2027, kind: 'regular', deadlineDate: '2027-04-15', title },
    ]);
    expect(ids(getCalls({ year: 2027, calendar }))).toEqual(['2027-1', '2027-2']);
    const later = makeCalendar([
      { id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-10-14', title },
    ]);
    expect(ids(getCalls({ year: 2027, calendar: later }))).toEqual(['2027-1', '2027-2']);
  });

  it('lists a known regular call before a known thematic call on the same deadline', () => {
    const calendar = makeCalendar([
      { id: 'a-call', year: 2027, kind: 'thematic', deadlineDate: '2027-05-06', title },
      { id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-05-06', title },
    ]);
    expect(ids(getCalls({ year: 2027, calendar }))).toEqual(['2027-1', 'a-call', '2027-2']);
  });
});

describe('getCalls with bad options', () => {
  const issueOf = (run: () => unknown, code: Parameters<typeof expectCode>[1]) =>
    expectCode(run, code).issues[0]!;

  it('refuses a year that is not a whole number from 1000 to 9999, at year', () => {
    expect(issueOf(() => getCalls({ year: 999 }), 'too_small')).toMatchObject({
      path: ['year'],
      params: { minimum: '1000' },
    });
    expect(issueOf(() => getCalls({ year: 10_000 }), 'too_big')).toMatchObject({
      path: ['year'],
      params: { maximum: '9999' },
    });
    expect(issueOf(() => getCalls({ year: 2027.5 }), 'invalid_type')).toMatchObject({
      path: ['year'],
      params: { expected: 'integer', received: 'number' },
    });
    expect(issueOf(() => getCalls({ year: '2027' as never }), 'invalid_type')).toMatchObject({
      path: ['year'],
      params: { expected: 'number', received: 'text' },
    });
  });

  it('says which kinds exist, by their labels', () => {
    const issue = issueOf(() => getCalls({ kind: 'special' as never }), 'invalid_value');
    expect(issue.path).toEqual(['kind']);
    expect(issue.params).toEqual({
      received: '"special"',
      expected: ['regular', 'thematic'],
      enum: 'callKind',
    });
    expect(issue.message).toBe(
      'Ongeldige waarde "special"; toegelaten: reguliere oproep of thematische oproep.',
    );
  });

  it('says where a bad instant is', () => {
    expect(issueOf(() => getCalls({ from: '2027-01-01' }), 'ambiguous_time').path).toEqual([
      'from',
    ]);
    expect(issueOf(() => getCalls({ to: '2027-01-01' }), 'ambiguous_time').path).toEqual(['to']);
    expectCode(() => getCalls({ to: 'soon' }), 'invalid_time');
  });

  it('refuses a calendar that was not made by createCallCalendar, at calendar', () => {
    const issue = issueOf(
      () => getCalls({ calendar: { entries: [] } as unknown as CallCalendar }),
      'invalid_type',
    );
    expect(issue.path).toEqual(['calendar']);
    expect(issue.params).toEqual({ expected: 'calendar', received: 'object' });
    expectCode(() => getCalls({ calendar: 'calendar' as never }), 'invalid_type');
  });
});

describe('getCall', () => {
  it('finds a published call', () => {
    expect(getCall('2019-1')!.deadline.toISOString()).toBe('2019-06-14T22:00:00.000Z');
    expect(getCall('2020-circular-economy')!.kind).toBe('thematic');
  });

  it('finds a projected call by its id', () => {
    const call = getCall('2031-2')!;
    expect(call).toMatchObject({ id: '2031-2', year: 2031, kind: 'regular', status: 'projected' });
    expect(call.deadlineDate).toBe('2031-10-09');
  });

  it('returns undefined for ids that name no call', () => {
    for (const id of ['2031-3', '2016-1', '2031-0', '2031-01', 'nope', '', '10000-1'])
      expect(getCall(id)).toBeUndefined();
  });

  it('finds nothing for an id that is not a string', () => {
    expect(getCall(Symbol('2027-1') as never)).toBeUndefined();
    expect(getCall(20271 as never)).toBeUndefined();
  });

  it('returns the supplied call for a projected id', () => {
    const calendar = makeCalendar([
      { id: '2031-2', year: 2031, kind: 'regular', deadlineDate: '2031-11-20', title },
    ]);
    expect(getCall('2031-2', { calendar })!.deadlineDate).toBe('2031-11-20');
    expect(getCall('2031-2', { calendar })!.status).toBe('published');
  });

  it('refuses a bad calendar and an unsupported locale', () => {
    expectCode(() => getCall('2024-1', { calendar: {} as never }), 'invalid_type');
    expectCode(() => getCall('2024-1', { locale: 'fr' }), 'unsupported_locale');
  });
});
