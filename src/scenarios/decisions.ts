import type { Scenario, ScenarioDecision } from './types.js';

/** Every decision a scenario can make, in the order the docs list them. @internal */
export const scenarioDecisions: readonly ScenarioDecision[] = [
  'validate',
  'cofinancing',
  'assess',
  'quick-scan',
  'on-time',
  'calls',
];

/** The decisions a scenario names (exactly one for a usable scenario). @internal */
export function decisionsOf(scenario: Scenario): ScenarioDecision[] {
  return scenarioDecisions.filter((d) => scenario[d] !== undefined);
}

/** What a validation and a cofinancing computation can check: the codes and the amounts. */
const AMOUNT_EXPECTATIONS: readonly string[] = [
  'valid',
  'codes',
  'absent',
  'maximum',
  'eligibleBase',
  'uncapped',
  'granted',
  'capped',
  'rate',
];

/** The `expect` keys each decision can check. @internal */
export const expectationsOf: Readonly<Record<ScenarioDecision, readonly string[]>> = {
  validate: AMOUNT_EXPECTATIONS,
  cofinancing: AMOUNT_EXPECTATIONS,
  assess: ['valid', 'codes', 'absent', 'decision', 'nextStep', 'exclusions', 'total'],
  'quick-scan': ['light', 'reasons', 'nextStep'],
  'on-time': ['onTime', 'deadline', 'status', 'codes', 'absent'],
  calls: ['calls', 'status'],
};

/** Decisions that take what-if `parameters` and an `at`. @internal */
export const takesParameters: ReadonlySet<ScenarioDecision> = new Set([
  'validate',
  'cofinancing',
  'assess',
]);
