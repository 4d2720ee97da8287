import { describe, expect, it } from 'vitest';
import {
  builtInCalls,
  createCallCalendar,
  getCall,
  getCalls,
  safeCreateCallCalendar,
  type CallInput,
} from '../../src/calls/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
} from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';

const title = { nl: 'Oproep', en: 'Call' };
const real2027: CallInput[] = [
  { id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-05-06', title },
  { id: '2027-2', year: 2027, kind: 'regular', deadlineDate: '2027-11-18', title },
];

describe('createCallCalendar', () => {
  it('accepts the minimal fields and defaults the status to published', () => {
    const calendar = createCallCalendar(real2027);
    const call = getCall('2027-1', { calendar })!;
    expect(call.status).toBe('published');
    expect(call.deadline.toISOString()).toBe('2027-05-06T22:00:00.000Z');
    expect(call.opensAt).toBeUndefined();
    expect(call.source).toBeUndefined();
  });

  it('keeps the optional fields', () => {
    const calendar = createCallCalendar([
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
    expect(call.status).toBe('projected');
    expect(call.source).toEqual({ title: 'VLAIO', url: 'https://www.vlaio.be', quote: 'q' });
    expect(call.note).toEqual({ nl: 'n', en: 'e' });
  });

  it('accepts opensAt as a Date or epoch milliseconds', () => {
    const at = Date.UTC(2027, 1, 1);
    for (const opensAt of [new Date(at), at]) {
      const calendar = createCallCalendar([{ ...real2027[0]!, opensAt }]);
      expect(getCall('2027-1', { calendar })!.opensAt?.getTime()).toBe(at);
    }
  });

  it('replaces the projected calls of 2027 with the supplied ones', () => {
    expect(getCalls({ year: 2027 }).map((c) => c.status)).toEqual(['projected', 'projected']);
    const calendar = createCallCalendar(real2027);
    const calls = getCalls({ year: 2027, calendar });
    expect(calls.map((c) => [c.id, c.deadlineDate, c.status])).toEqual([
      ['2027-1', '2027-05-06', 'published'],
      ['2027-2', '2027-11-18', 'published'],
    ]);
  });

  it('replaces a projection per slot: a known call 1 leaves call 2 projected', () => {
    const calendar = createCallCalendar([real2027[0]!]);
    expect(getCalls({ year: 2027, calendar }).map((c) => [c.id, c.status])).toEqual([
      ['2027-1', 'published'],
      ['2027-2', 'projected'],
    ]);
  });

  it('holds only the calls it is given (spread builtInCalls to keep them)', () => {
    expect(getCall('2024-1', { calendar: createCallCalendar(real2027) })!.status).toBe('projected');
    const both = createCallCalendar([...builtInCalls, ...real2027]);
    expect(getCall('2024-1', { calendar: both })!.status).toBe('published');
    expect(getCall('2027-2', { calendar: both })!.deadlineDate).toBe('2027-11-18');
  });

  it('returns a frozen calendar that later changes to the input do not reach', () => {
    const input = structuredClone(real2027) as { deadlineDate: string; title: { nl: string } }[];
    const calendar = createCallCalendar(input as unknown as CallInput[]);
    input[0]!.deadlineDate = '2027-01-07';
    input[0]!.title.nl = 'changed';
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.entries)).toBe(true);
    expect(Object.isFrozen(calendar.entries[0]!.title)).toBe(true);
    expect(getCall('2027-1', { calendar })!.deadlineDate).toBe('2027-05-06');
    expect(getCall('2027-1', { calendar })!.title.nl).toBe('Oproep');
  });

  it('hands out fresh dates, so mutating one cannot change the calendar', () => {
    const call = getCall('2024-1')!;
    expect(Object.isFrozen(call)).toBe(true);
    call.deadline.setTime(0);
    expect(getCall('2024-1')!.deadline.toISOString()).toBe('2024-04-18T22:00:00.000Z');
  });

  it('orders calls with the same deadline regular first, then by id', () => {
    const calendar = createCallCalendar([
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
    const calendar = createCallCalendar([
      { id: 'ai-2027', year: 2027, kind: 'thematic', deadlineDate: '2027-03-01', title },
    ]);
    expect(getCalls({ year: 2027, calendar }).map((c) => c.id)).toEqual([
      'ai-2027',
      '2027-1',
      '2027-2',
    ]);
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

  it('throws invalid_calendar listing every problem with its path', () => {
    const error = expectCode(() => createCallCalendar(bad as never), 'invalid_calendar');
    const found = error.issues.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(found[0]).toBe(':invalid_calendar');
    expect(error.issues[0]!.params['count']).toBe(error.issues.length - 1);
    expect(found).toEqual(
      expect.arrayContaining([
        '0.id:invalid_type',
        '0.year:invalid_type',
        '0.kind:invalid_value',
        '0.deadlineDate:invalid_date',
        '0.title.nl:too_short',
        '0.title.en:required',
        '0.opensAt:ambiguous_time',
        '0.status:invalid_value',
        '0.colour:unknown_key',
        '1.id:required',
        '1.year:required',
        '1.kind:required',
        '1.deadlineDate:required',
        '1.title:required',
        '2.id:invalid_format',
        '2.year:invalid_value',
        '3.opensAt:invalid_value',
        '4.id:duplicate_id',
        '5:invalid_type',
        '6.id:invalid_format',
        '6.opensAt:invalid_time',
        '6.source.url:required',
        '7.id:invalid_format',
        '7.deadlineDate:invalid_date',
        '8.id:too_long',
        '8.year:too_big',
        '8.year:invalid_value',
      ]),
    );
    expect(found).toHaveLength(28);
  });

  it('says so in Dutch and English in the message', () => {
    const error = expectCode(() => createCallCalendar(bad as never), 'invalid_calendar');
    expect(error.message).toContain('Ongeldige oproepkalender');
    expect(error.message).toContain('Invalid call calendar');
  });

  it('refuses input that is not an array, or too large', () => {
    expect(
      expectCode(() => createCallCalendar({} as never), 'invalid_calendar').issues[1]!.code,
    ).toBe('invalid_type');
    const many = Array.from({ length: 10_001 }, () => real2027[0]!);
    expect(expectCode(() => createCallCalendar(many), 'invalid_calendar').issues[1]!.code).toBe(
      'input_too_large',
    );
  });

  it('reports a date on which no deadline rule is in force', () => {
    const error = expectCode(
      () =>
        createCallCalendar([
          { id: 'old', year: 2010, kind: 'thematic', deadlineDate: '2010-05-01', title },
        ]),
      'invalid_calendar',
    );
    expect(error.issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual([
      ':invalid_calendar',
      '0.deadlineDate:no_parameter_value',
    ]);
  });

  it('reports an unknown time zone with a deadline time other than 24:00', () => {
    const def = (id: string, value: string) => ({
      ...getDefinition(id),
      versions: [{ ...getDefinition(id).versions[0]!, value }],
    });
    const parameters = createParameterRegistry(
      [def('calls.deadlineTimeOfDay', '17:00'), def('calls.timeZone', 'Mars/Olympus')],
      { base: defaultParameters },
    );
    const error = expectCode(
      () => createCallCalendar(real2027, { parameters }),
      'invalid_calendar',
    );
    expect(error.issues.slice(1).map((i) => `${i.path.join('.')}:${i.code}`)).toEqual([
      '0.deadlineDate:invalid_input',
      '1.deadlineDate:invalid_input',
    ]);
  });

  it('reports an unknown time zone in the parameters', () => {
    const parameters = createParameterRegistry(
      [
        {
          ...getDefinition('calls.timeZone'),
          versions: [{ ...getDefinition('calls.timeZone').versions[0]!, value: 'Mars/Olympus' }],
        },
      ],
      { base: defaultParameters },
    );
    const error = expectCode(
      () => createCallCalendar(real2027, { parameters }),
      'invalid_calendar',
    );
    expect(error.issues.slice(1).map((i) => i.code)).toEqual(['invalid_input', 'invalid_input']);
  });
});

describe('safeCreateCallCalendar', () => {
  it('returns the calendar on success', () => {
    const result = safeCreateCallCalendar(real2027);
    expect(result.success).toBe(true);
    if (result.success)
      expect(getCall('2027-2', { calendar: result.calendar })!.deadlineDate).toBe('2027-11-18');
  });

  it('returns every issue instead of throwing', () => {
    const result = safeCreateCallCalendar([
      { ...real2027[0]!, deadlineDate: '2027-13-01', extra: 1 },
      null,
    ]);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual([
        ':invalid_calendar',
        '0.extra:unknown_key',
        '0.deadlineDate:invalid_date',
        '1:invalid_type',
      ]);
    }
  });
});
