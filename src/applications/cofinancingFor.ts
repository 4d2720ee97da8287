import { safeComputeCofinancing } from '../cofinancing/safeComputeCofinancing.js';
import type { CofinancingInput, CofinancingOutput, CostLine } from '../cofinancing/types.js';
import type { SafeResult } from '../issues/Result.js';
import type { ApplicationRuleContext } from './rules/ApplicationRule.js';
import { rulesAt } from './rules/facts.js';
import type { PartialApplication } from './schema/types.js';

/**
 * The cofinancing computation for a proposal's procurement: its cost lines, VAT treatment and
 * requested amount, under the parameters in force for its call (the call's deadline date, else
 * the instant it is judged by, else the latest). The cofinancing module does all the arithmetic.
 *
 * @param application - The proposal, or the parts of it that parsed.
 * @param context - Instant, calendar and parameters.
 * @returns The outcome of `safeComputeCofinancing`, or `undefined` when the proposal has no
 *   complete procurement to compute with (no procurement, or a cost line or the VAT treatment did
 *   not parse).
 * @example
 * ```ts
 * const outcome = cofinancingFor(application, {});
 * outcome?.success && outcome.result.maximum.amount;
 * //=> '750000.00'
 * ```
 */
export function cofinancingFor(
  application: PartialApplication,
  context: ApplicationRuleContext,
): SafeResult<CofinancingOutput> | undefined {
  if (typeof application !== 'object' || application === null) return undefined;
  const procurement = application.procurement;
  const vat = procurement?.vat;
  const costs: unknown = procurement?.costs;
  if (vat === undefined || !Array.isArray(costs) || costs.length === 0) return undefined;
  // A salvaged proposal may have lines without a category or amount: then nothing to compute.
  for (const line of costs as readonly (Partial<CostLine> | undefined)[])
    if (line?.category === undefined || line.amount === undefined) return undefined;
  const lines = costs as readonly CostLine[];
  const requested = application.support?.cofinancing?.requested;
  const ctx: ApplicationRuleContext =
    typeof context === 'object' && context !== null ? context : {};
  // One validation asks twice (the cofinancing rule, then the result): compute once per
  // proposal and context. Results are frozen, so sharing them is safe.
  const known = memo.get(application)?.get(ctx);
  if (known !== undefined) return known;
  const result = compute(application, ctx, lines, vat, requested);
  const byContext = memo.get(application) ?? new WeakMap<object, SafeResult<CofinancingOutput>>();
  byContext.set(ctx, result);
  memo.set(application, byContext);
  return result;
}

const memo = new WeakMap<object, WeakMap<object, SafeResult<CofinancingOutput>>>();

function compute(
  application: PartialApplication,
  ctx: ApplicationRuleContext,
  lines: readonly CostLine[],
  vat: NonNullable<CofinancingInput['vat']>,
  requested: CofinancingInput['requested'],
): SafeResult<CofinancingOutput> {
  const at = rulesAt(application, ctx);
  return safeComputeCofinancing(
    {
      costs: lines,
      vat,
      ...(requested === undefined ? {} : { requested }),
      ...(at === undefined ? {} : { at }),
    },
    { parameters: ctx.parameters },
  );
}
