import { formatIssueMessage } from '../i18n/formatIssueMessage.js';
import type { Locale } from '../i18n/Locale.js';
import type { IssueCode } from './codes.js';
import type { IssuePath, PioIssue, Severity, Source } from './PioIssue.js';

/** What {@link createIssue} takes besides the code. */
export interface CreateIssueOptions {
  /** Where the problem is (default: the input as a whole). */
  readonly path?: IssuePath;
  /** Values that explain it. */
  readonly params?: Readonly<Record<string, unknown>>;
  /** Default `'error'`. */
  readonly severity?: Severity;
  /** The rule's source. */
  readonly source?: Source | undefined;
  /** Language of the message (default `'nl-BE'`). */
  readonly locale?: Locale;
}

/**
 * Makes one issue, its message rendered from the code in the requested locale.
 *
 * @param code - The issue code.
 * @param options - Path, params, severity, source and locale.
 * @returns A frozen issue.
 * @example
 * ```ts
 * createIssue('required', { path: ['applicant', 'name'], locale: 'en' }).message;
 * //=> 'This field is required.'
 * ```
 */
export function createIssue(code: IssueCode, options: CreateIssueOptions = {}): PioIssue {
  const params = options.params ?? {};
  const issue: PioIssue = {
    code,
    severity: options.severity ?? 'error',
    path: options.path ?? [],
    message: formatIssueMessage(code, params, options.locale ?? 'nl-BE'),
    params,
    ...(options.source === undefined ? {} : { source: options.source }),
  };
  return Object.freeze(issue);
}

/**
 * Renders an issue again in another locale (its code, path and params stay as they are).
 *
 * @param issue - The issue.
 * @param locale - The target locale.
 * @returns The same issue with its message in `locale`.
 * @example
 * ```ts
 * localizeIssue(createIssue('required'), 'en').message;
 * //=> 'This field is required.'
 * ```
 */
export function localizeIssue(issue: PioIssue, locale: Locale): PioIssue {
  return Object.freeze({ ...issue, message: formatIssueMessage(issue.code, issue.params, locale) });
}
