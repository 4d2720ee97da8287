import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, eur } from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { abs, cents, fromCents, toCents } from './cents.js';

const amounts = (total: string, ratios: readonly (string | number)[]) =>
  allocate(eur(total), ratios).map((m) => m.amount);

describe('allocate', () => {
  it('gives left-over cents to the largest remainders, earlier parts first on ties', () => {
    expect(amounts('100', ['1', '1', '1'])).toEqual(['33.34', '33.33', '33.33']);
    expect(amounts('0.05', [1, 1])).toEqual(['0.03', '0.02']);
    expect(amounts('10', ['0.7', '0.3'])).toEqual(['7.00', '3.00']);
    expect(amounts('0.02', ['1', '0', '1', '1'])).toEqual(['0.01', '0.00', '0.01', '0.00']);
    expect(amounts('-0.05', [1, 2])).toEqual(['-0.02', '-0.03']);
    expect(allocate(eur('1'), [eur('2'), eur('1')]).map((m) => m.amount)).toEqual(['0.67', '0.33']);
  });

  it('scales ratios with different numbers of decimals alike', () => {
    expect(amounts('1', ['0.5', '0.25'])).toEqual(['0.67', '0.33']);
    expect(amounts('3', ['1', '0.5', '1.50'])).toEqual(['1.00', '0.50', '1.50']);
    expect(amounts('1', [new Decimal('0.5') as never, 0.25])).toEqual(['0.67', '0.33']);
  });

  it('hands equal remainders out from the first part on', () => {
    expect(amounts('0.04', [1, 1, 1, 1, 1, 1])).toEqual([
      '0.01',
      '0.01',
      '0.01',
      '0.01',
      '0.00',
      '0.00',
    ]);
    expect(amounts('0.02', [1, 2, 1, 2, 1])).toEqual(['0.00', '0.01', '0.00', '0.01', '0.00']);
    expect(amounts('0.03', [3, 1, 1, 1])).toEqual(['0.02', '0.01', '0.00', '0.00']);
  });

  it('reads ratios given as numbers with an exponent exactly', () => {
    expect(amounts('1.00', [1e-7, 1])).toEqual(['0.00', '1.00']);
    expect(amounts('1.00', [1.5e-10, 1.5e-10])).toEqual(['0.50', '0.50']);
    expect(amounts('1.00', [1e21, 1])).toEqual(['1.00', '0.00']);
    expect(amounts('0.03', [1e21, 2e21, 1e-7])).toEqual(['0.01', '0.02', '0.00']);
  });

  it('gives zero parts for a zero total, and one part the whole total', () => {
    expect(amounts('0', [1, 2])).toEqual(['0.00', '0.00']);
    expect(amounts('-12.34', [7])).toEqual(['-12.34']);
  });

  it('always adds up to the total, each part less than a cent from its exact share', () => {
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
          parts.forEach((p, i) => {
            // |part - exact share| < 1 cent, in units of cents / weightSum.
            const exactShare = total * BigInt(ratios[i]!);
            expect(abs(toCents(p) * weightSum - exactShare) < weightSum).toBe(true);
            // A part never has the sign opposite to the total.
            expect(toCents(p) === 0n || toCents(p) < 0n === total < 0n).toBe(true);
          });
        },
      ),
    );
  });

  it('adds up for decimal ratios with any number of decimals', () => {
    const ratio = fc
      .tuple(fc.nat({ max: 10_000 }), fc.nat({ max: 10 }))
      .map(([n, scale]) => (n / 10 ** scale).toFixed(scale));
    fc.assert(
      fc.property(cents, fc.array(ratio, { minLength: 1, maxLength: 8 }), (total, ratios) => {
        fc.pre(ratios.some((r) => Number(r) > 0));
        const parts = allocate(fromCents(total), ratios);
        expect(parts.reduce((s, p) => s + toCents(p), 0n)).toBe(total);
      }),
    );
  });

  it('refuses no ratios, negative ratios and all-zero ratios', () => {
    expect(expectCode(() => allocate(eur('1'), []), 'invalid_ratio').issues[0]).toMatchObject({
      path: [1],
      params: { received: '[]', problem: 'none' },
    });
    expect(
      expectCode(() => allocate(eur('1'), ['1', '-1']), 'invalid_ratio').issues[0],
    ).toMatchObject({
      path: [1, 1],
      params: { received: '-1', problem: 'malformed' },
    });
    expect(
      expectCode(() => allocate(eur('1'), [0, '0.0']), 'invalid_ratio').issues[0]?.params,
    ).toEqual({
      received: '0',
      problem: 'all_zero',
    });
    expectCode(() => allocate(eur('1'), [eur('-1')]), 'invalid_ratio');
    expect(
      expectCode(() => allocate(eur('1'), ['1', 'x']), 'invalid_ratio').issues[0]?.path,
    ).toEqual([1, 1]);
  });

  it('refuses a total that is not a Money, and ratios that are not a list', () => {
    expect(
      expectCode(() => allocate(null as never, ['1']), 'invalid_amount').issues[0]?.path,
    ).toEqual([0]);
    expect(
      expectCode(() => allocate(eur('1'), '1' as never), 'invalid_type').issues[0],
    ).toMatchObject({
      path: [1],
      params: { expected: 'array', received: 'text' },
    });
  });

  it('returns frozen Money parts', () => {
    for (const part of allocate(eur('1'), [1, 2])) expect(Object.isFrozen(part)).toBe(true);
  });
});
