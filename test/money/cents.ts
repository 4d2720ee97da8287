import fc from 'fast-check';
import { eur, type Money } from '../../src/money/index.js';

/** Any amount the library accepts, as integer cents (up to 10^13 euro either way). */
export const cents = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });

/** Amounts up to half the range either way, so that a sum or difference of two stays in it. */
export const halfCents = fc.bigInt({ min: -(5n * 10n ** 14n), max: 5n * 10n ** 14n });

/** Non-negative amounts, as integer cents. */
export const positiveCents = fc.bigInt({ min: 0n, max: 10n ** 15n });

/** The Money of a number of cents. */
export function fromCents(c: bigint): Money {
  const sign = c < 0n ? '-' : '';
  const abs = (c < 0n ? -c : c).toString().padStart(3, '0');
  return eur(`${sign}${abs.slice(0, -2)}.${abs.slice(-2)}`);
}

/** The cents of a Money. */
export const toCents = (m: Money): bigint => BigInt(m.amount.replace('.', ''));

/** The absolute value of a bigint. */
export const abs = (n: bigint): bigint => (n < 0n ? -n : n);
