import { guard } from '../input/guard.js';
import { optionsOf } from '../input/options.js';
import { outcome, type Result, type Success } from '../issues/Result.js';
import { orThrow, safely } from '../locales/edge.js';
import type { LocaleTag } from '../locales/Locale.js';
import {
  checkScoringScheme,
  toScoringScheme,
  type ScoringScheme,
  type ScoringSchemeInput,
} from '../parameters/scoringScheme.js';

/** Options of {@link safeCreateScoringScheme} and {@link createScoringScheme}. */
export interface CreateScoringSchemeOptions {
  /** The language of the messages (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * Checks a scoring scheme as a value, with the check a registry runs on `criteria.scoringScheme`,
 * and reports every problem at once: its structure (`required`, `invalid_type`, `unknown_key`,
 * `invalid_format` for a number that is not a decimal such as `'7.5'`, `too_long`, ...), a scale
 * whose minimum is not below its maximum (`scale_reversed`), a negative weight (`too_small`),
 * weights of the main criteria or of a criterion's sub-criteria that do not add up to exactly 1
 * (`weights_do_not_sum`: exact decimals, `0.1 + 0.2 + 0.7` is 1), a threshold outside the scale
 * (`threshold_outside_scale`), a main criterion that is unknown (`unknown_criterion`), listed
 * twice (`duplicate_id`) or missing (`missing_criterion`), a sub-criterion id used twice
 * (`duplicate_id`) and an own sub-criterion without a label (`unknown_criterion`). To make the
 * assessment use a scheme, put it in a parameter registry as `criteria.scoringScheme`.
 *
 * @param input - A scheme, as {@link ScoringSchemeInput} or as read from JSON.
 * @param options - `locale`.
 * @returns `{ success: true, data: scheme, warnings: [] }` with canonical decimal strings and the
 *   main criteria in catalogue order, or `{ success: false, issues }`.
 * @throws Nothing for a problem of its input: every one is an issue of the result.
 * @example
 * ```ts
 * const result = safeCreateScoringScheme({
 *   scale: { min: 0, max: 10 },
 *   criteria: [
 *     { id: 'fit-with-pio', weight: '0.5' },
 *     { id: 'relevance-and-impact', weight: '0.4' },
 *     { id: 'quality-of-approach', weight: '0.3', threshold: 12 },
 *   ],
 * });
 * result.success ? [] : result.issues.map((issue) => issue.code);
 * //=> ['threshold_outside_scale', 'weights_do_not_sum']
 * ```
 */
export function safeCreateScoringScheme(
  input: unknown,
  options: CreateScoringSchemeOptions = {},
): Result<ScoringScheme> {
  return safely(options?.locale, () => {
    optionsOf(options);
    const { value, issues } = guard(input);
    const found = [...issues, ...checkScoringScheme(value, [])];
    return outcome(found, () => toScoringScheme(value as ScoringSchemeInput));
  });
}

/**
 * Checks a scoring scheme: {@link safeCreateScoringScheme}, throwing.
 *
 * @param input - A scheme, as {@link ScoringSchemeInput} or as read from JSON.
 * @param options - `locale`.
 * @returns The success: `data` is the checked, frozen scheme.
 * @throws {@link PioRulesError} carrying every issue (see {@link safeCreateScoringScheme}).
 * @example
 * ```ts
 * const scheme = createScoringScheme({
 *   scale: { min: 1, max: 5 },
 *   totalThreshold: '3',
 *   criteria: [
 *     { id: 'fit-with-pio', weight: '0.25', threshold: 3 },
 *     { id: 'relevance-and-impact', weight: '0.50', threshold: 3 },
 *     { id: 'quality-of-approach', weight: 0.25 },
 *   ],
 * }).data;
 * scheme.criteria.map((c) => c.weight);
 * //=> ['0.25', '0.5', '0.25']
 * createScoringScheme({ scale: { min: 5, max: 1 }, criteria: [] });
 * //=> throws PioRulesError (scale_reversed)
 * ```
 */
export function createScoringScheme(
  input: unknown,
  options: CreateScoringSchemeOptions = {},
): Success<ScoringScheme> {
  return orThrow(safeCreateScoringScheme(input, options));
}
