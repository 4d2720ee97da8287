import { refuse } from '../issues/Refusal.js';
import { MAX_EUR_MAGNITUDE, type Money } from '../money/Money.js';

/**
 * The amounts of a computation as whole cents. Every `Money` a computation adds up or compares
 * is canonical and non-negative (`"1800000.00"`), so its cents are its digits without the point:
 * sums and comparisons are exact integer arithmetic, and only the products with a rate go
 * through the private decimal (`product`), once each.
 *
 * @module
 */

/**
 * A non-negative amount written the one way a `Money` writes it (no leading zeros, two
 * decimals, below 10^13 euro): reading it as an amount gives it back unchanged.
 */
const CANONICAL = /^(?:0|[1-9]\d{0,12})\.\d{2}$/;

/** 10^13 euro in cents: the largest magnitude of an amount. */
const MAX_CENTS = 10n ** 15n;

/**
 * The `Money` of a value that is already a canonical non-negative amount (`"1000000.00"`), made
 * without arithmetic; `undefined` for any other value (read it with `toMoney`).
 *
 * @internal
 */
export function canonicalMoney(value: unknown): Money | undefined {
  return typeof value === 'string' && CANONICAL.test(value)
    ? Object.freeze({ amount: value, currency: 'EUR' })
    : undefined;
}

/**
 * The cents of a canonical non-negative amount: `"1800000.00"` is `180000000n`.
 *
 * @internal
 */
export function centsOf(money: Money): bigint {
  return BigInt(money.amount.replace('.', ''));
}

/**
 * A non-negative number of cents written as an amount: `5n` is `"0.05"`.
 *
 * @internal
 */
export function amountText(cents: bigint): string {
  const digits = cents.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * A non-negative number of cents written as an amount, checked to be within 10^13 euro.
 *
 * @throws Refusal `amount_out_of_range` beyond 10^13 euro (at the root).
 * @internal
 */
export function amountInRange(cents: bigint): string {
  const amount = amountText(cents);
  if (cents > MAX_CENTS)
    refuse('amount_out_of_range', { received: amount, maximum: MAX_EUR_MAGNITUDE });
  return amount;
}

/**
 * The `Money` of a non-negative number of cents.
 *
 * @throws Refusal `amount_out_of_range` beyond 10^13 euro (at the root).
 * @internal
 */
export function moneyOfCents(cents: bigint): Money {
  return Object.freeze({ amount: amountInRange(cents), currency: 'EUR' });
}

/**
 * Whether one amount is above another, both canonical and non-negative (as every `Money` of a
 * computation is): the longer text is the larger number, and texts of one length compare digit
 * by digit.
 *
 * @internal
 */
export function isAbove(a: Money, b: Money): boolean {
  const x = a.amount;
  const y = b.amount;
  return x.length === y.length ? x > y : x.length > y.length;
}
