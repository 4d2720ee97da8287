/**
 * The money operations as one namespace (`money.add`, `money.sum`, ...), so their short names do
 * not clash with an app's own `add` or `max`. The `@vlaio/pio-rules/money` subpath exports them
 * one by one as well.
 *
 * @module
 */
export { add, compare, isNegative, isZero, max, min, subtract, sum, zero } from './arithmetic.js';
export { allocate } from './allocate.js';
export { isMoney } from './internal.js';
export { multiply, multiplyExplained } from './multiply.js';
export { roundingModes } from '../vocabulary/index.js';
