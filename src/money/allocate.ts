import { fail } from '../issues/PioRulesError.js';
import { D } from './decimal.js';
import { checked, checkList, fromDecimal } from './internal.js';
import type { Money } from './Money.js';
import { toRate, type RateInput } from './rate.js';

/** The number of digits after the decimal point of a plain decimal string. */
function decimals(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** A plain non-negative decimal string times 10^scale, as an integer (scale ≥ its decimals). */
function scaled(text: string, scale: number): bigint {
  return BigInt(text.replace('.', '') + '0'.repeat(scale - decimals(text)));
}

/**
 * Splits an amount into parts proportional to ratios, in whole cents that always add up to the
 * total exactly.
 *
 * Method (largest remainder, in exact integer arithmetic): every part first gets the whole cents
 * of its exact share (rounded down); the cents left over go one each to the parts with the
 * largest remainders; equal remainders go to the earlier part (lower index). A negative total is
 * split as its absolute value and negated. Ratios are non-negative; at least one is positive.
 *
 * @param total - The amount to split.
 * @param ratios - The weights (decimal strings, numbers, Decimals or Money amounts).
 * @returns One Money per ratio, summing to `total`.
 * @throws {@link PioRulesError} `invalid_ratio` for no ratios, a negative or malformed ratio, or
 *   ratios that are all zero; `input_too_large` for more than 10,000 ratios.
 * @example
 * ```ts
 * allocate(eur('100'), ['1', '1', '1']).map(String);
 * //=> ['33.34', '33.33', '33.33']
 * ```
 */
export function allocate(total: Money, ratios: readonly RateInput[]): Money[] {
  checked(total);
  checkList(ratios);
  if (ratios.length === 0)
    fail('invalid_ratio', { received: 'none', expected: 'at least one ratio' });
  const texts = ratios.map((r, i) => toRate(r, [i]).toFixed());
  const scale = texts.reduce((most, t) => Math.max(most, decimals(t)), 0);
  const weights = texts.map((t) => scaled(t, scale));
  const weightSum = weights.reduce((s, w) => s + w, 0n);
  if (weightSum === 0n)
    fail('invalid_ratio', { received: 'all zero', expected: 'a positive ratio' });
  const negative = total.amount.startsWith('-');
  const cents = scaled(negative ? total.amount.slice(1) : total.amount, 2);
  const parts = weights.map((w) => (cents * w) / weightSum);
  const order = weights
    .map((w, i) => ({ i, rest: (cents * w) % weightSum }))
    .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  let left = cents - parts.reduce((s, p) => s + p, 0n);
  for (const { i } of order) {
    if (left === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map((p) => fromDecimal(new D(`${negative ? '-' : ''}${p.toString()}`).div(100)));
}
