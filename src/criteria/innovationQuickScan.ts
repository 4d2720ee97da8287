import { z } from 'zod';
import { createIssue } from '../issues/createIssue.js';
import { describeType } from '../issues/describe.js';
import type { PioIssue } from '../issues/PioIssue.js';
import { PioRulesError } from '../issues/PioRulesError.js';
import { isRecord } from './internal.js';
import { quickScanReasonLights, type QuickScanReasonCode } from './quickScanReasonCodes.js';
import type {
  QuickScanAnswers,
  QuickScanNextStep,
  QuickScanResult,
  TrafficLight,
} from './types.js';

const answersShape = z
  .object({
    solutionExists: z.enum(['yes', 'partly', 'no', 'unknown']),
    rdNeeded: z.union([z.string().max(100_000), z.boolean()]),
    endUserAndSupportBase: z.boolean(),
    procurementForeseen: z.boolean(),
  })
  .strict();

const expected: Readonly<Record<string, string>> = {
  solutionExists: "'yes', 'partly', 'no' or 'unknown'",
  rdNeeded: 'a text or true/false',
  endUserAndSupportBase: 'true or false',
  procurementForeseen: 'true or false',
};

function shown(value: unknown): string {
  return typeof value === 'string' && value.length > 40
    ? 'a long text'
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? JSON.stringify(value)
      : describeType(value);
}

/** Every problem with the answers, one issue each. */
function answerIssues(answers: unknown, zodIssues: readonly z.core.$ZodIssue[]): PioIssue[] {
  if (!isRecord(answers))
    return [
      createIssue('invalid_type', {
        params: { expected: 'object', received: describeType(answers) },
      }),
    ];
  return zodIssues.flatMap((zi): PioIssue[] => {
    if (zi.code === 'unrecognized_keys')
      return zi.keys.map((key) => createIssue('unknown_key', { path: [key], params: { key } }));
    const key = String(zi.path[0]);
    const value = Object.hasOwn(answers, key) ? answers[key] : undefined;
    if (value === undefined) return [createIssue('required', { path: [key] })];
    return [
      createIssue('invalid_value', {
        path: [key],
        params: { received: shown(value), expected: expected[key] ?? '' },
      }),
    ];
  });
}

const nextSteps: { readonly [K in TrafficLight]: QuickScanNextStep } = {
  green: 'full-proposal',
  orange: 'external-expertise',
  red: 'not-a-pio-project',
};

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
 * `full-proposal`.
 *
 * @param answers - The answers to the four questions.
 * @returns The light, every reason in the order of the questions, and the next step.
 * @throws {@link PioRulesError} with one issue per problem when the answers do not have the
 *   shape of {@link QuickScanAnswers}: `invalid_value` (a wrong answer), `required` (a missing
 *   one), `unknown_key` (an extra one), `invalid_type` (not an object).
 * @example
 * ```ts
 * innovationQuickScan({
 *   solutionExists: 'unknown',
 *   rdNeeded: 'Sensoren die in riolen werken',
 *   endUserAndSupportBase: false,
 *   procurementForeseen: true,
 * });
 * //=> { light: 'orange', reasons: ['market_unknown', 'no_end_user_or_support_base'], nextStep: 'external-expertise' }
 * ```
 */
export function innovationQuickScan(answers: QuickScanAnswers): QuickScanResult {
  const parsed = answersShape.safeParse(answers);
  if (!parsed.success) throw new PioRulesError(answerIssues(answers, parsed.error.issues));
  const a = parsed.data;
  const reasons: QuickScanReasonCode[] = [];
  if (a.solutionExists === 'yes') reasons.push('solution_available');
  if (a.solutionExists === 'unknown') reasons.push('market_unknown');
  const rdNeeded = typeof a.rdNeeded === 'string' ? a.rdNeeded.trim() !== '' : a.rdNeeded;
  if (!rdNeeded) reasons.push('no_rd_needed');
  if (!a.endUserAndSupportBase) reasons.push('no_end_user_or_support_base');
  if (!a.procurementForeseen) reasons.push('no_procurement_foreseen');
  const light: TrafficLight = reasons.some((r) => quickScanReasonLights[r] === 'red')
    ? 'red'
    : reasons.length > 0
      ? 'orange'
      : 'green';
  return Object.freeze({ light, reasons: Object.freeze(reasons), nextStep: nextSteps[light] });
}
