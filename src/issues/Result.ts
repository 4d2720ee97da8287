import type { IssueData, PioIssue } from './issue.js';

/** A result that succeeded: the value, and the advice that did not fail it. */
export interface Success<T, I = PioIssue> {
  /** Always `true`. */
  readonly success: true;
  /** The value. */
  readonly data: T;
  /** Advice that does not fail the result (severity `warning`), possibly empty. */
  readonly warnings: readonly I[];
}

/** A result that failed: every issue found, errors first. */
export interface Failure<I = PioIssue> {
  /** Always `false`. */
  readonly success: false;
  /** Every problem, not only the first; at least one has severity `error`. */
  readonly issues: readonly I[];
}

/**
 * What every `safeX` function returns: `{ success: true, data, warnings }` or
 * `{ success: false, issues }`. Its throwing twin `x` returns the same success or throws a
 * `PioRulesError` carrying the same issues.
 */
export type Result<T, I = PioIssue> = Success<T, I> | Failure<I>;

/** A result whose issues are still data, before the edge renders them. @internal */
export type Outcome<T> = Result<T, IssueData>;

/**
 * A successful outcome.
 *
 * @internal
 */
export function succeed<T>(data: T, warnings: readonly IssueData[] = []): Success<T, IssueData> {
  return { success: true, data, warnings };
}

/**
 * An outcome: failed when any issue is an error, else a success with the issues as warnings.
 *
 * @internal
 */
export function outcome<T>(issues: readonly IssueData[], data: () => T): Outcome<T> {
  if (issues.some((i) => i.severity === 'error'))
    return { success: false, issues: errorsOnTop(issues) };
  return succeed(data(), issues);
}

function errorsOnTop(issues: readonly IssueData[]): IssueData[] {
  return [
    ...issues.filter((i) => i.severity === 'error'),
    ...issues.filter((i) => i.severity !== 'error'),
  ];
}
