import type { Locale } from '../i18n/Locale.js';
import { textsFor } from './internal.js';
import { checkShape, quickScanResultShape } from './resultShapes.js';
import type { QuickScanResult } from './types.js';

/** Options of {@link explainQuickScan} and {@link explainAssessment}. */
export interface ExplainOptions {
  /** `'nl-BE'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/**
 * Renders the outcome of {@link innovationQuickScan} as text for the applicant: the light, every
 * reason and the next step.
 *
 * @param result - A quick-scan result.
 * @param options - `locale`: `'nl-BE'` (default) or `'en'`.
 * @returns The text, one line per part.
 * @throws {@link PioRulesError} `invalid_type` for a value that is not a quick-scan result.
 * @example
 * ```ts
 * const result = innovationQuickScan({ solutionExists: 'no', rdNeeded: true, endUserAndSupportBase: true, procurementForeseen: true });
 * explainQuickScan(result, { locale: 'en' }).split('\n')[1];
 * //=> 'Result: green.'
 * ```
 */
export function explainQuickScan(result: QuickScanResult, options: ExplainOptions = {}): string {
  checkShape(quickScanResultShape, result);
  const t = textsFor(options?.locale === 'en' ? 'en' : 'nl-BE').quickScan;
  return [
    t.title,
    t.lightLine(t.light[result.light]),
    ...result.reasons.map((code) => `- ${t.reasons[code]}`),
    `${t.nextStepHeading} ${t.nextStep[result.nextStep]}`,
  ].join('\n');
}
