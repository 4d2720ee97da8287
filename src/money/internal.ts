import { describeType } from '../issues/describe.js';
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
 * The value itself when it is a `Money` made by this library.
 *
 * @throws {@link PioRulesError} `invalid_amount` for anything else.
 * @internal
 */
export function checked(value: unknown): Money {
  if (!isMoney(value))
    fail('invalid_amount', { received: describeType(value), expected: 'a Money made by eur()' });
  return value;
}

/**
 * The amount of a Money as a private decimal.
 *
 * @throws {@link PioRulesError} `invalid_amount` when `money` is not a Money.
 * @internal
 */
export function dec(money: Money): Dec {
  return new D(checked(money).amount);
}

/** At most this many amounts or ratios in one call of `sum`, `min`, `max` or `allocate`. @internal */
export const MAX_AMOUNTS = 10_000;

/**
 * Checks a list of amounts or ratios: an array of at most {@link MAX_AMOUNTS} items.
 *
 * @throws {@link PioRulesError} `invalid_type` or `input_too_large`.
 * @internal
 */
export function checkList(list: unknown): void {
  if (!Array.isArray(list))
    fail('invalid_type', { expected: 'array', received: describeType(list) });
  if (list.length > MAX_AMOUNTS)
    fail('input_too_large', {
      reason: `${String(list.length)} items, at most ${String(MAX_AMOUNTS)}`,
    });
}
