import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtInCalls,
  callForSubmission,
  callStatus,
  createCallCalendar,
  defaultCallCalendar,
  formatDeadline,
  getCall,
  getCalls,
  isOnTime,
  nextDeadline,
  safeCreateCallCalendar,
  type Call,
} from '../../src/calls/index.js';
import { isPioRulesError } from '../../src/issues/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { makeCalendar, problemsOf, real2027, title } from './fixtures.js';

const call = getCall('2024-1')!;
const at = '2024-05-01T12:00:00+02:00';

function deeplyNested(depth = 20_000): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}
const DEEP = deeplyNested();
const MB10 = 'x'.repeat(10_000_000);
const SPARSE = new Array(2 ** 32 - 1);
const cyclic: Record<string, unknown> = { id: '2027-1' };
cyclic['self'] = cyclic;

/** Every public function of the module, given `value` in each of its places in turn. */
const places: readonly [string, (value: unknown) => unknown][] = [
  ['getCall id', (v) => getCall(v as never)],
  ['getCall options', (v) => getCall('2024-1', v as never)],
  ['getCall calendar', (v) => getCall('2024-1', { calendar: v as never })],
  ['getCall locale', (v) => getCall('2024-1', { locale: v as never })],
  ['getCalls options', (v) => getCalls(v as never)],
  ['getCalls year', (v) => getCalls({ year: v as never })],
  ['getCalls from', (v) => getCalls({ from: v as never })],
  ['getCalls kind', (v) => getCalls({ kind: v as never })],
  ['getCalls calendar', (v) => getCalls({ calendar: v as never })],
  ['callForSubmission options', (v) => callForSubmission(v as never)],
  ['callForSubmission at', (v) => callForSubmission({ at: v as never })],
  ['callForSubmission calendar', (v) => callForSubmission({ at, calendar: v as never })],
  ['nextDeadline options', (v) => nextDeadline(v as never)],
  ['nextDeadline at', (v) => nextDeadline({ at: v as never })],
  ['nextDeadline kind', (v) => nextDeadline({ at, kind: v as never })],
  ['callStatus call', (v) => callStatus(v as never, { at })],
  [
    'callStatus call fields',
    (v) => callStatus({ ...call, deadline: v, openFrom: v } as never, { at }),
  ],
  ['callStatus options', (v) => callStatus(call, v as never)],
  ['isOnTime call', (v) => isOnTime(v as never, { at })],
  ['isOnTime at', (v) => isOnTime(call, { at: v as never })],
  ['formatDeadline call', (v) => formatDeadline(v as never)],
  [
    'formatDeadline call fields',
    (v) => formatDeadline({ ...call, deadlineDate: v, deadlineTimeOfDay: v, timeZone: v } as never),
  ],
  ['formatDeadline options', (v) => formatDeadline(call, v as never)],
  ['safeCreateCallCalendar entries', (v) => safeCreateCallCalendar(v)],
  ['safeCreateCallCalendar entry', (v) => safeCreateCallCalendar([v])],
  ['safeCreateCallCalendar field', (v) => safeCreateCallCalendar([{ ...real2027[0], kind: v }])],
  ['safeCreateCallCalendar options', (v) => safeCreateCallCalendar(real2027, v as never)],
  ['createCallCalendar entries', (v) => createCallCalendar(v as never)],
  [
    'createCallCalendar parameters',
    (v) => createCallCalendar(real2027, { parameters: v as never }),
  ],
];

/** Runs `run`: a value, or a PioRulesError; anything else fails the test. */
function outcomeOf(run: () => unknown): 'value' | 'refused' {
  try {
    run();
    return 'value';
  } catch (error) {
    if (isPioRulesError(error)) return 'refused';
    throw error;
  }
}

describe('the calls functions given hostile values anywhere', () => {
  it.each([
    ['a 20,000-deep value', DEEP],
    ['a 10 MB string', MB10],
    ['a sparse array of length 2^32 - 1', SPARSE],
    ['a cyclic value', cyclic],
  ])('return or throw a PioRulesError for %s, quickly', (_, value) => {
    for (const [where, run] of places) {
      const started = performance.now();
      expect(() => outcomeOf(() => run(value)), where).not.toThrow();
      expect(performance.now() - started, where).toBeLessThan(1_000);
    }
  });

  it('return or throw a PioRulesError for any value JSON can hold, and more', () => {
    const value = fc.oneof(fc.anything({ withDate: true, withSparseArray: true }), fc.jsonValue());
    fc.assert(
      fc.property(fc.constantFrom(...places), value, ([where, run], v) => {
        expect(() => outcomeOf(() => run(v)), where).not.toThrow();
      }),
      { numRuns: 600 },
    );
  });

  it('leave every prototype alone', () => {
    const poisoned = JSON.parse(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"at":"2024-05-01T00:00:00Z"}',
    ) as never;
    for (const [, run] of places) outcomeOf(() => run(poisoned));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('a calendar given to the functions', () => {
  it('with a sparse entries of length 2^32 - 1 is refused at once', () => {
    const calendar = { ...defaultCallCalendar, entries: SPARSE } as never;
    const started = performance.now();
    expectCode(() => callForSubmission({ at, calendar }), 'invalid_type');
    expectCode(() => getCalls({ calendar }), 'invalid_type');
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('with holes or entries of the wrong shape is refused', () => {
    for (const entries of [new Array(2), [null], [{ ...defaultCallCalendar.entries[0], title: 1 }]])
      expectCode(
        () => getCall('2024-1', { calendar: { ...defaultCallCalendar, entries } }),
        'invalid_type',
      );
  });

  it('survives a structured clone (a worker message, a state library)', () => {
    const calendar = structuredClone(makeCalendar([...builtInCalls, ...real2027]));
    expect(getCall('2027-2', { calendar })?.deadlineDate).toBe('2027-11-18');
    expect(callForSubmission({ at: '2027-06-01T00:00:00Z', calendar })?.id).toBe('2027-2');
  });
});

describe('the calls functions given null options', () => {
  it('treat them as no options where options are optional', () => {
    const none = null as never;
    expect(getCall('2024-1', none)!.deadlineDate).toBe('2024-04-18');
    expect(getCalls(none).at(-1)?.id).toBe('2034-2');
    expect(formatDeadline(call, none)).toBe('donderdag 18 april 2024 om 24.00 uur (aangekondigd)');
    expect(createCallCalendar(real2027, none).data.entries.map((e) => e.id)).toEqual([
      '2027-1',
      '2027-2',
    ]);
    expect(safeCreateCallCalendar(real2027, none).success).toBe(true);
  });

  it('refuse them where `at` is required', () => {
    const none = null as never;
    expectCode(() => nextDeadline(none), 'required');
    expectCode(() => callForSubmission(none), 'required');
    expectCode(() => callStatus(call, none), 'required');
    expectCode(() => isOnTime(call, none), 'required');
  });
});

describe('isOnTime, callStatus and formatDeadline given something that is not a call', () => {
  it('report invalid_type at call, naming what they received', () => {
    for (const [run, received] of [
      [() => isOnTime(null as never, { at }), 'null'],
      [() => callStatus('2024-1' as never, { at }), 'text'],
      [() => formatDeadline(undefined as never), 'nothing'],
      [() => formatDeadline([] as never), 'array'],
    ] as const) {
      const issue = expectCode(run, 'invalid_type').issues[0];
      expect(issue?.path).toEqual(['call']);
      expect(issue?.params).toEqual({ expected: 'call', received });
    }
  });

  it('report a broken field at its path', () => {
    const broken = (fields: Partial<Record<keyof Call, unknown>>) =>
      ({ ...call, ...fields }) as unknown as Call;
    expect(
      expectCode(
        () => callStatus(broken({ deadline: new Date(Number.NaN) }), { at }),
        'invalid_time',
      ).issues[0]?.path,
    ).toEqual(['call', 'deadline']);
    expect(
      expectCode(() => callStatus(broken({ openFrom: undefined }), { at }), 'invalid_time')
        .issues[0]?.path,
    ).toEqual(['call', 'openFrom']);
  });
});

describe('createCallCalendar input', () => {
  it('with a sparse kind is refused as too large, not with a RangeError', () => {
    expect(problemsOf([{ ...real2027[0], kind: SPARSE }])).toEqual(['[0].kind:input_too_large']);
  });

  it('that is 20,000 deep is refused without a stack overflow', () => {
    const found = problemsOf([{ ...real2027[0], title: DEEP }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\[0\]\.title(?:\.a)+:input_too_large$/);
    expect(problemsOf(DEEP)[0]).toMatch(/input_too_large$/);
  });

  it('that is cyclic is refused', () => {
    expect(problemsOf([cyclic])).toEqual(['[0].self:invalid_input']);
  });

  it('with a 10 MB text is refused as too large', () => {
    expect(problemsOf([{ ...real2027[0], title: { nl: MB10, en: 'x' } }])).toEqual([
      '[0].title.nl:input_too_large',
    ]);
  });

  it('keeps a Date it is given as it is, without changing it', () => {
    const opensAt = new Date(Date.UTC(2027, 0, 1));
    makeCalendar([{ ...real2027[0]!, opensAt }]);
    expect(opensAt.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(Object.isFrozen(opensAt)).toBe(false);
  });

  it('takes an entry with extra keys only as unknown keys', () => {
    expect(problemsOf([{ ...real2027[0], title, deadline: 'x' }])).toEqual([
      '[0].deadline:unknown_key',
    ]);
  });
});
