import { applicationRules } from '../applications/rules/index.js';
import { exclusionCriteria } from '../criteria/exclusionCriteria.js';
import { listParameters } from '../parameters/read.js';
import { orThrow, safely } from '../locales/edge.js';
import { refuse } from '../issues/Refusal.js';
import { typeName } from '../issues/typeName.js';
import type { ScenarioCoverage, ScenarioOutcome, ScenarioTouches } from './types.js';

/** The most outcomes, and the most items of one list of an outcome, read. */
const MAX_OUTCOMES = 1_000_000;
const MAX_ITEMS = 10_000;

const isTexts = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= MAX_ITEMS &&
  Array.from(value as unknown[]).every((v) => typeof v === 'string');

/**
 * What outcomes touched, read once and bounded (outcomes come from `runScenarios`, but may have
 * been stored and read back): anything else is refused with `invalid_type` at its index, too
 * many with `too_long`.
 */
function touchesOf(outcomes: unknown): ScenarioTouches[] {
  return orThrow(
    safely(undefined, () => {
      if (!Array.isArray(outcomes))
        refuse('invalid_type', { expected: 'array', received: typeName(outcomes) }, []);
      if (outcomes.length > MAX_OUTCOMES)
        refuse('too_long', { maximum: MAX_OUTCOMES, unit: 'items' }, []);
      const touches = Array.from(outcomes as unknown[], (outcome, i) => {
        const t = (outcome as { touches?: Record<string, unknown> } | null)?.touches;
        if (!isTexts(t?.['rules']) || !isTexts(t['codes']) || !isTexts(t['parameterVersions']))
          return refuse('invalid_type', { expected: 'object', received: typeName(outcome) }, [
            i,
            'touches',
          ]);
        return { rules: t['rules'], codes: t['codes'], parameterVersions: t['parameterVersions'] };
      });
      return { success: true, data: touches, warnings: [] };
    }),
  ).data;
}

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
 * @throws {@link PioRulesError} `invalid_type` when `outcomes` is not a list of outcomes, and
 *   `too_long` beyond 1,000,000 outcomes.
 * @example
 * ```ts
 * scenarioCoverage([]).codes.includes('unknown_call');
 * //=> true
 * ```
 */
export function scenarioCoverage(outcomes: readonly ScenarioOutcome[]): ScenarioCoverage {
  const given = touchesOf(outcomes);
  const targets = scenarioTargets();
  const touched = (pick: (t: ScenarioTouches) => readonly string[]): Set<string> =>
    new Set(given.flatMap(pick));
  const rules = touched((t) => t.rules);
  const codes = touched((t) => t.codes);
  const versions = touched((t) => t.parameterVersions);
  return Object.freeze({
    rules: Object.freeze(targets.rules.filter((r) => !rules.has(r))),
    codes: Object.freeze(targets.codes.filter((c) => !codes.has(c))),
    parameterVersions: Object.freeze(targets.parameterVersions.filter((v) => !versions.has(v))),
  });
}
