import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  add,
  allocate,
  eur,
  max,
  min,
  multiply,
  parseEur,
  type Money,
} from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';

const amountHint = 'a decimal string such as "1234.56", or a number with at most two decimals';
const rateHint = 'a non-negative decimal such as "0.5"';

describe('money issues say what was received and what was expected', () => {
  it('for eur', () => {
    expect(expectCode(() => eur('12,50'), 'invalid_amount').issues[0]).toMatchObject({
      path: [],
      params: { received: '"12,50"', expected: amountHint },
    });
    expect(expectCode(() => eur(Number.NaN), 'invalid_amount').issues[0]?.params).toEqual({
      received: 'NaN',
      expected: amountHint,
    });
    expect(expectCode(() => eur(true as never), 'invalid_amount').issues[0]?.params).toEqual({
      received: 'boolean',
      expected: amountHint,
    });
    expect(expectCode(() => eur(1e14), 'amount_out_of_range').issues[0]?.params).toEqual({
      received: '100000000000000',
      maximum: '10000000000000',
    });
    expect(expectCode(() => eur('1'.repeat(50)), 'amount_out_of_range').issues[0]?.params).toEqual({
      received: `${'1'.repeat(40)}…`,
      maximum: '10000000000000',
    });
    expect(
      expectCode(() => eur('1.234', { path: ['x'] }), 'amount_precision').issues[0],
    ).toMatchObject({
      path: ['x'],
      params: { received: '1.234' },
    });
    expect(
      expectCode(() => eur('99999999999999', { path: ['y'] }), 'amount_out_of_range').issues[0]
        ?.path,
    ).toEqual(['y']);
  });

  it('for numbers too small to be cents', () => {
    expect(expectCode(() => eur(1e-7), 'amount_precision').issues[0]?.params).toEqual({
      received: '1e-7',
    });
    expect(eur('5').currency).toBe('EUR');
  });

  it('for a rate given to multiply (no path) and a Decimal configured for exponents', () => {
    expect(
      expectCode(() => multiply(eur('1'), 'x', 'down'), 'invalid_ratio').issues[0]?.path,
    ).toEqual([]);
    const Exp = Decimal.clone({ toExpPos: 2 });
    expect(multiply(eur('1'), new Exp('1000'), 'down').amount).toBe('1000.00');
  });

  it('refuses an object that only looks like a Decimal', () => {
    expectCode(() => eur({ toStringTag: '[object Decimal]' } as never), 'invalid_amount');
    expect(eur(new Decimal('-0')).amount).toBe('0.00');
  });

  it('for arithmetic without a path', () => {
    expect(
      expectCode(() => add(eur('10000000000000'), eur('1')), 'amount_out_of_range').issues[0],
    ).toMatchObject({
      path: [],
      params: { received: '10000000000001', maximum: '10000000000000' },
    });
  });

  it('for rates and ratios', () => {
    expect(
      expectCode(() => multiply(eur('1'), '-0.5', 'down'), 'invalid_ratio').issues[0]?.params,
    ).toEqual({
      received: '-0.5',
      expected: rateHint,
    });
    expect(
      expectCode(() => multiply(eur('1'), null as never, 'down'), 'invalid_ratio').issues[0]
        ?.params,
    ).toEqual({
      received: 'null',
      expected: rateHint,
    });
    expect(
      expectCode(() => multiply(eur('1'), `0.${'5'.repeat(70)}`, 'down'), 'invalid_ratio').issues[0]
        ?.params['received'],
    ).toHaveLength(60);
    expect(multiply(eur('10'), `0.${'5'.repeat(58)}`, 'down').amount).toBe('5.55');
    expect(multiply(eur('10'), new Decimal('0.25'), 'down').amount).toBe('2.50');
    expect(multiply(eur('10'), 0.25, 'down').amount).toBe('2.50');
    expect(multiply(eur('10'), eur('0.25'), 'down').amount).toBe('2.50');
    expectCode(() => multiply(eur('1'), Number.POSITIVE_INFINITY, 'down'), 'invalid_ratio');
    expectCode(() => multiply(eur('1'), new Decimal(Number.NaN), 'down'), 'invalid_ratio');
    expect(
      expectCode(() => multiply(eur('1'), '0.5', 'sideways' as never), 'invalid_rounding_mode')
        .issues[0]?.params,
    ).toEqual({
      received: 'sideways',
    });
    expect(
      expectCode(() => allocate(eur('1'), ['1', 'x']), 'invalid_ratio').issues[0]?.path,
    ).toEqual([1]);
    expect(expectCode(() => allocate(eur('1'), []), 'invalid_ratio').issues[0]?.params).toEqual({
      received: 'none',
      expected: 'at least one ratio',
    });
    expect(
      expectCode(() => allocate(eur('1'), ['0', '0.0']), 'invalid_ratio').issues[0]?.params,
    ).toEqual({
      received: 'all zero',
      expected: 'a positive ratio',
    });
  });

  it('for parseEur, with the locale and its format', () => {
    expect(
      expectCode(() => parseEur('1,5', { locale: 'en' }), 'invalid_amount').issues[0]?.params,
    ).toEqual({
      received: '"1,5"',
      expected: '€1,234,567.89 or 1234567.89',
      locale: 'en',
    });
    expect(expectCode(() => parseEur('x'), 'invalid_amount').issues[0]?.params).toEqual({
      received: '"x"',
      expected: '€ 1.234.567,89 or 1234567,89',
      locale: 'nl-BE',
    });
    expect(
      expectCode(() => parseEur('1', { locale: 'fr' as never }), 'invalid_amount').issues[0]
        ?.params['expected'],
    ).toBe('€ 1.234.567,89 or 1234567,89');
    expect(
      expectCode(() => parseEur(null as never), 'invalid_amount').issues[0]?.params['received'],
    ).toBe('object');
    expect(
      expectCode(() => parseEur('1'.repeat(70)), 'invalid_amount').issues[0]?.params['received'],
    ).toBe(`"${'1'.repeat(60)}"`);
  });
});

describe('parseEur boundaries', () => {
  it('reads up to 60 characters and refuses longer text before parsing it', () => {
    expectCode(() => parseEur(`${' '.repeat(57)}1,00`), 'invalid_amount');
    expect(parseEur(`${' '.repeat(57)}1,00`.slice(1)).amount).toBe('1.00');
    expectCode(() => parseEur('1'.repeat(60)), 'amount_out_of_range');
    expectCode(() => parseEur('1'.repeat(61)), 'invalid_amount');
  });

  it('reads a sign before or after the euro sign, but not both or twice', () => {
    expect(parseEur('-EUR 5').amount).toBe('-5.00');
    expect(parseEur('EUR-5').amount).toBe('-5.00');
    expectCode(() => parseEur('5-'), 'invalid_amount');
    expectCode(() => parseEur('-€-5'), 'invalid_amount');
    expectCode(() => parseEur('€--5'), 'invalid_amount');
  });
});

describe('min and max', () => {
  it('return the first of equal amounts', () => {
    const a: Money = eur('1');
    const b: Money = eur('1.00');
    expect(min(a, b)).toBe(a);
    expect(max(a, b)).toBe(a);
    expect(min(eur('2'), a)).toBe(a);
    expect(max(a, eur('2')).amount).toBe('2.00');
  });
});

describe('allocate', () => {
  it('scales ratios with different numbers of decimals alike', () => {
    expect(allocate(eur('1'), ['0.5', '0.25']).map(String)).toEqual(['0.67', '0.33']);
    expect(allocate(eur('3'), ['1', '0.5', '1.50']).map(String)).toEqual(['1.00', '0.50', '1.50']);
  });

  it('hands equal remainders out from the first part on', () => {
    expect(allocate(eur('0.04'), [1, 1, 1, 1, 1, 1]).map(String)).toEqual([
      '0.01',
      '0.01',
      '0.01',
      '0.01',
      '0.00',
      '0.00',
    ]);
    expect(allocate(eur('0.02'), [1, 2, 1, 2, 1]).map(String)).toEqual([
      '0.00',
      '0.01',
      '0.00',
      '0.01',
      '0.00',
    ]);
    expect(allocate(eur('0.03'), [3, 1, 1, 1]).map(String)).toEqual([
      '0.02',
      '0.01',
      '0.00',
      '0.00',
    ]);
  });
});
