import type { IssueCode } from './codes.js';
import type { PioIssue } from './issue.js';
import { formatPath } from './path.js';

/**
 * The one error class of this library. It carries a stable `code` (the code of the first issue)
 * and every `issue` found, each with its message in the locale of the call that threw, so a
 * caller that catches it still sees every problem. Its `message` is the first issue's.
 *
 * @example
 * ```ts
 * eur('12,50');
 * //=> throws PioRulesError (invalid_amount)
 * safeParseEur('1.500', { locale: 'en' }).success;
 * //=> false
 * ```
 */
export class PioRulesError extends Error {
  /** Code of the first issue. */
  readonly code: IssueCode;
  /** Every issue found, errors first; at least one. */
  readonly issues: readonly PioIssue[];

  /**
   * @param issues - At least one rendered issue.
   */
  constructor(issues: readonly [PioIssue, ...PioIssue[]]) {
    const first = issues[0];
    const where = first.path.length > 0 ? ` [${formatPath(first.path)}]` : '';
    const more = issues.length > 1 ? ` (+${String(issues.length - 1)})` : '';
    super(`${first.code}${where}: ${first.message}${more}`);
    this.name = 'PioRulesError';
    this.code = first.code;
    this.issues = issues;
  }
}

/**
 * Tells whether a value is a {@link PioRulesError}, also one thrown by another copy of this
 * library (the CommonJS build beside the ESM one).
 *
 * @param value - Anything.
 * @returns `true` for a PioRulesError.
 * @example
 * ```ts
 * isPioRulesError(new Error('x'));
 * //=> false
 * ```
 */
export function isPioRulesError(value: unknown): value is PioRulesError {
  return (
    value instanceof PioRulesError ||
    (value instanceof Error &&
      value.name === 'PioRulesError' &&
      Array.isArray((value as { issues?: unknown }).issues))
  );
}
