import * as z from 'zod/mini';
import { strictObject } from '../input/object.js';
import { lazily } from '../input/lazily.js';
import { guard } from '../input/guard.js';
import { optionsOf } from '../input/options.js';
import { outcome, type Result, type Success } from '../issues/Result.js';
import { fromZodIssues } from '../issues/zod.js';
import { orThrow, safely } from '../locales/edge.js';
import type { LocaleTag } from '../locales/Locale.js';
import {
  marketAnswers,
  type QuickScanNextStep,
  type QuickScanReasonCode,
  type TrafficLight,
} from '../vocabulary/index.js';
import { quickScanReasonLights } from './quickScanReasonLights.js';
import type { QuickScanAnswers, QuickScanResult } from './types.js';

/** Options of {@link safeInnovationQuickScan} and {@link innovationQuickScan}. */
export interface InnovationQuickScanOptions {
  /** The language of the messages (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

const answersSchema = lazily(() =>
  strictObject({
    solutionExists: z.enum(marketAnswers, { error: 'enum:marketAnswer' }),
    rdNeeded: z.union([z.string().check(z.maxLength(100_000)), z.boolean()]),
    endUserAndSupportBase: z.boolean(),
    procurementForeseen: z.boolean(),
  }),
);

const nextSteps: { readonly [K in TrafficLight]: QuickScanNextStep } = {
  green: 'full-proposal',
  orange: 'external-expertise',
  red: 'not-a-pio-project',
};

/** The rule table of the quick scan over checked answers. */
function scan(answers: QuickScanAnswers): QuickScanResult {
  const reasons: QuickScanReasonCode[] = [];
  if (answers.solutionExists === 'yes') reasons.push('solution_available');
  if (answers.solutionExists === 'unknown') reasons.push('market_unknown');
  const rdNeeded =
    typeof answers.rdNeeded === 'string' ? answers.rdNeeded.trim() !== '' : answers.rdNeeded;
  if (!rdNeeded) reasons.push('no_rd_needed');
  if (!answers.endUserAndSupportBase) reasons.push('no_end_user_or_support_base');
  if (!answers.procurementForeseen) reasons.push('no_procurement_foreseen');
  const light: TrafficLight = reasons.some((r) => quickScanReasonLights[r] === 'red')
    ? 'red'
    : reasons.length > 0
      ? 'orange'
      : 'green';
  return Object.freeze({ light, reasons: Object.freeze(reasons), nextStep: nextSteps[light] });
}

/**
 * A quick self-check for applicants before they write a full proposal, over the guidance
 * questions. The rule table (every matching row gives a reason; the worst light wins):
 *
 * | answer | reason | light |
 * | --- | --- | --- |
 * | a solution already exists on the market (`'yes'`) | `solution_available` | red |
 * | not known whether one exists (`'unknown'`) | `market_unknown` | orange |
 * | nothing left to research or develop (`false` or a blank text) | `no_rd_needed` | red |
 * | no end user or support base | `no_end_user_or_support_base` | orange |
 * | no procurement foreseen | `no_procurement_foreseen` | red |
 *
 * A solution that exists `'partly'` is the typical PIO case (develop or validate what is
 * missing) and gives no reason by itself. Next step: red `not-a-pio-project`, orange
 * `external-expertise` (a preparatory track: market scan, user survey, workshops), green
 * `full-proposal`. The result is data; {@link explainQuickScan} renders it.
 *
 * @param answers - The answers to the four questions (for example read from JSON).
 * @param options - `locale`.
 * @returns `{ success: true, data: { light, reasons, nextStep }, warnings: [] }`, or
 *   `{ success: false, issues }` with one issue per problem of the answers: `invalid_value` (an
 *   answer outside the list), `invalid_type` (a wrong kind of value), `required` (a missing
 *   answer), `unknown_key` (an extra one), `too_long` (`rdNeeded` beyond 100,000 characters).
 * @throws Nothing for a problem of its input: every one is an issue of the result.
 * @example
 * ```ts
 * const result = safeInnovationQuickScan(JSON.parse('{"solutionExists":"maybe","rdNeeded":true}'));
 * result.success ? [] : result.issues.map((issue) => [issue.code, formatPath(issue.path)]);
 * //=> [['invalid_value', 'solutionExists'], ['required', 'endUserAndSupportBase'], ['required', 'procurementForeseen']]
 * ```
 */
export function safeInnovationQuickScan(
  answers: QuickScanAnswers,
  options: InnovationQuickScanOptions = {},
): Result<QuickScanResult> {
  return safely(options?.locale, () => {
    optionsOf(options);
    const { value, issues } = guard(answers);
    const parsed = answersSchema().safeParse(value);
    if (!parsed.success)
      return { success: false, issues: [...issues, ...fromZodIssues(parsed.error.issues, value)] };
    return outcome(issues, () => scan(parsed.data));
  });
}

/**
 * The quick self-check: {@link safeInnovationQuickScan}, throwing.
 *
 * @param answers - The answers to the four questions.
 * @param options - `locale`.
 * @returns The success: `data` is `{ light, reasons, nextStep }`.
 * @throws {@link PioRulesError} with one issue per problem of the answers.
 * @example
 * ```ts
 * innovationQuickScan({
 *   solutionExists: 'unknown',
 *   rdNeeded: 'Sensoren die in riolen werken',
 *   endUserAndSupportBase: false,
 *   procurementForeseen: true,
 * }).data;
 * //=> { light: 'orange', reasons: ['market_unknown', 'no_end_user_or_support_base'], nextStep: 'external-expertise' }
 * ```
 */
export function innovationQuickScan(
  answers: QuickScanAnswers,
  options: InnovationQuickScanOptions = {},
): Success<QuickScanResult> {
  return orThrow(safeInnovationQuickScan(answers, options));
}

/** The structure of the quick scan's answers (for the OpenAPI document of `pio-rules serve`). @internal */
export { answersSchema as quickScanAnswersSchema };
