import { describeType } from '../issues/describe.js';
import { fail } from '../issues/PioRulesError.js';
import { D, type Dec } from './decimal.js';
import { MAX_EUR_MAGNITUDE, type Money } from './Money.js';

const ZERO_DEC = new D(0);
const MAX = new D(MAX_EUR_MAGNITUDE);

/**
 * The one implementation of `Money`. Its decimal value rides along in a private field, so
 * arithmetic never parses the amount string again, and `#value in x` is a brand check no other
 * object can pass. Instances and the prototype are frozen.
 */
class MoneyValue implements Money {
  readonly currency = 'EUR';
  readonly amount: string;
  readonly #value: Dec;

  /** `text`, when given, must be `value.toFixed(2)` already (it saves printing it again). */
  constructor(value: Dec, text?: string) {
    const zero = value.isZero();
    this.amount = zero ? '0.00' : (text ?? value.toFixed(2));
    // Zero is always positive zero, so a `-0` never reads as negative.
    this.#value = zero ? ZERO_DEC : value;
    Object.freeze(this);
  }

  static is(value: unknown): value is MoneyValue {
    return typeof value === 'object' && value !== null && #value in value;
  }

  static decimal(money: MoneyValue): Dec {
    return money.#value;
  }

  toJSON(): string {
    return this.amount;
  }

  toString(): string {
    return this.amount;
  }
}
Object.freeze(MoneyValue.prototype);
Object.freeze(MoneyValue);

/**
 * Makes a `Money` from a decimal that is already exact to the cent. `canonical`, when given,
 * must be what `value.toFixed(2)` prints.
 *
 * @internal
 */
export function fromDecimal(
  value: Dec,
  path: readonly (string | number)[] = [],
  canonical?: string,
): Money {
  // The exponent says it without allocating: beyond 10^13 means e > 13, or e = 13 and not 10^13.
  if (value.e > 13 || (value.e === 13 && !value.abs().eq(MAX))) {
    fail('amount_out_of_range', { received: value.toFixed(), maximum: MAX_EUR_MAGNITUDE }, path);
  }
  if (value.decimalPlaces() > 2) fail('amount_precision', { received: value.toFixed() }, path);
  return new MoneyValue(value, canonical);
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
  return MoneyValue.is(value);
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
  return MoneyValue.decimal(checked(money) as MoneyValue);
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
