import { refuse } from '../issues/Refusal.js';
import { shown, typeName } from '../issues/typeName.js';
import type { Formatter } from '../locales/Formatter.js';
import { formatterOf, localeTables, renderedOrThrown } from '../locales/render.js';
import { stepCodes } from '../vocabulary/steps.js';
import type { ExplainCofinancingOptions, ExplainedResult } from './types.js';

/** At most this many steps (a result of 1,000 cost lines has about 1,010). */
const MAX_STEPS = 10_000;

/** The steps of a result, as far as their container goes: an array of at most 10,000. */
function stepsOf(result: unknown): readonly unknown[] {
  const steps: unknown =
    typeof result === 'object' && result !== null
      ? (result as { explanation?: unknown }).explanation
      : undefined;
  if (!Array.isArray(steps))
    return refuse('invalid_type', { expected: 'array', received: typeName(steps) }, [
      'explanation',
    ]);
  if (steps.length > MAX_STEPS)
    refuse('input_too_large', { limit: 'items', maximum: MAX_STEPS }, ['explanation']);
  return steps as readonly unknown[];
}

/**
 * Renders the explanation of a cofinancing result (or of an expertise support) as readable
 * lines, one per step, in Dutch or English: amounts formatted for the locale
 * (`€ 1.000.000,00` / `€1,000,000.00`), rates as percentages, dates written out; a step that
 * rests on an assumption ends with "(aanname)" / "(assumption)". Works as well on a result that
 * went through `JSON.stringify` and `JSON.parse`.
 *
 * @param result - A {@link CofinancingResult} or {@link ExpertiseSupport} (anything with an
 *   `explanation`).
 * @param options - The `locale`.
 * @returns One line per step.
 * @throws {@link PioRulesError} `unsupported_locale`; for something that is not such a result:
 *   `invalid_type` (no array of steps, or a step that is not an object), `invalid_value` (a step
 *   code this version does not know), `input_too_large` (more than 10,000 steps),
 *   `invalid_input` (a step whose params cannot be read).
 * @example
 * ```ts
 * const { data } = computeCofinancing({ estimatedCost: '2400000.00' });
 * explainCofinancing(data).includes(
 *   '50% van € 2.400.000,00 = € 1.200.000,00, begrensd tot € 1.000.000,00 (richtbedrag)',
 * );
 * //=> true
 * explainCofinancing(data, { locale: 'en' }).at(-1);
 * //=> 'Maximum cofinancing: €1,000,000.00'
 * ```
 */
export function explainCofinancing(
  result: ExplainedResult,
  options: ExplainCofinancingOptions = {},
): string[] {
  return renderedOrThrown(options?.locale, (locale) => {
    const steps = stepsOf(result);
    const table = localeTables[locale];
    const f = formatterOf(locale);
    const lines: string[] = [];
    for (let i = 0; i < steps.length; i += 1) {
      const s = steps[i];
      if (typeof s !== 'object' || s === null)
        refuse('invalid_type', { expected: 'object', received: typeName(s) }, ['explanation', i]);
      const { code, params, assumption } = s as {
        readonly code?: unknown;
        readonly params?: unknown;
        readonly assumption?: unknown;
      };
      if (typeof code !== 'string' || !Object.hasOwn(table.steps, code))
        refuse(
          'invalid_value',
          {
            received: typeof code === 'string' ? JSON.stringify(shown(code)) : shown(code),
            expected: Object.freeze([...stepCodes]),
          },
          ['explanation', i, 'code'],
        );
      const render = table.steps[code as keyof typeof table.steps] as (
        params: unknown,
        f: Formatter,
      ) => string;
      let text: string;
      try {
        text = render(params, f);
      } catch (error) {
        // Params that are not what the code says (a hand-made or damaged step): missing, or a
        // value that cannot be written.
        if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
        return refuse('invalid_input', { problem: 'unreadable' }, ['explanation', i, 'params']);
      }
      lines.push(assumption === true ? `${text} ${table.assumption}` : text);
    }
    return lines;
  });
}
