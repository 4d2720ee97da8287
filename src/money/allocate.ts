import { optionsOf } from '../input/options.js';
import { refuse } from '../issues/Refusal.js';
import { renderedOrThrown } from '../locales/render.js';
import { D, type Dec } from './decimal.js';
import { checkList, decimalOf, fromDecimal, toRate } from './internal.js';
import type { Money, RateInput } from './Money.js';
import type { MoneyOptions } from './options.js';

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
 * Splits a checked total by checked weights (largest remainder, in whole cents).
 *
 * @internal
 */
export function split(total: Dec, ratios: readonly Dec[]): Money[] {
  const texts = ratios.map((r) => r.toFixed());
  const scale = texts.reduce((most, t) => Math.max(most, decimals(t)), 0);
  const weights = texts.map((t) => scaled(t, scale));
  const weightSum = weights.reduce((s, w) => s + w, 0n);
  if (weightSum === 0n) refuse('invalid_ratio', { received: '0', problem: 'all_zero' });
  const negative = total.isNegative() && !total.isZero();
  const cents = scaled(total.abs().toFixed(2), 2);
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
 * @param options - The `locale` of the messages.
 * @returns One Money per ratio, summing to `total`.
 * @throws {@link PioRulesError} `invalid_ratio` for no ratios, a negative or malformed ratio, or
 *   ratios that are all zero; `input_too_large` for more than 10,000 ratios.
 * @example
 * ```ts
 * allocate(eur('100'), ['1', '1', '1']).map((m) => m.amount);
 * //=> ['33.34', '33.33', '33.33']
 * allocate(eur('1.00'), [1e-7, 1]).map((m) => m.amount);
 * //=> ['0.00', '1.00']
 * ```
 */
export function allocate(
  total: Money,
  ratios: readonly RateInput[],
  options: MoneyOptions = {},
): Money[] {
  return renderedOrThrown(options?.locale, () => {
    optionsOf(options);
    const amount = decimalOf(total, [0]);
    const list = checkList(ratios, [1]);
    if (list.length === 0) refuse('invalid_ratio', { received: '[]', problem: 'none' }, [1]);
    const weights: Dec[] = [];
    for (let i = 0; i < list.length; i += 1) weights.push(toRate(list[i], [1, i]));
    return split(amount, weights);
  });
}
