import Decimal from 'decimal.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
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
  parseEur,
  subtract,
  sum,
  zero,
} from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { cents, fromCents, halfCents, positiveCents, toCents } from './cents.js';

describe('add, subtract, sum', () => {
  it('adds exactly where binary floating point does not', () => {
    expect(add(eur('0.10'), eur('0.20')).amount).toBe('0.30');
    expect(subtract(eur('1'), eur('1.50')).amount).toBe('-0.50');
    expect(sum([eur('1'), eur('2.50'), eur('0.01')]).amount).toBe('3.51');
    expect(sum([]).amount).toBe('0.00');
    expect(subtract(eur('1'), eur('1')).amount).toBe('0.00');
  });

  it('agrees with integer cents', () => {
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        fc.pre((a + b < 0n ? -(a + b) : a + b) <= 10n ** 15n);
        expect(toCents(add(fromCents(a), fromCents(b)))).toBe(a + b);
      }),
    );
  });

  it('undoes an addition with a subtraction', () => {
    fc.assert(
      fc.property(halfCents, halfCents, (a, b) => {
        const x = fromCents(a);
        const y = fromCents(b);
        expect(subtract(add(x, y), y)).toEqual(x);
        expect(add(subtract(x, y), y)).toEqual(x);
        expect(add(x, y)).toEqual(add(y, x));
      }),
    );
  });

  it('sums a list as repeated addition', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), { maxLength: 20 }),
        (list) => {
          const amounts = list.map(fromCents);
          expect(sum(amounts)).toEqual(amounts.reduce((s, m) => add(s, m), zero));
        },
      ),
    );
  });

  it('refuses a sum beyond 10^13 euro', () => {
    expectCode(() => add(eur('10000000000000'), eur('0.01')), 'amount_out_of_range');
    expectCode(() => subtract(eur('-10000000000000'), eur('0.01')), 'amount_out_of_range');
    expectCode(() => sum([eur('10000000000000'), eur('0.01')]), 'amount_out_of_range');
  });

  it('refuses what is not a Money, wherever it is in the list, at its position', () => {
    const one = eur('12.30');
    expect(sum([one])).toEqual(one);
    for (const bad of [undefined, null, '1.00', 1, {}, { currency: 'EUR' }]) {
      const first = expectCode(() => sum([bad] as never), 'invalid_amount');
      expect(first.issues[0]?.path).toEqual([0]);
      const second = expectCode(() => sum([one, bad] as never), 'invalid_amount');
      expect(second.issues[0]?.path).toEqual([1]);
    }
    const loose = { currency: 'EUR', amount: '1.001' } as const;
    expect(expectCode(() => sum([one, loose]), 'amount_precision').issues[0]?.path).toEqual([1]);
    expect(expectCode(() => add(one, null as never), 'invalid_amount').issues[0]?.path).toEqual([
      1,
    ]);
    expect(
      expectCode(() => subtract(null as never, one), 'invalid_amount').issues[0]?.path,
    ).toEqual([0]);
    expect(expectCode(() => compare(one, 5 as never), 'invalid_amount').issues[0]?.path).toEqual([
      1,
    ]);
    expect(expectCode(() => min([one, null] as never), 'invalid_amount').issues[0]?.path).toEqual([
      1,
    ]);
    expect(expectCode(() => isZero(null as never), 'invalid_amount').issues[0]?.path).toEqual([]);
    expectCode(() => isNegative('-1' as never), 'invalid_amount');
  });
});

describe('compare, min, max, isZero, isNegative', () => {
  it('orders amounts', () => {
    expect(compare(eur('2'), eur('10'))).toBe(-1);
    expect(compare(eur('10'), eur('2'))).toBe(1);
    expect(compare(eur('2'), eur('2.00'))).toBe(0);
    expect(compare(eur('-1'), eur('0'))).toBe(-1);
    expect(min([eur('1200000'), eur('1000000')]).amount).toBe('1000000.00');
    expect(max([eur('1'), eur('2'), eur('-3')]).amount).toBe('2.00');
    expect(min([eur('1'), eur('2'), eur('-3')]).amount).toBe('-3.00');
    expect(min([eur('5')]).amount).toBe('5.00');
  });

  it('gives zero for an empty list', () => {
    expect(min([])).toEqual(zero);
    expect(max([])).toEqual(zero);
  });

  it('agrees with integer cents', () => {
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 10 }), (list) => {
        const amounts = list.map(fromCents);
        const sorted = [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(toCents(min(amounts))).toBe(sorted[0]);
        expect(toCents(max(amounts))).toBe(sorted.at(-1));
        const [a, b] = [list[0]!, list.at(-1)!];
        expect(compare(fromCents(a), fromCents(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('tells zero and negative amounts', () => {
    expect(isZero(zero)).toBe(true);
    expect(isZero(eur('0.01'))).toBe(false);
    expect(isZero(eur('-0.01'))).toBe(false);
    expect(isNegative(eur('-0.01'))).toBe(true);
    expect(isNegative(eur('0'))).toBe(false);
    expect(isNegative(eur('-0'))).toBe(false);
    expect(isNegative({ amount: '-0.00', currency: 'EUR' })).toBe(false);
  });

  it('has zero as a frozen Money', () => {
    expect(zero).toEqual({ amount: '0.00', currency: 'EUR' });
    expect(Object.isFrozen(zero)).toBe(true);
  });
});

describe('isolation from the consumer’s decimal.js', () => {
  const saved = {
    precision: Decimal.precision,
    rounding: Decimal.rounding,
    toExpPos: Decimal.toExpPos,
    toExpNeg: Decimal.toExpNeg,
  };
  afterEach(() => {
    Decimal.set(saved);
  });

  it('gives the same results after a global Decimal.set by the consumer', () => {
    const run = () => [
      multiply(eur('1999999.99'), '0.5', 'down').amount,
      multiply(eur('1.00'), 1e-7, 'up').amount,
      add(eur('123456789.01'), eur('0.99')).amount,
      allocate(eur('1000000'), ['1', '2', '3'])
        .map((m) => m.amount)
        .join(),
      formatEur(eur('1234567.89')),
      parseEur('€ 1.234.567,89').data.amount,
      eur(new Decimal('1234567.89')).amount,
    ];
    const before = run();
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_UP, toExpPos: 2, toExpNeg: -2 });
    expect(run()).toEqual(before);
  });

  it('rounds every amount as before, whatever the consumer set', () => {
    Decimal.set({ precision: 3, rounding: Decimal.ROUND_CEIL, toExpPos: 1 });
    fc.assert(
      fc.property(positiveCents, halfCents, (c, h) => {
        expect(toCents(multiply(fromCents(c), '0.5', 'down'))).toBe(c / 2n);
        expect(toCents(add(fromCents(h), fromCents(h)))).toBe(2n * h);
      }),
    );
  });
});
