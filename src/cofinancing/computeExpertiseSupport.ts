import { createIssue } from '../issues/createIssue.js';
import { describeType } from '../issues/describe.js';
import type { PioIssue } from '../issues/PioIssue.js';
import { PioRulesError } from '../issues/PioRulesError.js';
import { compare } from '../money/arithmetic.js';
import { eur } from '../money/eur.js';
import { getParameter } from '../parameters/getParameter.js';
import { attempt, checkKeys, isRecord, report, step, usedParameter } from './internal.js';
import { deepFreeze } from '../shared/deepFreeze.js';
import { parseAmount } from './parseCofinancingInput.js';
import { resolveRuleDate, ruleDateStep } from './ruleDate.js';
import type { ComputeExpertiseSupportOptions, ExpertiseInput, ExpertiseSupport } from './types.js';

/**
 * The indicative maximum for external expertise in the preparatory track (voortraject:
 * workshops, state of the art, market consultation, user surveys) in force at `at`, and how a
 * request compares to it. Above the maximum the result carries the warning
 * `expertise_above_indicative_max`: the amount is indicative, so nothing is cut.
 *
 * @param input - `requested` (the amount asked) and `at` (an instant, a date or a call).
 * @param options - `parameters`: another registry.
 * @returns The frozen comparison with its explanation.
 * @throws {@link PioRulesError} with every problem: `required`, `invalid_amount`,
 *   `amount_precision`, `requested_negative`, `unknown_key`, `invalid_time`, `invalid_date`,
 *   `no_parameter_value`.
 * @example
 * ```ts
 * computeExpertiseSupport({ requested: '28000.00', at: '2019-06-01' }).aboveIndicativeMax;
 * //=> true
 * computeExpertiseSupport({ requested: '28000.00', at: '2021-06-01' }).indicativeMax.amount;
 * //=> '30000.00'
 * ```
 */
export function computeExpertiseSupport(
  input: ExpertiseInput,
  options: ComputeExpertiseSupportOptions = {},
): ExpertiseSupport {
  const issues: PioIssue[] = [];
  if (!isRecord(input)) {
    report(issues, 'invalid_type', [], { expected: 'object', received: describeType(input) });
    throw new PioRulesError(issues);
  }
  checkKeys(input, ['requested', 'at'], [], issues);
  const requested = parseAmount(input.requested, ['requested'], issues, 'requested_negative');
  const rule = resolveRuleDate(input.at, ['at'], issues);
  const parameter =
    rule === undefined
      ? undefined
      : attempt(issues, rule.date === null ? [] : ['at'], () =>
          getParameter('expertise.indicativeMax', rule.date ?? undefined, options),
        );
  if (requested === undefined || rule === undefined || parameter === undefined || issues.length > 0)
    throw new PioRulesError(issues);
  const used = usedParameter(parameter);
  const indicativeMax = eur(parameter.value);
  const above = compare(requested, indicativeMax) > 0;
  const params = { requested: requested.amount, maximum: indicativeMax.amount };
  const warnings = above
    ? [
        createIssue('expertise_above_indicative_max', {
          path: ['requested'],
          params,
          severity: 'warning',
          source: parameter.source,
        }),
      ]
    : [];
  return deepFreeze({
    ruleDate: rule.date,
    callId: rule.callId,
    requested,
    indicativeMax,
    aboveIndicativeMax: above,
    warnings,
    parameters: [used],
    explanation: [
      ruleDateStep(rule),
      step(
        above ? 'expertise_above_indicative_max' : 'expertise_within_indicative_max',
        params,
        Object.freeze([used]),
      ),
    ],
  });
}
