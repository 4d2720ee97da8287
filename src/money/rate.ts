import { fail } from '../issues/PioRulesError.js';
import { describeType } from '../issues/describe.js';
import { D, type Dec, isForeignDecimal } from './decimal.js';
import { memoize } from '../shared/memo.js';
import { isMoney } from './internal.js';
import type { DecimalLike, Money } from './Money.js';

/**
 * A rate or ratio: a decimal string (`"0.5"`), a finite JS number (read through its shortest
 * representation), a decimal.js `Decimal`, or a `Money` (as a weight).
 */
export type RateInput = string | number | Money | DecimalLike;

const DECIMAL_STRING = /^\d+(?:\.\d+)?$/;
const EXPECTED = 'a non-negative decimal such as "0.5"';

/** Decimals are immutable, so the few rates in use are parsed once. */
const parseRate = memoize((text) => new D(text));

/**
 * Reads a non-negative rate or ratio into the private decimal type.
 *
 * @internal
 */
export function toRate(value: RateInput, path: readonly (string | number)[] = []): Dec {
  let text: string;
  if (isMoney(value)) text = value.amount;
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'number') text = String(value);
  else if (isForeignDecimal(value)) text = value.toFixed();
  else return fail('invalid_ratio', { received: describeType(value), expected: EXPECTED }, path);
  // The length bound keeps hostile input cheap; 60 characters hold any sensible rate.
  if (text.length > 60 || !DECIMAL_STRING.test(text)) {
    return fail('invalid_ratio', { received: text.slice(0, 60), expected: EXPECTED }, path);
  }
  return parseRate(text);
}
