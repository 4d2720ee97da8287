import type { StepCode, StepParams } from '../vocabulary/steps.js';
import type { RulesAt } from './types.js';
import type { CofinancingStep, UsedParameter } from './types.js';

/**
 * The parameter versions a step cites: a frozen list, shared by the steps that cite the same
 * versions (the list of one version alone is its registry's, see `citationOf`).
 *
 * @internal
 */
export type Cited = readonly UsedParameter[];

/** A step that cites no parameter. @internal */
export const NOTHING_CITED: Cited = Object.freeze([]);

/**
 * The versions a step cites.
 *
 * @internal
 */
export function cite(...parameters: UsedParameter[]): Cited {
  return Object.freeze(parameters);
}

/**
 * An explanation step, frozen with its params; it rests on an assumption when `assumption` says
 * so or a cited version is assumed.
 *
 * @internal
 */
export function step<S extends StepCode>(
  code: S,
  params: StepParams[S],
  cited: Cited = NOTHING_CITED,
  assumption = false,
): CofinancingStep {
  let assumed = assumption;
  for (let i = 0; i < cited.length && !assumed; i += 1)
    assumed = (cited[i] as UsedParameter).status === 'assumed';
  return Object.freeze({
    code,
    params: Object.freeze(params),
    parameters: cited,
    assumption: assumed,
  }) as unknown as CofinancingStep;
}

/** The step of every computation at the latest rules (one frozen object, shared). */
const PARAMETERS_LATEST = step('parameters_latest', {});

/**
 * The step that says which rule version applied.
 *
 * @internal
 */
export function rulesStep(rules: RulesAt): CofinancingStep {
  if (rules.date === null) return PARAMETERS_LATEST;
  if (rules.callId === null) return step('parameters_at_date', { date: rules.date });
  const status = rules.callStatus;
  return step('parameters_at_call', {
    callId: rules.callId,
    date: rules.date,
    ...(status === 'announced' || status === 'projected' ? { status } : {}),
  });
}
