import Decimal from 'decimal.js';

/**
 * The library's private decimal.js constructor. A `Decimal.clone` with its own configuration, so
 * a consumer's `Decimal.set(...)` on its own copy changes none of our results. Precision 40
 * holds any product of an amount below 10^13 euro and a rate with 20 significant digits exactly.
 *
 * @internal
 */
export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
  minE: -9e15,
  maxE: 9e15,
});

/** A value of the private decimal constructor. @internal */
export type Dec = InstanceType<typeof D>;

/**
 * Tells whether a value is a decimal.js `Decimal` from any copy or configuration of decimal.js.
 *
 * @internal
 */
export function isForeignDecimal(
  value: unknown,
): value is { toFixed(): string; isFinite(): boolean } {
  return D.isDecimal(value) && typeof (value as { toFixed?: unknown }).toFixed === 'function';
}
