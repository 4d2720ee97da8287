import type { IssuePath } from '../issues/issue.js';
import type { LocaleTag } from '../locales/Locale.js';
import type { Money, MoneyInput } from '../money/Money.js';
import type { ParameterRegistry, UsedParameter } from '../parameters/types.js';
import type { InstantInput } from '../time/instant.js';
import type { CallDataStatus, CostCategory, VatTreatment } from '../vocabulary/index.js';
import type { StepCode, StepParams } from '../vocabulary/steps.js';

export type { UsedParameter } from '../parameters/types.js';

/** One line of the cost of a purchase, excl. VAT. */
export interface CostLine {
  /** What the money buys (see {@link CostCategory}). */
  readonly category: CostCategory;
  /**
   * The amount excl. VAT, exact to the cent: a decimal string (`"125000.00"`), a number, a
   * `Money` or a decimal.js `Decimal`; never negative.
   */
  readonly amount: MoneyInput;
  /** A text to recognise the line by (`"Prototype"`): not blank, at most 200 characters. */
  readonly label?: string | undefined;
}

/** A PCP phase (for example solution design, prototype, test series) with its own cost lines. */
export interface CofinancingPhaseInput {
  /** A stable id, unique among the phases (`"prototype"`), at most 1,000 characters. */
  readonly id: string;
  /** The name people read (`"Prototype"`), at most 1,000 characters. */
  readonly label: string;
  /** The cost lines of this phase (at least one). */
  readonly costs: readonly CostLine[];
}

/**
 * What {@link computeCofinancing} takes. Give exactly one of `costs`, `estimatedCost` or
 * `phases`. When the rules apply is the option `at`, not part of the input.
 */
export interface CofinancingInput {
  /** The cost lines of the purchase, excl. VAT (at most 1,000). */
  readonly costs?: readonly CostLine[] | undefined;
  /** Shorthand for a single `rd-services` line with this amount. */
  readonly estimatedCost?: MoneyInput | undefined;
  /** PCP phases with their cost lines, so the maximum is split per phase (at most 1,000 lines). */
  readonly phases?: readonly CofinancingPhaseInput[] | undefined;
  /** How VAT is treated (default `'excluded'`). */
  readonly vat?: VatTreatment | undefined;
  /** The cofinancing the applicant asks for; never negative. */
  readonly requested?: MoneyInput | undefined;
}

/**
 * A call of the calls calendar, as far as cofinancing needs it: the rules in force on its
 * deadline date apply. Any object of this shape works (a `Call` of the calls module is one).
 */
export interface CallLike {
  /** The id of the call (`"2024-1"`, at most 100 characters), recorded in the explanation. */
  readonly id: string;
  /** The deadline date, `YYYY-MM-DD` in the programme's time zone: picks every parameter version. */
  readonly deadlineDate: string;
}

/**
 * When the rules apply: an instant (a `Date`, epoch milliseconds, an ISO string with offset), a
 * calendar date `YYYY-MM-DD` in the programme's time zone, or a call whose deadline date picks
 * the rule version.
 */
export type CofinancingAt = InstantInput | CallLike;

/** Options of {@link computeCofinancing} and {@link safeComputeCofinancing}. */
export interface ComputeCofinancingOptions {
  /** When the rules apply (default: the latest version of every parameter). */
  readonly at?: CofinancingAt | undefined;
  /** The registry to read (default: the built-in `defaultParameters`). */
  readonly parameters?: ParameterRegistry | undefined;
  /**
   * A cap decided by the decision committee instead of the indicative cap (usually above it);
   * recorded as a warning `cap_overridden` and in the explanation.
   */
  readonly capOverride?: MoneyInput | undefined;
  /** The language of the messages (a BCP 47 tag such as `'nl-BE'` or `'en'`; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * One step of an explanation, as data: its `code`, the values a locale renders (`params`, typed
 * per code: amounts and rates as decimal strings), the parameter versions it used and whether
 * it rests on an assumption.
 */
export type CofinancingStep = {
  readonly [S in StepCode]: {
    /** What the step did. */
    readonly code: S;
    /** The values of the step (amounts and rates as decimal strings). */
    readonly params: StepParams[S];
    /** Every parameter version the step used. */
    readonly parameters: readonly UsedParameter[];
    /**
     * `true` when the step rests on an assumption of this library: the VAT treatment, or a
     * parameter whose version has status `assumed`.
     */
    readonly assumption: boolean;
  };
}[StepCode];

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

/**
 * The maximum cofinancing of a purchase, with every step that led to it. Frozen, plain data; the
 * advice that goes with it (`requested_above_maximum`, `cap_overridden`) is in the `warnings`
 * of the result that carries it.
 */
export interface CofinancingResult {
  /** The date whose rules applied, `YYYY-MM-DD`; `null` for the latest rules. */
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
  /** Every parameter version used, once each, in the order the steps first cite them. */
  readonly parameters: readonly UsedParameter[];
  /** The ordered steps; {@link explainCofinancing} renders them as text. */
  readonly explanation: readonly CofinancingStep[];
}

/** What {@link computeExpertiseSupport} takes. */
export interface ExpertiseInput {
  /** The amount asked for external expertise in the preparatory track; never negative. */
  readonly requested: MoneyInput;
}

/** Options of {@link computeExpertiseSupport} and {@link safeComputeExpertiseSupport}. */
export interface ComputeExpertiseSupportOptions {
  /** When the rules apply (default: the latest version). */
  readonly at?: CofinancingAt | undefined;
  /** The registry to read (default: the built-in `defaultParameters`). */
  readonly parameters?: ParameterRegistry | undefined;
  /** The language of the messages (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * The indicative maximum for external expertise and how a request compares to it. Frozen; the
 * warning `expertise_above_indicative_max` is in the `warnings` of the result that carries it.
 */
export interface ExpertiseSupport {
  /** The date whose rules applied, `YYYY-MM-DD`; `null` for the latest rules. */
  readonly ruleDate: string | null;
  /** The id of the call whose deadline picked the rules; `null` when no call was given. */
  readonly callId: string | null;
  /** The amount asked. */
  readonly requested: Money;
  /** The indicative maximum in force (`expertise.indicativeMax`). */
  readonly indicativeMax: Money;
  /** `true` when `requested` is above the indicative maximum (a warning, not a refusal). */
  readonly aboveIndicativeMax: boolean;
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

/** Options of {@link explainCofinancing}. */
export interface ExplainCofinancingOptions {
  /** The language of the text (a BCP 47 tag such as `'nl-BE'` or `'en'`; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * Which rule version applies: the date whose parameter versions are read (`null`: the latest
 * version of each), and the call whose deadline picked it (`null` when none did).
 *
 * @internal
 */
export interface RulesAt {
  /** The date `YYYY-MM-DD` in the programme's time zone, or `null` for the latest rules. */
  readonly date: string | null;
  /** The call whose deadline date is `date`, or `null`. */
  readonly callId: string | null;
  /** What that call's deadline rests on, where known (a call-like `at` may not say). */
  readonly callStatus?: CallDataStatus | undefined;
}
