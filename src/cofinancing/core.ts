import { issue, type IssueData, type IssuePath, withPathPrefix } from '../issues/issue.js';
import { formatPath } from '../issues/path.js';
import { attempt } from '../issues/Refusal.js';
import { succeed, type Outcome } from '../issues/Result.js';
import { split } from '../money/allocate.js';
import { zero } from '../money/arithmetic.js';
import { D } from '../money/decimal.js';
import { fromDecimal } from '../money/internal.js';
import type { Money } from '../money/Money.js';
import { decisionBodyVersionIn, versionIn } from '../parameters/read.js';
import { citationOf } from '../parameters/registry.js';
import type { ParameterRegistry } from '../parameters/types.js';
import type { CostCategory, VatTreatment } from '../vocabulary/index.js';
import {
  amountInRange,
  amountText,
  canonicalMoney,
  centsOf,
  centsTimesRate,
  isAbove,
  moneyOfCents,
} from './amounts.js';
import { cite, NOTHING_CITED, rulesStep, step } from './step.js';
import type {
  RulesAt,
  AssessedCostLine,
  CofinancingPhaseResult,
  CofinancingResult,
  CofinancingStep,
  ExcludedCostLine,
  ExclusionReason,
  ExpertiseSupport,
  UsedParameter,
} from './types.js';

/**
 * The computations of cofinancing and of external expertise, on input that is already checked
 * (amounts as `Money`). `computeCofinancing` and `computeExpertiseSupport` run them after
 * parsing their input; `validateApplication` runs them on the proposal it parsed, once.
 *
 * @module
 */

export type { RulesAt } from './types.js';

/**
 * A checked cost line.
 *
 * @internal
 */
export interface CoreLine {
  /**
   * Where the line is in the caller's input (`['costs', 0]`, `['procurement', 'costs', 2]`):
   * a frozen array of the library's own making, which the result holds as it is.
   */
  readonly path: IssuePath;
  readonly category: CostCategory;
  readonly amount: Money;
  readonly label?: string | undefined;
  /** The id of the phase the line belongs to (one of `CoreInput.phases`). */
  readonly phaseId?: string | undefined;
}

/**
 * A checked computation input: every amount a non-negative `Money`, phase ids unique.
 *
 * @internal
 */
export interface CoreInput {
  readonly lines: readonly CoreLine[];
  readonly vat: VatTreatment;
  readonly requested?: Money | undefined;
  readonly capOverride?: Money | undefined;
  readonly phases?: readonly { readonly id: string; readonly label: string }[] | undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const ZERO_AMOUNT = '0.00';

/** The step of every computation with the VAT excluded (one frozen object, shared). */
const VAT_EXCLUDED = step('vat_excluded', {}, NOTHING_CITED, true);

/**
 * Where a problem of the lines as a whole lies: the list that holds them (`['costs']`,
 * `['phases']`, `['procurement', 'costs']`), or the single line itself (`['estimatedCost']`).
 */
function linesPath(lines: readonly CoreLine[]): IssuePath {
  // Only a sum of at least one line goes beyond 10^13 euro.
  const first = (lines[0] as CoreLine).path;
  let length = first.length;
  for (const line of lines)
    for (let i = 0; i < length; i += 1)
      if (line.path[i] !== first[i]) {
        length = i;
        break;
      }
  // The common prefix of one line is the line: the list around it is where the sum is.
  if (typeof first[length - 1] === 'number') length -= 1;
  return first.slice(0, length);
}

function assessed(line: CoreLine): Mutable<AssessedCostLine> {
  const item: Mutable<AssessedCostLine> = {
    path: line.path,
    category: line.category,
    amount: line.amount,
  };
  if (line.label !== undefined) item.label = line.label;
  if (line.phaseId !== undefined) item.phaseId = line.phaseId;
  return item;
}

function exclusionOf(category: CostCategory): ExclusionReason {
  return category === 'off-the-shelf' ? 'off_the_shelf_not_eligible' : 'other_not_eligible';
}

/** The phase results: bases (their part of the VAT included) and shares of the maximum. */
function phaseResults(
  phases: readonly { readonly id: string; readonly label: string }[],
  nets: readonly bigint[],
  vat: Money,
  maximum: Money,
): CofinancingPhaseResult[] {
  let bases = nets;
  if (vat.amount !== ZERO_AMOUNT) {
    const vatShares = split(
      new D(vat.amount),
      nets.map((net) => new D(amountText(net))),
    );
    bases = nets.map((net, i) => net + centsOf(vatShares[i] as Money));
  }
  const total = bases.reduce((sum, b) => sum + b, 0n);
  const shares =
    total === 0n
      ? undefined
      : split(
          new D(maximum.amount),
          bases.map((b) => new D(amountText(b))),
        );
  return phases.map((p, i) =>
    Object.freeze({
      id: p.id,
      label: p.label,
      eligibleBase: moneyOfCents(bases[i] as bigint),
      share: shares?.[i] ?? zero,
    }),
  );
}

function compute(
  input: CoreInput,
  registry: ParameterRegistry,
  rules: RulesAt,
): Outcome<CofinancingResult> {
  const date = rules.date ?? undefined;
  // Every parameter read once, in this order (the first missing one is reported).
  const categoriesVersion = versionIn(registry, 'cofinancing.eligibleCategories', date);
  const rateVersion = versionIn(registry, 'cofinancing.maxRate', date);
  const roundingVersion = versionIn(registry, 'cofinancing.rounding', date);
  const capVersion = versionIn(registry, 'cofinancing.cap', date);
  const vatVersion =
    input.vat === 'non-recoverable' ? versionIn(registry, 'vat.standardRate', date) : undefined;
  const eligibleCategories = categoriesVersion.value;
  const rate = rateVersion.value;
  const mode = roundingVersion.value;
  // The versions as the result cites them: the registry's own frozen citations.
  const categories = citationOf(registry, 'cofinancing.eligibleCategories', categoriesVersion);
  const rateCited = citationOf(registry, 'cofinancing.maxRate', rateVersion);
  const rounding = citationOf(registry, 'cofinancing.rounding', roundingVersion);
  const capCited = citationOf(registry, 'cofinancing.cap', capVersion);
  const vatCited =
    vatVersion === undefined ? undefined : citationOf(registry, 'vat.standardRate', vatVersion);
  const byCategories = categories.alone;
  const byCap = capCited.alone;

  const steps: CofinancingStep[] = [rulesStep(rules)];
  const eligible: AssessedCostLine[] = [];
  const excluded: ExcludedCostLine[] = [];
  const phases = input.phases;
  const phaseIndex = phases === undefined ? undefined : new Map<string, number>();
  const phaseNets: bigint[] = [];
  if (phases !== undefined)
    for (const [i, p] of phases.entries()) {
      phaseIndex?.set(p.id, i);
      phaseNets.push(0n);
    }
  let net = 0n;
  let excludedSum = 0n;
  for (const line of input.lines) {
    const amount = line.amount.amount;
    const cents = centsOf(line.amount);
    const ref = {
      line: formatPath(line.path),
      category: line.category,
      label: line.label ?? null,
      amount,
    };
    const item = assessed(line);
    if (eligibleCategories.includes(line.category)) {
      net += cents;
      const phase = line.phaseId === undefined ? undefined : phaseIndex?.get(line.phaseId);
      if (phase !== undefined) phaseNets[phase] = (phaseNets[phase] as bigint) + cents;
      eligible.push(Object.freeze(item));
      steps.push(step('cost_line_eligible', ref, byCategories));
    } else {
      const reason = exclusionOf(line.category);
      excludedSum += cents;
      const out: Mutable<ExcludedCostLine> = item as Mutable<ExcludedCostLine>;
      out.reason = reason;
      excluded.push(Object.freeze(out));
      steps.push(
        step(
          'cost_line_excluded',
          { line: ref.line, category: ref.category, label: ref.label, amount, reason },
          byCategories,
        ),
      );
    }
  }
  const netMoney = moneyOfCents(net);
  steps.push(
    step(
      'eligible_base',
      {
        net: netMoney.amount,
        eligibleLines: eligible.length,
        excludedLines: excluded.length,
        excludedAmount: amountInRange(excludedSum),
      },
      byCategories,
    ),
  );

  let vatAmount: Money = zero;
  let baseCents = net;
  let eligibleBase = netMoney;
  if (vatVersion === undefined || vatCited === undefined) {
    steps.push(VAT_EXCLUDED);
  } else {
    const vatRate = vatVersion.value;
    const added = centsTimesRate(net, vatRate, mode);
    vatAmount = moneyOfCents(added.cents);
    baseCents = net + added.cents;
    eligibleBase = moneyOfCents(baseCents);
    steps.push(
      step(
        'vat_non_recoverable',
        {
          vatRate,
          net: netMoney.amount,
          exact: added.exact,
          mode,
          vat: vatAmount.amount,
          base: eligibleBase.amount,
        },
        cite(vatCited.used, rounding.used),
        true,
      ),
    );
  }

  const scaled = centsTimesRate(baseCents, rate, mode);
  const uncapped = moneyOfCents(scaled.cents);
  steps.push(
    step('rate_applied', { rate, base: eligibleBase.amount, exact: scaled.exact }, rateCited.alone),
  );
  steps.push(
    step('rounded', { mode, exact: scaled.exact, result: uncapped.amount }, rounding.alone),
  );

  const indicativeCap = canonicalMoney(capVersion.value) ?? fromDecimal(new D(capVersion.value));
  const cap = input.capOverride ?? indicativeCap;
  const capIndicative = input.capOverride === undefined;
  const warnings: IssueData[] = [];
  let bodyUsed: UsedParameter | undefined;
  if (!capIndicative) {
    // Who decided: the body in force on the rule date, where the registry names one.
    // The step cites its version, so the result lists every parameter the computation read.
    const body = decisionBodyVersionIn(registry, date);
    bodyUsed =
      body === undefined ? undefined : citationOf(registry, 'decision.body', body.version).used;
    const params = {
      indicativeCap: indicativeCap.amount,
      cap: cap.amount,
      ...(body === undefined ? {} : { decisionBody: body.name }),
    };
    steps.push(
      step(
        'cap_overridden',
        params,
        bodyUsed === undefined ? byCap : cite(capCited.used, bodyUsed),
      ),
    );
    warnings.push(
      issue('cap_overridden', params, {
        path: ['capOverride'],
        severity: 'warning',
        source: capCited.used.source,
      }),
    );
  }
  const capped = isAbove(uncapped, cap);
  const maximum = capped ? cap : uncapped;
  steps.push(
    step(
      capped ? 'cap_applied' : 'cap_not_reached',
      {
        rate,
        base: eligibleBase.amount,
        uncapped: uncapped.amount,
        cap: cap.amount,
        indicative: capIndicative,
      },
      capIndicative ? byCap : NOTHING_CITED,
    ),
  );
  steps.push(step('maximum', { maximum: maximum.amount }));

  const requested = input.requested;
  let granted: Money | undefined;
  if (requested !== undefined) {
    const cut = isAbove(requested, maximum);
    granted = cut ? maximum : requested;
    if (cut) {
      const params = {
        requested: requested.amount,
        maximum: maximum.amount,
        granted: granted.amount,
      };
      steps.push(step('requested_cut', params));
      warnings.push(
        issue('requested_above_maximum', params, { path: ['requested'], severity: 'warning' }),
      );
    } else {
      steps.push(
        step('requested_within', { requested: requested.amount, granted: granted.amount }),
      );
    }
  }

  let phased: CofinancingPhaseResult[] | undefined;
  if (phases !== undefined) {
    phased = phaseResults(phases, phaseNets, vatAmount, maximum);
    steps.push(step('phases_allocated', { count: phased.length, maximum: maximum.amount }));
    for (const p of phased)
      steps.push(
        step('phase_share', {
          label: p.label,
          phaseId: p.id,
          base: p.eligibleBase.amount,
          share: p.share.amount,
        }),
      );
  }

  // Built by assignment rather than spreads (cheaper), in a stable key order.
  const result: Mutable<CofinancingResult> = {
    ruleDate: rules.date,
    callId: rules.callId,
    vat: input.vat,
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
  } as Mutable<CofinancingResult>;
  if (requested !== undefined) result.requested = requested;
  if (granted !== undefined) result.granted = granted;
  if (phased !== undefined) result.phases = Object.freeze(phased);
  // Every version once, in the order the steps first cite them.
  const used =
    vatCited === undefined
      ? [categories.used, rateCited.used, rounding.used, capCited.used]
      : [categories.used, vatCited.used, rounding.used, rateCited.used, capCited.used];
  if (bodyUsed !== undefined) used.push(bodyUsed);
  result.parameters = Object.freeze(used);
  result.explanation = Object.freeze(steps);
  return succeed(Object.freeze(result), warnings);
}

/**
 * The maximum cofinancing of checked cost lines, with its explanation as data: every parameter
 * read once at `rules.date`, exact decimal arithmetic, the warnings `requested_above_maximum`
 * (at `['requested']`) and `cap_overridden` (at `['capOverride']`) in the outcome. A missing
 * parameter (`unknown_parameter`, `no_parameter_value`, at the root) or a sum beyond 10^13 euro
 * (`amount_out_of_range`, at the list of the lines) fails it.
 *
 * @param input - Checked lines, VAT treatment, and the optional request, cap override and phases.
 * @param registry - The parameter registry.
 * @param rules - The rule version.
 * @returns The outcome: the frozen result and its warnings, or the issues.
 * @internal
 */
export function computeCore(
  input: CoreInput,
  registry: ParameterRegistry,
  rules: RulesAt,
): Outcome<CofinancingResult> {
  const issues: IssueData[] = [];
  const done = attempt(issues, () => compute(input, registry, rules));
  if (done !== undefined) return done;
  // A sum beyond 10^13 euro is a problem of the lines as a whole: placed at their list.
  const where = linesPath(input.lines);
  return {
    success: false,
    issues: issues.map((i) => (i.code === 'amount_out_of_range' ? withPathPrefix(where, i) : i)),
  };
}

/**
 * How a checked request for external expertise compares to the indicative maximum in force at
 * `rules.date`, without the explanation: what the rule `expertise-within-indicative-max` of a
 * validation needs. Above the maximum, the warning `expertise_above_indicative_max` (at
 * `['requested']`).
 *
 * @internal
 */
export interface ExpertiseVerdict {
  /** The parameter version compared with, alone in a list: what the step and the result cite. */
  readonly cited: readonly UsedParameter[];
  /** The indicative maximum. */
  readonly indicativeMax: Money;
  /** Whether the request is above it. */
  readonly above: boolean;
  /** What a step and the warning say. */
  readonly params: { readonly requested: string; readonly maximum: string };
}

/**
 * The comparison of {@link ExpertiseVerdict}: the outcome holds it and its warning, or the
 * issues (`no_parameter_value` when nothing is in force at `rules.date`).
 *
 * @param requested - The amount asked (not negative).
 * @param registry - The parameter registry.
 * @param rules - The rule version.
 * @returns The outcome.
 * @internal
 */
export function expertiseVerdict(
  requested: Money,
  registry: ParameterRegistry,
  rules: RulesAt,
): Outcome<ExpertiseVerdict> {
  const issues: IssueData[] = [];
  const done = attempt(issues, () => {
    const version = versionIn(registry, 'expertise.indicativeMax', rules.date ?? undefined);
    const { used, alone } = citationOf(registry, 'expertise.indicativeMax', version);
    const indicativeMax = canonicalMoney(version.value) ?? fromDecimal(new D(version.value));
    const above = isAbove(requested, indicativeMax);
    const params = { requested: requested.amount, maximum: indicativeMax.amount };
    const warnings = above
      ? [
          issue('expertise_above_indicative_max', params, {
            path: ['requested'],
            severity: 'warning',
            source: used.source,
          }),
        ]
      : [];
    return succeed({ cited: alone, indicativeMax, above, params }, warnings);
  });
  return done ?? { success: false, issues };
}

/**
 * How a checked request for external expertise compares to the indicative maximum in force at
 * `rules.date` ({@link expertiseVerdict}), with its explanation as data.
 *
 * @param requested - The amount asked (not negative).
 * @param registry - The parameter registry.
 * @param rules - The rule version.
 * @returns The outcome: the frozen comparison and its warning, or the issues.
 * @internal
 */
export function expertiseCore(
  requested: Money,
  registry: ParameterRegistry,
  rules: RulesAt,
): Outcome<ExpertiseSupport> {
  const verdict = expertiseVerdict(requested, registry, rules);
  if (!verdict.success) return verdict;
  const { cited, indicativeMax, above, params } = verdict.data;
  const support: ExpertiseSupport = {
    ruleDate: rules.date,
    callId: rules.callId,
    requested,
    indicativeMax,
    aboveIndicativeMax: above,
    parameters: cited,
    explanation: Object.freeze([
      rulesStep(rules),
      step(
        above ? 'expertise_above_indicative_max' : 'expertise_within_indicative_max',
        params,
        cited,
      ),
    ]),
  };
  return succeed(Object.freeze(support), verdict.warnings);
}
