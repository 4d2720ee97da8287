import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  applicationRules,
  exclusionCriteria,
  issueCodes,
  listParameters,
} from '../../src/index.js';
import {
  checkScenarios,
  runScenarios,
  safeCheckScenarios,
  safeRunScenarios,
  scenarioCoverage,
  scenarioTargets,
  type ScenarioOutcome,
} from '../../src/scenarios/index.js';
import { unfrozenPaths } from '../helpers/deeplyFrozen.js';

const root = resolve(import.meta.dirname, '../..');
const corpus = join(root, 'scenarios');
const examples = join(root, 'examples/applications');

/** What `from:` names, read as the command line tool reads it (relative to scenarios/). */
const proposals = (from: string): unknown => {
  try {
    return JSON.parse(readFileSync(resolve(corpus, from), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
};

const files = readdirSync(corpus).filter((f) => f.endsWith('.yaml'));
const documents = files.map(
  (f) => [f, parse(readFileSync(join(corpus, f), 'utf8')) as unknown] as const,
);

const base = {
  name: 'Een stad, geldig',
  source: { quote: 'x', url: 'https://www.vlaio.be/pio' },
  validate: { from: 'city-pcp.json' },
};
const city = (from: string): unknown =>
  from === 'city-pcp.json' ? JSON.parse(readFileSync(join(examples, from), 'utf8')) : undefined;

describe('runScenarios (the library API, in process)', () => {
  it('passes the corpus and touches every rule, issue code and parameter version', () => {
    const outcomes: ScenarioOutcome[] = [];
    for (const [file, document] of documents) {
      const run = runScenarios(document, { proposals });
      expect(run.data.failed, file).toBe(0);
      outcomes.push(...run.data.outcomes);
    }
    expect(outcomes.length).toBeGreaterThanOrEqual(80);
    expect(scenarioCoverage(outcomes)).toEqual({ rules: [], codes: [], parameterVersions: [] });
  });

  it('returns frozen data all the way down, for the checked file and for the run', () => {
    for (const [file, document] of documents) {
      expect(unfrozenPaths(checkScenarios(document).data), file).toEqual([]);
      expect(unfrozenPaths(runScenarios(document, { proposals }).data), file).toEqual([]);
    }
  });

  it('aims at the library’s own lists: every rule, exclusion criterion, rule code and parameter version', () => {
    const targets = scenarioTargets();
    expect(targets.rules).toEqual([
      ...applicationRules.map((r) => r.id),
      ...exclusionCriteria.map((c) => c.id),
    ]);
    expect(new Set(targets.codes)).toEqual(new Set(applicationRules.flatMap((r) => r.codes)));
    expect(targets.parameterVersions).toHaveLength(
      listParameters().reduce((n, d) => n + d.versions.length, 0),
    );
  });

  it('reports a rule as uncovered when the scenarios that test it are left out', () => {
    const outcomes = documents.flatMap(([, d]) => runScenarios(d, { proposals }).data.outcomes);
    const without = outcomes.filter((o) => !o.touches.rules.includes('partners-distinct'));
    expect(without.length).toBeLessThan(outcomes.length);
    const gap = scenarioCoverage(without);
    expect(gap.rules).toEqual(['partners-distinct']);
    expect(gap.codes).toEqual(
      expect.arrayContaining(['partner_is_applicant', 'duplicate_partner']),
    );
  });

  it('fails a scenario for every expected amount other than the one that comes, naming both', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 9n }).filter((cents) => cents !== 75_000_000n),
        (cents) => {
          const wrong = `${String(cents / 100n)}.${String(cents % 100n).padStart(2, '0')}`;
          const run = runScenarios(
            { scenarios: [{ ...base, expect: { valid: true, maximum: wrong } }] },
            { proposals: city },
          ).data;
          expect(run.failed).toBe(1);
          expect(run.outcomes[0]?.failures).toEqual([
            { expectation: 'maximum', expected: wrong, received: '750000.00' },
          ]);
        },
      ),
      { numRuns: 25 },
    );
    const right = runScenarios(
      { scenarios: [{ ...base, expect: { valid: true, maximum: '750000.00' } }] },
      { proposals: city },
    ).data;
    expect([right.passed, right.failed]).toEqual([1, 0]);
  });

  it('counts every scenario once: passed + failed is the number of scenarios', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (wanted) => {
        const run = runScenarios(
          {
            scenarios: wanted.map((valid, i) => ({
              ...base,
              name: `s${String(i)}`,
              expect: { valid },
            })),
          },
          { proposals: city },
        ).data;
        expect(run.outcomes).toHaveLength(wanted.length);
        expect(run.passed).toBe(wanted.filter(Boolean).length);
        expect(run.passed + run.failed).toBe(wanted.length);
      }),
      { numRuns: 20 },
    );
  });

  it('applies what-if parameters to that scenario only', () => {
    const run = runScenarios(
      {
        scenarios: [
          {
            ...base,
            validate: {
              from: 'city-pcp.json',
              set: { 'support.cofinancing.requested': '600000.00' },
            },
            parameters: { 'cofinancing.maxRate': '0.4' },
            expect: { valid: true, maximum: '600000.00' },
          },
          { ...base, expect: { maximum: '750000.00' } },
        ],
      },
      { proposals: city },
    ).data;
    expect(run.outcomes.map((o) => o.passed)).toEqual([true, true]);
    expect(run.outcomes[0]?.touches.parameterVersions).not.toContain(
      'cofinancing.maxRate@2024-01-01',
    );
    expect(run.outcomes[1]?.touches.parameterVersions).toContain('cofinancing.maxRate@2024-01-01');
  });
});

describe('safeCheckScenarios', () => {
  it('accepts the corpus', () => {
    for (const [file, document] of documents)
      expect(safeCheckScenarios(document, { proposals }).success, file).toBe(true);
  });

  it('reports every problem of a file with its path, and runs none of it', () => {
    const document = {
      scenarios: [
        { ...base, expect: { valid: true, colour: 'red' } },
        {
          ...base,
          validate: { from: 'city-pcp.json', set: { 'applicant.colour': 1 } },
          expect: { codes: ['no_such_code'] },
        },
        { name: 'no decision', source: base.source, expect: {} },
        {
          name: 'two',
          source: base.source,
          calls: {},
          'quick-scan': {
            solutionExists: 'no',
            rdNeeded: true,
            endUserAndSupportBase: true,
            procurementForeseen: true,
          },
          expect: {},
        },
        { name: 'no source', calls: { year: 2024 }, expect: { light: 'red' } },
        { ...base, parameters: { 'cofinancing.nothing': '1' }, expect: {} },
        { ...base, assumption: { parameter: 'not.a.parameter' }, expect: {} },
      ],
    };
    const checked = safeCheckScenarios(document, { proposals: city, locale: 'en' });
    expect(checked.success).toBe(false);
    const found = checked.success ? [] : checked.issues.map((i) => [i.code, i.path.join('.')]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['unknown_key', 'scenarios.0.expect.colour'],
        ['unknown_key', 'scenarios.1.validate.set.applicant.colour'],
        ['invalid_value', 'scenarios.1.expect.codes.0'],
        ['invalid_value', 'scenarios.2'],
        ['invalid_value', 'scenarios.3.calls'],
        ['required', 'scenarios.4.source'],
        ['unknown_key', 'scenarios.4.expect.light'],
        ['unknown_parameter', 'scenarios.5.parameters.cofinancing.nothing'],
        ['unknown_parameter', 'scenarios.6.assumption.parameter'],
      ]),
    );
    expect(found).toHaveLength(9);
    expect(safeRunScenarios(document, { proposals: city }).success).toBe(false);
    expect(() => checkScenarios(document)).toThrow(
      expect.objectContaining({ name: 'PioRulesError' }),
    );
  });

  it('checks expected codes against the library’s codes', () => {
    for (const code of issueCodes.slice(0, 10))
      expect(
        safeCheckScenarios({ scenarios: [{ ...base, expect: { codes: [code] } }] }).success,
        code,
      ).toBe(true);
  });

  it('refuses what a scenario file cannot be, without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const checked = safeCheckScenarios(value);
        if (checked.success) expect(Array.isArray(checked.data.scenarios)).toBe(true);
        else expect(checked.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the edges of a scenario file', () => {
  const codesOf = (document: unknown): string[][] => {
    const checked = safeCheckScenarios(document, { proposals: city });
    return checked.success ? [] : checked.issues.map((i) => [i.code, i.path.join('.')]);
  };

  it('reports a what-if value the registry refuses at its parameter', () => {
    const found = codesOf({
      scenarios: [
        { ...base, parameters: { 'cofinancing.maxRate': 'half' }, expect: {} },
        {
          ...base,
          parameters: {
            'cofinancing.cap': {
              versions: [{ value: '1.00', validFrom: '2030-01-01', validUntil: '2029-01-01' }],
            },
          },
          expect: {},
        },
      ],
    });
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(
      found.some(([, path]) => path!.startsWith('scenarios.0.parameters.cofinancing.maxRate')),
    ).toBe(true);
    expect(found).toContainEqual([
      'version_dates_reversed',
      expect.stringMatching(/^scenarios\.1\.parameters\.cofinancing\.cap/),
    ]);
  });

  it('refuses parameters and at for a decision that takes none, and a path to remove that is not in the format', () => {
    expect(
      codesOf({
        scenarios: [
          {
            name: 'x',
            source: base.source,
            'on-time': { call: '2024-1', submittedAt: '2024-04-18T12:00:00+02:00' },
            at: '2024-04-18T12:00:00+02:00',
            parameters: { 'calls.timeZone': 'Europe/Paris' },
            expect: { onTime: true },
          },
          {
            ...base,
            validate: { from: 'city-pcp.json', remove: ['applicant.colour'] },
            expect: {},
          },
          { ...base, validate: { from: 'nowhere.json' }, expect: {} },
        ],
      }),
    ).toEqual([
      ['unknown_key', 'scenarios.0.parameters'],
      ['unknown_key', 'scenarios.0.at'],
      ['invalid_value', 'scenarios.1.validate.remove.0'],
      ['invalid_value', 'scenarios.2.validate.from'],
    ]);
  });

  it('refuses a run without a proposals function, and coverage of what is not outcomes', () => {
    const run = safeRunScenarios(
      { scenarios: [{ ...base, expect: {} }] },
      { proposals: 'city' as never, locale: 'en' },
    );
    expect(run.success).toBe(false);
    expect(!run.success && run.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', 'proposals'],
    ]);
    expect(() => scenarioCoverage('all' as never)).toThrow(
      expect.objectContaining({ code: 'invalid_type' }),
    );
    expect(() => scenarioCoverage([{ touches: { rules: [1] } }] as never)).toThrow(
      expect.objectContaining({ code: 'invalid_type' }),
    );
    expect(() => scenarioCoverage({ length: 2 ** 32 - 1 } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_type' }),
    );
    const sparse: unknown[] = [];
    sparse.length = 2_000_000;
    expect(() => scenarioCoverage(sparse as never)).toThrow(
      expect.objectContaining({ code: 'too_long' }),
    );
  });

  it('names an unknown call of an on-time scenario as a failure, and removes a list item by index', () => {
    const run = runScenarios(
      {
        scenarios: [
          {
            name: 'x',
            source: base.source,
            'on-time': { call: '2031-9', submittedAt: '2024-04-18T12:00:00+02:00' },
            expect: { onTime: true },
          },
          {
            ...base,
            validate: {
              from: 'city-pcp.json',
              set: { 'support.cofinancing.requested': '600000.00' },
              remove: ['procurement.costs[2]', 'applicant.contact.phone'],
            },
            expect: { valid: true, eligibleBase: '1200000.00', granted: null },
          },
        ],
      },
      { proposals: city },
    ).data;
    expect(run.outcomes[0]?.failures).toEqual([
      { expectation: 'onTime', expected: 'true', received: '-' },
    ]);
    expect(run.outcomes[1]?.failures).toEqual([
      { expectation: 'granted', expected: 'null', received: '600000.00' },
    ]);
  });
});

describe('a code expectation with a part of the message', () => {
  const over = (message: string) => ({
    ...base,
    validate: { from: 'city-pcp.json', set: { 'support.cofinancing.requested': '750000.01' } },
    locale: 'nl' as const,
    expect: { codes: [{ code: 'cofinancing_above_max_rate', message }] },
  });

  it('holds when the message says it, and fails with what came when it does not', () => {
    const run = runScenarios(
      { scenarios: [over('750.000,01'), over('een miljoen')] },
      { proposals: city },
    ).data;
    expect(run.outcomes.map((o) => o.passed)).toEqual([true, false]);
    expect(run.outcomes[1]?.failures).toEqual([
      {
        expectation: 'codes',
        expected: 'cofinancing_above_max_rate ~"een miljoen"',
        received:
          'cofinancing_above_max_rate@support.cofinancing.requested, deadline_not_published@callId',
      },
    ]);
  });
});
