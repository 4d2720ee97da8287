import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eur, multiply, multiplyExplained, roundingModes } from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { abs, cents, fromCents, positiveCents, toCents } from './cents.js';

describe('multiply', () => {
  it.each([
    ['0.01', 'down', '0.00'],
    ['0.01', 'halfUp', '0.01'],
    ['0.01', 'halfEven', '0.00'],
    ['0.03', 'halfEven', '0.02'],
    ['0.01', 'up', '0.01'],
    ['-0.01', 'down', '0.00'],
    ['-0.01', 'up', '-0.01'],
    ['-0.01', 'halfUp', '-0.01'],
    ['-0.03', 'halfEven', '-0.02'],
  ] as const)('rounds %s x 0.5 %s to %s', (amount, mode, expected) => {
    expect(multiply(eur(amount), '0.5', mode).amount).toBe(expected);
  });

  it('reads rates given as numbers with an exponent exactly', () => {
    expect(multiply(eur('1.00'), 1e-7, 'down').amount).toBe('0.00');
    expect(multiply(eur('1.00'), 1e-7, 'up').amount).toBe('0.01');
    expect(multiplyExplained(eur('1.00'), 1e-7, 'up').exact).toBe('0.0000001');
    expect(multiplyExplained(eur('2.00'), 1.5e-10, 'down').exact).toBe('0.0000000003');
    expect(multiply(eur('0.00'), 1e21, 'down').amount).toBe('0.00');
    expectCode(() => multiply(eur('0.01'), 1e21, 'down'), 'amount_out_of_range');
  });

  it('takes a rate as a decimal string, a number, a Decimal of any configuration or a Money', () => {
    expect(multiply(eur('10'), '0.25', 'down').amount).toBe('2.50');
    expect(multiply(eur('10'), 0.25, 'down').amount).toBe('2.50');
    expect(multiply(eur('10'), new Decimal('0.25'), 'down').amount).toBe('2.50');
    expect(multiply(eur('10'), eur('0.25'), 'down').amount).toBe('2.50');
    const Exp = Decimal.clone({ toExpPos: 2 });
    expect(multiply(eur('1'), new Exp('1000'), 'down').amount).toBe('1000.00');
    expect(multiply(eur('10'), `0.${'5'.repeat(58)}`, 'down').amount).toBe('5.55');
  });

  it('records the exact product before rounding, and the mode', () => {
    const p = multiplyExplained(eur('1999999.99'), '0.5', 'down');
    expect(p).toEqual({
      exact: '999999.995',
      rounding: 'down',
      result: { amount: '999999.99', currency: 'EUR' },
    });
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.result)).toBe(true);
  });

  it('rounds down to at most the exact product and less than a cent below it', () => {
    fc.assert(
      fc.property(positiveCents, fc.integer({ min: 0, max: 100 }), (c, pct) => {
        const result = toCents(multiply(fromCents(c), String(pct / 100), 'down'));
        expect(result * 100n <= c * BigInt(pct)).toBe(true);
        expect((result + 1n) * 100n > c * BigInt(pct)).toBe(true);
      }),
    );
  });

  it('rounds every mode to within a cent of the exact product, to the nearest cent for the half modes', () => {
    fc.assert(
      fc.property(
        cents,
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(...roundingModes),
        (c, permille, mode) => {
          // The exact product in thousandths of a cent.
          const exact = c * BigInt(permille);
          const result = toCents(multiply(fromCents(c), String(permille / 1000), mode)) * 1000n;
          expect(abs(result - exact) < 1000n).toBe(true);
          if (mode === 'halfUp' || mode === 'halfEven')
            expect(abs(result - exact) <= 500n).toBe(true);
          if (mode === 'down') expect(abs(result) <= abs(exact)).toBe(true);
          if (mode === 'up') expect(abs(result) >= abs(exact)).toBe(true);
        },
      ),
    );
  });

  it('refuses a bad rate at its position, saying what it received', () => {
    const rateIssue = (rate: unknown) =>
      expectCode(() => multiply(eur('1'), rate as never, 'down'), 'invalid_ratio').issues[0];
    expect(rateIssue('-0.5')).toMatchObject({
      path: [1],
      params: { received: '-0.5', problem: 'malformed' },
    });
    expect(rateIssue('abc')?.params).toEqual({ received: 'abc', problem: 'malformed' });
    expect(rateIssue('1e-7')?.params).toEqual({ received: '1e-7', problem: 'malformed' });
    expect(rateIssue(Number.NaN)?.params).toEqual({ received: 'NaN', problem: 'malformed' });
    expect(rateIssue(Number.POSITIVE_INFINITY)?.params).toHaveProperty('received', 'Infinity');
    expect(rateIssue(-1)?.params).toHaveProperty('received', '-1');
    expect(rateIssue(null)?.params).toHaveProperty('received', 'null');
    expect(rateIssue({})?.params).toHaveProperty('received', 'object');
    expect(rateIssue(new Decimal(Number.NaN))?.params).toHaveProperty('received', 'NaN');
    expect(rateIssue(eur('-1'))?.params).toHaveProperty('received', '-1.00');
    expect(rateIssue(`0.${'5'.repeat(70)}`)?.params).toHaveProperty(
      'received',
      `0.${'5'.repeat(58)}…`,
    );
  });

  it('refuses a rounding mode that is not one of the four, naming them', () => {
    for (const mode of [
      'sideways',
      'toString',
      '__proto__',
      'DOWN',
      '',
      { toString: () => 'down' },
      null,
    ]) {
      const error = expectCode(
        () => multiply(eur('1'), '0.5', mode as never),
        'invalid_rounding_mode',
      );
      expect(error.issues[0]?.params).toHaveProperty('expected', [
        'down',
        'halfUp',
        'halfEven',
        'up',
      ]);
    }
    expect(
      expectCode(() => multiply(eur('1'), '0.5', 'sideways' as never), 'invalid_rounding_mode')
        .issues[0]?.params,
    ).toHaveProperty('received', 'sideways');
  });

  it('refuses an amount that is not a Money at its position', () => {
    expect(
      expectCode(() => multiply(null as never, '0.5', 'down'), 'invalid_amount').issues[0]?.path,
    ).toEqual([0]);
  });
});
