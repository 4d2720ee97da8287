import type { Success } from '../issues/Result.js';
import { orThrow } from '../locales/edge.js';
import { safeComputeCofinancing } from './safeComputeCofinancing.js';
import type { CofinancingInput, CofinancingResult, ComputeCofinancingOptions } from './types.js';

/**
 * Computes the maximum PIO cofinancing of a purchase: {@link safeComputeCofinancing}, throwing.
 *
 * @param input - Exactly one of `costs`, `estimatedCost` or `phases`; `vat` and `requested`.
 * @param options - `at`, `parameters`, `capOverride` and `locale`.
 * @returns The success of {@link safeComputeCofinancing}: `data` is the frozen result,
 *   `warnings` the advice (`requested_above_maximum`, `cap_overridden`);
 *   {@link explainCofinancing} renders its explanation.
 * @throws {@link PioRulesError} carrying every problem {@link safeComputeCofinancing} reports
 *   (`no_cost_lines`, `negative_amount`, `invalid_value`, `invalid_amount`, ...); its `code` is
 *   the first one's.
 * @example
 * ```ts
 * const { data } = computeCofinancing({ estimatedCost: '2400000.00' });
 * data.maximum.amount;
 * //=> '1000000.00'
 * data.capped;
 * //=> true
 * computeCofinancing({
 *   costs: [
 *     { category: 'rd-services', amount: '1000000.00' },
 *     { category: 'off-the-shelf', amount: '300000.00', label: 'Licenties' },
 *   ],
 * }).data.maximum.amount;
 * //=> '500000.00'
 * computeCofinancing({ estimatedCost: '100', requested: '80' }).warnings.map((w) => w.code);
 * //=> ['requested_above_maximum']
 * computeCofinancing({ costs: [] });
 * //=> throws PioRulesError (no_cost_lines)
 * ```
 */
export function computeCofinancing(
  input: CofinancingInput,
  options: ComputeCofinancingOptions = {},
): Success<CofinancingResult> {
  return orThrow(safeComputeCofinancing(input, options));
}
