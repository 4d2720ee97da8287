import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarios, safeRunScenarios } from '../../src/scenarios/index.js';

// The paths of runScenarios that the corpus does not take: proposals without a call or a
// submission instant, paths set through parts that are not there, every kind of expectation
// failing, and loaders that misbehave.
const root = resolve(import.meta.dirname, '../..');
const cityText = readFileSync(join(root, 'examples/applications/city-pcp.json'), 'utf8');
const city = (from: string): unknown =>
  from === 'city-pcp.json' ? (JSON.parse(cityText) as unknown) : undefined;
const source = { quote: 'x', url: 'https://www.vlaio.be/pio' };
const run = (scenarios: unknown[], proposals: (from: string) => unknown = city) =>
  runScenarios({ scenarios }, { proposals }).data;

describe('runScenarios: proposals as the scenario makes them', () => {
  it('sets a value through parts that are not there (objects and lists made), removes what is not there', () => {
    const outcome = run([
      {
        name: 'x',
        source,
        validate: {
          from: 'city-pcp.json',
          // procurement.costs has 3 items: item 5 is made (an object), as is the list of a
          // removed one; a removed path under a part that is not there changes nothing.
          set: { 'procurement.costs[5].amount': 'x', 'partners[0].name': 'P' },
          remove: ['support.externalExpertise.activities'],
        },
        expect: {},
      },
      {
        name: 'y',
        source,
        validate: { from: 'city-pcp.json', remove: ['partners[0].name'] },
        expect: {},
      },
    ]).outcomes;
    expect(outcome.map((o) => o.passed)).toEqual([true, true]);
    const issues = runScenarios(
      {
        scenarios: [
          {
            name: 'x',
            source,
            validate: {
              from: 'city-pcp.json',
              set: { 'procurement.costs[5].amount': 'x' },
              remove: ['support.externalExpertise.activities'],
            },
            expect: {
              codes: [
                { code: 'required', path: 'procurement.costs[3]' },
                { code: 'required', path: 'procurement.costs[4]' },
                { code: 'invalid_format', path: 'procurement.costs[5].amount' },
              ],
            },
          },
        ],
      },
      { proposals: city },
    ).data.outcomes[0]!;
    // The list got holes (null) up to the item made: each is refused at its place.
    expect(issues.failures).toEqual([]);
  });

  it('reads the rules of the day of `at` when a proposal has neither a call nor a submission instant', () => {
    const scenario = (at: string | undefined) => ({
      name: 'x',
      source,
      ...(at === undefined ? {} : { at }),
      validate: { from: 'city-pcp.json', remove: ['callId', 'submittedAt'] },
      expect: { valid: false },
    });
    const [dated, undated] = run([
      scenario('2018-05-01T12:00:00+02:00'),
      scenario(undefined),
    ]).outcomes;
    expect(dated!.passed).toBe(true);
    expect(undated!.passed).toBe(true);
    // With a day, the cofinancing parameters of that day are read; without one, the latest.
    expect(dated!.touches.parameterVersions).toContain('cofinancing.rounding@2017-01-01');
    expect(undated!.touches.parameterVersions).toContain('cofinancing.maxRate@2024-01-01');
    expect(dated!.touches.parameterVersions).not.toEqual(undated!.touches.parameterVersions);
  });

  it('a loader that gives nothing at run time runs the scenario on an empty proposal', () => {
    let calls = 0;
    const flaky = (from: string): unknown => (calls++ === 0 ? city(from) : undefined);
    const outcome = run(
      [
        {
          name: 'x',
          source,
          validate: { from: 'city-pcp.json' },
          expect: { valid: true },
        },
      ],
      flaky,
    ).outcomes[0]!;
    expect(outcome.passed).toBe(false);
    expect(outcome.failures).toEqual([
      { expectation: 'valid', expected: 'true', received: 'false' },
    ]);
  });
});

describe('runScenarios: expectations that fail, as the failure shows them', () => {
  it('codes without a path or a message, absent codes that come, granted of a refused proposal', () => {
    const outcome = run([
      {
        name: 'x',
        source,
        validate: { from: 'city-pcp.json', remove: ['project'] },
        expect: {
          codes: ['cofinancing_above_max_rate', { code: 'duplicate_partner' }],
          absent: [{ code: 'required', path: 'project' }],
          granted: '1.00',
          maximum: '2.00',
        },
      },
    ]).outcomes[0]!;
    expect(outcome.passed).toBe(false);
    const byKey = Object.fromEntries(
      outcome.failures.map((f) => [`${f.expectation}:${f.expected}`, f.received]),
    );
    expect(Object.keys(byKey).sort()).toEqual([
      'absent:required@project',
      'codes:cofinancing_above_max_rate',
      'codes:duplicate_partner',
      'granted:1.00',
      'maximum:2.00',
    ]);
    expect(byKey['granted:1.00']).toBe('-');
    expect(byKey['codes:duplicate_partner']).toContain('required@project');
  });

  it('a valid proposal that asks no cofinancing is granted nothing: null', () => {
    const asked = (granted: string | null) => ({
      name: 'x',
      source,
      validate: { from: 'city-pcp.json', remove: ['support.cofinancing'] },
      expect: { valid: true, granted },
    });
    const { outcomes } = run([asked(null), asked('1.00')]);
    expect(outcomes[0]!.failures).toEqual([]);
    expect(outcomes[1]!.failures).toEqual([
      { expectation: 'granted', expected: '1.00', received: 'null' },
    ]);
  });

  it.each([
    ['a text', 'not a proposal'],
    ['a number', 5],
    ['a function', () => 1],
    ['a bigint', 10n],
    ['a symbol', Symbol('s')],
  ])(
    'a loader that gives %s: refused by validation (no throw), the issue without a path shown by its code',
    (_, value) => {
      const outcome = run(
        [
          {
            name: 'x',
            source,
            validate: { from: 'city-pcp.json', set: { 'project.title': 'T' }, remove: ['callId'] },
            expect: { valid: true, codes: ['duplicate_partner'] },
          },
        ],
        () => value,
      ).outcomes[0]!;
      expect(outcome.failures).toEqual([
        { expectation: 'valid', expected: 'true', received: 'false' },
        {
          expectation: 'codes',
          expected: 'duplicate_partner',
          received: expect.stringMatching(/^invalid_type(,|$)/),
        },
      ]);
    },
  );

  it('a loader that gives an object holding a bigint: set and removed as asked, the bigint refused where it is', () => {
    const outcome = run(
      [
        {
          name: 'x',
          source,
          validate: { from: 'a', set: { 'project.title': 'T' }, remove: ['callId'] },
          expect: { absent: ['required'] },
        },
      ],
      () => ({ ...(city('city-pcp.json') as object), schemaVersion: 10n }),
    ).outcomes[0]!;
    expect(outcome.passed).toBe(false);
    expect(outcome.failures[0]?.received).toContain('required@callId');
    expect(outcome.failures[0]?.received).toContain('@schemaVersion');
  });

  it('an assessment without a submission instant, quick scans and call lists that differ', () => {
    const { outcomes } = run([
      {
        name: 'a',
        source,
        at: '2024-05-01T12:00:00+02:00',
        assess: { from: 'city-pcp.json', remove: ['submittedAt'], scores: {} },
        expect: { decision: 'not-admitted' },
      },
      {
        name: 'c',
        source,
        calls: { from: '2024-01-01T00:00:00+01:00', to: '2024-12-31T00:00:00+01:00' },
        expect: { calls: ['2024-1'] },
      },
      {
        name: 'd',
        source,
        'on-time': { call: '2024-1', submittedAt: '2024-04-18T12:00:00+02:00' },
        expect: { deadline: '2024-04-18T22:00:00.000Z' },
      },
    ]);
    expect(outcomes.map((o) => o.passed)).toEqual([false, false, true]);
    expect(outcomes[0]!.failures.map((f) => f.expectation)).toEqual(['decision']);
    expect(outcomes[1]!.failures).toEqual([
      { expectation: 'calls', expected: '["2024-1"]', received: '["2024-1","2024-2"]' },
    ]);
  });

  it('names the format of an instant it refuses, in both languages (not the parser’s words)', () => {
    const file = { scenarios: [{ name: 'x', source, calls: { from: '2024-01-01' }, expect: {} }] };
    const messages = (locale: 'nl' | 'en') => {
      const result = safeRunScenarios(file, { proposals: city, locale });
      return result.success ? [] : result.issues.map((i) => [i.code, i.path.join('.'), i.message]);
    };
    expect(messages('en')).toEqual([
      [
        'invalid_format',
        'scenarios.0.calls.from',
        expect.stringContaining('ISO 8601 date and time'),
      ],
    ]);
    expect(messages('nl')).toHaveLength(1);
    expect(messages('nl')[0]![2]).not.toMatch(/Invalid input/);
    expect(messages('en')[0]![2]).not.toMatch(/Invalid input/);
  });

  it('refuses a run whose proposals option is not a function, in English', () => {
    const result = safeRunScenarios(
      { scenarios: [{ name: 'x', source, calls: { year: 2024 }, expect: {} }] },
      { proposals: undefined as never, locale: 'en' },
    );
    expect(result.success).toBe(false);
  });
});
