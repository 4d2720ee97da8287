import { describe, expect, it } from 'vitest';
import { createCallCalendar, getCall, getCalls } from '../../src/calls/index.js';
import { expectCode } from '../helpers/expectCode.js';

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

  it('starts the default horizon at the last known call of a supplied calendar', () => {
    const calendar = createCallCalendar([
      {
        id: '2040-1',
        year: 2040,
        kind: 'regular',
        deadlineDate: '2040-04-19',
        title: { nl: 'x', en: 'x' },
      },
    ]);
    expect(getCalls({ calendar }).at(-1)!.id).toBe('2050-2');
    expect(getCall('2040-1', { calendar })!.status).toBe('published');
  });

  it('refuses bad options', () => {
    expectCode(() => getCalls({ from: '2024-04-18T23:00' }), 'ambiguous_time');
    expectCode(() => getCalls({ to: 'soon' }), 'invalid_time');
    expectCode(() => getCalls({ year: 2024.5 }), 'invalid_value');
    expectCode(() => getCalls({ year: 99 }), 'invalid_value');
    expectCode(() => getCalls({ kind: 'other' as never }), 'invalid_value');
    expectCode(() => getCalls({ calendar: {} as never }), 'invalid_type');
  });

  it('lists nothing before the programme', () => {
    expect(getCalls({ year: 2016 })).toEqual([]);
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
    for (const id of ['2031-3', '2016-1', '2031-0', '2031-01', 'nope', '', '10000-1']) {
      expect(getCall(id)).toBeUndefined();
    }
  });

  it('returns the supplied call for a projected id', () => {
    const calendar = createCallCalendar([
      {
        id: '2031-2',
        year: 2031,
        kind: 'regular',
        deadlineDate: '2031-11-20',
        title: { nl: 'x', en: 'x' },
      },
    ]);
    expect(getCall('2031-2', { calendar })!.deadlineDate).toBe('2031-11-20');
    expect(getCall('2031-2', { calendar })!.status).toBe('published');
  });
});
