import { expect } from 'vitest';
import type { IssueData } from '../../src/issues/issue.js';
import { Refusal } from '../../src/issues/Refusal.js';

/**
 * Runs an internal function that must refuse, and returns the issues of its `Refusal` (internal
 * code throws issues as data, never a rendered `PioRulesError`).
 */
export function refusalOf(run: () => unknown): readonly IssueData[] {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a Refusal, got ${String(caught)}`).toBeInstanceOf(Refusal);
  return (caught as Refusal).issues;
}

/** The code, path and params of the one issue an internal function refuses with. */
export function refusedWith(run: () => unknown): Pick<IssueData, 'code' | 'path' | 'params'> {
  const issues = refusalOf(run);
  expect(issues).toHaveLength(1);
  const [only] = issues as [IssueData];
  return { code: only.code, path: only.path, params: only.params };
}
