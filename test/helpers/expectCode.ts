import { expect } from 'vitest';
import { isPioRulesError, type IssueCode } from '../../src/issues/index.js';

/** Asserts that `run` throws a PioRulesError with `code`, and returns it. */
export function expectCode(run: () => unknown, code: IssueCode) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(isPioRulesError(caught), `expected a PioRulesError, got ${String(caught)}`).toBe(true);
  if (!isPioRulesError(caught)) throw new Error('unreachable');
  expect(caught.code).toBe(code);
  return caught;
}
