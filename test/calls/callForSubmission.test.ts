import { describe, expect, it } from 'vitest';
import { createParameterRegistry, getDefinition } from '../../src/parameters/index.js';
import {
  builtInCalls,
  callForSubmission,
  callStatus,
  createCallCalendar,
  getCall,
  nextDeadline,
} from '../../src/calls/index.js';
import { expectCode } from '../helpers/expectCode.js';

describe('callForSubmission', () => {
  it.each([
    ['2024-04-18T23:59:59.999+02:00', '2024-1'],
    ['2024-04-19T00:00:00+02:00', '2024-2'],
    ['2024-10-10T23:59:59.999+02:00', '2024-2'],
    ['2024-10-11T00:00:00+02:00', '2025-1'],
    ['2019-12-13T23:59:59.999+01:00', '2019-2'],
    ['2019-12-14T00:00:00+01:00', '2020-1'],
    ['2017-06-01T12:00:00Z', '2017-1'],
    ['2017-07-01T12:00:00Z', '2017-2'],
    ['2000-01-01T00:00:00Z', '2017-1'],
    ['2099-12-31T23:00:00Z', '2100-1'],
  ])('counts a proposal of %s for %s', (at, id) => {
    expect(callForSubmission(at)?.id).toBe(id);
  });

  it('skips thematic calls: December 2020 counts for the first call of 2021', () => {
    expect(callForSubmission('2020-12-01T12:00:00+01:00')?.id).toBe('2021-1');
  });

  it('finds nothing after the last projected call (9999)', () => {
    expect(callForSubmission('9999-10-14T22:00:00Z')).toBeUndefined();
    expect(callForSubmission('9999-10-14T21:59:59.999Z')?.id).toBe('9999-2');
  });

  it('uses a supplied calendar', () => {
    const calendar = createCallCalendar([
      {
        id: '2027-1',
        year: 2027,
        kind: 'regular',
        deadlineDate: '2027-05-06',
        title: { nl: 'x', en: 'x' },
      },
    ]);
    expect(callForSubmission('2027-04-20T12:00:00Z', { calendar })?.id).toBe('2027-1');
    expect(callForSubmission('2027-04-20T12:00:00Z')?.id).toBe('2027-2');
  });

  it('refuses ambiguous and invalid instants', () => {
    expectCode(() => callForSubmission('2024-04-18T23:00'), 'ambiguous_time');
    expectCode(() => callForSubmission(new Date(Number.NaN)), 'invalid_time');
  });
});

describe('nextDeadline', () => {
  it('gives the next deadline from a fixed now', () => {
    const next = nextDeadline('2024-05-01T12:00:00+02:00')!;
    expect(next.id).toBe('2024-2');
    expect(next.deadline.toISOString()).toBe('2024-10-10T22:00:00.000Z');
  });

  it('treats a call whose deadline is exactly now as passed', () => {
    expect(nextDeadline('2024-04-18T22:00:00Z')?.id).toBe('2024-2');
    expect(nextDeadline('2024-04-18T21:59:59.999Z')?.id).toBe('2024-1');
  });

  it('includes thematic calls unless a kind is given', () => {
    expect(nextDeadline('2020-11-01T00:00:00Z')?.id).toBe('2020-circular-economy');
    expect(nextDeadline('2020-11-01T00:00:00Z', { kind: 'regular' })?.id).toBe('2021-1');
    expect(nextDeadline('2019-01-01T00:00:00Z', { kind: 'thematic' })?.id).toBe(
      '2020-circular-economy',
    );
    expect(nextDeadline('2021-01-01T00:00:00Z', { kind: 'thematic' })).toBeUndefined();
  });

  it('refuses a bad kind or instant', () => {
    expectCode(() => nextDeadline(0, { kind: 'x' as never }), 'invalid_value');
    expectCode(() => nextDeadline('2024-05-01 12:00'), 'invalid_time');
  });
});

describe('callStatus', () => {
  it('uses opensAt where known (2017-2 opened 27 September 2017)', () => {
    const call = getCall('2017-2')!;
    expect(callStatus(call, '2017-09-26T23:59:59.999+02:00')).toBe('upcoming');
    expect(callStatus(call, '2017-09-27T00:00:00+02:00')).toBe('open');
    expect(callStatus(call, '2017-12-01T23:59:59.999+01:00')).toBe('open');
    expect(callStatus(call, '2017-12-02T00:00:00+01:00')).toBe('closed');
  });

  it('opens a call without opensAt at the previous regular deadline', () => {
    const call = getCall('2024-2')!;
    expect(callStatus(call, '2024-04-18T21:59:59.999Z')).toBe('upcoming');
    expect(callStatus(call, '2024-04-18T22:00:00Z')).toBe('open');
    expect(callStatus(call, '2024-10-10T22:00:00Z')).toBe('closed');
    // The thematic call of 2020 opens when the (projected) second regular call of 2020 closes.
    const thematic = getCall('2020-circular-economy')!;
    expect(callStatus(thematic, '2020-10-08T21:59:59.999Z')).toBe('upcoming');
    expect(callStatus(thematic, '2020-10-08T22:00:00Z')).toBe('open');
  });

  it('opens the first call of the calendar on 1 January of its year, Brussels time', () => {
    const call = getCall('2017-1')!;
    expect(callStatus(call, '2016-12-31T22:59:59.999Z')).toBe('upcoming');
    expect(callStatus(call, '2016-12-31T23:00:00Z')).toBe('open');
    const calendar = createCallCalendar([
      {
        id: 'first',
        year: 2017,
        kind: 'thematic',
        deadlineDate: '2017-03-01',
        title: { nl: 'x', en: 'x' },
      },
    ]);
    const first = getCall('first', { calendar })!;
    expect(callStatus(first, '2016-12-31T23:00:00Z', { calendar })).toBe('open');
    expect(callStatus(first, '2016-12-31T22:59:59Z', { calendar })).toBe('upcoming');
  });

  it('works with a calendar that projects nothing', () => {
    const parameters = createParameterRegistry(
      ['calls.deadlineTimeOfDay', 'calls.timeZone'].map((id) => getDefinition(id)),
    );
    const calendar = createCallCalendar(builtInCalls, { parameters });
    const call = getCall('2019-1', { calendar })!;
    // Without projections the previous regular call is 2017-2.
    expect(callStatus(call, '2017-12-01T22:59:59.999Z', { calendar })).toBe('upcoming');
    expect(callStatus(call, '2017-12-01T23:00:00Z', { calendar })).toBe('open');
    expect(callForSubmission('2019-06-15T00:00:00+02:00', { calendar })?.id).toBe('2019-2');
    expect(callForSubmission('2024-10-11T00:00:00+02:00', { calendar })).toBeUndefined();
  });

  it('refuses ambiguous instants', () => {
    expectCode(() => callStatus(getCall('2024-1')!, '2024-04-18T12:00'), 'ambiguous_time');
  });
});
