import { PioRulesError } from '../issues/PioRulesError.js';
import type { ScoringScheme } from './types.js';
import { validateScoringScheme } from './validateScoringScheme.js';

/**
 * Checks a scoring scheme and returns it with canonical decimal strings, or throws with every
 * problem (see {@link validateScoringScheme} for the checks). To make the assessment use a scheme,
 * put it in the parameter registry as `criteria.scoringScheme` (see {@link getScoringScheme}).
 *
 * @param input - A scheme, as {@link ScoringSchemeInput} or as read from JSON.
 * @returns The checked, frozen scheme.
 * @throws {@link PioRulesError} `invalid_scheme`, `weights_do_not_sum`,
 *   `threshold_outside_scale`, `unknown_criterion` or `duplicate_id`, carrying every issue.
 * @example
 * ```ts
 * const scheme = createScoringScheme({
 *   scale: { min: 1, max: 5 },
 *   totalThreshold: '3',
 *   criteria: [
 *     { id: 'fit-with-pio', weight: '0.25', threshold: 3 },
 *     { id: 'relevance-and-impact', weight: '0.5', threshold: 3 },
 *     { id: 'quality-of-approach', weight: '0.25' },
 *   ],
 * });
 * scheme.criteria.map((c) => c.weight);
 * //=> ['0.25', '0.5', '0.25']
 * ```
 */
export function createScoringScheme(input: unknown): ScoringScheme {
  const result = validateScoringScheme(input);
  if (!result.success) throw new PioRulesError(result.issues);
  return result.scheme;
}
