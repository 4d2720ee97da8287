import type { Locale } from '../i18n/Locale.js';
import { describeType } from '../issues/describe.js';
import { fail } from '../issues/PioRulesError.js';
import { isRecord } from './internal.js';
import { cofinancingStepCodes } from './stepCodes.js';
import { stepTextsEn } from './stepTextsEn.js';
import { stepTextsNl } from './stepTextsNl.js';
import type { StepTextTable } from './StepTextTable.js';
import type { CofinancingStep, ExplainedResult } from './types.js';

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
/** At most this many steps (a result of 1,000 cost lines has about 1,010). */
const MAX_STEPS = 10_000;
/** The longest text of a step's value, in characters. */
const MAX_TEXT = 1_000;

/** Checks that a step's values are short strings, numbers, booleans or null. */
function checkParams(params: unknown, path: readonly (string | number)[]): void {
  if (!isRecord(params))
    fail('invalid_type', { expected: 'object', received: describeType(params) }, path);
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && value.length > MAX_TEXT)
      fail('too_long', { maximum: MAX_TEXT }, [...path, key]);
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
      fail(
        'invalid_type',
        { expected: 'string, number, boolean or null', received: describeType(value) },
        [...path, key],
      );
  }
}

/**
 * Renders the explanation of a cofinancing result (or of an expertise support) as readable
 * lines, one per step, in Dutch or English. Amounts are formatted for the locale; a step that
 * rests on an assumption ends with "(aanname)" / "(assumption)". Works as well on a result that
 * went through `JSON.stringify` and `JSON.parse`.
 *
 * @param result - A {@link CofinancingResult} or {@link ExpertiseSupport} (anything with an `explanation`).
 * @param options - The `locale`.
 * @returns One line per step.
 * @throws {@link PioRulesError} `invalid_value` for a step code this version does not know;
 *   `invalid_type` for a result without an array of steps or a step without params;
 *   `input_too_large` for more than 10,000 steps; `too_long` for a value over 1,000 characters.
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
  const locale: Locale = options?.locale === 'en' ? 'en' : 'nl-BE';
  const table = TABLES[locale];
  const steps: unknown = isRecord(result) ? result.explanation : undefined;
  if (!Array.isArray(steps))
    fail('invalid_type', { expected: 'array', received: describeType(steps) }, ['explanation']);
  if (steps.length > MAX_STEPS)
    fail(
      'input_too_large',
      { reason: `${String(steps.length)} steps, at most ${String(MAX_STEPS)}` },
      ['explanation'],
    );
  return (steps as readonly unknown[]).map((raw, i) => {
    if (!isRecord(raw))
      fail('invalid_type', { expected: 'object', received: describeType(raw) }, ['explanation', i]);
    const s = raw as unknown as CofinancingStep;
    if (typeof s.code !== 'string' || !(cofinancingStepCodes as readonly string[]).includes(s.code))
      fail(
        'invalid_value',
        {
          received:
            typeof s.code === 'string' ? JSON.stringify(s.code.slice(0, 60)) : describeType(s.code),
          expected: cofinancingStepCodes,
        },
        ['explanation', i, 'code'],
      );
    checkParams(s.params, ['explanation', i, 'params']);
    return table[s.code](s.params) + (s.assumption ? ASSUMPTION[locale] : '');
  });
}
