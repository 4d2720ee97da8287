import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compare,
  eur,
  isMoney,
  isNegative,
  isZero,
  subtract,
  type Money,
} from '../../src/money/index.js';
import { toMoney } from '../../src/money/internal.js';
import { expectCode } from '../helpers/expectCode.js';
import { refusedWith } from '../issues/refusalOf.js';
import { cents } from './cents.js';

describe('eur', () => {
  it.each([
    ['1234.56', '1234.56'],
    ['1000000', '1000000.00'],
    ['-5', '-5.00'],
    ['0', '0.00'],
    ['-0', '0.00'],
    ['-0.00', '0.00'],
    ['007.10', '7.10'],
    ['1.230', '1.23'],
    ['10000000000000', '10000000000000.00'],
    ['-10000000000000.00', '-10000000000000.00'],
  ])('reads the decimal string %s', (input, amount) => {
    expect(eur(input).amount).toBe(amount);
  });

  it.each([
    [1234.5, '1234.50'],
    [12, '12.00'],
    [0.07, '0.07'],
    [-3.1, '-3.10'],
    [-0, '0.00'],
    [1e13, '10000000000000.00'],
  ])('reads the number %s through its shortest representation', (input, amount) => {
    expect(eur(input).amount).toBe(amount);
  });

  it('reads a Decimal from any copy or configuration of decimal.js', () => {
    const Other = Decimal.clone({ precision: 3, toExpPos: 2 });
    expect(eur(new Other('1234567.89')).amount).toBe('1234567.89');
    expect(eur(new Decimal('0.5')).amount).toBe('0.50');
    expect(eur(new Decimal('-0')).amount).toBe('0.00');
  });

  it('makes a frozen plain object { amount, currency: "EUR" }', () => {
    const m = eur('1') as { amount: string };
    expect(m).toEqual({ amount: '1.00', currency: 'EUR' });
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(Object.keys(m)).toEqual(['amount', 'currency']);
    expect(Object.isFrozen(m)).toBe(true);
    expect(() => {
      m.amount = '2';
    }).toThrow(TypeError);
    expect(isMoney(m)).toBe(true);
  });

  it('serialises as the plain data it is', () => {
    expect(JSON.stringify({ m: eur('1000000') })).toBe(
      '{"m":{"amount":"1000000.00","currency":"EUR"}}',
    );
  });

  it.each<[unknown, string]>([
    [Number.NaN, 'invalid_amount'],
    [Number.POSITIVE_INFINITY, 'invalid_amount'],
    [Number.NEGATIVE_INFINITY, 'invalid_amount'],
    ['', 'invalid_amount'],
    ['12,50', 'invalid_amount'],
    ['1e3', 'invalid_amount'],
    [' 12', 'invalid_amount'],
    ['+12', 'invalid_amount'],
    ['1.', 'invalid_amount'],
    ['.5', 'invalid_amount'],
    ['€12', 'invalid_amount'],
    ['0x10', 'invalid_amount'],
    [{}, 'invalid_amount'],
    [[], 'invalid_amount'],
    [null, 'invalid_amount'],
    [undefined, 'invalid_amount'],
    [true, 'invalid_amount'],
    [10n, 'invalid_amount'],
    [new Decimal(Number.NaN), 'invalid_amount'],
    [new Decimal(Number.POSITIVE_INFINITY), 'invalid_amount'],
    [0.1 + 0.2, 'amount_precision'],
    ['1.234', 'amount_precision'],
    [1.005, 'amount_precision'],
    [1e-7, 'amount_precision'],
    [new Decimal('0.001'), 'amount_precision'],
    ['10000000000000.01', 'amount_out_of_range'],
    ['-10000000000000.01', 'amount_out_of_range'],
    [1e14, 'amount_out_of_range'],
    [1e300, 'amount_out_of_range'],
    [new Decimal('1e20'), 'amount_out_of_range'],
    ['9'.repeat(100_000), 'amount_out_of_range'],
  ])('refuses %s with %s', (input, code) => {
    const error = expectCode(() => eur(input as Money), code as never);
    expect(error.message).toContain(code);
    expect(error.issues).toHaveLength(1);
  });

  it('says what is wrong in Dutch by default, and in the language asked for', () => {
    expect(expectCode(() => eur('12,50'), 'invalid_amount').message).toContain('Ongeldig bedrag');
    expect(expectCode(() => eur('12,50', { locale: 'en' }), 'invalid_amount').message).toContain(
      'Invalid amount',
    );
    expect(
      expectCode(() => eur('12,50', { locale: 'en' }), 'invalid_amount').message,
    ).not.toContain('Ongeldig');
  });

  it('reads every spelling of an amount to the same Money', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 3 }), (c, zeros) => {
        const sign = c < 0n ? '-' : '';
        const digits = (c < 0n ? -c : c).toString().padStart(3, '0');
        const canonical = `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
        const expected = c === 0n ? '0.00' : canonical;
        const padded = `${sign}${'0'.repeat(zeros)}${digits.slice(0, -2)}.${digits.slice(-2)}${'0'.repeat(zeros)}`;
        const money = eur(canonical);
        expect(money.amount).toBe(expected);
        expect(eur(padded).amount).toBe(expected);
        expect(eur(new Decimal(canonical)).amount).toBe(expected);
        // The Money computes as what it prints.
        expect(compare(money, eur(padded))).toBe(0);
        expect(subtract(money, eur(padded)).amount).toBe('0.00');
        expect(isNegative(money)).toBe(c < 0n);
        expect(isZero(money)).toBe(c === 0n);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('isMoney', () => {
  it('accepts any object of the Money shape whose amount is exact to the cent and in range', () => {
    expect(isMoney(eur('1'))).toBe(true);
    expect(isMoney({ amount: '1.00', currency: 'EUR' })).toBe(true);
    expect(isMoney({ amount: '1', currency: 'EUR' })).toBe(true);
    expect(isMoney({ amount: '-10000000000000.00', currency: 'EUR' })).toBe(true);
  });

  it.each<unknown>([
    '1.00',
    1,
    null,
    undefined,
    {},
    { amount: '1.001', currency: 'EUR' },
    { amount: '1.00', currency: 'USD' },
    { amount: 1, currency: 'EUR' },
    { amount: '1,00', currency: 'EUR' },
    { amount: '10000000000000.01', currency: 'EUR' },
    { amount: '9'.repeat(41), currency: 'EUR' },
    { amount: '1.00' },
  ])('refuses %j', (value) => {
    expect(isMoney(value)).toBe(false);
  });
});

describe('toMoney (internal)', () => {
  it('refuses at the path it is given', () => {
    expect(refusedWith(() => toMoney('x', ['costs', 0, 'amount']))).toEqual({
      code: 'invalid_amount',
      path: ['costs', 0, 'amount'],
      params: { received: '"x"' },
    });
    expect(refusedWith(() => toMoney('1.234', ['x'])).path).toEqual(['x']);
    expect(refusedWith(() => toMoney('99999999999999', ['y'])).path).toEqual(['y']);
  });
});
