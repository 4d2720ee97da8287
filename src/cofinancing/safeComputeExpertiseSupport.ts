import type { IssueData } from '../issues/issue.js';
import type { Result } from '../issues/Result.js';
import { safely } from '../locales/edge.js';
import { expertiseCore } from './core.js';
import { readExpertiseInput } from './input.js';
import { placedAtOption, rulesOfOptions } from './rulesAt.js';
import type { ComputeExpertiseSupportOptions, ExpertiseInput, ExpertiseSupport } from './types.js';

/**
 * The indicative maximum for external expertise in the preparatory track (voortraject:
 * workshops, state of the art, market consultation, user surveys) in force at `at`, and how a
 * request compares to it; problems come back as data. Above the maximum the result carries the
 * warning `expertise_above_indicative_max`: the amount is indicative, so nothing is cut.
 *
 * @param input - `requested`: the amount asked.
 * @param options - `at` (an instant, a date or a call), `parameters` (another registry) and
 *   `locale`.
 * @returns `{ success: true, data, warnings }` or `{ success: false, issues }` with every
 *   problem: `required`, `invalid_type`, `unknown_key`, `invalid_amount`, `amount_precision`,
 *   `amount_out_of_range`, `negative_amount`, `input_too_large`, `invalid_input`,
 *   `invalid_time`, `ambiguous_time`, `invalid_date`, `unknown_parameter`, `no_parameter_value`,
 *   `unsupported_locale`.
 * @throws Never for bad input; only an exception of the caller's own getter or proxy passes on.
 * @example
 * ```ts
 * const out = safeComputeExpertiseSupport({ requested: '28000.00' }, { at: '2019-06-01' });
 * out.success && out.warnings.map((w) => w.code);
 * //=> ['expertise_above_indicative_max']
 * safeComputeExpertiseSupport({ requested: '-1' }).success;
 * //=> false
 * ```
 */
export function safeComputeExpertiseSupport(
  input: ExpertiseInput,
  options: ComputeExpertiseSupportOptions = {},
): Result<ExpertiseSupport> {
  return safely(options?.locale, () => {
    const issues: IssueData[] = [];
    const requested = readExpertiseInput(input, issues);
    const rules = rulesOfOptions(options?.parameters, options?.at, issues);
    if (requested === undefined || rules === undefined || issues.length > 0)
      return { success: false, issues };
    return placedAtOption(expertiseCore(requested, rules.registry, rules.rules), rules.rules);
  });
}
