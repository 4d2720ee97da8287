import { describe, expect, it } from 'vitest';
import {
  builtInCalls,
  createCallCalendar,
  defaultCallCalendar,
  getCall,
  getCalls,
  safeCreateCallCalendar,
  type CallInput,
} from '../../src/calls/index.js';
import { isPioRulesError } from '../../src/issues/index.js';
import { createParameterRegistry, getDefinition } from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { makeCalendar, only, problemsOf, real2027, registry, title } from './fixtures.js';

describe('createCallCalendar', () => {
  it('accepts the minimal fields and defaults the status to published', () => {
    const calendar = makeCalendar(real2027);
    const call = getCall('2027-1', { calendar })!;
    expect(call.status).toBe('published');
    expect(call.deadline.toISOString()).toBe('2027-05-06T22:00:00.000Z');
    expect(call.opensAt).toBeUndefined();
    expect(call.source).toBeUndefined();
  });

  it('returns the success of its safe twin: data, and no warnings', () => {
    const made = createCallCalendar(real2027);
    expect(made.success).toBe(true);
    expect(made.warnings).toEqual([]);
    const safe = safeCreateCallCalendar(real2027);
    expect(safe).toEqual(made);
  });

  it('keeps the optional fields', () => {
    const calendar = makeCalendar([
      {
        ...real2027[0]!,
        opensAt: '2027-02-01T09:00:00+01:00',
        status: 'projected',
        source: { title: 'VLAIO', url: 'https://www.vlaio.be', quote: 'q' },
        note: { nl: 'n', en: 'e' },
      },
    ]);
    const call = getCall('2027-1', { calendar })!;
    expect(call.opensAt?.toISOString()).toBe('2027-02-01T08:00:00.000Z');
    expect(call.openFrom.toISOString()).toBe('2027-02-01T08:00:00.000Z');
    expect(call.status).toBe('projected');
    expect(call.source).toEqual({ title: 'VLAIO', url: 'https://www.vlaio.be', quote: 'q' });
    expect(call.note).toEqual({ nl: 'n', en: 'e' });
    expect(calendar.entries[0]!.opensAt).toBe('2027-02-01T08:00:00.000Z');
  });

  it('accepts opensAt as a Date or epoch milliseconds', () => {
    const at = Date.UTC(2027, 1, 1);
    for (const opensAt of [new Date(at), at]) {
      const calendar = makeCalendar([{ ...real2027[0]!, opensAt }]);
      expect(getCall('2027-1', { calendar })!.opensAt?.getTime()).toBe(at);
    }
  });

  it('replaces the projected calls of 2027 with the supplied ones', () => {
    expect(getCalls({ year: 2027 }).map((c) => c.status)).toEqual(['projected', 'projected']);
    const calendar = makeCalendar(real2027);
    const calls = getCalls({ year: 2027, calendar });
    expect(calls.map((c) => [c.id, c.deadlineDate, c.status])).toEqual([
      ['2027-1', '2027-05-06', 'published'],
      ['2027-2', '2027-11-18', 'published'],
    ]);
  });

  it('replaces a projection per slot: a known call 1 leaves call 2 projected', () => {
    const calendar = makeCalendar([real2027[0]!]);
    expect(getCalls({ year: 2027, calendar }).map((c) => [c.id, c.status])).toEqual([
      ['2027-1', 'published'],
      ['2027-2', 'projected'],
    ]);
  });

  it('holds only the calls it is given (spread builtInCalls to keep them)', () => {
    expect(getCall('2024-1', { calendar: makeCalendar(real2027) })!.status).toBe('projected');
    const both = makeCalendar([...builtInCalls, ...real2027]);
    expect(getCall('2024-1', { calendar: both })!.status).toBe('announced');
    expect(getCall('2027-2', { calendar: both })!.deadlineDate).toBe('2027-11-18');
  });

  it('returns a frozen calendar that later changes to the input do not reach', () => {
    const input = structuredClone(real2027) as unknown as {
      deadlineDate: string;
      title: { nl: string };
    }[];
    const calendar = makeCalendar(input as unknown as CallInput[]);
    input[0]!.deadlineDate = '2027-01-07';
    input[0]!.title.nl = 'changed';
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.entries)).toBe(true);
    expect(Object.isFrozen(calendar.entries[0]!.title)).toBe(true);
    expect(getCall('2027-1', { calendar })!.deadlineDate).toBe('2027-05-06');
    expect(getCall('2027-1', { calendar })!.title.nl).toBe('Oproep');
  });

  it('neither changes nor freezes what the caller passed', () => {
    const input = structuredClone([
      {
        ...real2027[0]!,
        source: { title: 't', url: 'u' },
        opensAt: new Date(Date.UTC(2027, 0, 1)),
      },
    ]);
    const before = structuredClone(input);
    makeCalendar(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input[0])).toBe(false);
    expect(Object.isFrozen(input[0]!.title)).toBe(false);
    expect(Object.isFrozen(input[0]!.source)).toBe(false);
    expect(Object.isFrozen(input[0]!.opensAt)).toBe(false);
  });

  it('hands out fresh dates, so mutating one cannot change the calendar', () => {
    const call = getCall('2024-1')!;
    expect(Object.isFrozen(call)).toBe(true);
    call.deadline.setTime(0);
    call.openFrom.setTime(0);
    expect(getCall('2024-1')!.deadline.toISOString()).toBe('2024-04-18T22:00:00.000Z');
    // The projected 2023-2, the second Friday of December 2023 (the era's rule), closes first.
    expect(getCall('2024-1')!.openFrom.toISOString()).toBe('2023-12-08T23:00:00.000Z');
  });

  it('orders calls with the same deadline regular first, then by id', () => {
    const calendar = makeCalendar([
      { id: 'b-theme', year: 2027, kind: 'thematic', deadlineDate: '2027-04-15', title },
      { id: 'a-theme', year: 2027, kind: 'thematic', deadlineDate: '2027-04-15', title },
    ]);
    expect(getCalls({ year: 2027, calendar }).map((c) => c.id)).toEqual([
      '2027-1',
      'a-theme',
      'b-theme',
      '2027-2',
    ]);
  });

  it('accepts thematic ids as slugs', () => {
    const calendar = makeCalendar([
      { id: 'ai-2027', year: 2027, kind: 'thematic', deadlineDate: '2027-03-01', title },
    ]);
    expect(getCalls({ year: 2027, calendar }).map((c) => c.id)).toEqual([
      'ai-2027',
      '2027-1',
      '2027-2',
    ]);
  });

  it('accepts the built-in calls: the default calendar is valid', () => {
    const result = safeCreateCallCalendar(builtInCalls);
    expect(result.success).toBe(true);
    if (result.success) expect(result.data).toEqual(defaultCallCalendar);
  });

  it('reads a calendar from a JSON file', () => {
    const json: unknown = JSON.parse(JSON.stringify(builtInCalls));
    expect(safeCreateCallCalendar(json).success).toBe(true);
  });
});

describe('createCallCalendar with bad data', () => {
  const bad = [
    // 0: every field wrong in its own way
    {
      id: 42,
      year: 2027.5,
      kind: 'special',
      deadlineDate: '2027-02-30',
      title: { nl: '' },
      opensAt: '2027-01-01T00:00',
      status: 'confirmed',
      colour: 'red',
    },
    // 1: nothing at all
    {},
    // 2: the year does not match the deadline date; regular id of the wrong form
    { id: '2026-one', year: 2026, kind: 'regular', deadlineDate: '2027-04-15', title },
    // 3: duplicate of 4; opens after its deadline
    {
      id: '2027-1',
      year: 2027,
      kind: 'regular',
      deadlineDate: '2027-04-15',
      title,
      opensAt: '2027-04-16T00:00:00Z',
    },
    // 4: duplicate id
    { id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-10-14', title },
    // 5: not an object
    'call',
    // 6: thematic id that looks regular; invalid instant; bad source
    {
      id: '2027-3',
      year: 2027,
      kind: 'thematic',
      deadlineDate: '2027-06-01',
      title,
      opensAt: 'tomorrow',
      source: { title: 'x' },
    },
    // 7: thematic id with capitals; date without leading zeros
    { id: 'Big-Call', year: 2027, kind: 'thematic', deadlineDate: '2027-6-1', title },
    // 8: an id that is too long and a year of five digits
    { id: 'x'.repeat(101), year: 12345, kind: 'thematic', deadlineDate: '2027-06-01', title },
  ];

  it('reports every problem with its path, nothing else', () => {
    const found = problemsOf(bad);
    expect([...found].sort()).toEqual(
      [
        '[0].id:invalid_type',
        '[0].year:invalid_type',
        '[0].kind:invalid_value',
        '[0].deadlineDate:invalid_format',
        '[0].title.nl:too_short',
        '[0].title.en:required',
        '[0].opensAt:ambiguous_time',
        '[0].status:invalid_value',
        '[0].colour:unknown_key',
        '[1].id:required',
        '[1].year:required',
        '[1].kind:required',
        '[1].deadlineDate:required',
        '[1].title:required',
        '[2].id:invalid_call_id',
        '[2].year:call_year_mismatch',
        '[3].opensAt:opens_after_deadline',
        '[4].id:duplicate_id',
        '[5]:invalid_type',
        '[6].id:invalid_call_id',
        '[6].opensAt:invalid_time',
        '[6].source.url:required',
        '[7].id:invalid_call_id',
        '[7].deadlineDate:invalid_format',
        '[8].id:too_long',
        '[8].year:too_big',
      ].sort(),
    );
  });

  it('throws the same issues as one PioRulesError, the first one its code', () => {
    const result = safeCreateCallCalendar(bad);
    let thrown: unknown;
    try {
      createCallCalendar(bad as never);
    } catch (error) {
      thrown = error;
    }
    expect(isPioRulesError(thrown)).toBe(true);
    if (!isPioRulesError(thrown) || result.success) return;
    expect(thrown.issues).toEqual(result.issues);
    expect(thrown.code).toBe(result.issues[0]!.code);
  });

  it('says what is wrong in Dutch by default and in English when asked', () => {
    const nl = expectCode(() => createCallCalendar([bad[2]] as never), 'invalid_call_id');
    expect(nl.issues.map((i) => i.message)).toEqual([
      'Oproep-id "2026-one" past niet bij een reguliere oproep van 2026 (verwacht: het jaar en een volgnummer, zoals "2026-1").',
      'Het jaar 2026 is niet het jaar van de uiterste datum 15 april 2027.',
    ]);
    const en = expectCode(
      () => createCallCalendar([bad[2]] as never, { locale: 'en-GB' }),
      'invalid_call_id',
    );
    expect(en.issues.map((i) => i.message)).toEqual([
      'Call id "2026-one" does not fit a regular call of 2026 (expected: the year and a number, such as "2026-1").',
      'The year 2026 is not the year of the deadline 15 April 2027.',
    ]);
    expect(en.message).toContain('[0].id');
  });

  it('refuses input that is not an array', () => {
    expect(problemsOf({})).toEqual([':invalid_type']);
    expect(problemsOf(null)).toEqual([':invalid_type']);
    expect(problemsOf(undefined)).toEqual([':required']);
  });

  it('reads a calendar of hundreds of calls and refuses more than 10,000 values at once', () => {
    const many = Array.from({ length: 600 }, (_, i) => thematic(i));
    expect(makeCalendar(many).entries).toHaveLength(600);
    expect(problemsOf(Array.from({ length: 10_001 }, () => null))).toEqual([':input_too_large']);
    expect(problemsOf(new Array(2 ** 32 - 1))).toEqual([':input_too_large']);
  });

  it('reports a date on which no deadline time is in force', () => {
    expect(
      problemsOf([{ id: 'old', year: 2010, kind: 'thematic', deadlineDate: '2010-05-01', title }]),
    ).toEqual(['[0].deadlineDate:no_parameter_value']);
  });

  it('never gets an unknown time zone: the registry refuses it when it is made', () => {
    const result = safeCreateParameterRegistryOf('Mars/Olympus');
    expect(result).toEqual(['unknown_time_zone']);
  });

  it('refuses a registry without a time zone, at parameters', () => {
    const parameters = registry([getDefinition('calls.deadlineTimeOfDay')], null);
    expect(problemsOf(real2027, { parameters })).toEqual(['parameters:unknown_parameter']);
  });

  it('refuses parameters that are not a registry, at parameters', () => {
    const result = safeCreateCallCalendar(real2027, { parameters: { kind: 'x' } as never });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues.map((i) => [i.code, i.path, i.params])).toEqual([
        ['invalid_type', ['parameters'], { expected: 'registry', received: 'object' }],
      ]);
  });

  it('reports keys that could reach a prototype and never copies them', () => {
    const input = JSON.parse(
      '[{"id":"2027-1","year":2027,"kind":"regular","deadlineDate":"2027-05-06","title":{"nl":"x","en":"x","__proto__":{"polluted":true}}}]',
    ) as unknown;
    expect(problemsOf(input)).toEqual(['[0].title.__proto__:unknown_key']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

/** The codes a registry with this `calls.timeZone` is refused with. */
function safeCreateParameterRegistryOf(zone: string): string[] {
  try {
    createParameterRegistry([only('calls.timeZone', zone)]);
    return [];
  } catch (error) {
    return isPioRulesError(error) ? error.issues.map((i) => i.code) : ['not a PioRulesError'];
  }
}

function thematic(i: number): CallInput {
  return { id: `t-${String(i)}`, year: 2027, kind: 'thematic', deadlineDate: '2027-06-01', title };
}
