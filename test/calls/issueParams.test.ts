import { describe, expect, it } from 'vitest';
import {
  callForSubmission,
  callStatus,
  createCallCalendar,
  formatDeadline,
  getCall,
  getCalls,
  isOnTime,
  nextDeadline,
  safeCreateCallCalendar,
  type Call,
  type CallCalendar,
  type CallInput,
} from '../../src/calls/index.js';
import type { PioIssue } from '../../src/issues/index.js';
import { expectCode } from '../helpers/expectCode.js';

const title = { nl: 'Oproep', en: 'Call' };
const call1: CallInput = {
  id: '2027-1',
  year: 2027,
  kind: 'regular',
  deadlineDate: '2027-05-06',
  title,
};

/** The issues after `invalid_calendar`, as code, path and params. */
function problems(input: unknown): { code: string; path: unknown; params: unknown }[] {
  const result = safeCreateCallCalendar(input);
  if (result.success) throw new Error('expected the calendar to be refused');
  expect(result.issues[0]?.code).toBe('invalid_calendar');
  expect(result.issues[0]?.params).toEqual({ count: result.issues.length - 1 });
  return result.issues
    .slice(1)
    .map((i: PioIssue) => ({ code: i.code, path: i.path, params: i.params }));
}

describe('createCallCalendar issues', () => {
  it('names the expected and received type of a field of the wrong type, and nothing else', () => {
    expect(problems([{ ...call1, year: '2027' }])).toEqual([
      {
        code: 'invalid_type',
        path: [0, 'year'],
        params: { expected: 'number', received: 'string' },
      },
    ]);
    expect(problems([{ ...call1, id: 2027 }])).toEqual([
      { code: 'invalid_type', path: [0, 'id'], params: { expected: 'string', received: 'number' } },
    ]);
  });

  it('reports a missing year as required only, without a wrong id format', () => {
    const withoutYear: Record<string, unknown> = { ...call1 };
    delete withoutYear['year'];
    expect(problems([withoutYear])).toEqual([{ code: 'required', path: [0, 'year'], params: {} }]);
  });

  it('gives the limits of numbers and texts', () => {
    expect(problems([{ ...call1, year: 999 }]).slice(0, 1)).toEqual([
      { code: 'too_small', path: [0, 'year'], params: { minimum: 1000 } },
    ]);
    expect(problems([{ ...call1, year: 10_000 }]).slice(0, 1)).toEqual([
      { code: 'too_big', path: [0, 'year'], params: { maximum: 9999 } },
    ]);
    expect(problems([{ ...call1, title: { nl: '', en: 'x'.repeat(501) } }])).toEqual([
      { code: 'too_short', path: [0, 'title', 'nl'], params: { minimum: 1 } },
      { code: 'too_long', path: [0, 'title', 'en'], params: { maximum: 500 } },
    ]);
  });

  it('lists the allowed values of kind and status, and names an unknown key', () => {
    expect(problems([{ ...call1, kind: 'special', colour: 'red' }])).toEqual([
      {
        code: 'invalid_value',
        path: [0, 'kind'],
        params: { expected: ['regular', 'thematic'], received: 'special' },
      },
      { code: 'unknown_key', path: [0, 'colour'], params: { key: 'colour' } },
    ]);
  });

  it('says which ids a regular or a thematic call may have', () => {
    expect(problems([{ ...call1, id: '2027-A' }])).toEqual([
      {
        code: 'invalid_format',
        path: [0, 'id'],
        params: { expected: '"2027-1", "2027-2", …', received: '2027-A' },
      },
    ]);
    expect(problems([{ ...call1, kind: 'thematic', id: '2027-3' }])).toEqual([
      {
        code: 'invalid_format',
        path: [0, 'id'],
        params: { expected: '"2020-circular-economy" (a-z, 0-9, -; ≠ YYYY-N)', received: '2027-3' },
      },
    ]);
  });

  it('gives the year of the deadline date when the year does not match it', () => {
    expect(problems([{ ...call1, kind: 'thematic', id: 'ai', year: 2026 }])).toEqual([
      {
        code: 'invalid_value',
        path: [0, 'year'],
        params: { expected: ['2027'], received: '2026' },
      },
    ]);
  });

  it('refuses an opening at the deadline instant and accepts one a millisecond before', () => {
    expect(problems([{ ...call1, opensAt: '2027-05-06T22:00:00.000Z' }])).toEqual([
      {
        code: 'invalid_value',
        path: [0, 'opensAt'],
        params: {
          expected: ['< 2027-05-06T22:00:00.000Z'],
          received: '2027-05-06T22:00:00.000Z',
        },
      },
    ]);
    const calendar = createCallCalendar([{ ...call1, opensAt: '2027-05-06T21:59:59.999Z' }]);
    expect(getCall('2027-1', { calendar })?.opensAt?.toISOString()).toBe(
      '2027-05-06T21:59:59.999Z',
    );
  });

  it('reports only the bad date when a call with an opening has no valid deadline date', () => {
    expect(
      problems([{ ...call1, deadlineDate: '2027-02-30', opensAt: '2027-01-01T00:00:00Z' }]),
    ).toEqual([
      { code: 'invalid_date', path: [0, 'deadlineDate'], params: { received: '2027-02-30' } },
    ]);
  });

  it('names a duplicate id', () => {
    expect(problems([call1, { ...call1, deadlineDate: '2027-06-01' }])).toEqual([
      { code: 'duplicate_id', path: [1, 'id'], params: { id: '2027-1' } },
    ]);
  });

  it('says what it expected instead of a non-array', () => {
    expect(problems('calls')).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'array', received: 'string' } },
    ]);
  });

  it('reads up to 10,000 calls and refuses 10,001 with the count', () => {
    const atLimit = problems(Array.from({ length: 10_000 }, () => null));
    expect(atLimit).toHaveLength(10_000);
    expect(atLimit[9_999]).toMatchObject({ code: 'invalid_type', path: [9_999] });
    expect(problems(Array.from({ length: 10_001 }, () => null))).toEqual([
      {
        code: 'input_too_large',
        path: [],
        params: { reason: '10001 calls, at most 10000' },
      },
    ]);
  });
});

describe('createCallCalendar output', () => {
  it('leaves out the source, quote and note a call does not have', () => {
    const calendar = createCallCalendar([
      call1,
      { ...call1, id: '2027-2', deadlineDate: '2027-11-18', source: { title: 't', url: 'u' } },
    ]);
    const first = getCall('2027-1', { calendar })!;
    expect(Object.keys(first)).not.toContain('source');
    expect(Object.keys(first)).not.toContain('note');
    expect(Object.keys(first)).not.toContain('opensAt');
    expect(Object.keys(getCall('2027-2', { calendar })!.source!)).toEqual(['title', 'url']);
  });

  it('sorts the entries by deadline date, then by id, whatever the input order', () => {
    const a = { ...call1, kind: 'thematic', id: 'a-call', deadlineDate: '2027-03-01' } as const;
    const b = { ...a, id: 'b-call' };
    const early = { ...call1, deadlineDate: '2027-02-01' };
    for (const input of [
      [b, a, early],
      [a, b, early],
      [early, b, a],
      [early, a, b],
    ]) {
      expect(createCallCalendar(input).entries.map((e) => e.id)).toEqual([
        '2027-1',
        'a-call',
        'b-call',
      ]);
    }
  });
});

describe('getCalls', () => {
  it('orders calls on the same deadline regular first, even when a thematic id sorts first', () => {
    const calendar = createCallCalendar([
      { ...call1, kind: 'thematic', id: '0-call', deadlineDate: '2027-04-15' },
    ]);
    expect(getCalls({ year: 2027, calendar }).map((c) => c.id)).toEqual([
      '2027-1',
      '0-call',
      '2027-2',
    ]);
  });

  it('orders regular calls on the same deadline by id, known or projected', () => {
    // A known call 2 on the date projected for call 1 (third Thursday of April 2027).
    const calendar = createCallCalendar([{ ...call1, id: '2027-2', deadlineDate: '2027-04-15' }]);
    expect(getCalls({ year: 2027, calendar }).map((c) => c.id)).toEqual(['2027-1', '2027-2']);
    const later = createCallCalendar([{ ...call1, deadlineDate: '2027-10-14' }]);
    expect(getCalls({ year: 2027, calendar: later }).map((c) => c.id)).toEqual([
      '2027-1',
      '2027-2',
    ]);
  });

  it('accepts the years 1000 and 9999 and refuses the years around them', () => {
    expect(getCalls({ year: 1000 })).toEqual([]);
    expect(getCalls({ year: 9999 }).map((c) => c.id)).toEqual(['9999-1', '9999-2']);
    for (const year of [999, 10_000, 2027.5]) {
      const issue = expectCode(() => getCalls({ year }), 'invalid_value').issues[0];
      expect(issue?.path).toEqual(['year']);
      expect(issue?.params).toEqual({
        expected: ['a year from 1000 to 9999'],
        received: String(year),
      });
    }
  });

  it('says which kinds exist and where a bad instant is', () => {
    const issue = expectCode(() => getCalls({ kind: 'special' as never }), 'invalid_value')
      .issues[0];
    expect(issue?.path).toEqual(['kind']);
    expect(issue?.params).toEqual({ expected: ['regular', 'thematic'], received: 'special' });
    expect(
      expectCode(() => getCalls({ from: '2027-01-01' }), 'ambiguous_time').issues[0]?.path,
    ).toEqual(['from']);
    expect(
      expectCode(() => getCalls({ to: '2027-01-01' }), 'ambiguous_time').issues[0]?.path,
    ).toEqual(['to']);
  });

  it('refuses a calendar that was not made by createCallCalendar', () => {
    const issue = expectCode(
      () => getCalls({ calendar: { entries: [] } as unknown as CallCalendar }),
      'invalid_type',
    ).issues[0];
    expect(issue?.path).toEqual(['calendar']);
    expect(issue?.params).toEqual({
      expected: 'a CallCalendar from createCallCalendar',
      received: 'object',
    });
  });
});

describe('nextDeadline', () => {
  it('says which kinds exist and where a bad instant is', () => {
    const issue = expectCode(
      () => nextDeadline('2027-01-01T00:00:00Z', { kind: 'special' as never }),
      'invalid_value',
    ).issues[0];
    expect(issue?.path).toEqual(['kind']);
    expect(issue?.params).toEqual({ expected: ['regular', 'thematic'], received: 'special' });
    expect(expectCode(() => nextDeadline('2027-01-01'), 'ambiguous_time').issues[0]?.path).toEqual([
      'now',
    ]);
  });
});

describe('callForSubmission, isOnTime and callStatus', () => {
  const call = getCall('2024-1')!;
  const broken = (fields: Partial<Record<keyof Call, unknown>>) =>
    ({ ...call, ...fields }) as unknown as Call;

  it('report a bad instant at its own path', () => {
    expect(
      expectCode(() => callForSubmission('2024-01-01T10:00'), 'ambiguous_time').issues[0]?.path,
    ).toEqual(['submittedAt']);
    expect(
      expectCode(() => isOnTime(call, '2024-01-01T10:00'), 'ambiguous_time').issues[0]?.path,
    ).toEqual(['submittedAt']);
    expect(
      expectCode(() => callStatus(call, '2024-01-01T10:00'), 'ambiguous_time').issues[0]?.path,
    ).toEqual(['now']);
  });

  it('report a broken call at the path of its field', () => {
    const noDeadline = broken({ deadline: new Date(Number.NaN) });
    expect(
      expectCode(() => isOnTime(noDeadline, '2024-01-01T10:00:00Z'), 'invalid_time').issues[0]
        ?.path,
    ).toEqual(['call', 'deadline']);
    expect(
      expectCode(() => callStatus(noDeadline, '2024-01-01T10:00:00Z'), 'invalid_time').issues[0]
        ?.path,
    ).toEqual(['call', 'deadline']);
    expect(
      expectCode(
        () => callStatus(broken({ opensAt: new Date(Number.NaN) }), '2024-01-01T10:00:00Z'),
        'invalid_time',
      ).issues[0]?.path,
    ).toEqual(['call', 'opensAt']);
  });
});

describe('formatDeadline', () => {
  it('lists the locales it knows and reports a bad deadline date at its path', () => {
    const call = getCall('2024-1')!;
    const issue = expectCode(() => formatDeadline(call, { locale: 'fr' as never }), 'invalid_value')
      .issues[0];
    expect(issue?.path).toEqual(['locale']);
    expect(issue?.params).toEqual({ expected: ['nl-BE', 'en'], received: 'fr' });
    expect(
      expectCode(() => formatDeadline({ ...call, deadlineDate: '2024-02-30' }), 'invalid_date')
        .issues[0]?.path,
    ).toEqual(['call', 'deadlineDate']);
  });
});
