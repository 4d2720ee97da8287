import { createIssue } from '../issues/createIssue.js';
import type { PioIssue } from '../issues/PioIssue.js';
import type { SafeResult } from '../issues/Result.js';
import { allocate } from '../money/allocate.js';
import { add, compare, isZero, min, sum, ZERO } from '../money/arithmetic.js';
import { eur } from '../money/eur.js';
import type { Money } from '../money/Money.js';
import { multiplyExplained } from '../money/multiply.js';
import type { RoundingMode } from '../money/rounding.js';
import { getParameter, registryOf } from '../parameters/getParameter.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { attempt, pathText, step, usedParameter } from './internal.js';
import {
  parseCofinancingInput,
  type ParsedInput,
  type ParsedLine,
} from './parseCofinancingInput.js';
import { percentOf } from './percentOf.js';
import { memoize } from '../shared/memo.js';
import { ruleDateStep } from './ruleDate.js';
import type {
  AssessedCostLine,
  CofinancingInput,
  CofinancingOutput,
  CofinancingPhaseResult,
  CofinancingResult,
  CofinancingStep,
  CofinancingStepParams,
  ComputeCofinancingOptions,
  ExcludedCostLine,
  ExclusionReason,
  UsedParameter,
} from './types.js';

function assessed(line: ParsedLine, phases: ParsedInput['phases']): AssessedCostLine {
  const phaseId = line.phase === undefined ? undefined : phases?.[line.phase]?.id;
  const item: { -readonly [K in keyof AssessedCostLine]: AssessedCostLine[K] } = {
    path: Object.freeze(line.path),
    category: line.category,
    amount: line.amount,
  };
  if (line.label !== undefined) item.label = line.label;
  if (phaseId !== undefined) item.phaseId = phaseId;
  return item;
}

function lineParams(line: AssessedCostLine, reason?: ExclusionReason): CofinancingStepParams {
  const params: Record<string, string | null> = {
    line: pathText(line.path),
    category: line.category,
    amount: line.amount.amount,
    label: line.label ?? null,
    phaseId: line.phaseId ?? null,
  };
  if (reason !== undefined) params['reason'] = reason;
  return params;
}

function phaseBases(
  parsed: ParsedInput,
  eligible: readonly ParsedLine[],
  vatAmount: Money,
): Money[] {
  const nets = (parsed.phases ?? []).map((_, i) =>
    sum(eligible.filter((l) => l.phase === i).map((l) => l.amount)),
  );
  if (isZero(vatAmount)) return nets;
  const vatShares = allocate(vatAmount, nets);
  return nets.map((net, i) => add(net, vatShares[i] ?? ZERO));
}

/** The step of the default VAT treatment: the same every time, so made once (it is frozen). */
const VAT_EXCLUDED = step('vat_excluded', {}, Object.freeze([]), true);

/** An amount from the registry as Money; Money is immutable, so each is read once. */
const parameterAmount = memoize((value) => eur(value));

/** The parameter versions a computation uses, with the frozen lists its steps cite. */
interface RuleParameters {
  readonly categories: UsedParameter;
  readonly rate: UsedParameter;
  readonly rounding: UsedParameter;
  readonly cap: UsedParameter;
  readonly vat: UsedParameter | undefined;
  readonly byCategories: readonly UsedParameter[];
  readonly byRate: readonly UsedParameter[];
  readonly byRounding: readonly UsedParameter[];
  readonly byCap: readonly UsedParameter[];
  readonly byVat: readonly UsedParameter[];
  /**
   * Every version the steps cite, in order of first use (the result's `parameters`): the same
   * for every computation with these parameters, so listed once here. A property test checks it
   * against the steps.
   */
  readonly cited: readonly UsedParameter[];
}

function readParameters(
  registry: ParameterRegistry,
  at: string | undefined,
  vatNeeded: boolean,
): RuleParameters {
  const lookup = { parameters: registry };
  const categories = usedParameter(getParameter('cofinancing.eligibleCategories', at, lookup));
  const rate = usedParameter(getParameter('cofinancing.maxRate', at, lookup));
  const rounding = usedParameter(getParameter('cofinancing.rounding', at, lookup));
  const cap = usedParameter(getParameter('cofinancing.cap', at, lookup));
  const vat = vatNeeded ? usedParameter(getParameter('vat.standardRate', at, lookup)) : undefined;
  return Object.freeze({
    categories,
    rate,
    rounding,
    cap,
    vat,
    byCategories: Object.freeze([categories]),
    byRate: Object.freeze([rate]),
    byRounding: Object.freeze([rounding]),
    byCap: Object.freeze([cap]),
    byVat: Object.freeze(vat === undefined ? [] : [vat, rounding]),
    cited: Object.freeze(
      vat === undefined
        ? [categories, rate, rounding, cap]
        : [categories, vat, rounding, rate, cap],
    ),
  });
}

/** Parameters already read, per registry (immutable) and rule date (bounded: cleared when full). */
const loaded = new WeakMap<ParameterRegistry, Map<string, RuleParameters>>();
const LOADED_LIMIT = 1_000;

function loadParameters(
  parsed: ParsedInput,
  parameters: ParameterRegistry | undefined,
): RuleParameters {
  const registry = registryOf({ parameters });
  let memo = loaded.get(registry);
  if (memo === undefined) {
    memo = new Map();
    loaded.set(registry, memo);
  }
  const vatNeeded = parsed.vat === 'non-recoverable';
  const key = `${parsed.rule.date ?? 'latest'} ${String(vatNeeded)}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  // Throws (no_parameter_value) before anything is remembered.
  const read = readParameters(registry, parsed.rule.date ?? undefined, vatNeeded);
  if (memo.size >= LOADED_LIMIT) memo.clear();
  memo.set(key, read);
  return read;
}

function compute(parsed: ParsedInput, used: RuleParameters): CofinancingResult {
  const { categories, rate: rateParam, rounding: roundingParam, cap: capParam } = used;
  const { byCategories, byCap } = used;
  const vatParam = used.vat;
  const rate = rateParam.value as string;
  const mode = roundingParam.value as RoundingMode;
  const eligibleCategories = categories.value as readonly string[];
  // Everything below is frozen as it is built: cheaper than walking the result afterwards.

  const steps: CofinancingStep[] = [ruleDateStep(parsed.rule)];
  const eligibleLines: ParsedLine[] = [];
  const eligible: AssessedCostLine[] = [];
  const excluded: ExcludedCostLine[] = [];
  for (const line of parsed.lines) {
    const item = assessed(line, parsed.phases);
    if (eligibleCategories.includes(line.category)) {
      eligibleLines.push(line);
      eligible.push(Object.freeze(item));
      steps.push(step('cost_line_eligible', lineParams(item), byCategories));
    } else {
      const reason: ExclusionReason =
        line.category === 'off-the-shelf' ? 'off_the_shelf_not_eligible' : 'other_not_eligible';
      const out: ExcludedCostLine = Object.freeze(Object.assign(item, { reason }));
      excluded.push(out);
      steps.push(step('cost_line_excluded', lineParams(out, reason), byCategories));
    }
  }
  const net = sum(eligibleLines.map((l) => l.amount));
  steps.push(
    step(
      'eligible_base',
      {
        net: net.amount,
        eligibleLines: eligible.length,
        excludedLines: excluded.length,
        excludedAmount: sum(excluded.map((l) => l.amount)).amount,
      },
      byCategories,
    ),
  );

  let vatAmount = ZERO;
  if (vatParam === undefined) {
    steps.push(VAT_EXCLUDED);
  } else {
    const vat = multiplyExplained(net, vatParam.value as string, mode);
    vatAmount = vat.result;
    steps.push(
      step(
        'vat_non_recoverable',
        {
          net: net.amount,
          vatRate: vatParam.value as string,
          vatPercent: percentOf(vatParam.value as string),
          exact: vat.exact,
          mode: vat.rounding,
          vat: vat.result.amount,
          base: add(net, vat.result).amount,
        },
        used.byVat,
        true,
      ),
    );
  }
  const eligibleBase = vatParam === undefined ? net : add(net, vatAmount);

  const product = multiplyExplained(eligibleBase, rate, mode);
  const ratePercent = percentOf(rate);
  steps.push(
    step(
      'rate_applied',
      { rate, ratePercent, base: eligibleBase.amount, exact: product.exact },
      used.byRate,
    ),
  );
  const uncapped = product.result;
  steps.push(
    step(
      'rounded',
      { exact: product.exact, mode: product.rounding, result: uncapped.amount },
      used.byRounding,
    ),
  );

  const indicativeCap = parameterAmount(capParam.value as string);
  const cap = parsed.capOverride ?? indicativeCap;
  const capIndicative = parsed.capOverride === undefined;
  const warnings: PioIssue[] = [];
  if (!capIndicative) {
    const params = { indicativeCap: indicativeCap.amount, cap: cap.amount };
    steps.push(step('cap_overridden', params, byCap));
    warnings.push(
      createIssue('cap_overridden', {
        path: ['options', 'capOverride'],
        params,
        severity: 'warning',
        source: capParam.source,
      }),
    );
  }
  const capped = compare(uncapped, cap) > 0;
  const maximum = capped ? cap : uncapped;
  steps.push(
    step(
      capped ? 'cap_applied' : 'cap_not_reached',
      {
        ratePercent,
        base: eligibleBase.amount,
        uncapped: uncapped.amount,
        cap: cap.amount,
        maximum: maximum.amount,
        indicative: capIndicative,
      },
      capIndicative ? byCap : undefined,
    ),
  );
  steps.push(step('maximum', { maximum: maximum.amount }));

  let granted: Money | undefined;
  if (parsed.requested !== undefined) {
    granted = min(parsed.requested, maximum);
    const cut = compare(parsed.requested, maximum) > 0;
    const params = {
      requested: parsed.requested.amount,
      maximum: maximum.amount,
      granted: granted.amount,
    };
    steps.push(step(cut ? 'requested_cut' : 'requested_granted', params));
    if (cut)
      warnings.push(
        createIssue('requested_above_maximum', {
          path: ['requested'],
          params,
          severity: 'warning',
        }),
      );
  }

  let phases: CofinancingPhaseResult[] | undefined;
  if (parsed.phases !== undefined) {
    const bases = phaseBases(parsed, eligibleLines, vatAmount);
    const shares = isZero(eligibleBase) ? bases.map(() => ZERO) : allocate(maximum, bases);
    phases = parsed.phases.map((p, i) =>
      Object.freeze({
        id: p.id,
        label: p.label,
        eligibleBase: bases[i] ?? ZERO,
        share: shares[i] ?? ZERO,
      }),
    );
    steps.push(step('phases_allocated', { count: phases.length, maximum: maximum.amount }));
    for (const p of phases)
      steps.push(
        step('phase_share', {
          phaseId: p.id,
          label: p.label,
          base: p.eligibleBase.amount,
          share: p.share.amount,
        }),
      );
  }

  // Built by assignment rather than spreads (much cheaper), in the same key order.
  const result: { -readonly [K in keyof CofinancingResult]: CofinancingResult[K] } = {
    ruleDate: parsed.rule.date,
    callId: parsed.rule.callId,
    vat: parsed.vat,
    eligible: Object.freeze(eligible),
    excluded: Object.freeze(excluded),
    vatAmount,
    eligibleBase,
    rate,
    uncapped,
    cap,
    capIndicative,
    maximum,
    capped,
  } as CofinancingResult;
  if (parsed.requested !== undefined) result.requested = parsed.requested;
  if (granted !== undefined) result.granted = granted;
  if (phases !== undefined) result.phases = Object.freeze(phases);
  result.warnings = Object.freeze(warnings);
  result.parameters = used.cited;
  result.explanation = Object.freeze(steps);
  return Object.freeze(result);
}

/**
 * Computes the maximum PIO cofinancing of a purchase, returning problems as data instead of
 * throwing. Same computation as {@link computeCofinancing}; on bad input it collects every
 * problem (each with its path, such as `['costs', 2, 'amount']`) and gives no result at all.
 *
 * @param input - The cost lines (or `estimatedCost`, or `phases`), `vat`, `requested` and `at`.
 * @param options - `parameters` (another registry) and `capOverride` (a committee decision).
 * @returns `{ success: true, result }`, or `{ success: false, issues }` with every problem:
 *   `no_cost_lines`, `negative_amount`, `requested_negative`, `invalid_value` (an unknown
 *   category or VAT treatment, or more than one of `costs`, `estimatedCost`, `phases`),
 *   `invalid_amount`, `amount_precision`, `amount_out_of_range`, `required`, `invalid_type`,
 *   `unknown_key`, `duplicate_id` (phase ids), `invalid_time`, `ambiguous_time`, `invalid_date`,
 *   `no_parameter_value` (no rules in force at `at`), `input_too_large` (more than 1,000 cost
 *   lines or phases), `too_long` (a label or id longer than 1,000 characters).
 * @throws Never for bad input; only for a programmer error that is not a `PioRulesError`.
 * @example
 * ```ts
 * const out = safeComputeCofinancing({ estimatedCost: '1999999.99' });
 * out.success && out.result.maximum.amount;
 * //=> '999999.99'
 * const bad = safeComputeCofinancing({ costs: [{ category: 'rd-services', amount: '-1' }, { category: 'x', amount: '1' }] });
 * bad.success || bad.issues.map((i) => i.code);
 * //=> ['negative_amount', 'invalid_value']
 * ```
 */
export function safeComputeCofinancing(
  input: CofinancingInput,
  options: ComputeCofinancingOptions = {},
): SafeResult<CofinancingOutput> {
  const issues: PioIssue[] = [];
  const parsed = parseCofinancingInput(input, options?.capOverride, issues);
  const used =
    parsed === undefined
      ? undefined
      : attempt(issues, parsed.rule.date === null ? [] : ['at'], () =>
          loadParameters(parsed, options?.parameters),
        );
  const result =
    parsed === undefined || used === undefined
      ? undefined
      : attempt(issues, [], () => compute(parsed, used));
  if (result === undefined) return Object.freeze({ success: false, issues: Object.freeze(issues) });
  return Object.freeze({ success: true, result });
}
