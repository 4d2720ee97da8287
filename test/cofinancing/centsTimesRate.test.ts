import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsTimesRate } from '../../src/cofinancing/amounts.js';
import { roundingModes } from '../../src/vocabulary/index.js';

/** decimal.js, independently: the product in euro, then rounded to the cent. */
const D = Decimal.clone({ precision: 60 });
const MODES = {
  down: D.ROUND_DOWN,
  up: D.ROUND_UP,
  halfUp: D.ROUND_HALF_UP,
  halfEven: D.ROUND_HALF_EVEN,
} as const;

const rate = fc.oneof(
  fc.constantFrom('0', '1', '1.0', '1.000', '0.5', '0.21', '0.06', '0.125', '0.005'),
  fc
    .tuple(fc.nat({ max: 10 ** 9 }), fc.integer({ min: 1, max: 12 }))
    .map(([digits, scale]) => `0.${String(digits).padStart(scale, '0').slice(-scale)}`),
);

describe('centsTimesRate: integer arithmetic on cents and the digits of a rate', () => {
  it('gives the exact product and the rounded cents decimal.js gives, for every mode', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        rate,
        fc.constantFrom(...roundingModes),
        (cents, r, mode) => {
          const exact = new D(cents.toString()).div(100).times(r);
          const got = centsTimesRate(cents, r, mode);
          expect(got.exact).toBe(exact.toFixed());
          expect(got.cents.toString()).toBe(
            exact.toDecimalPlaces(2, MODES[mode]).times(100).toFixed(0),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("rounds the halves each mode's way", () => {
    // 0.01 euro x 0.5 = 0.005 euro; 0.03 x 0.5 = 0.015.
    expect(centsTimesRate(1n, '0.5', 'down')).toEqual({ exact: '0.005', cents: 0n });
    expect(centsTimesRate(1n, '0.5', 'up').cents).toBe(1n);
    expect(centsTimesRate(1n, '0.5', 'halfUp').cents).toBe(1n);
    expect(centsTimesRate(1n, '0.5', 'halfEven').cents).toBe(0n);
    expect(centsTimesRate(3n, '0.5', 'halfEven').cents).toBe(2n);
    expect(centsTimesRate(240000000n, '0.5', 'down')).toEqual({
      exact: '1200000',
      cents: 120000000n,
    });
    expect(centsTimesRate(0n, '0.21', 'up')).toEqual({ exact: '0', cents: 0n });
  });

  it('refuses a rate not written as the parameters write one', () => {
    for (const bad of ['5e-1', '.5', '1.5', '2', '', '0.', '-0.5'])
      expect(() => centsTimesRate(100n, bad, 'down'), bad).toThrow();
  });
});
