import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { describeError, LOOSE_LIMIT_MS, outcomeOf, type Outcome } from './contract.js';
import { optionKeys } from './hostile.js';
import { isSafeName, sampleCalls } from './publicApi.js';

/**
 * Exotic objects (issue 12 point 9): an object whose own getter throws, and a Proxy whose every
 * trap throws. What the library does, as tested here:
 *
 * - a document (a proposal, a cost computation, an expertise request, a calendar, a registry, a
 *   scoring scheme, an assessment and the proposal it assesses, quick-scan answers, and an
 *   assessment or quick-scan result handed to `explainAssessment` / `explainQuickScan`) is read
 *   once, by the boundary guard, which turns any exception of a getter or trap into the issue
 *   `invalid_input` with `problem: 'unreadable'` (a failed result, or a `PioRulesError`);
 * - anywhere else (an options object, a Money, a call, a cofinancing result for
 *   `explainCofinancing`, a stored issue, a path) the value is read as its type says, and the
 *   exception of the caller's own getter or trap passes on unchanged: the very error object it
 *   threw, never another error of the library's making. A `safeX` function lets it pass too (it
 *   is the caller's own exception, not a problem of the input's content).
 */

/** The one error every getter and trap throws, so that a test can tell it from any other. */
class CallersOwnError extends Error {
  constructor() {
    super("the caller's own getter threw");
    this.name = 'CallersOwnError';
  }
}
const thrown = (): never => {
  throw new CallersOwnError();
};

/** Keys a function might read: every option and the fields of the documents. */
const keys = [
  ...optionKeys,
  'amount',
  'currency',
  'code',
  'params',
  'explanation',
  'deadline',
  'deadlineDate',
  'callId',
  'costs',
  'requested',
  'scores',
  'solutionExists',
  'kind',
  'entries',
  'id',
  'versions',
  'criteria',
  'reasons',
  'title',
  'light',
];

/** An object with an own enumerable getter that throws, for every key a function might read. */
function throwingGetters(): object {
  const value = {};
  for (const key of keys) Object.defineProperty(value, key, { get: thrown, enumerable: true });
  return value;
}

/** A Proxy whose every trap throws. */
function throwingProxy(): object {
  const traps: ProxyHandler<object> = {};
  for (const trap of [
    'get',
    'set',
    'has',
    'ownKeys',
    'getOwnPropertyDescriptor',
    'getPrototypeOf',
    'defineProperty',
    'deleteProperty',
    'isExtensible',
    'preventExtensions',
    'setPrototypeOf',
  ] as const)
    traps[trap] = thrown;
  return new Proxy({}, traps);
}

const exotics: Readonly<Record<string, () => object>> = {
  'an object whose getters throw': throwingGetters,
  'a Proxy whose traps throw': throwingProxy,
};

/** The arguments each function reads through the boundary guard (its documents). */
const guarded: Readonly<Record<string, readonly number[]>> = {
  validateApplication: [0],
  safeValidateApplication: [0],
  computeCofinancing: [0],
  safeComputeCofinancing: [0],
  computeExpertiseSupport: [0],
  safeComputeExpertiseSupport: [0],
  createCallCalendar: [0],
  safeCreateCallCalendar: [0],
  createParameterRegistry: [0],
  safeCreateParameterRegistry: [0],
  createScoringScheme: [0],
  safeCreateScoringScheme: [0],
  innovationQuickScan: [0],
  safeInnovationQuickScan: [0],
  assessApplication: [0, 1],
  safeAssessApplication: [0, 1],
  explainAssessment: [0],
  explainQuickScan: [0],
};

/** The issues of a refusal: thrown, or of a failed safe result. */
function issuesOf(outcome: Outcome): readonly lib.PioIssue[] | undefined {
  if (outcome.threw) return lib.isPioRulesError(outcome.error) ? outcome.error.issues : undefined;
  const result = outcome.value as { success?: unknown; issues?: readonly lib.PioIssue[] } | null;
  return result?.success === false ? result.issues : undefined;
}

describe.each(Object.entries(exotics))('%s', (_label, make) => {
  describe.each(Object.entries(sampleCalls))('given to %s', (name, sample) => {
    const positions = Array.from({ length: Math.max(sample.valid().length, 1) }, (_, i) => i);

    it.each(positions)(
      'as argument %i: an answer, a PioRulesError, or the very exception of the caller',
      (at) => {
        const args = sample.valid();
        args[at] = make();
        const outcome = outcomeOf(() => sample.fn(...args));
        expect(outcome.ms).toBeLessThan(LOOSE_LIMIT_MS);
        if (guarded[name]?.includes(at)) {
          const issues = issuesOf(outcome);
          expect(
            issues,
            `${name}: ${outcome.threw ? describeError(outcome.error) : 'accepted'}`,
          ).toBeDefined();
          expect(issues!.map((i) => [i.code, (i.params as { problem?: unknown }).problem])).toEqual(
            [['invalid_input', 'unreadable']],
          );
          return;
        }
        if (outcome.threw && !lib.isPioRulesError(outcome.error))
          expect(outcome.error, describeError(outcome.error)).toBeInstanceOf(CallersOwnError);
      },
    );

    // Only a function with options (one without has nothing to test here).
    if (sample.options !== undefined)
      it('as an option: an answer, a PioRulesError, or the very exception of the caller', () => {
        for (const key of optionKeys) {
          const args = sample.valid();
          args[sample.options!] = { ...(args[sample.options!] as object), [key]: make() };
          const outcome = outcomeOf(() => sample.fn(...args));
          if (outcome.threw && !lib.isPioRulesError(outcome.error))
            expect(outcome.error, `${name} ${key}: ${describeError(outcome.error)}`).toBeInstanceOf(
              CallersOwnError,
            );
          if (isSafeName(name) && !outcome.threw)
            expect((outcome.value as { success?: unknown }).success).toEqual(expect.any(Boolean));
        }
      });
  });
});
