import { describe, expect, it } from 'vitest';
import {
  computeCofinancing,
  computeExpertiseSupport,
  safeComputeCofinancing,
  type CofinancingInput,
  type ComputeCofinancingOptions,
  type ExpertiseInput,
} from '../../src/cofinancing/index.js';
import type { PioIssue } from '../../src/issues/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  type ParameterRegistry,
} from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { hostileRegistry } from '../helpers/hostileRegistry.js';

const categories = ['rd-services', 'validation', 'off-the-shelf', 'other'];

/** The issues of a refused input, as code, path and params. */
function problems(input: unknown, options: ComputeCofinancingOptions = {}) {
  const outcome = safeComputeCofinancing(input as CofinancingInput, options);
  if (outcome.success) throw new Error('expected the input to be refused');
  return outcome.issues.map((i: PioIssue) => ({ code: i.code, path: i.path, params: i.params }));
}

const line = (amount: string) => ({ category: 'rd-services' as const, amount });

describe('safeComputeCofinancing issues say what was received and expected', () => {
  it('for an input that is not an object', () => {
    expect(problems(null)).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'object', received: 'null' } },
    ]);
  });

  it('for costs and phases that are not lists, and lines and phases that are not objects', () => {
    expect(problems({ costs: 'x' })).toEqual([
      { code: 'invalid_type', path: ['costs'], params: { expected: 'array', received: 'string' } },
    ]);
    expect(problems({ phases: 7 })).toEqual([
      { code: 'invalid_type', path: ['phases'], params: { expected: 'array', received: 'number' } },
    ]);
    expect(problems({ costs: ['line'] })).toEqual([
      {
        code: 'invalid_type',
        path: ['costs', 0],
        params: { expected: 'object', received: 'string' },
      },
    ]);
    expect(problems({ phases: [null] })).toEqual([
      {
        code: 'invalid_type',
        path: ['phases', 0],
        params: { expected: 'object', received: 'null' },
      },
    ]);
  });

  it('for a category of the wrong type or an unknown one (quoted, cut to 60 characters)', () => {
    expect(problems({ costs: [{ category: 5, amount: '1' }] })).toEqual([
      {
        code: 'invalid_type',
        path: ['costs', 0, 'category'],
        params: { expected: 'string', received: 'number' },
      },
    ]);
    expect(problems({ costs: [{ category: 'hardware', amount: '1' }] })[0]?.params).toEqual({
      received: '"hardware"',
      expected: categories,
    });
    expect(problems({ costs: [{ category: 'h'.repeat(100), amount: '1' }] })[0]?.params).toEqual({
      received: JSON.stringify('h'.repeat(60)),
      expected: categories,
    });
  });

  it('for a label that is not a string, a phase id that is empty, and an unknown key', () => {
    expect(problems({ costs: [{ ...line('1'), label: 7, colour: 'red' }] })).toEqual([
      { code: 'unknown_key', path: ['costs', 0, 'colour'], params: { key: 'colour' } },
      {
        code: 'invalid_type',
        path: ['costs', 0, 'label'],
        params: { expected: 'a non-empty string', received: 'number' },
      },
    ]);
    expect(problems({ phases: [{ id: '', label: 'A', costs: [line('1')] }] })).toEqual([
      {
        code: 'invalid_type',
        path: ['phases', 0, 'id'],
        params: { expected: 'a non-empty string', received: '""' },
      },
    ]);
  });

  it('accepts a label of 1,000 characters and refuses one of 1,001', () => {
    const ok = computeCofinancing({ costs: [{ ...line('1'), label: 'l'.repeat(1_000) }] });
    expect(ok.eligible[0]?.label).toHaveLength(1_000);
    expect(problems({ costs: [{ ...line('1'), label: 'l'.repeat(1_001) }] })).toEqual([
      { code: 'too_long', path: ['costs', 0, 'label'], params: { maximum: 1_000 } },
    ]);
  });

  it('names a duplicate phase id', () => {
    const phase = { id: 'a', label: 'A', costs: [line('1')] };
    expect(problems({ phases: [phase, phase] })).toEqual([
      { code: 'duplicate_id', path: ['phases', 1, 'id'], params: { id: 'a' } },
    ]);
  });

  it('lists the sources and VAT treatments it knows', () => {
    expect(problems({ costs: [line('1')], estimatedCost: '1' })).toEqual([
      {
        code: 'invalid_value',
        path: [],
        params: { received: 'costs + estimatedCost', expected: 'costs | estimatedCost | phases' },
      },
    ]);
    expect(problems({ estimatedCost: '1', vat: 'included' })).toEqual([
      {
        code: 'invalid_value',
        path: ['vat'],
        params: { received: '"included"', expected: ['excluded', 'non-recoverable'] },
      },
    ]);
  });

  it('reads 1,000 cost lines and refuses 1,001 at once, without reading them', () => {
    const thousand = computeCofinancing({ costs: Array.from({ length: 1_000 }, () => line('1')) });
    expect(thousand.maximum.amount).toBe('500.00');
    expect(problems({ costs: Array.from({ length: 1_001 }, () => null) })).toEqual([
      {
        code: 'input_too_large',
        path: ['costs'],
        params: { reason: '1001 items, at most 1000' },
      },
    ]);
  });

  it('refuses 1,001 phases, and 1,001 cost lines spread over phases', () => {
    expect(problems({ phases: Array.from({ length: 1_001 }, () => null) })).toEqual([
      {
        code: 'input_too_large',
        path: ['phases'],
        params: { reason: '1001 items, at most 1000' },
      },
    ]);
    const half = (id: string, n: number) => ({
      id,
      label: id,
      costs: Array.from({ length: n }, () => line('1')),
    });
    expect(problems({ phases: [half('a', 500), half('b', 501)] })).toEqual([
      {
        code: 'input_too_large',
        path: ['phases'],
        params: { reason: '1001 items, at most 1000' },
      },
    ]);
    expect(computeCofinancing({ phases: [half('a', 500), half('b', 500)] }).maximum.amount).toBe(
      '500.00',
    );
  });

  it('for a call whose id is missing, not a string or longer than 100 characters', () => {
    const at = (id: unknown) => ({ estimatedCost: '1', at: { id, deadlineDate: '2024-04-18' } });
    expect(problems(at(undefined))).toEqual([
      {
        code: 'required',
        path: ['at', 'id'],
        params: { expected: 'string', received: 'undefined' },
      },
    ]);
    expect(problems(at(5))).toEqual([
      {
        code: 'invalid_type',
        path: ['at', 'id'],
        params: { expected: 'string', received: 'number' },
      },
    ]);
    expect(problems(at('i'.repeat(101)))).toEqual([
      { code: 'too_long', path: ['at', 'id'], params: { maximum: 100 } },
    ]);
    expect(computeCofinancing(at('i'.repeat(100)) as CofinancingInput).callId).toHaveLength(100);
  });

  it('puts the warning about a committee cap at options.capOverride', () => {
    const result = computeCofinancing({ estimatedCost: '100' }, { capOverride: '10' });
    expect(result.warnings.map((w) => w.path)).toEqual([['options', 'capOverride']]);
  });

  it('treats null options as none', () => {
    const outcome = safeComputeCofinancing({ estimatedCost: '100' }, null as never);
    expect(outcome.success && outcome.result.maximum.amount).toBe('50.00');
  });

  it('rethrows an error that is not a PioRulesError thrown while reading the rules', () => {
    const parameters = hostileRegistry();
    expect(() => safeComputeCofinancing({ estimatedCost: '1' }, { parameters })).toThrow(
      RangeError,
    );
  });
});

describe('computeCofinancing result', () => {
  it('gives a line without label or phase no such keys', () => {
    const result = computeCofinancing({
      costs: [line('10'), { ...line('5'), category: 'other' as const }],
    });
    expect(Object.keys(result.eligible[0]!)).toEqual(['path', 'category', 'amount']);
    expect(Object.keys(result.excluded[0]!)).toEqual(['path', 'category', 'amount', 'reason']);
  });

  it('names the cost line of a phase by its path in the explanation', () => {
    const result = computeCofinancing({
      phases: [{ id: 'p1', label: 'Fase 1', costs: [line('10'), line('20')] }],
    });
    const step = result.explanation.filter((s) => s.code === 'cost_line_eligible')[1];
    expect(step?.params).toEqual({
      line: 'phases[0].costs[1]',
      category: 'rd-services',
      amount: '20.00',
      label: null,
      phaseId: 'p1',
    });
  });

  it('gives a cap step no parameter when a committee decided the cap', () => {
    const result = computeCofinancing({ estimatedCost: '100' }, { capOverride: '10' });
    expect(result.explanation.find((s) => s.code === 'cap_applied')?.parameters).toEqual([]);
  });

  it('writes a rate with trailing zeros as a plain percentage', () => {
    const rate = (value: string): ParameterRegistry =>
      createParameterRegistry(
        [
          {
            ...getDefinition('cofinancing.maxRate'),
            versions: [{ ...getDefinition('cofinancing.maxRate').versions.at(-1)!, value }],
          },
        ],
        { base: defaultParameters },
      );
    for (const [value, percent] of [
      ['0.1250', '12.5'],
      ['0.500', '50'],
      ['0.12', '12'],
    ]) {
      const result = computeCofinancing({ estimatedCost: '1000' }, { parameters: rate(value!) });
      expect(result.explanation.find((s) => s.code === 'rate_applied')?.params['ratePercent']).toBe(
        percent,
      );
    }
  });

  it('marks the non-recoverable VAT step as an assumption even with a published VAT rate', () => {
    const published = (id: string) => ({
      ...getDefinition(id),
      versions: getDefinition(id).versions.map((v) => ({ ...v, status: 'published' as const })),
    });
    const parameters = createParameterRegistry(
      [published('vat.standardRate'), published('cofinancing.rounding')],
      { base: defaultParameters },
    );
    const result = computeCofinancing(
      { estimatedCost: '100', vat: 'non-recoverable' },
      { parameters },
    );
    expect(result.explanation.find((s) => s.code === 'vat_non_recoverable')?.assumption).toBe(true);
  });
});

describe('computeExpertiseSupport issues', () => {
  it('says what it expected instead of a non-object', () => {
    const issue = expectCode(
      () => computeExpertiseSupport(null as unknown as ExpertiseInput),
      'invalid_type',
    ).issues[0];
    expect(issue?.path).toEqual([]);
    expect(issue?.params).toEqual({ expected: 'object', received: 'null' });
  });

  it('refuses an unknown key even when the rest is fine', () => {
    const error = expectCode(
      () =>
        computeExpertiseSupport({ requested: '1', at: '2024-01-01', extra: 1 } as ExpertiseInput),
      'unknown_key',
    );
    expect(error.issues.map((i) => [i.path, i.params])).toEqual([[['extra'], { key: 'extra' }]]);
  });

  it('reports a date without rules at at, and a registry without the parameter at the root', () => {
    expect(
      expectCode(
        () => computeExpertiseSupport({ requested: '1', at: '2010-01-01' }),
        'no_parameter_value',
      ).issues[0]?.path,
    ).toEqual(['at']);
    const parameters = createParameterRegistry([getDefinition('cofinancing.cap')]);
    expect(
      expectCode(
        () => computeExpertiseSupport({ requested: '1' }, { parameters }),
        'unknown_parameter',
      ).issues[0]?.path,
    ).toEqual([]);
  });

  it('is within the indicative maximum up to the cent, and above it one cent more', () => {
    const at = computeExpertiseSupport({ requested: '30000.00', at: '2024-01-01' });
    expect(at.aboveIndicativeMax).toBe(false);
    expect(at.warnings).toEqual([]);
    expect(at.explanation[1]?.code).toBe('expertise_within_indicative_max');
    const above = computeExpertiseSupport({ requested: '30000.01', at: '2024-01-01' });
    expect(above.aboveIndicativeMax).toBe(true);
    expect(above.explanation[1]?.code).toBe('expertise_above_indicative_max');
  });
});
