import { optionsOf } from '../input/options.js';
import type { LocaleTag } from '../locales/Locale.js';
import { localeTables, renderedOrThrown } from '../locales/render.js';
import { explained } from './explained.js';
import type { QuickScanResult } from './types.js';

/** Options of {@link explainQuickScan}. */
export interface ExplainQuickScanOptions {
  /** The language of the text (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * Renders the outcome of {@link innovationQuickScan} as text for the applicant: the title, the
 * light, every reason and the next step, one line each. It reads a quick-scan result (also one
 * that went through JSON) as it is, without checking its shape first; a value too large or too
 * deep is refused at once, and a part that is not what the text needs at its path.
 *
 * @param result - A quick-scan result (`data` of {@link innovationQuickScan}).
 * @param options - `locale`.
 * @returns The lines of the text.
 * @throws {@link PioRulesError} `unsupported_locale`; `invalid_type` when `result` or `options`
 *   is not an object; `input_too_large`, `invalid_input`, `invalid_type` or `invalid_value` for
 *   a value that is no quick-scan result (at the path of the part).
 * @example
 * ```ts
 * const { data } = innovationQuickScan({ solutionExists: 'no', rdNeeded: true, endUserAndSupportBase: true, procurementForeseen: true });
 * explainQuickScan(data, { locale: 'en' })[1];
 * //=> 'Result: green.'
 * ```
 */
export function explainQuickScan(
  result: QuickScanResult,
  options: ExplainQuickScanOptions = {},
): string[] {
  return renderedOrThrown(options?.locale, (locale) => {
    optionsOf(options);
    const t = localeTables[locale].criteria.quickScan;
    return explained(result, (r, read) => [
      t.title,
      t.lightLine(read.entry(t.light, r['light'], ['light'])),
      ...read
        .list(r['reasons'], ['reasons'])
        .map((code, i) => `- ${read.entry(t.reasons, code, ['reasons', i])}`),
      `${t.nextStepHeading} ${read.entry(t.nextStep, r['nextStep'], ['nextStep'])}`,
    ]);
  });
}
