import { getCriteria } from './getCriteria.js';
import type { Criterion } from './types.js';

/**
 * The criteria catalogue with the built-in (assumed) scoring scheme: what {@link getCriteria}
 * returns for the default parameters. Use `getCriteria({ at, parameters })` when VLAIO's own
 * scheme or another date applies.
 *
 * @example
 * ```ts
 * innovationCriteria.map((c) => c.id);
 * //=> ['applicant-not-eligible', 'submitted-late', 'commercially-available', 'market-distortion', 'no-procurement-foreseen', 'fit-with-pio', 'relevance-and-impact', 'quality-of-approach']
 * ```
 */
export const innovationCriteria: readonly Criterion[] = getCriteria();
