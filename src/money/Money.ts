/**
 * An amount in euro, exact to the cent: a plain, frozen object such as
 * `{ amount: '1000000.00', currency: 'EUR' }`. `amount` is the canonical decimal string with
 * exactly two decimals (`"1000000.00"`, `"-0.50"`).
 *
 * Any object of this shape is accepted where a `Money` is asked for, whoever made it: another
 * copy of this library (the CommonJS build beside the ESM one, another version), `structuredClone`,
 * `{ ...money }`, or `JSON.parse` of one. It is checked again where it enters (its `amount` must
 * be a decimal string with at most two decimals, within 10^13 euro), never trusted blindly. A bare
 * string is a {@link MoneyInput}, not a `Money`: turn it into one with `eur`.
 */
export interface Money {
  /** The amount as a decimal string with exactly two decimals. */
  readonly amount: string;
  /** Always `'EUR'`. */
  readonly currency: 'EUR';
}

/** A decimal.js `Decimal` from any copy or configuration of decimal.js (only these methods are used). */
export interface DecimalLike {
  /** The value in normal notation, without rounding. */
  toFixed(): string;
  /** `false` for `NaN` and infinities. */
  isFinite(): boolean;
}

/**
 * What `eur` accepts: a decimal string (`"1234.56"`), a number with at most two decimals, a
 * decimal.js `Decimal`, or a `Money`.
 */
export type MoneyInput = string | number | Money | DecimalLike;

/**
 * A rate or ratio: a decimal string (`"0.5"`), a finite JS number (read through its shortest
 * representation, `1e-7` included), a decimal.js `Decimal`, or a `Money` (as a weight).
 */
export type RateInput = string | number | Money | DecimalLike;

/** The largest magnitude accepted, in euro: 10^13. */
export const MAX_EUR_MAGNITUDE = '10000000000000';
