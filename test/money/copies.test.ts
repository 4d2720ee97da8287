import { describe, expect, it } from 'vitest';
import {
  add,
  allocate,
  compare,
  eur,
  formatEur,
  isNegative,
  isZero,
  max,
  min,
  multiply,
  subtract,
  sum,
  type Money,
} from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';

/** A Money as the CommonJS build (another copy of the library) makes it: the same plain shape. */
const fromOtherCopy = (amount: string): Money =>
  Object.freeze({ amount, currency: 'EUR' as const });

describe('a Money made elsewhere', () => {
  it('survives structuredClone, a spread and a JSON round trip', () => {
    expect(eur(structuredClone(eur('1')))).toEqual({ amount: '1.00', currency: 'EUR' });
    expect(add(eur('1'), { ...eur('2') }).amount).toBe('3.00');
    const json = JSON.parse(JSON.stringify(eur('1.50'))) as Money;
    expect(eur(json)).toEqual({ amount: '1.50', currency: 'EUR' });
    expect(Object.isFrozen(json)).toBe(false);
  });

  it('is accepted from another copy of the library (the CommonJS build beside the ESM one)', () => {
    const other = fromOtherCopy('1.00');
    expect(eur(other)).toEqual(eur('1.00'));
    expect(add(other, eur('0.50')).amount).toBe('1.50');
    expect(formatEur(other)).toBe('€ 1,00');
  });

  it('works in every money function', () => {
    const a = { ...eur('10') };
    const b = structuredClone(eur('2.50'));
    expect(subtract(a, b).amount).toBe('7.50');
    expect(sum([a, b]).amount).toBe('12.50');
    expect(compare(a, b)).toBe(1);
    expect(min([a, b]).amount).toBe('2.50');
    expect(max([a, b]).amount).toBe('10.00');
    expect(isZero({ amount: '0.00', currency: 'EUR' })).toBe(true);
    expect(isNegative({ amount: '-0.01', currency: 'EUR' })).toBe(true);
    expect(multiply(a, '0.5', 'down').amount).toBe('5.00');
    expect(allocate(a, ['1', '1']).map((m) => m.amount)).toEqual(['5.00', '5.00']);
  });

  it('is checked again where it enters, never trusted blindly', () => {
    const error = expectCode(
      () => add(eur('1'), { amount: '1.001', currency: 'EUR' }),
      'amount_precision',
    );
    expect(error.issues[0]?.path).toEqual([1]);
    expect(error.issues[0]?.params).toEqual({ received: '1.001' });
    expectCode(() => eur({ amount: '1e3', currency: 'EUR' }), 'invalid_amount');
    expectCode(() => eur({ amount: '10000000000000.01', currency: 'EUR' }), 'amount_out_of_range');
    expectCode(() => eur({ amount: '1.00', currency: 'USD' } as never), 'invalid_amount');
    expectCode(() => eur({ amount: 1, currency: 'EUR' } as never), 'invalid_amount');
  });

  it('comes back as a fresh frozen Money in canonical form', () => {
    const loose = { amount: '7.1', currency: 'EUR' as const };
    const made = eur(loose);
    expect(made).toEqual({ amount: '7.10', currency: 'EUR' });
    expect(made).not.toBe(loose);
    expect(Object.isFrozen(made)).toBe(true);
    expect(Object.isFrozen(loose)).toBe(false);
    expect(loose.amount).toBe('7.1');
  });

  it('is not a bare string: a string where a Money is required is refused', () => {
    const error = expectCode(() => add(eur('1'), '1.00' as never), 'invalid_amount');
    expect(error.issues[0]?.params).toEqual({ received: '"1.00"' });
    expect(error.issues[0]?.path).toEqual([1]);
    expectCode(() => formatEur('1.00' as never), 'invalid_amount');
    expectCode(() => sum(['1.00'] as never), 'invalid_amount');
    expectCode(() => multiply('1.00' as never, '0.5', 'down'), 'invalid_amount');
  });
});
