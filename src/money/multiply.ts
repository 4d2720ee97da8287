import { optionsOf } from '../input/options.js';
import { renderedOrThrown } from '../locales/render.js';
import type { RoundingMode } from '../vocabulary/index.js';
import type { Dec } from './decimal.js';
import { decimalOf, fromDecimal, roundToCent, toRate } from './internal.js';
import type { Money, RateInput } from './Money.js';
import type { MoneyOptions } from './options.js';

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
 * The product of a checked amount and rate, exact and rounded.
 *
 * @internal
 */
export function product(amount: Dec, rate: Dec, rounding: RoundingMode): Product {
  const exact = amount.times(rate);
  return { exact: exact.toFixed(), rounding, result: fromDecimal(roundToCent(exact, rounding)) };
}

/**
 * Multiplies an amount by a rate and records the exact product and the rounding.
 *
 * @param money - The amount.
 * @param rate - A non-negative rate (`"0.5"`, `1e-7`).
 * @param rounding - How to round to the cent.
 * @param options - The `locale` of the messages.
 * @returns The exact product, the mode and the rounded Money.
 * @throws {@link PioRulesError} `invalid_amount`, `invalid_ratio`, `invalid_rounding_mode`,
 *   `amount_out_of_range`.
 * @example
 * ```ts
 * const p = multiplyExplained(eur('1999999.99'), '0.5', 'down');
 * p.exact;
 * //=> '999999.995'
 * p.result.amount;
 * //=> '999999.99'
 * ```
 */
export function multiplyExplained(
  money: Money,
  rate: RateInput,
  rounding: RoundingMode,
  options: MoneyOptions = {},
): Product {
  return renderedOrThrown(options?.locale, () => {
    optionsOf(options);
    return Object.freeze(product(decimalOf(money, [0]), toRate(rate, [1]), rounding));
  });
}

/**
 * Multiplies an amount by a rate and rounds to the cent with a named mode.
 *
 * @param money - The amount.
 * @param rate - A non-negative rate (`"0.5"`, `1e-7`).
 * @param rounding - `'down'`, `'halfUp'`, `'halfEven'` or `'up'`.
 * @param options - The `locale` of the messages.
 * @returns The rounded product.
 * @throws {@link PioRulesError} `invalid_amount`, `invalid_ratio`, `invalid_rounding_mode`,
 *   `amount_out_of_range`.
 * @example
 * ```ts
 * multiply(eur('0.01'), '0.5', 'down').amount;
 * //=> '0.00'
 * multiply(eur('0.01'), '0.5', 'halfUp').amount;
 * //=> '0.01'
 * multiply(eur('1.00'), 1e-7, 'up').amount;
 * //=> '0.01'
 * ```
 */
export function multiply(
  money: Money,
  rate: RateInput,
  rounding: RoundingMode,
  options: MoneyOptions = {},
): Money {
  return multiplyExplained(money, rate, rounding, options).result;
}
