import type { CostCategory, RoundingMode } from './lists.js';

/**
 * The steps of an explanation of a computation, as data: each code with the values a locale
 * renders (amounts and rates as decimal strings). `computeCofinancing` and
 * `computeExpertiseSupport` record them; `explainCofinancing` renders them.
 *
 * @module
 */

/**
 * The name of the body that decides on the cofinancing (the parameter `decision.body` in force on
 * the rule date), in both languages, as it stands in a sentence.
 */
export interface DecisionBodyName {
  /** In Dutch (`'het beslissingscomité bij het Fonds voor Innoveren en Ondernemen'`). */
  readonly nl: string;
  /** In English (`'the decision committee of the Fonds voor Innoveren en Ondernemen'`). */
  readonly en: string;
}

/** How a cost line is named in a step: its place in the input as written, and its label. */
export interface LineRef {
  /** Where the line is, written as a path (`costs[0]`) or as the caller named it. */
  readonly line: string;
  /** The line's cost category. */
  readonly category: CostCategory;
  /** The line's label; `null` when it has none. */
  readonly label: string | null;
  /** The line's amount excl. VAT. */
  readonly amount: string;
}

/** The values of each step code. */
export interface StepParams {
  /** No date was given: the latest version of every parameter applied. */
  readonly parameters_latest: Record<string, never>;
  /** The rules in force on a date applied. */
  readonly parameters_at_date: {
    /** The date, `YYYY-MM-DD` in the programme's time zone. */
    readonly date: string;
  };
  /** The rules in force on the deadline date of a call applied. */
  readonly parameters_at_call: {
    /** The call's id. */
    readonly callId: string;
    /** The call's deadline date, `YYYY-MM-DD`. */
    readonly date: string;
    /**
     * What the deadline date rests on when it is not a published deadline: `announced` (a
     * target date) or `projected` (this library's projection); absent otherwise.
     */
    readonly status?: 'announced' | 'projected';
  };
  /** A cost line of an eligible category: it counts for the base. */
  readonly cost_line_eligible: LineRef;
  /** A cost line of a category that is not eligible: it is left out of the base. */
  readonly cost_line_excluded: LineRef & {
    /** The issue code that says why: `off_the_shelf_not_eligible` or `other_not_eligible`. */
    readonly reason: 'off_the_shelf_not_eligible' | 'other_not_eligible';
  };
  /** The eligible base excl. VAT. */
  readonly eligible_base: {
    /** The sum of the eligible lines. */
    readonly net: string;
    /** How many lines count. */
    readonly eligibleLines: number;
    /** How many lines are left out. */
    readonly excludedLines: number;
    /** The sum of the lines left out. */
    readonly excludedAmount: string;
  };
  /** VAT treatment `excluded`: the base stays excl. VAT. */
  readonly vat_excluded: Record<string, never>;
  /** VAT treatment `non-recoverable`: the VAT on the eligible lines joins the base. */
  readonly vat_non_recoverable: {
    /** The VAT rate (`vat.standardRate`). */
    readonly vatRate: string;
    /** The base excl. VAT. */
    readonly net: string;
    /** `vatRate` times `net`, exact. */
    readonly exact: string;
    /** The rounding mode (`cofinancing.rounding`). */
    readonly mode: RoundingMode;
    /** The VAT: `exact` rounded to the cent with `mode`. */
    readonly vat: string;
    /** The base incl. VAT: `net` plus `vat`. */
    readonly base: string;
  };
  /** The maximum rate times the eligible base. */
  readonly rate_applied: {
    /** The maximum rate (`cofinancing.maxRate`). */
    readonly rate: string;
    /** The eligible base. */
    readonly base: string;
    /** `rate` times `base`, exact. */
    readonly exact: string;
  };
  /** That product rounded to the cent: the amount before the cap. */
  readonly rounded: {
    /** The rounding mode (`cofinancing.rounding`). */
    readonly mode: RoundingMode;
    /** The exact product. */
    readonly exact: string;
    /** `exact` rounded to the cent with `mode`. */
    readonly result: string;
  };
  /** A cap decided by the committee (`capOverride`) replaced the indicative cap. */
  readonly cap_overridden: {
    /** The indicative cap (`cofinancing.cap`). */
    readonly indicativeCap: string;
    /** The cap decided instead. */
    readonly cap: string;
    /** The body that decided, in force on the rule date (`decision.body`), where the registry has it. */
    readonly decisionBody?: DecisionBodyName;
  };
  /** The amount before the cap is above the cap: the cap is the maximum. */
  readonly cap_applied: {
    /** The maximum rate. */
    readonly rate: string;
    /** The eligible base. */
    readonly base: string;
    /** `rate` times `base`, rounded to the cent. */
    readonly uncapped: string;
    /** The cap. */
    readonly cap: string;
    /** `true` for the indicative cap, `false` for a cap decided (`capOverride`). */
    readonly indicative: boolean;
  };
  /** The amount before the cap is at most the cap: that amount is the maximum. */
  readonly cap_not_reached: StepParams['cap_applied'];
  /** The maximum cofinancing. */
  readonly maximum: {
    /** The smaller of the amount before the cap and the cap. */
    readonly maximum: string;
  };
  /** The amount requested is at most the maximum: it is what is computed. */
  readonly requested_within: {
    /** The amount requested. */
    readonly requested: string;
    /** What is computed: the amount requested. */
    readonly granted: string;
  };
  /** The amount requested is above the maximum: the maximum is computed instead. */
  readonly requested_cut: {
    /** The amount requested. */
    readonly requested: string;
    /** The maximum cofinancing. */
    readonly maximum: string;
    /** What is computed: the maximum. */
    readonly granted: string;
  };
  /** The maximum split over the phases in proportion to their bases (largest remainder). */
  readonly phases_allocated: {
    /** The number of phases. */
    readonly count: number;
    /** The maximum that is split. */
    readonly maximum: string;
  };
  /** One phase's base and share of the maximum. */
  readonly phase_share: {
    /** The phase's label. */
    readonly label: string;
    /** The phase's id. */
    readonly phaseId: string;
    /** The phase's eligible base (with its part of the VAT when that is non-recoverable). */
    readonly base: string;
    /** The phase's share of the maximum. */
    readonly share: string;
  };
  /** The amount requested for external expertise is at most its indicative maximum. */
  readonly expertise_within_indicative_max: {
    /** The amount requested. */
    readonly requested: string;
    /** The indicative maximum (`expertise.indicativeMax`). */
    readonly maximum: string;
  };
  /** The amount requested for external expertise is above its indicative maximum. */
  readonly expertise_above_indicative_max: {
    /** The amount requested. */
    readonly requested: string;
    /** The indicative maximum (`expertise.indicativeMax`). */
    readonly maximum: string;
  };
}

/** The code of an explanation step. */
export type StepCode = keyof StepParams;

/** Every step code, in the order steps can occur. */
export const stepCodes = [
  'parameters_latest',
  'parameters_at_date',
  'parameters_at_call',
  'cost_line_eligible',
  'cost_line_excluded',
  'eligible_base',
  'vat_excluded',
  'vat_non_recoverable',
  'rate_applied',
  'rounded',
  'cap_overridden',
  'cap_applied',
  'cap_not_reached',
  'maximum',
  'requested_within',
  'requested_cut',
  'phases_allocated',
  'phase_share',
  'expertise_within_indicative_max',
  'expertise_above_indicative_max',
] as const satisfies readonly StepCode[];
