import type { PioIssue } from './PioIssue.js';

/** A failed result: every issue found (at least one with severity `error`). */
export interface Failure {
  /** Always `false`. */
  readonly success: false;
  /** Every problem, not only the first. */
  readonly issues: readonly PioIssue[];
}

/** The success marker of a result. */
export interface Success {
  /** Always `true`. */
  readonly success: true;
}

/** The result of a `safeX` function: the value, or every issue. */
export type SafeResult<T> = (Success & T) | Failure;
