import type { CostCategory, RoundingMode } from './lists.js';

/**
 * The steps of an explanation of a computation, as data: each code with the values a locale
 * renders (amounts and rates as decimal strings). `computeCofinancing` and
 * `computeExpertiseSupport` record them; `explainCofinancing` renders them.
 *
 * @module
 */

/** How a cost line is named in a step: its place in the input as written, and its label. */
interface LineRef {
  /** Where the line is, written as a path (`costs[0]`) or as the caller named it. */
  readonly line: string;
  readonly category: CostCategory;
  readonly label: string | null;
  readonly amount: string;
}

/** The values of each step code. */
export interface StepParams {
  readonly parameters_latest: Record<string, never>;
  readonly parameters_at_date: { readonly date: string };
  readonly parameters_at_call: { readonly callId: string; readonly date: string };
  readonly cost_line_eligible: LineRef;
  readonly cost_line_excluded: LineRef & {
    readonly reason: 'off_the_shelf_not_eligible' | 'other_not_eligible';
  };
  readonly eligible_base: {
    readonly net: string;
    readonly eligibleLines: number;
    readonly excludedLines: number;
    readonly excludedAmount: string;
  };
  readonly vat_excluded: Record<string, never>;
  readonly vat_non_recoverable: {
    readonly vatRate: string;
    readonly net: string;
    readonly exact: string;
    readonly mode: RoundingMode;
    readonly vat: string;
    readonly base: string;
  };
  readonly rate_applied: { readonly rate: string; readonly base: string; readonly exact: string };
  readonly rounded: {
    readonly mode: RoundingMode;
    readonly exact: string;
    readonly result: string;
  };
  readonly cap_overridden: { readonly indicativeCap: string; readonly cap: string };
  readonly cap_applied: {
    readonly rate: string;
    readonly base: string;
    readonly uncapped: string;
    readonly cap: string;
    readonly indicative: boolean;
  };
  readonly cap_not_reached: StepParams['cap_applied'];
  readonly maximum: { readonly maximum: string };
  readonly requested_within: { readonly requested: string; readonly granted: string };
  readonly requested_cut: {
    readonly requested: string;
    readonly maximum: string;
    readonly granted: string;
  };
  readonly phases_allocated: { readonly count: number; readonly maximum: string };
  readonly phase_share: {
    readonly label: string;
    readonly phaseId: string;
    readonly base: string;
    readonly share: string;
  };
  readonly expertise_within_indicative_max: {
    readonly requested: string;
    readonly maximum: string;
  };
  readonly expertise_above_indicative_max: {
    readonly requested: string;
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
