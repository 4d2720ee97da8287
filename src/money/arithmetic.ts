import { optionsOf } from '../input/options.js';
import { renderedOrThrown } from '../locales/render.js';
import { D } from './decimal.js';
import { checkList, decimalOf, fromDecimal } from './internal.js';
import type { Money } from './Money.js';
import type { MoneyOptions } from './options.js';

/** Zero euro. */
export const zero: Money = Object.freeze({ amount: '0.00', currency: 'EUR' });

/**
 * Adds two amounts.
 *
 * @param a - First amount.
 * @param b - Second amount.
 * @param options - The `locale` of the messages.
 * @returns `a + b`.
 * @throws {@link PioRulesError} `invalid_amount` for a value that is not a Money,
 *   `amount_out_of_range` when the sum exceeds 10^13 euro.
 * @example
 * ```ts
 * add(eur('0.10'), eur('0.20')).amount;
 * //=> '0.30'
 * add(eur('1'), { ...eur('2') }).amount;
 * //=> '3.00'
 * add(eur('1'), { amount: '1.001', currency: 'EUR' });
 * //=> throws PioRulesError (amount_precision)
 * ```
 */
export function add(a: Money, b: Money, options: MoneyOptions = {}): Money {
  return renderedOrThrown(options?.locale, () => {
    optionsOf(options);
    return fromDecimal(decimalOf(a, [0]).plus(decimalOf(b, [1])));
  });
}

/**
 * Subtracts one amount from another.
 *
 * @param a - Amount.
 * @param b - Amount to take off.
 * @param options - The `locale` of the messages.
 * @returns `a - b` (may be negative).
 * @throws {@link PioRulesError} `invalid_amount`, `amount_out_of_range`.
 * @example
 * ```ts
 * subtract(eur('1'), eur('1.50')).amount;
 * //=> '-0.50'
 * ```
 */
export function subtract(a: Money, b: Money, options: MoneyOptions = {}): Money {
  return renderedOrThrown(options?.locale, () => {
    optionsOf(options);
    return fromDecimal(decimalOf(a, [0]).minus(decimalOf(b, [1])));
  });
}

/**
 * Adds a list of amounts.
 *
 * @param amounts - The amounts (may be empty).
 * @param options - The `locale` of the messages.
 * @returns Their sum (`0.00` for none).
 * @throws {@link PioRulesError} `invalid_amount`, `amount_out_of_range` beyond 10^13 euro;
 *   `input_too_large` for more than 10,000 amounts.
 * @example
 * ```ts
 * sum([eur('1'), eur('2.50')]).amount;
 * //=> '3.50'
 * ```
 */
export function sum(amounts: readonly Money[], options: MoneyOptions = {}): Money {
  return renderedOrThrown(options?.locale, () => {
    optionsOf(options);
    const list = checkList(amounts);
    let total = new D(0);
    for (let i = 0; i < list.length; i += 1) total = total.plus(decimalOf(list[i], [i]));
    return fromDecimal(total);
  });
}

/**
 * Compares two amounts.
 *
 * @param a - First amount.
 * @param b - Second amount.
 * @param options - The `locale` of the messages.
 * @returns `-1` when `a < b`, `0` when equal, `1` when `a > b`.
 * @throws {@link PioRulesError} `invalid_amount`.
 * @example
 * ```ts
 * compare(eur('2'), eur('10'));
 * //=> -1
 * ```
 */
export function compare(a: Money, b: Money, options: MoneyOptions = {}): -1 | 0 | 1 {
  return renderedOrThrown(options?.locale, () => {
    optionsOf(options);
    return decimalOf(a, [0]).comparedTo(decimalOf(b, [1])) as -1 | 0 | 1;
  });
}

function pick(amounts: readonly Money[], wanted: 1 | -1, options: MoneyOptions): Money {
  return renderedOrThrown(options?.locale, () => {
    optionsOf(options);
    const list = checkList(amounts);
    let best: Money | undefined;
    let bestValue = new D(0);
    for (let i = 0; i < list.length; i += 1) {
      const value = decimalOf(list[i], [i]);
      if (best === undefined || value.comparedTo(bestValue) === wanted) {
        best = fromDecimal(value);
        bestValue = value;
      }
    }
    return best ?? zero;
  });
}

/**
 * The smallest of amounts (the first of equals).
 *
 * @param amounts - The amounts (at least one; none gives zero).
 * @param options - The `locale` of the messages.
 * @returns The smallest.
 * @throws {@link PioRulesError} `invalid_amount`, `input_too_large`.
 * @example
 * ```ts
 * min([eur('1200000'), eur('1000000')]).amount;
 * //=> '1000000.00'
 * ```
 */
export function min(amounts: readonly Money[], options: MoneyOptions = {}): Money {
  return pick(amounts, -1, options);
}

/**
 * The largest of amounts (the first of equals).
 *
 * @param amounts - The amounts (at least one; none gives zero).
 * @param options - The `locale` of the messages.
 * @returns The largest.
 * @throws {@link PioRulesError} `invalid_amount`, `input_too_large`.
 * @example
 * ```ts
 * max([eur('1'), eur('2')]).amount;
 * //=> '2.00'
 * ```
 */
export function max(amounts: readonly Money[], options: MoneyOptions = {}): Money {
  return pick(amounts, 1, options);
}

/**
 * Tells whether an amount is zero.
 *
 * @param money - An amount.
 * @param options - The `locale` of the messages.
 * @returns `true` for `0.00`.
 * @throws {@link PioRulesError} `invalid_amount`.
 * @example
 * ```ts
 * isZero(eur('0'));
 * //=> true
 * ```
 */
export function isZero(money: Money, options: MoneyOptions = {}): boolean {
  return renderedOrThrown(options?.locale, () => {
    optionsOf(options);
    return decimalOf(money).isZero();
  });
}

/**
 * Tells whether an amount is below zero.
 *
 * @param money - An amount.
 * @param options - The `locale` of the messages.
 * @returns `true` for a negative amount.
 * @throws {@link PioRulesError} `invalid_amount`.
 * @example
 * ```ts
 * isNegative(eur('-0.01'));
 * //=> true
 * ```
 */
export function isNegative(money: Money, options: MoneyOptions = {}): boolean {
  return renderedOrThrown(options?.locale, () => {
    optionsOf(options);
    const value = decimalOf(money);
    return value.isNegative() && !value.isZero();
  });
}
