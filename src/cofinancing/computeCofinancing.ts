import { PioRulesError } from '../issues/PioRulesError.js';
import { safeComputeCofinancing } from './safeComputeCofinancing.js';
import type { CofinancingInput, CofinancingResult, ComputeCofinancingOptions } from './types.js';

/**
 * Computes the maximum PIO cofinancing of a purchase, exact to the cent, with an explanation of
 * every step.
 *
 * Only the categories of `cofinancing.eligibleCategories` (R&D services, validation) count; every
 * other line is listed in `excluded` with its reason. With `vat: 'non-recoverable'` the VAT at
 * `vat.standardRate` on the eligible lines, rounded with `cofinancing.rounding`, joins the base.
 * The maximum is `cofinancing.maxRate` x base, rounded with `cofinancing.rounding` (down, so the
 * rate is never exceeded), then limited to the indicative `cofinancing.cap` (or `capOverride`).
 * With `phases`, the maximum is split over the phases in proportion to their bases with
 * `allocate`, so the shares add up exactly. Every value comes from the parameter registry at
 * `at` (a call's deadline date, an instant, or the latest rules).
 *
 * @param input - The cost lines (or `estimatedCost`, or `phases`), `vat`, `requested` and `at`.
 * @param options - `parameters` (another registry) and `capOverride` (a committee decision).
 * @returns The frozen result; {@link explainCofinancing} renders its explanation.
 * @throws {@link PioRulesError} carrying every problem {@link safeComputeCofinancing} reports
 *   (`no_cost_lines`, `negative_amount`, `invalid_value`, `invalid_amount`, ...); its `code` is
 *   the first one's.
 * @example
 * ```ts
 * const result = computeCofinancing({ estimatedCost: '2400000.00' });
 * result.maximum.amount;
 * //=> '1000000.00'
 * result.capped;
 * //=> true
 * computeCofinancing({
 *   costs: [
 *     { category: 'rd-services', amount: '1000000.00' },
 *     { category: 'off-the-shelf', amount: '300000.00', label: 'Licenties' },
 *   ],
 * }).maximum.amount;
 * //=> '500000.00'
 * ```
 */
export function computeCofinancing(
  input: CofinancingInput,
  options: ComputeCofinancingOptions = {},
): CofinancingResult {
  const outcome = safeComputeCofinancing(input, options);
  if (!outcome.success) throw new PioRulesError(outcome.issues);
  return outcome.result;
}
