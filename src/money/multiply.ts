import { dec, fromDecimal } from './internal.js';
import type { Money } from './Money.js';
import { toRate, type RateInput } from './rate.js';
import { roundToCent, type RoundingMode } from './rounding.js';

/** The full record of a multiplication: the exact product, the mode and the rounded result. */
export interface Product {
  /** The exact product as a decimal string, before rounding (`"999999.995"`). */
  readonly exact: string;
  /** The rounding mode applied. */
  readonly rounding: RoundingMode;
  /** The product rounded to the cent. */
  readonly result: Money;
}

/**
 * Multiplies an amount by a rate and records the exact product and the rounding.
 *
 * @param money - The amount.
 * @param rate - A non-negative rate (`"0.5"`).
 * @param rounding - How to round to the cent.
 * @returns The exact product, the mode and the rounded Money.
 * @throws {@link PioRulesError} `invalid_ratio`, `invalid_rounding_mode`, `amount_out_of_range`.
 * @example
 * ```ts
 * const p = multiplyExplained(eur('1999999.99'), '0.5', 'down');
 * p.exact;
 * //=> '999999.995'
 * p.result.amount;
 * //=> '999999.99'
 * ```
 */
export function multiplyExplained(money: Money, rate: RateInput, rounding: RoundingMode): Product {
  const exact = dec(money).times(toRate(rate));
  return { exact: exact.toFixed(), rounding, result: fromDecimal(roundToCent(exact, rounding)) };
}

/**
 * Multiplies an amount by a rate and rounds to the cent with a named mode.
 *
 * @param money - The amount.
 * @param rate - A non-negative rate (`"0.5"`).
 * @param rounding - `'down'`, `'halfUp'`, `'halfEven'` or `'up'`.
 * @returns The rounded product.
 * @throws {@link PioRulesError} `invalid_ratio`, `invalid_rounding_mode`, `amount_out_of_range`.
 * @example
 * ```ts
 * multiply(eur('0.01'), '0.5', 'down').amount;
 * //=> '0.00'
 * multiply(eur('0.01'), '0.5', 'halfUp').amount;
 * //=> '0.01'
 * ```
 */
export function multiply(money: Money, rate: RateInput, rounding: RoundingMode): Money {
  return multiplyExplained(money, rate, rounding).result;
}
