/**
 * An amount in euro, exact to the cent. A plain, frozen object: `amount` is the canonical
 * decimal string with exactly two decimals (`"1000000.00"`, `"-0.50"`). `JSON.stringify` and
 * `String` both give that string.
 */
export interface Money {
  /** Always `'EUR'`. */
  readonly currency: 'EUR';
  /** The amount as a decimal string with exactly two decimals. */
  readonly amount: string;
  /** The amount string, so `JSON.stringify(money)` is `"\"1000000.00\""`. */
  toJSON(): string;
  /** The amount string. */
  toString(): string;
}

/** A decimal.js `Decimal` from any copy or configuration of decimal.js (only these methods are used). */
export interface DecimalLike {
  /** The value in normal notation, without rounding. */
  toFixed(): string;
  /** `false` for `NaN` and infinities. */
  isFinite(): boolean;
}

/** What `eur` accepts: a decimal string, a number with at most two decimals, a decimal.js `Decimal`, or a `Money`. */
export type MoneyInput = string | number | Money | DecimalLike;

/** The largest magnitude accepted, in euro: 10^13. */
export const MAX_EUR_MAGNITUDE = '10000000000000';
