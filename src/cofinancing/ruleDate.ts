import type { IssuePath, PioIssue } from '../issues/PioIssue.js';
import { parameterDate, type ParameterDate } from '../parameters/getParameter.js';
import { parseIsoDate } from '../time/zoned.js';
import { attempt, isRecord, report, step } from './internal.js';
import type { CofinancingStep } from './types.js';

/** The rule version a computation uses. @internal */
export interface RuleDate {
  /** Brussels date `YYYY-MM-DD`, or `null` for the latest version. */
  readonly date: string | null;
  /** The call whose deadline picked the date, or `null`. */
  readonly callId: string | null;
}

/**
 * Reads `at`: nothing (latest rules), an instant or date, or a call-like object whose
 * `deadlineDate` picks the rules. Problems are added to `issues`; the result is then `undefined`.
 *
 * @internal
 */
export function resolveRuleDate(
  at: unknown,
  path: IssuePath,
  issues: PioIssue[],
): RuleDate | undefined {
  if (at === undefined) return { date: null, callId: null };
  if (isRecord(at) && !(at instanceof Date) && 'deadlineDate' in at) {
    const before = issues.length;
    const { id, deadlineDate } = at;
    if (typeof id !== 'string')
      report(issues, id === undefined ? 'required' : 'invalid_type', [...path, 'id'], {
        expected: 'string',
        received: typeof id,
      });
    else if (id.length > 100) report(issues, 'too_long', [...path, 'id'], { maximum: 100 });
    attempt(issues, [...path, 'deadlineDate'], () =>
      parseIsoDate(deadlineDate, [...path, 'deadlineDate']),
    );
    if (issues.length > before) return undefined;
    return { date: deadlineDate as string, callId: id as string };
  }
  const date = attempt(issues, path, () => parameterDate(at as ParameterDate));
  return date === undefined ? undefined : { date, callId: null };
}

const LATEST = step('parameters_latest', {});

/** The explanation step that says which rule version applied. @internal */
export function ruleDateStep(rule: RuleDate): CofinancingStep {
  if (rule.date === null) return LATEST;
  if (rule.callId === null) return step('parameters_at_date', { date: rule.date });
  return step('parameters_at_call', { date: rule.date, callId: rule.callId });
}
