import { refuse } from '../issues/Refusal.js';
import { MAX_EUR_MAGNITUDE, type Money } from '../money/Money.js';
import type { RoundingMode } from '../vocabulary/index.js';

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

/** A product of cents and a rate: exact, and rounded to the cent. @internal */
export interface CentsProduct {
  /** The exact product in euro, as decimal.js writes it (`"999999.995"`, `"1200000"`). */
  readonly exact: string;
  /** The product rounded to whole cents. */
  readonly cents: bigint;
}

/** A rate of the parameter format (`0`, `0.5`, `0.21`, `1`, `1.0`): its digits and its scale. */
const RATE = /^(?:0(?:\.(\d+))?|1(?:\.(0+))?)$/;

/**
 * A non-negative number of cents times a rate written as the parameters write one (`"0.5"`,
 * `"0.21"`, between 0 and 1), exact and rounded to the cent with a named mode: integer
 * arithmetic on the digits, the same results as decimal.js (a property test compares them).
 *
 * @throws Refusal `invalid_ratio` for a rate not of that form (never for a checked parameter).
 * @internal
 */
export function centsTimesRate(cents: bigint, rate: string, mode: RoundingMode): CentsProduct {
  const match = RATE.exec(rate);
  if (match === null) return refuse('invalid_ratio', { received: rate, problem: 'malformed' });
  const decimals = (match[1] ?? match[2] ?? '').length;
  // The rate as an integer over 10^decimals; the product over 10^(decimals + 2) euro.
  const product = cents * BigInt(rate.replace('.', ''));
  const unit = 10n ** BigInt(decimals);
  const quotient = product / unit;
  const remainder = product % unit;
  let rounded = quotient;
  if (remainder > 0n) {
    const twice = remainder * 2n;
    if (
      mode === 'up' ||
      (mode === 'halfUp' && twice >= unit) ||
      (mode === 'halfEven' && (twice > unit || (twice === unit && quotient % 2n === 1n)))
    )
      rounded += 1n;
  }
  return { exact: decimalText(product, decimals + 2), cents: rounded };
}

/** A non-negative integer over 10^scale written without trailing zeros (`150, 2` is `"1.5"`). */
function decimalText(value: bigint, scale: number): string {
  const digits = value.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  let end = digits.length;
  while (end > whole.length && digits[end - 1] === '0') end -= 1;
  return end === whole.length ? whole : `${whole}.${digits.slice(whole.length, end)}`;
}
