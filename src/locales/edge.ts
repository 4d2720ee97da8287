import { errorsFirst, type IssueData, type PioIssue } from '../issues/issue.js';
import { PioRulesError } from '../issues/PioRulesError.js';
import { Refusal } from '../issues/Refusal.js';
import type { Outcome, Result, Success } from '../issues/Result.js';
import type { Locale } from '../vocabulary/index.js';
import { localeOf } from './Locale.js';
import { renderIssue } from './render.js';

/**
 * The edge of every public function: where the caller's locale is negotiated, the inner code's
 * issues (data) are rendered into text once, and the one result shape is made.
 *
 * @module
 */

/** What the body of a public function gets from its edge. @internal */
export interface Edge {
  /** The negotiated language. */
  readonly locale: Locale;
  /** Renders an issue that the result carries inside its data. */
  readonly render: (found: IssueData) => PioIssue;
}

/** The warnings of a success without any (one frozen empty list). */
const NO_WARNINGS: readonly PioIssue[] = Object.freeze([]);

/**
 * Runs the body of a `safeX` function: negotiates `locale` (an unsupported one fails the
 * result with `unsupported_locale`), turns a refusal into a failed result, and renders every
 * issue once, errors first. The result is frozen (its data is frozen by the body).
 *
 * @internal
 */
export function safely<T>(tag: unknown, body: (edge: Edge) => Outcome<T>): Result<T> {
  let locale: Locale = 'nl';
  const render = (found: IssueData): PioIssue => renderIssue(found, locale);
  let outcome: Outcome<T>;
  try {
    locale = localeOf(tag);
    outcome = body({ locale, render });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    outcome = { success: false, issues: error.issues };
  }
  // Frozen, like the data inside: a result is plain data the caller cannot change by mistake.
  const result: Result<T> = outcome.success
    ? {
        success: true,
        data: outcome.data,
        warnings:
          outcome.warnings.length === 0 ? NO_WARNINGS : Object.freeze(outcome.warnings.map(render)),
      }
    : { success: false, issues: Object.freeze(errorsFirst(outcome.issues).map(render)) };
  return Object.freeze(result);
}

/**
 * The throwing twin of a `safeX` function: the same success, or a `PioRulesError` with the same
 * issues.
 *
 * @internal
 */
export function orThrow<T>(result: Result<T>): Success<T> {
  if (result.success) return result;
  const [first, ...rest] = result.issues;
  /* v8 ignore next -- a failed result always has an issue */
  if (first === undefined) throw new TypeError('A failed result without issues');
  throw new PioRulesError([first, ...rest]);
}
