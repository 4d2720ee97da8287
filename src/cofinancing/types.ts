import type { IssuePath, PioIssue, Source } from '../issues/PioIssue.js';
import type { Money, MoneyInput } from '../money/Money.js';
import type { ParameterOptions } from '../parameters/getParameter.js';
import type { ParameterStatus, ParameterValue } from '../parameters/types.js';
import type { InstantInput } from '../time/toInstant.js';
import type { CostCategory } from './costCategories.js';
import type { CofinancingStepCode } from './stepCodes.js';

/** One line of the cost of a purchase, excl. VAT. */
export interface CostLine {
  /** What the money buys (see {@link CostCategory}). */
  readonly category: CostCategory;
  /** The amount excl. VAT, exact to the cent (`"125000.00"`); never negative. */
  readonly amount: MoneyInput;
  /** A free text to recognise the line by (`"Prototype"`). */
  readonly label?: string | undefined;
}

/** A PCP phase (for example solution design, prototype, test series) with its own cost lines. */
export interface CofinancingPhaseInput {
  /** A stable id, unique among the phases (`"prototype"`). */
  readonly id: string;
  /** The name people read (`"Prototype"`). */
  readonly label: string;
  /** The cost lines of this phase (at least one). */
  readonly costs: readonly CostLine[];
}

/**
 * How VAT is treated: `'excluded'` (the base is excl. VAT, the default) or `'non-recoverable'`
 * (the buyer cannot recover VAT, so VAT at `vat.standardRate` on the eligible lines joins the
 * base). Both are assumptions of this library: no published rule was found.
 */
export type VatTreatment = 'excluded' | 'non-recoverable';

/**
 * A call of the calls calendar, as far as cofinancing needs it: the rules in force on its
 * deadline date apply. Any object of this shape works (a `Call` of the calls module is one);
 * cofinancing does not depend on the calls module.
 */
export interface CallLike {
  /** The id of the call (`"2024-1"`), recorded in the explanation. */
  readonly id: string;
  /** The deadline date, `YYYY-MM-DD` (Brussels): picks the version of every parameter. */
  readonly deadlineDate: string;
}

/**
 * When the rules apply: an instant (a `Date`, epoch milliseconds, an ISO string with offset), a
 * Brussels calendar date `YYYY-MM-DD`, or a call whose deadline date picks the rule version.
 */
export type CofinancingAt = InstantInput | CallLike;

/**
 * What {@link computeCofinancing} takes. Give exactly one of `costs`, `estimatedCost` or
 * `phases`.
 */
export interface CofinancingInput {
  /** The cost lines of the purchase, excl. VAT. */
  readonly costs?: readonly CostLine[];
  /** Shorthand for a single `rd-services` line with this amount. */
  readonly estimatedCost?: MoneyInput;
  /** PCP phases with their cost lines, so the maximum is split per phase. */
  readonly phases?: readonly CofinancingPhaseInput[];
  /** How VAT is treated (default `'excluded'`). */
  readonly vat?: VatTreatment;
  /** The cofinancing the applicant asks for; never negative. */
  readonly requested?: MoneyInput;
  /** When the rules apply (default: the latest version of every parameter). */
  readonly at?: CofinancingAt;
}

/** Options of {@link computeCofinancing} and {@link safeComputeCofinancing}. */
export interface ComputeCofinancingOptions extends ParameterOptions {
  /**
   * A cap decided by the decision committee instead of the indicative cap (usually above it);
   * recorded as a warning `cap_overridden` and in the explanation.
   */
  readonly capOverride?: MoneyInput;
}

/** A parameter version a step used, with its provenance. */
export interface UsedParameter {
  /** Parameter id (`"cofinancing.maxRate"`). */
  readonly id: string;
  /** The value used. */
  readonly value: ParameterValue;
  /** First day the version is in force, `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** `published` or `assumed`. */
  readonly status: ParameterStatus;
  /** Where the value comes from. */
  readonly source: Source;
}

/** The values of a step, as plain data: amounts as decimal strings (`"1000000.00"`). */
export type CofinancingStepParams = Readonly<Record<string, string | number | boolean | null>>;

/** One step of an explanation. */
export interface CofinancingStep {
  /** What the step did. */
  readonly code: CofinancingStepCode;
  /** The values of the step (amounts and rates as decimal strings). */
  readonly params: CofinancingStepParams;
  /** Every parameter version the step used. */
  readonly parameters: readonly UsedParameter[];
  /**
   * `true` when the step rests on an assumption of this library: the VAT treatment, or a
   * parameter whose version has status `assumed`.
   */
  readonly assumption: boolean;
}

/** A cost line as assessed: where it is in the input, and its checked amount. */
export interface AssessedCostLine {
  /** Where the line is in the input (`['costs', 2]`, `['phases', 0, 'costs', 1]`, `['estimatedCost']`). */
  readonly path: IssuePath;
  /** The category of the line. */
  readonly category: CostCategory;
  /** The amount, excl. VAT. */
  readonly amount: Money;
  /** The label, when given. */
  readonly label?: string;
  /** The id of the phase the line belongs to, with `phases`. */
  readonly phaseId?: string;
}

/** Why a line does not count: the issue code that explains it. */
export type ExclusionReason = 'off_the_shelf_not_eligible' | 'other_not_eligible';

/** A cost line left out of the base, with the reason. */
export interface ExcludedCostLine extends AssessedCostLine {
  /** `off_the_shelf_not_eligible` for ready-made solutions, `other_not_eligible` otherwise. */
  readonly reason: ExclusionReason;
}

/** One phase in a result: its base and its share of the maximum. */
export interface CofinancingPhaseResult {
  /** The id of the phase. */
  readonly id: string;
  /** The label of the phase. */
  readonly label: string;
  /** The phase's eligible base (incl. its part of the VAT when VAT is non-recoverable). */
  readonly eligibleBase: Money;
  /** The phase's share of `maximum`; the shares add up exactly to `maximum`. */
  readonly share: Money;
}

/** The maximum cofinancing of a purchase, with every step that led to it. Frozen, plain data. */
export interface CofinancingResult {
  /** The Brussels date whose rules applied, `YYYY-MM-DD`; `null` for the latest rules. */
  readonly ruleDate: string | null;
  /** The id of the call whose deadline picked the rules; `null` when no call was given. */
  readonly callId: string | null;
  /** The VAT treatment applied. */
  readonly vat: VatTreatment;
  /** The lines that count for the base. */
  readonly eligible: readonly AssessedCostLine[];
  /** The lines left out, each with its reason. */
  readonly excluded: readonly ExcludedCostLine[];
  /** The non-recoverable VAT on the eligible lines that joined the base (`0.00` when excluded). */
  readonly vatAmount: Money;
  /** The eligible base: the eligible lines, plus `vatAmount`. */
  readonly eligibleBase: Money;
  /** The maximum rate as a decimal string (`"0.5"`). */
  readonly rate: string;
  /** `rate` x `eligibleBase`, rounded to the cent with `cofinancing.rounding` (down). */
  readonly uncapped: Money;
  /** The cap applied: the indicative cap, or `capOverride`. */
  readonly cap: Money;
  /** `true` for the indicative cap of the registry, `false` for a `capOverride`. */
  readonly capIndicative: boolean;
  /** The maximum cofinancing: the smaller of `uncapped` and `cap`. */
  readonly maximum: Money;
  /** `true` when the cap cut `uncapped`. */
  readonly capped: boolean;
  /** The requested amount, when given. */
  readonly requested?: Money;
  /** The smaller of `requested` and `maximum`, when `requested` is given. */
  readonly granted?: Money;
  /** Per phase, when `phases` were given. */
  readonly phases?: readonly CofinancingPhaseResult[];
  /** Advice that does not fail the result: `requested_above_maximum`, `cap_overridden`. */
  readonly warnings: readonly PioIssue[];
  /** Every parameter version used, once each. */
  readonly parameters: readonly UsedParameter[];
  /** The ordered steps; {@link explainCofinancing} renders them as text. */
  readonly explanation: readonly CofinancingStep[];
}

/** The successful output of {@link safeComputeCofinancing}. */
export interface CofinancingOutput {
  /** The result. */
  readonly result: CofinancingResult;
}

/** What {@link computeExpertiseSupport} takes. */
export interface ExpertiseInput {
  /** The amount asked for external expertise in the preparatory track; never negative. */
  readonly requested: MoneyInput;
  /** When the rules apply (default: the latest version). */
  readonly at?: CofinancingAt;
}

/** Options of {@link computeExpertiseSupport}: `parameters`, another registry. */
export type ComputeExpertiseSupportOptions = ParameterOptions;

/** The indicative maximum for external expertise and how a request compares to it. Frozen. */
export interface ExpertiseSupport {
  /** The Brussels date whose rules applied, `YYYY-MM-DD`; `null` for the latest rules. */
  readonly ruleDate: string | null;
  /** The id of the call whose deadline picked the rules; `null` when no call was given. */
  readonly callId: string | null;
  /** The amount asked. */
  readonly requested: Money;
  /** The indicative maximum in force (`expertise.indicativeMax`). */
  readonly indicativeMax: Money;
  /** `true` when `requested` is above the indicative maximum (a warning, not a refusal). */
  readonly aboveIndicativeMax: boolean;
  /** `expertise_above_indicative_max` when above. */
  readonly warnings: readonly PioIssue[];
  /** Every parameter version used. */
  readonly parameters: readonly UsedParameter[];
  /** The ordered steps; {@link explainCofinancing} renders them as text. */
  readonly explanation: readonly CofinancingStep[];
}

/** Anything with an explanation: a {@link CofinancingResult} or an {@link ExpertiseSupport}. */
export interface ExplainedResult {
  /** The ordered steps. */
  readonly explanation: readonly CofinancingStep[];
}
