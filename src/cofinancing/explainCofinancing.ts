import type { Locale } from '../i18n/Locale.js';
import { fail } from '../issues/PioRulesError.js';
import { cofinancingStepCodes } from './stepCodes.js';
import { stepTextsEn } from './stepTextsEn.js';
import { stepTextsNl } from './stepTextsNl.js';
import type { StepTextTable } from './StepTextTable.js';
import type { ExplainedResult } from './types.js';

/** Options of {@link explainCofinancing}. */
export interface ExplainCofinancingOptions {
  /** `'nl-BE'` (default) or `'en'`. */
  readonly locale?: Locale;
}

const TABLES: Readonly<Record<Locale, StepTextTable>> = { 'nl-BE': stepTextsNl, en: stepTextsEn };
const ASSUMPTION: Readonly<Record<Locale, string>> = {
  'nl-BE': ' (aanname)',
  en: ' (assumption)',
};

/**
 * Renders the explanation of a cofinancing result (or of an expertise support) as readable
 * lines, one per step, in Dutch or English. Amounts are formatted for the locale; a step that
 * rests on an assumption ends with "(aanname)" / "(assumption)". Works as well on a result that
 * went through `JSON.stringify` and `JSON.parse`.
 *
 * @param result - A {@link CofinancingResult} or {@link ExpertiseSupport} (anything with an `explanation`).
 * @param options - The `locale`.
 * @returns One line per step.
 * @throws {@link PioRulesError} `invalid_value` for a step code this version does not know.
 * @example
 * ```ts
 * const result = computeCofinancing({ estimatedCost: '2400000.00' });
 * explainCofinancing(result).includes(
 *   '50% van € 2.400.000,00 = € 1.200.000,00, begrensd tot € 1.000.000,00 (richtbedrag)',
 * );
 * //=> true
 * explainCofinancing(result, { locale: 'en' }).at(-1);
 * //=> 'Maximum cofinancing: €1,000,000.00'
 * ```
 */
export function explainCofinancing(
  result: ExplainedResult,
  options: ExplainCofinancingOptions = {},
): string[] {
  const locale: Locale = options.locale === 'en' ? 'en' : 'nl-BE';
  const table = TABLES[locale];
  return result.explanation.map((s, i) => {
    if (!(cofinancingStepCodes as readonly string[]).includes(s.code))
      fail(
        'invalid_value',
        { received: JSON.stringify(String(s.code)), expected: cofinancingStepCodes },
        ['explanation', i, 'code'],
      );
    return table[s.code](s.params) + (s.assumption ? ASSUMPTION[locale] : '');
  });
}
