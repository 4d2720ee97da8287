/**
 * Exact money: euro to the cent on a private decimal.js, as plain frozen objects handled by
 * free functions; every rounding names its mode.
 *
 * @module
 */
export { add, compare, isNegative, isZero, max, min, subtract, sum, zero } from './arithmetic.js';
export { allocate } from './allocate.js';
export { eur } from './eur.js';
export { formatEur } from './formatEur.js';
export { isMoney } from './internal.js';
export { MAX_EUR_MAGNITUDE } from './Money.js';
export type { DecimalLike, Money, MoneyInput, RateInput } from './Money.js';
export { multiply, multiplyExplained } from './multiply.js';
export type { Product } from './multiply.js';
export type { MoneyOptions } from './options.js';
export { parseEur, safeParseEur } from './parseEur.js';
export { roundingModes } from '../vocabulary/index.js';
export type { RoundingMode } from '../vocabulary/index.js';
