import { describe, expect, it } from 'vitest';
import {
  add,
  allocate,
  eur,
  formatEur,
  max,
  min,
  multiply,
  parseEur,
  safeParseEur,
  sum,
} from '../../src/money/index.js';
import { isPioRulesError } from '../../src/issues/index.js';
import { expectCode } from '../helpers/expectCode.js';

describe('sum, min, max and allocate given a list', () => {
  const cent = eur('0.01');

  it('refuse something that is not an array', () => {
    for (const run of [
      () => sum('1' as never),
      () => min({} as never),
      () => max(null as never),
      () => allocate(cent, 'x' as never),
    ]) {
      expect(expectCode(run, 'invalid_type').issues[0]?.params).toHaveProperty('expected', 'array');
    }
  });

  it('take up to 10,000 amounts and refuse 10,001', () => {
    const many = (n: number) => Array.from({ length: n }, () => cent);
    expect(sum(many(10_000)).amount).toBe('100.00');
    expect(max(many(10_000)).amount).toBe('0.01');
    expect(allocate(eur('100'), many(10_000))).toHaveLength(10_000);
    for (const run of [
      () => sum(many(10_001)),
      () => min(many(10_001)),
      () => max(many(10_001)),
      () => allocate(cent, many(10_001)),
    ]) {
      expect(expectCode(run, 'input_too_large').issues[0]?.params).toEqual({
        limit: 'items',
        maximum: 10_000,
      });
    }
  });

  it('measure a sparse list by its length, refusing 2^32 - 1 empty slots at once', () => {
    const sparse = new Array<never>(2 ** 32 - 1);
    const start = performance.now();
    for (const run of [
      () => sum(sparse),
      () => min(sparse),
      () => max(sparse),
      () => allocate(cent, sparse),
    ])
      expectCode(run, 'input_too_large');
    expect(performance.now() - start).toBeLessThan(100);
    expect(expectCode(() => sum(new Array(3)), 'invalid_amount').issues[0]?.path).toEqual([0]);
  });
});

describe('money functions given hostile values', () => {
  const cyclic: Record<string, unknown> = { currency: 'EUR' };
  cyclic['amount'] = cyclic;
  let deep: unknown = eur('1');
  for (let i = 0; i < 20_000; i += 1) deep = { amount: deep, currency: 'EUR' };
  const hostile: unknown[] = [
    cyclic,
    deep,
    new Array(2 ** 32 - 1),
    'x'.repeat(10_000_000),
    { amount: '1'.repeat(10_000_000), currency: 'EUR' },
    Symbol('s'),
    () => 1,
    10n,
  ];

  it('refuse them with a PioRulesError, fast, wherever they are', () => {
    const start = performance.now();
    for (const value of hostile) {
      for (const run of [
        () => eur(value as never),
        () => add(eur('1'), value as never),
        () => sum([eur('1'), value] as never),
        () => multiply(eur('1'), value as never, 'down'),
        () => multiply(eur('1'), '0.5', value as never),
        () => allocate(eur('1'), [value] as never),
        () => formatEur(value as never),
        () => parseEur(value as never),
        () => eur('1', { locale: value } as never),
      ]) {
        let caught: unknown;
        try {
          run();
        } catch (error) {
          caught = error;
        }
        expect(isPioRulesError(caught), String(caught)).toBe(true);
      }
    }
    expect(safeParseEur('x'.repeat(10_000_000)).success).toBe(false);
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it('never freeze or change the Money-shaped objects they are given', () => {
    const a = { amount: '1.5', currency: 'EUR' as const };
    const b = { amount: '2.50', currency: 'EUR' as const };
    add(a, b);
    sum([a, b]);
    allocate(a, [b, '1']);
    multiply(a, b, 'down');
    expect(a).toEqual({ amount: '1.5', currency: 'EUR' });
    expect(Object.isFrozen(a)).toBe(false);
    expect(Object.isFrozen(b)).toBe(false);
  });
});

describe('multiply', () => {
  it('refuses a rounding mode that only looks like a name when printed', () => {
    const down = { toString: () => 'down' };
    expectCode(() => multiply(eur('1'), '0.5', down as never), 'invalid_rounding_mode');
  });
});
