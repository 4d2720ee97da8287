import { D } from './decimal.js';
import { checked, checkList, dec, fromDecimal } from './internal.js';
import type { Money } from './Money.js';

/** Zero euro. */
export const ZERO: Money = fromDecimal(new D(0));

/**
 * Adds amounts.
 *
 * @param a - First amount.
 * @param b - Second amount.
 * @returns `a + b`.
 * @throws {@link PioRulesError} `amount_out_of_range` when the sum exceeds 10^13 euro.
 * @example
 * ```ts
 * add(eur('0.10'), eur('0.20')).amount;
 * //=> '0.30'
 * ```
 */
export function add(a: Money, b: Money): Money {
  return fromDecimal(dec(a).plus(dec(b)));
}

/**
 * Subtracts one amount from another.
 *
 * @param a - Amount.
 * @param b - Amount to take off.
 * @returns `a - b` (may be negative).
 * @throws {@link PioRulesError} `amount_out_of_range` beyond 10^13 euro.
 * @example
 * ```ts
 * subtract(eur('1'), eur('1.50')).amount;
 * //=> '-0.50'
 * ```
 */
export function subtract(a: Money, b: Money): Money {
  return fromDecimal(dec(a).minus(dec(b)));
}

/**
 * Adds a list of amounts.
 *
 * @param amounts - The amounts (may be empty).
 * @returns Their sum (`0.00` for none).
 * @throws {@link PioRulesError} `amount_out_of_range` beyond 10^13 euro; `input_too_large` for
 *   more than 10,000 amounts.
 * @example
 * ```ts
 * sum([eur('1'), eur('2.50')]).amount;
 * //=> '3.50'
 * ```
 */
export function sum(amounts: readonly Money[]): Money {
  checkList(amounts);
  if (amounts.length === 0) return ZERO;
  // One amount is its own sum; `checked` still refuses anything that is not a Money.
  if (amounts.length === 1) return checked(amounts[0]);
  let total = dec(amounts[0] as Money);
  for (let i = 1; i < amounts.length; i += 1) total = total.plus(dec(amounts[i] as Money));
  return fromDecimal(total);
}

/**
 * Compares two amounts.
 *
 * @param a - First amount.
 * @param b - Second amount.
 * @returns `-1` when `a < b`, `0` when equal, `1` when `a > b`.
 * @example
 * ```ts
 * compare(eur('2'), eur('10'));
 * //=> -1
 * ```
 */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  return dec(a).comparedTo(dec(b)) as -1 | 0 | 1;
}

/**
 * The smaller of amounts.
 *
 * @param first - An amount.
 * @param rest - More amounts.
 * @returns The smallest (the first of equals).
 * @example
 * ```ts
 * min(eur('1200000'), eur('1000000')).amount;
 * //=> '1000000.00'
 * ```
 */
export function min(first: Money, ...rest: readonly Money[]): Money {
  checkList(rest);
  return rest.reduce((best, m) => (compare(m, best) < 0 ? m : best), checked(first));
}

/**
 * The larger of amounts.
 *
 * @param first - An amount.
 * @param rest - More amounts.
 * @returns The largest (the first of equals).
 * @example
 * ```ts
 * max(eur('1'), eur('2')).amount;
 * //=> '2.00'
 * ```
 */
export function max(first: Money, ...rest: readonly Money[]): Money {
  checkList(rest);
  return rest.reduce((best, m) => (compare(m, best) > 0 ? m : best), checked(first));
}

/**
 * Tells whether an amount is zero.
 *
 * @param money - An amount.
 * @returns `true` for `0.00`.
 * @example
 * ```ts
 * isZero(eur('0'));
 * //=> true
 * ```
 */
export function isZero(money: Money): boolean {
  return dec(money).isZero();
}

/**
 * Tells whether an amount is below zero.
 *
 * @param money - An amount.
 * @returns `true` for a negative amount.
 * @example
 * ```ts
 * isNegative(eur('-0.01'));
 * //=> true
 * ```
 */
export function isNegative(money: Money): boolean {
  // Zero is always stored as "0.00", never "-0.00".
  return dec(money).isNegative();
}
