import { fail } from '../issues/PioRulesError.js';
import { describeType } from '../issues/describe.js';
import { D, isForeignDecimal } from './decimal.js';
import { fromDecimal, isMoney } from './internal.js';
import { MAX_EUR_MAGNITUDE, type Money, type MoneyInput } from './Money.js';

/** Options of {@link eur}. */
export interface EurOptions {
  /** Path reported in an issue (for example `['costs', 0, 'amount']`). */
  readonly path?: readonly (string | number)[];
}

const DECIMAL_STRING = /^-?\d+(?:\.\d+)?$/;
/** A string `toFixed(2)` would print as it is: no leading zeros, exactly two decimals. */
const CANONICAL = /^-?(?:0|[1-9]\d*)\.\d{2}$/;
const EXPECTED = 'a decimal string such as "1234.56", or a number with at most two decimals';

function fromString(text: string, path: readonly (string | number)[]): Money {
  if (text.length > 40) {
    return fail(
      'amount_out_of_range',
      { received: `${text.slice(0, 40)}…`, maximum: MAX_EUR_MAGNITUDE },
      path,
    );
  }
  if (!DECIMAL_STRING.test(text))
    return fail('invalid_amount', { received: JSON.stringify(text), expected: EXPECTED }, path);
  return fromDecimal(new D(text), path, CANONICAL.test(text) ? text : undefined);
}

/**
 * Makes a `Money` (euro, exact to the cent).
 *
 * Accepts a decimal string (`"1234.56"`, `"-5"`; no exponent, no thousands separators, no
 * comma), an integer, a JS number whose shortest representation has at most two decimals, a
 * decimal.js `Decimal` from any copy or configuration of decimal.js, or another `Money`. Digits
 * after the second decimal must be zeros (`"1.230"` is `1.23`; `"1.234"` is refused). The
 * magnitude is at most 10^13 euro.
 *
 * @param value - The amount.
 * @param options - The `path` to report in an issue.
 * @returns The amount as a frozen `Money`.
 * @throws {@link PioRulesError} `invalid_amount` (not an amount: `NaN`, `""`, `"12,50"`,
 *   `"1e3"`, an object), `amount_precision` (more than two decimals, `0.1 + 0.2`),
 *   `amount_out_of_range` (beyond 10^13 euro).
 * @example
 * ```ts
 * eur('1234.56').amount;
 * //=> '1234.56'
 * String(eur(1234.5));
 * //=> '1234.50'
 * eur(0.1 + 0.2);
 * //=> throws PioRulesError (amount_precision)
 * ```
 */
export function eur(value: MoneyInput, options: EurOptions = {}): Money {
  const path = options?.path ?? [];
  if (isMoney(value)) return value;
  if (typeof value === 'string') return fromString(value, path);
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return fail('invalid_amount', { received: String(value), expected: EXPECTED }, path);
    if (Math.abs(value) > Number(MAX_EUR_MAGNITUDE)) {
      return fail(
        'amount_out_of_range',
        { received: String(value), maximum: MAX_EUR_MAGNITUDE },
        path,
      );
    }
    const text = String(value);
    if (text.includes('e')) return fail('amount_precision', { received: text }, path);
    return fromString(text, path);
  }
  // A non-finite Decimal prints as NaN or Infinity, which the decimal-string check refuses.
  if (isForeignDecimal(value)) return fromString(value.toFixed(), path);
  return fail('invalid_amount', { received: describeType(value), expected: EXPECTED }, path);
}
