import { applicationRules } from '../applications/rules/index.js';
import { exclusionCriteria } from '../criteria/exclusionCriteria.js';
import { listParameters } from '../parameters/read.js';
import type { ScenarioCoverage, ScenarioOutcome } from './types.js';

/**
 * Everything scenarios must touch: every rule (the application rules and the exclusion
 * criteria), every issue code a rule can report, and every version of every parameter of the
 * built-in registry (each is read by a rule: the calls' deadlines, the cofinancing, the
 * expertise, the scoring scheme of the assessment).
 *
 * @returns The lists, from the library's own lists (a new rule or version appears here).
 * @example
 * ```ts
 * scenarioTargets().rules.includes('on-time');
 * //=> true
 * ```
 */
export function scenarioTargets(): ScenarioCoverage {
  return Object.freeze({
    rules: Object.freeze([
      ...applicationRules.map((r) => r.id),
      ...exclusionCriteria.map((c) => c.id),
    ]),
    codes: Object.freeze([...new Set(applicationRules.flatMap((r) => r.codes))]),
    parameterVersions: Object.freeze(
      listParameters().flatMap((d) => d.versions.map((v) => `${d.id}@${v.validFrom}`)),
    ),
  });
}

/**
 * What no scenario touches: the rules, issue codes and parameter versions of
 * {@link scenarioTargets} that none of the outcomes touched.
 *
 * @param outcomes - The outcomes of one or more runs (`data.outcomes` of `runScenarios`).
 * @returns The uncovered lists (all empty when the scenarios cover everything).
 * @example
 * ```ts
 * scenarioCoverage([]).codes.includes('unknown_call');
 * //=> true
 * ```
 */
export function scenarioCoverage(outcomes: readonly ScenarioOutcome[]): ScenarioCoverage {
  const targets = scenarioTargets();
  const touched = (pick: (o: ScenarioOutcome) => readonly string[]): Set<string> =>
    new Set(outcomes.flatMap(pick));
  const rules = touched((o) => o.touches.rules);
  const codes = touched((o) => o.touches.codes);
  const versions = touched((o) => o.touches.parameterVersions);
  return Object.freeze({
    rules: Object.freeze(targets.rules.filter((r) => !rules.has(r))),
    codes: Object.freeze(targets.codes.filter((c) => !codes.has(c))),
    parameterVersions: Object.freeze(targets.parameterVersions.filter((v) => !versions.has(v))),
  });
}
