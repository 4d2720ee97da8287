import type { Success } from '../issues/Result.js';
import { orThrow } from '../locales/edge.js';
import { safeComputeExpertiseSupport } from './safeComputeExpertiseSupport.js';
import type { ComputeExpertiseSupportOptions, ExpertiseInput, ExpertiseSupport } from './types.js';

/**
 * The indicative maximum for external expertise and how a request compares to it:
 * {@link safeComputeExpertiseSupport}, throwing.
 *
 * @param input - `requested`: the amount asked.
 * @param options - `at` (an instant, a date or a call), `parameters` and `locale`.
 * @returns The success of {@link safeComputeExpertiseSupport}: `data` is the frozen comparison
 *   with its explanation; `warnings` holds `expertise_above_indicative_max` when above.
 * @throws {@link PioRulesError} with every problem: `required`, `invalid_amount`,
 *   `amount_precision`, `negative_amount`, `unknown_key`, `invalid_time`, `invalid_date`,
 *   `no_parameter_value`, `unsupported_locale`, ...
 * @example
 * ```ts
 * computeExpertiseSupport({ requested: '28000.00' }, { at: '2019-06-01' }).data.aboveIndicativeMax;
 * //=> true
 * computeExpertiseSupport({ requested: '28000.00' }, { at: '2021-06-01' }).data.indicativeMax.amount;
 * //=> '30000.00'
 * computeExpertiseSupport({ requested: '1' }, { at: '2012-01-01' });
 * //=> throws PioRulesError (no_parameter_value)
 * ```
 */
export function computeExpertiseSupport(
  input: ExpertiseInput,
  options: ComputeExpertiseSupportOptions = {},
): Success<ExpertiseSupport> {
  return orThrow(safeComputeExpertiseSupport(input, options));
}
