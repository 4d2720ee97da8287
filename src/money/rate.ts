import { fail } from '../issues/PioRulesError.js';
import { describeType } from '../issues/describe.js';
import { D, type Dec, isForeignDecimal } from './decimal.js';
import { isMoney, dec } from './internal.js';
import type { DecimalLike, Money } from './Money.js';

/**
 * A rate or ratio: a decimal string (`"0.5"`), a finite JS number (read through its shortest
 * representation), a decimal.js `Decimal`, or a `Money` (as a weight).
 */
export type RateInput = string | number | Money | DecimalLike;

const DECIMAL_STRING = /^\d+(?:\.\d+)?$/;

/**
 * Reads a non-negative rate or ratio into the private decimal type.
 *
 * @internal
 */
export function toRate(value: RateInput, path: readonly (string | number)[] = []): Dec {
  const expected = 'a non-negative decimal such as "0.5"';
  let text: string | undefined;
  if (isMoney(value))
    return dec(value).isNegative()
      ? fail('invalid_ratio', { received: value.amount, expected }, path)
      : dec(value);
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else if (isForeignDecimal(value) && value.isFinite()) text = value.toFixed();
  if (text === undefined || text.length > 60) {
    return fail(
      'invalid_ratio',
      { received: text === undefined ? describeType(value) : `${text.slice(0, 60)}…`, expected },
      path,
    );
  }
  if (!DECIMAL_STRING.test(text)) return fail('invalid_ratio', { received: text, expected }, path);
  return new D(text);
}
