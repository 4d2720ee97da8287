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
  sum,
  type Money,
} from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';

describe('money functions given a look-alike instead of a Money', () => {
  it('refuse it as invalid_amount, saying a Money made by eur() was expected', () => {
    const lookAlike = { currency: 'EUR', amount: '1.00' } as unknown as Money;
    for (const run of [
      () => add(lookAlike, eur('1')),
      () => formatEur(lookAlike),
      () => min(lookAlike),
      () => allocate(lookAlike, ['1']),
    ]) {
      expect(expectCode(run, 'invalid_amount').issues[0]?.params).toEqual({
        received: 'object',
        expected: 'a Money made by eur()',
      });
    }
    expect(
      expectCode(() => formatEur('1.00' as never), 'invalid_amount').issues[0]?.params['received'],
    ).toBe('string');
  });
});

describe('sum, min, max and allocate given a list', () => {
  const one = eur('0.01');

  it('refuse something that is not an array', () => {
    for (const run of [() => sum('1' as never), () => allocate(one, 'x' as never)]) {
      expect(expectCode(run, 'invalid_type').issues[0]?.params).toEqual({
        expected: 'array',
        received: 'string',
      });
    }
  });

  it('take up to 10,000 amounts and refuse 10,001', () => {
    const many = (n: number) => Array.from({ length: n }, () => one);
    expect(sum(many(10_000)).amount).toBe('100.00');
    expect(max(one, ...many(9_999)).amount).toBe('0.01');
    expect(allocate(eur('100'), many(10_000)).length).toBe(10_000);
    for (const run of [
      () => sum(many(10_001)),
      () => min(one, ...many(10_001)),
      () => max(one, ...many(10_001)),
      () => allocate(one, many(10_001)),
    ]) {
      expect(expectCode(run, 'input_too_large').issues[0]?.params).toEqual({
        reason: '10001 items, at most 10000',
      });
    }
  });
});

describe('multiply', () => {
  it('refuses a rounding mode that only looks like a name when printed', () => {
    const down = { toString: () => 'down' };
    expectCode(() => multiply(eur('1'), '0.5', down as never), 'invalid_rounding_mode');
  });
});

describe('parseEur and formatEur given null options', () => {
  it('use the Dutch default', () => {
    expect(parseEur('€ 1.234,50', null as never).amount).toBe('1234.50');
    expect(formatEur(eur('1234.5'), null as never)).toBe('€ 1.234,50');
  });
});
