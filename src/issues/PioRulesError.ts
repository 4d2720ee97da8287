import { formatIssueMessage } from '../i18n/formatIssueMessage.js';
import type { IssueCode } from './codes.js';
import { createIssue } from './createIssue.js';
import type { PioIssue } from './PioIssue.js';

/**
 * The one error class of this library. It carries a stable `code` (the code of the first issue)
 * and every `issue` found, so a caller that catches it still sees all problems. Its `message`
 * holds the first issue in Dutch and in English.
 *
 * @example
 * ```ts
 * try {
 *   eur('12,50');
 * } catch (error) {
 *   if (error instanceof PioRulesError) error.code;
 *   //=> 'invalid_amount'
 * }
 * ```
 */
export class PioRulesError extends Error {
  /** Code of the first issue. */
  readonly code: IssueCode;
  /** Every issue found, errors first. */
  readonly issues: readonly PioIssue[];

  /**
   * @param issues - At least one issue.
   */
  constructor(issues: readonly PioIssue[]) {
    const first = issues[0] ?? createIssue('invalid_input', { params: { reason: 'unknown' } });
    const nlText = formatIssueMessage(first.code, first.params, 'nl-BE');
    const enText = formatIssueMessage(first.code, first.params, 'en');
    const more = issues.length > 1 ? ` (+${String(issues.length - 1)})` : '';
    // Path parts and code as written by a caller may be anything: shown only when they are text.
    const part = (p: unknown) => (typeof p === 'string' || typeof p === 'number' ? p : typeof p);
    const where = first.path.length > 0 ? ` [${first.path.map(part).join('.')}]` : '';
    super(`${String(part(first.code))}${where}: ${nlText} | ${enText}${more}`);
    this.name = 'PioRulesError';
    this.code = first.code;
    this.issues = issues.length > 0 ? issues : [first];
  }
}

/**
 * Throws a {@link PioRulesError} with one issue.
 *
 * @param code - The issue code.
 * @param params - Values that explain it.
 * @param path - Where the problem is.
 * @throws {@link PioRulesError} always.
 */
export function fail(
  code: IssueCode,
  params: Readonly<Record<string, unknown>> = {},
  path: readonly (string | number)[] = [],
): never {
  throw new PioRulesError([createIssue(code, { params, path })]);
}

/**
 * Tells whether a value is a {@link PioRulesError} (also across copies of this library).
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
