import type { IssueData } from '../issues/issue.js';
import type { Result } from '../issues/Result.js';
import { safely } from '../locales/edge.js';
import { computeCore } from './core.js';
import { amountOf, readCofinancingInput } from './input.js';
import { placedAtOption, rulesOfOptions } from './rulesAt.js';
import type { CofinancingInput, CofinancingResult, ComputeCofinancingOptions } from './types.js';

/**
 * Computes the maximum PIO cofinancing of a purchase, exact to the cent, with an explanation of
 * every step; problems come back as data, never thrown.
 *
 * Only the categories of `cofinancing.eligibleCategories` (R&D services, validation) count; every
 * other line is listed in `excluded` with its reason. With `vat: 'non-recoverable'` the VAT at
 * `vat.standardRate` on the eligible lines, rounded with `cofinancing.rounding`, joins the base.
 * The maximum is `cofinancing.maxRate` x base, rounded with `cofinancing.rounding` (down, so the
 * rate is never exceeded), then limited to the indicative `cofinancing.cap` (or `capOverride`).
 * With `phases`, the maximum is split over the phases in proportion to their bases (largest
 * remainder), so the shares add up exactly. Every value comes from the parameter registry at
 * `at`: a call's deadline date, an instant, a date, or (by default) the latest rules.
 *
 * @param input - Exactly one of `costs`, `estimatedCost` or `phases`; `vat` and `requested`.
 * @param options - `at`, `parameters` (another registry), `capOverride` (a committee decision)
 *   and `locale`.
 * @returns `{ success: true, data, warnings }` (`data` the frozen result; warnings
 *   `requested_above_maximum`, `cap_overridden`), or `{ success: false, issues }` with every
 *   problem, each at its path (`['costs', 2, 'amount']`, `['at']`): `no_cost_lines`,
 *   `negative_amount`, `invalid_value` (an unknown category or VAT treatment, or more than one of
 *   `costs`, `estimatedCost`, `phases`), `invalid_amount`, `amount_precision`,
 *   `amount_out_of_range`, `required`, `invalid_type`, `unknown_key`, `too_short`, `too_long`,
 *   `invalid_format` (a blank label), `duplicate_id` (phase ids), `input_too_large`,
 *   `invalid_input`, `invalid_time`, `ambiguous_time`, `invalid_date`, `unknown_parameter`,
 *   `no_parameter_value` (no rules in force at `at`), `unsupported_locale`.
 * @throws Never for bad input; only an exception of the caller's own getter or proxy passes on.
 * @example
 * ```ts
 * const out = safeComputeCofinancing({ estimatedCost: '1999999.99' });
 * out.success && out.data.maximum.amount;
 * //=> '999999.99'
 * const bad = safeComputeCofinancing({ costs: [{ category: 'rd-services', amount: '-1' }] });
 * bad.success || bad.issues.map((i) => [i.code, i.path]);
 * //=> [['negative_amount', ['costs', 0, 'amount']]]
 * ```
 */
export function safeComputeCofinancing(
  input: CofinancingInput,
  options: ComputeCofinancingOptions = {},
): Result<CofinancingResult> {
  return safely(options?.locale, () => {
    const issues: IssueData[] = [];
    const read = readCofinancingInput(input, issues);
    const override: unknown = options?.capOverride;
    const capOverride =
      override === undefined ? undefined : amountOf(override, ['capOverride'], issues);
    const rules = rulesOfOptions(options?.parameters, options?.at, issues);
    if (read === undefined || rules === undefined || issues.length > 0)
      return { success: false, issues };
    const core = capOverride === undefined ? read : { ...read, capOverride };
    return placedAtOption(computeCore(core, rules.registry, rules.rules), rules.rules);
  });
}
