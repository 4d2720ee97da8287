/**
 * Every code of an explanation step of {@link computeCofinancing} and
 * {@link computeExpertiseSupport}, in the order the steps can occur.
 *
 * @example
 * ```ts
 * cofinancingStepCodes.includes('cap_applied');
 * //=> true
 * ```
 */
export const cofinancingStepCodes = Object.freeze([
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
  'requested_granted',
  'requested_cut',
  'phases_allocated',
  'phase_share',
  'expertise_within_indicative_max',
  'expertise_above_indicative_max',
] as const);

/** The code of an explanation step: a closed snake_case union (see {@link cofinancingStepCodes}). */
export type CofinancingStepCode = (typeof cofinancingStepCodes)[number];
