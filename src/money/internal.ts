import type { IssuePath } from '../issues/issue.js';
import { refuse } from '../issues/Refusal.js';
import { shown, typeName } from '../issues/typeName.js';
import { roundingModes, type RoundingMode } from '../vocabulary/index.js';
import { D, type Dec, isForeignDecimal } from './decimal.js';
import { MAX_EUR_MAGNITUDE, type Money } from './Money.js';

const MAX = new D(MAX_EUR_MAGNITUDE);
const DECIMAL_STRING = /^-?\d+(?:\.\d+)?$/;
const RATE_STRING = /^\d+(?:\.\d+)?$/;

/**
 * A frozen `Money` from a decimal that must be exact to the cent and within 10^13 euro.
 *
 * @throws Refusal `amount_out_of_range`, `amount_precision`.
 * @internal
 */
export function fromDecimal(value: Dec, path: IssuePath = []): Money {
  // The exponent says it without allocating: beyond 10^13 means e > 13, or e = 13 and not 10^13.
  if (value.e > 13 || (value.e === 13 && !value.abs().eq(MAX)))
    refuse('amount_out_of_range', { received: value.toFixed(), maximum: MAX_EUR_MAGNITUDE }, path);
  if (value.decimalPlaces() > 2) refuse('amount_precision', { received: value.toFixed() }, path);
  // Zero is always "0.00", never "-0.00".
  return Object.freeze({ amount: value.isZero() ? '0.00' : value.toFixed(2), currency: 'EUR' });
}

function fromText(text: string, path: IssuePath): Dec {
  if (text.length > 40)
    refuse('amount_out_of_range', { received: shown(text, 40), maximum: MAX_EUR_MAGNITUDE }, path);
  if (!DECIMAL_STRING.test(text))
    refuse('invalid_amount', { received: JSON.stringify(shown(text)) }, path);
  return new D(text);
}

/** Whether a value has the shape of a `Money` (its amount not yet checked). */
function moneyShaped(
  value: unknown,
): value is { readonly amount: string; readonly currency: 'EUR' } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { currency?: unknown }).currency === 'EUR' &&
    typeof (value as { amount?: unknown }).amount === 'string'
  );
}

/**
 * The decimal value of a `Money` given by anyone: its amount checked again.
 *
 * @throws Refusal `invalid_amount` (not a Money), `amount_precision`, `amount_out_of_range`.
 * @internal
 */
export function decimalOf(value: unknown, path: IssuePath = []): Dec {
  if (!moneyShaped(value))
    return refuse(
      'invalid_amount',
      { received: typeof value === 'string' ? JSON.stringify(shown(value)) : typeName(value) },
      path,
    );
  const amount = fromText(value.amount, path);
  fromDecimal(amount, path);
  return amount;
}

/**
 * Tells whether a value is a `Money`: an object `{ amount, currency: 'EUR' }` whose amount is a
 * decimal string exact to the cent within 10^13 euro, whoever made it.
 *
 * @param value - Anything.
 * @returns `true` for a Money.
 * @example
 * ```ts
 * isMoney(eur('1'));
 * //=> true
 * isMoney({ amount: '1.001', currency: 'EUR' });
 * //=> false
 * isMoney('1.00');
 * //=> false
 * ```
 */
export function isMoney(value: unknown): value is Money {
  if (!moneyShaped(value) || value.amount.length > 40 || !DECIMAL_STRING.test(value.amount))
    return false;
  const amount = new D(value.amount);
  return amount.decimalPlaces() <= 2 && amount.abs().lte(MAX);
}

/**
 * A `Money` from any `MoneyInput`.
 *
 * @throws Refusal `invalid_amount`, `amount_precision`, `amount_out_of_range`.
 * @internal
 */
export function toMoney(value: unknown, path: IssuePath = []): Money {
  if (typeof value === 'string') return fromDecimal(fromText(value, path), path);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) refuse('invalid_amount', { received: String(value) }, path);
    const text = String(value);
    if (Math.abs(value) > Number(MAX_EUR_MAGNITUDE))
      refuse('amount_out_of_range', { received: text, maximum: MAX_EUR_MAGNITUDE }, path);
    // The shortest representation; an exponent here means a fraction far below the cent.
    if (text.includes('e')) refuse('amount_precision', { received: text }, path);
    return fromDecimal(fromText(text, path), path);
  }
  if (isForeignDecimal(value)) return fromDecimal(fromText(value.toFixed(), path), path);
  return fromDecimal(decimalOf(value, path), path);
}

/**
 * A non-negative rate or ratio as a private decimal.
 *
 * @throws Refusal `invalid_ratio`.
 * @internal
 */
export function toRate(value: unknown, path: IssuePath = []): Dec {
  const malformed = (received: string): never =>
    refuse('invalid_ratio', { received, problem: 'malformed' }, path);
  if (typeof value === 'number') {
    // Read through the shortest representation, exponent included (1e-7, 1.5e-10, 1e21).
    if (!Number.isFinite(value) || value < 0) return malformed(String(value));
    return new D(String(value));
  }
  let text: string;
  if (typeof value === 'string') text = value;
  else if (isForeignDecimal(value)) text = value.toFixed();
  else if (moneyShaped(value)) text = value.amount;
  else return malformed(typeName(value));
  // The length bound keeps hostile input cheap; 60 characters hold any sensible rate.
  if (text.length > 60 || !RATE_STRING.test(text)) return malformed(shown(text));
  return new D(text);
}

const MODES: Readonly<Record<RoundingMode, number>> = {
  down: D.ROUND_DOWN,
  up: D.ROUND_UP,
  halfUp: D.ROUND_HALF_UP,
  halfEven: D.ROUND_HALF_EVEN,
};

/**
 * Rounds a decimal to the cent with a named mode.
 *
 * @throws Refusal `invalid_rounding_mode`.
 * @internal
 */
export function roundToCent(value: Dec, mode: RoundingMode): Dec {
  if (typeof mode !== 'string' || !Object.hasOwn(MODES, mode))
    return refuse('invalid_rounding_mode', { received: shown(mode), expected: [...roundingModes] });
  return value.toDecimalPlaces(2, MODES[mode] as Parameters<Dec['toDecimalPlaces']>[1]);
}

/** At most this many amounts or ratios in one call of `sum`, `min`, `max` or `allocate`. @internal */
export const MAX_AMOUNTS = 10_000;

/**
 * Checks a list of amounts or ratios: an array of at most {@link MAX_AMOUNTS} items (its length
 * counted, so a sparse array is measured by its length).
 *
 * @throws Refusal `invalid_type` or `input_too_large`.
 * @internal
 */
export function checkList(list: unknown, path: IssuePath = []): readonly unknown[] {
  if (!Array.isArray(list))
    return refuse('invalid_type', { expected: 'array', received: typeName(list) }, path);
  if (list.length > MAX_AMOUNTS)
    refuse('input_too_large', { limit: 'items', maximum: MAX_AMOUNTS }, path);
  return list as readonly unknown[];
}
