import { fail } from '../issues/PioRulesError.js';
import { D, type Dec } from './decimal.js';
import { MAX_EUR_MAGNITUDE, type Money } from './Money.js';

const proto = Object.freeze({
  toJSON(this: Money): string {
    return this.amount;
  },
  toString(this: Money): string {
    return this.amount;
  },
});

const MAX = new D(MAX_EUR_MAGNITUDE);

/**
 * Makes a `Money` from a decimal that is already exact to the cent.
 *
 * @internal
 */
export function fromDecimal(value: Dec, path: readonly (string | number)[] = []): Money {
  if (value.abs().gt(MAX)) {
    fail('amount_out_of_range', { received: value.toFixed(), maximum: MAX_EUR_MAGNITUDE }, path);
  }
  if (value.decimalPlaces() > 2) fail('amount_precision', { received: value.toFixed() }, path);
  const money = Object.create(proto) as { currency: 'EUR'; amount: string };
  money.currency = 'EUR';
  money.amount = value.isZero() ? '0.00' : value.toFixed(2);
  return Object.freeze(money) as Money;
}

/**
 * Tells whether a value is a `Money` made by this library.
 *
 * @param value - Anything.
 * @returns `true` for a Money.
 * @example
 * ```ts
 * isMoney(eur('1'));
 * //=> true
 * ```
 */
export function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === proto;
}

/**
 * The amount of a Money as a private decimal.
 *
 * @internal
 */
export function dec(money: Money): Dec {
  return new D(money.amount);
}
