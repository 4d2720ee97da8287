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
  multiplyExplained,
  parseEur,
  subtract,
  sum,
  ZERO,
  type Money,
} from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';

/** Any amount the library accepts, as integer cents. */
const cents = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
const fromCents = (c: bigint): Money => {
  const sign = c < 0n ? '-' : '';
  const abs = (c < 0n ? -c : c).toString().padStart(3, '0');
  return eur(`${sign}${abs.slice(0, -2)}.${abs.slice(-2)}`);
};
const toCents = (m: Money): bigint => BigInt(m.amount.replace('.', ''));

describe('add, subtract, sum', () => {
  it('adds exactly where binary floating point does not', () => {
    expect(add(eur('0.10'), eur('0.20')).amount).toBe('0.30');
    expect(subtract(eur('1'), eur('1.50')).amount).toBe('-0.50');
    expect(sum([eur('1'), eur('2.50'), eur('0.01')]).amount).toBe('3.51');
    expect(sum([]).amount).toBe('0.00');
  });

  it('agrees with integer cents', () => {
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        fc.pre((a + b < 0n ? -(a + b) : a + b) <= 10n ** 15n);
        expect(toCents(add(fromCents(a), fromCents(b)))).toBe(a + b);
      }),
    );
  });

  it('refuses a sum beyond 10^13 euro', () => {
    expectCode(() => add(eur('10000000000000'), eur('0.01')), 'amount_out_of_range');
    expectCode(() => sum([eur('10000000000000'), eur('0.01')]), 'amount_out_of_range');
  });

  it('sums one amount to itself and refuses what is not a Money, wherever it is in the list', () => {
    const one = eur('12.30');
    expect(sum([one])).toBe(one);
    const notMoney = [undefined, null, '1.00', { currency: 'EUR', amount: '1.00' }];
    for (const bad of notMoney) {
      expectCode(() => sum([bad] as never), 'invalid_amount');
      expectCode(() => sum([bad, one] as never), 'invalid_amount');
      expectCode(() => sum([one, bad] as never), 'invalid_amount');
    }
  });
});

describe('compare, min, max, isZero, isNegative', () => {
  it('orders amounts', () => {
    expect(compare(eur('2'), eur('10'))).toBe(-1);
    expect(compare(eur('10'), eur('2'))).toBe(1);
    expect(compare(eur('2'), eur('2.00'))).toBe(0);
    expect(min(eur('1200000'), eur('1000000')).amount).toBe('1000000.00');
    expect(max(eur('1'), eur('2'), eur('-3')).amount).toBe('2.00');
    expect(min(eur('5')).amount).toBe('5.00');
  });

  it('tells zero and negative amounts', () => {
    expect(isZero(ZERO)).toBe(true);
    expect(isZero(eur('0.01'))).toBe(false);
    expect(isNegative(eur('-0.01'))).toBe(true);
    expect(isNegative(eur('0'))).toBe(false);
    expect(isNegative(eur('-0'))).toBe(false);
  });
});

describe('multiply', () => {
  it.each([
    ['0.01', 'down', '0.00'],
    ['0.01', 'halfUp', '0.01'],
    ['0.01', 'halfEven', '0.00'],
    ['0.03', 'halfEven', '0.02'],
    ['0.01', 'up', '0.01'],
    ['-0.01', 'down', '0.00'],
    ['-0.01', 'up', '-0.01'],
  ] as const)('rounds %s x 0.5 %s to %s', (amount, mode, expected) => {
    expect(multiply(eur(amount), '0.5', mode).amount).toBe(expected);
  });

  it('records the exact product before rounding', () => {
    const p = multiplyExplained(eur('1999999.99'), '0.5', 'down');
    expect(p).toMatchObject({ exact: '999999.995', rounding: 'down' });
    expect(p.result.amount).toBe('999999.99');
  });

  it('never exceeds the exact product when rounding down (positive amounts)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 100 }),
        (c, pct) => {
          const result = toCents(multiply(fromCents(c), String(pct / 100), 'down'));
          expect(result * 100n <= c * BigInt(pct)).toBe(true);
          expect((result + 1n) * 100n > c * BigInt(pct)).toBe(true);
        },
      ),
    );
  });

  it('refuses a bad rate or rounding mode', () => {
    expectCode(() => multiply(eur('1'), '-0.5', 'down'), 'invalid_ratio');
    expectCode(() => multiply(eur('1'), 'abc', 'down'), 'invalid_ratio');
    expectCode(() => multiply(eur('1'), Number.NaN, 'down'), 'invalid_ratio');
    expectCode(() => multiply(eur('1'), {} as never, 'down'), 'invalid_ratio');
    expectCode(() => multiply(eur('1'), '0.5', 'sideways' as never), 'invalid_rounding_mode');
    expectCode(() => multiply(eur('1'), '0.5', 'toString' as never), 'invalid_rounding_mode');
  });
});

describe('allocate', () => {
  it('gives left-over cents to the largest remainders, earlier parts first on ties', () => {
    expect(allocate(eur('100'), ['1', '1', '1']).map(String)).toEqual(['33.34', '33.33', '33.33']);
    expect(allocate(eur('0.05'), [1, 1]).map(String)).toEqual(['0.03', '0.02']);
    expect(allocate(eur('10'), ['0.7', '0.3']).map(String)).toEqual(['7.00', '3.00']);
    expect(allocate(eur('0.02'), ['1', '0', '1', '1']).map(String)).toEqual([
      '0.01',
      '0.00',
      '0.01',
      '0.00',
    ]);
    expect(allocate(eur('-0.05'), [1, 2]).map(String)).toEqual(['-0.02', '-0.03']);
    expect(allocate(eur('1'), [eur('2'), eur('1')]).map(String)).toEqual(['0.67', '0.33']);
  });

  it('always sums to the total, with parts between floor and ceiling of their share', () => {
    fc.assert(
      fc.property(
        cents,
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        (total, ratios) => {
          fc.pre(ratios.some((r) => r > 0));
          const parts = allocate(fromCents(total), ratios);
          expect(parts).toHaveLength(ratios.length);
          expect(parts.reduce((s, p) => s + toCents(p), 0n)).toBe(total);
          const weightSum = BigInt(ratios.reduce((a, b) => a + b, 0));
          const abs = total < 0n ? -total : total;
          parts.forEach((p, i) => {
            const share = toCents(p) < 0n ? -toCents(p) : toCents(p);
            const floor = (abs * BigInt(ratios[i]!)) / weightSum;
            expect(share === floor || share === floor + 1n).toBe(true);
          });
        },
      ),
    );
  });

  it('refuses no ratios, negative ratios and all-zero ratios', () => {
    expectCode(() => allocate(eur('1'), []), 'invalid_ratio');
    expectCode(() => allocate(eur('1'), ['1', '-1']), 'invalid_ratio');
    expectCode(() => allocate(eur('1'), [0, 0]), 'invalid_ratio');
    expectCode(() => allocate(eur('1'), [eur('-1')]), 'invalid_ratio');
  });
});

describe('formatEur and parseEur', () => {
  it('round-trip for both locales', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom('nl-BE' as const, 'en' as const), (c, locale) => {
        const m = fromCents(c);
        expect(parseEur(formatEur(m, { locale }), { locale }).amount).toBe(m.amount);
      }),
    );
  });
});

describe('isolation from the consumer’s decimal.js', () => {
  const saved = {
    precision: Decimal.precision,
    rounding: Decimal.rounding,
    toExpPos: Decimal.toExpPos,
  };
  afterEach(() => {
    Decimal.set(saved);
  });

  it('gives the same results after a global Decimal.set by the consumer', () => {
    const run = () => [
      multiply(eur('1999999.99'), '0.5', 'down').amount,
      add(eur('123456789.01'), eur('0.99')).amount,
      allocate(eur('1000000'), ['1', '2', '3']).map(String).join(),
      formatEur(eur('1234567.89')),
      eur(new Decimal('1234567.89')).amount,
    ];
    const before = run();
    Decimal.set({ precision: 5, rounding: 8, toExpPos: 2 });
    expect(run()).toEqual(before);
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (c) => {
        const m = fromCents(c);
        expect(toCents(multiply(m, '0.5', 'down'))).toBe(c / 2n);
      }),
    );
  });
});

describe('eur reads every spelling of an amount to the same Money', () => {
  it('gives the same amount for a canonical string, padded zeros, a number and a Decimal', () => {
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
      { numRuns: 2_000 },
    );
  });
});
