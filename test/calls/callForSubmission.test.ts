import { describe, expect, it } from 'vitest';
import {
  builtInCalls,
  callForSubmission,
  callStatus,
  getCall,
  nextDeadline,
} from '../../src/calls/index.js';
import { getDefinition } from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { makeCalendar, registry, title } from './fixtures.js';

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
    expect(callForSubmission({ at })?.id).toBe(id);
  });

  it('skips thematic calls: after the projected 2020-2 (11 December 2020) comes 2021-1', () => {
    expect(callForSubmission({ at: '2020-12-01T12:00:00+01:00' })?.id).toBe('2020-2');
    // The thematic call of 15 December 2020 is still open, but a proposal names it.
    expect(callForSubmission({ at: '2020-12-12T12:00:00+01:00' })?.id).toBe('2021-1');
  });

  it('counts a proposal of a past year without published calls for a call of its own era', () => {
    const call = callForSubmission({ at: '2022-03-01T12:00:00+01:00' })!;
    expect([call.id, call.deadlineDate, call.status]).toEqual([
      '2022-1',
      '2022-06-10',
      'projected',
    ]);
    expect(call.title.nl).toBe('Oproep 1 van 2022 (verwacht)');
  });

  it('finds nothing after the last projected call (9999)', () => {
    expect(callForSubmission({ at: '9999-10-14T22:00:00Z' })).toBeUndefined();
    expect(callForSubmission({ at: '9999-10-14T21:59:59.999Z' })?.id).toBe('9999-2');
    expect(callForSubmission({ at: 8.64e15 })).toBeUndefined();
  });

  it('counts a proposal from the start of time for the first call', () => {
    expect(callForSubmission({ at: -8.64e15 })?.id).toBe('2017-1');
  });

  it('uses a supplied calendar', () => {
    const calendar = makeCalendar([
      { id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-05-06', title },
    ]);
    expect(callForSubmission({ at: '2027-04-20T12:00:00Z', calendar })?.id).toBe('2027-1');
    expect(callForSubmission({ at: '2027-04-20T12:00:00Z' })?.id).toBe('2027-2');
  });

  it('takes a Date, epoch milliseconds or an ISO string', () => {
    const at = Date.UTC(2024, 3, 18, 21, 59, 59, 999);
    for (const given of [at, new Date(at), new Date(at).toISOString()])
      expect(callForSubmission({ at: given })?.id).toBe('2024-1');
  });

  it('refuses a missing, ambiguous or invalid instant, at at', () => {
    expect(expectCode(() => callForSubmission({} as never), 'required').issues[0]!.path).toEqual([
      'at',
    ]);
    expectCode(() => callForSubmission(undefined as never), 'required');
    expect(
      expectCode(() => callForSubmission({ at: '2024-04-18T23:00' }), 'ambiguous_time').issues[0]!
        .path,
    ).toEqual(['at']);
    expectCode(() => callForSubmission({ at: new Date(Number.NaN) }), 'invalid_time');
  });
});

describe('nextDeadline', () => {
  it('gives the next deadline from a fixed now', () => {
    const next = nextDeadline({ at: '2024-05-01T12:00:00+02:00' })!;
    expect(next.id).toBe('2024-2');
    expect(next.deadline.toISOString()).toBe('2024-10-10T22:00:00.000Z');
  });

  it('treats a call whose deadline is exactly now as passed', () => {
    expect(nextDeadline({ at: '2024-04-18T22:00:00Z' })?.id).toBe('2024-2');
    expect(nextDeadline({ at: '2024-04-18T21:59:59.999Z' })?.id).toBe('2024-1');
  });

  it('includes thematic calls unless a kind is given', () => {
    expect(nextDeadline({ at: '2020-11-01T00:00:00Z' })?.id).toBe('2020-2');
    expect(nextDeadline({ at: '2020-12-12T00:00:00Z' })?.id).toBe('2020-circular-economy');
    expect(nextDeadline({ at: '2020-12-12T00:00:00Z', kind: 'regular' })?.id).toBe('2021-1');
    expect(nextDeadline({ at: '2019-01-01T00:00:00Z', kind: 'thematic' })?.id).toBe(
      '2020-circular-economy',
    );
    expect(nextDeadline({ at: '2021-01-01T00:00:00Z', kind: 'thematic' })).toBeUndefined();
  });

  it('prefers a regular call to a thematic call on the same deadline', () => {
    const calendar = makeCalendar([
      { id: 'a-theme', year: 2027, kind: 'thematic', deadlineDate: '2027-04-15', title },
    ]);
    expect(nextDeadline({ at: '2027-04-01T00:00:00Z', calendar })?.id).toBe('2027-1');
    expect(nextDeadline({ at: '2027-04-01T00:00:00Z', calendar, kind: 'thematic' })?.id).toBe(
      'a-theme',
    );
  });

  it('refuses a bad kind, a missing instant or a bad one', () => {
    expectCode(() => nextDeadline({ at: 0, kind: 'x' as never }), 'invalid_value');
    expectCode(() => nextDeadline({} as never), 'required');
    expectCode(() => nextDeadline({ at: '2024-05-01 12:00' }), 'invalid_time');
  });
});

describe('callStatus', () => {
  it('uses opensAt where known (2017-2 opened 27 September 2017)', () => {
    const call = getCall('2017-2')!;
    expect(call.openFrom.toISOString()).toBe('2017-09-26T22:00:00.000Z');
    expect(callStatus(call, { at: '2017-09-26T23:59:59.999+02:00' })).toBe('upcoming');
    expect(callStatus(call, { at: '2017-09-27T00:00:00+02:00' })).toBe('open');
    expect(callStatus(call, { at: '2017-12-01T23:59:59.999+01:00' })).toBe('open');
    expect(callStatus(call, { at: '2017-12-02T00:00:00+01:00' })).toBe('closed');
  });

  it('opens a call without opensAt at the previous regular deadline', () => {
    const call = getCall('2024-2')!;
    expect(call.openFrom.toISOString()).toBe('2024-04-18T22:00:00.000Z');
    expect(callStatus(call, { at: '2024-04-18T21:59:59.999Z' })).toBe('upcoming');
    expect(callStatus(call, { at: '2024-04-18T22:00:00Z' })).toBe('open');
    expect(callStatus(call, { at: '2024-10-10T22:00:00Z' })).toBe('closed');
    // The thematic call of 2020 was announced by 10 June 2020: its opensAt.
    const thematic = getCall('2020-circular-economy')!;
    expect(callStatus(thematic, { at: '2020-06-09T21:59:59.999Z' })).toBe('upcoming');
    expect(callStatus(thematic, { at: '2020-06-09T22:00:00Z' })).toBe('open');
  });

  it('opens the first call of the calendar on 1 January of its year, Brussels time', () => {
    // 2017-1 opened "half april" 2017: its opensAt is 1 April 2017.
    const call = getCall('2017-1')!;
    expect(callStatus(call, { at: '2017-03-31T21:59:59.999Z' })).toBe('upcoming');
    expect(callStatus(call, { at: '2017-03-31T22:00:00Z' })).toBe('open');
    const calendar = makeCalendar([
      { id: 'first', year: 2017, kind: 'thematic', deadlineDate: '2017-03-01', title },
    ]);
    const first = getCall('first', { calendar })!;
    expect(callStatus(first, { at: '2016-12-31T23:00:00Z' })).toBe('open');
    expect(callStatus(first, { at: '2016-12-31T22:59:59Z' })).toBe('upcoming');
  });

  it('works with a calendar that projects nothing', () => {
    const parameters = registry(
      ['calls.deadlineTimeOfDay', 'calls.timeZone'].map((id) => getDefinition(id)),
      null,
    );
    const calendar = makeCalendar(builtInCalls, { parameters });
    const call = getCall('2024-1', { calendar })!;
    // Without projections the previous regular call is 2019-2.
    expect(callStatus(call, { at: '2019-12-13T22:59:59.999Z' })).toBe('upcoming');
    expect(callStatus(call, { at: '2019-12-13T23:00:00Z' })).toBe('open');
    expect(callForSubmission({ at: '2019-06-15T00:00:00+02:00', calendar })?.id).toBe('2019-2');
    expect(callForSubmission({ at: '2024-10-11T00:00:00+02:00', calendar })).toBeUndefined();
  });

  it('judges a call that went through JSON', () => {
    const call: unknown = JSON.parse(JSON.stringify(getCall('2024-2')));
    expect(callStatus(call as never, { at: '2024-05-01T00:00:00Z' })).toBe('open');
  });

  it('refuses a missing or an ambiguous instant', () => {
    expectCode(() => callStatus(getCall('2024-1')!, { at: '2024-04-18T12:00' }), 'ambiguous_time');
    expectCode(() => callStatus(getCall('2024-1')!, {} as never), 'required');
  });
});

describe('the search for the next call at its edges', () => {
  it('does not look for projected calls years after a known call that is still open', () => {
    const rule = getDefinition('calls.projection');
    const parameters = registry([
      { ...rule, versions: [{ ...rule.versions.at(-1)!, validFrom: '2030-01-01' }] },
    ]);
    const calendar = makeCalendar(
      [{ id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-05-06', title }],
      { parameters },
    );
    expect(callForSubmission({ at: '2027-04-01T00:00:00Z', calendar })?.id).toBe('2027-1');
    expect(callForSubmission({ at: '2027-06-01T00:00:00Z', calendar })?.id).toBe('2030-1');
  });

  it('finds calls on the last day a date can have', () => {
    const calendar = makeCalendar([
      { id: 'b-last', year: 9999, kind: 'thematic', deadlineDate: '9999-12-31', title },
      { id: 'a-last', year: 9999, kind: 'thematic', deadlineDate: '9999-12-31', title },
    ]);
    expect(nextDeadline({ at: '9999-12-30T00:00:00Z', calendar, kind: 'thematic' })?.id).toBe(
      'a-last',
    );
  });

  it('opens a call after a regular call whose deadline is the same instant on the day before', () => {
    // 24:00 on 1 June and 00:00 on 2 June are one instant: the call of 2 June opens when the
    // regular call before both closes.
    const def = getDefinition('calls.deadlineTimeOfDay');
    const parameters = registry([
      {
        ...def,
        versions: [
          { ...def.versions[0]!, validUntil: '2027-06-01' },
          { ...def.versions[0]!, value: '00:00', validFrom: '2027-06-02' },
        ],
      },
    ]);
    const calendar = makeCalendar(
      [
        { id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-06-01', title },
        { id: '2027-2', year: 2027, kind: 'regular', deadlineDate: '2027-06-02', title },
      ],
      { parameters },
    );
    const first = getCall('2027-1', { calendar })!;
    const second = getCall('2027-2', { calendar })!;
    expect(second.deadline).toEqual(first.deadline);
    expect(second.openFrom).toEqual(first.openFrom);
    expect(second.openFrom.toISOString()).toBe('2026-10-08T22:00:00.000Z');
  });
});
