import { deepFreeze } from '../shared/deepFreeze.js';
import { formatIssueMessage } from '../i18n/formatIssueMessage.js';
import type { Locale } from '../i18n/Locale.js';
import { issueCodes, type IssueCode } from './codes.js';
import { receivedText } from './describe.js';
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
 * @returns A frozen issue. (A code outside {@link IssueCode} gives `invalid_input`; path parts
 *   other than strings and numbers are named by their type.)
 * @example
 * ```ts
 * createIssue('required', { path: ['applicant', 'name'], locale: 'en' }).message;
 * //=> 'This field is required.'
 * ```
 */
export function createIssue(code: IssueCode, options: CreateIssueOptions = {}): PioIssue {
  if (!(issueCodes as readonly unknown[]).includes(code))
    return createIssue('invalid_input', {
      ...options,
      params: { reason: `unknown issue code ${receivedText(code)}` },
    });
  const given: unknown = options?.params;
  const params = typeof given === 'object' && given !== null ? (given as PioIssue['params']) : {};
  const issue: PioIssue = {
    code,
    severity: options?.severity === 'warning' ? 'warning' : 'error',
    path: Array.isArray(options?.path)
      ? options.path.map((p: unknown) =>
          typeof p === 'string' || typeof p === 'number' ? p : typeof p,
        )
      : [],
    message: formatIssueMessage(code, params, options?.locale ?? 'nl-BE'),
    params,
    ...(options?.source === undefined ? {} : { source: options.source }),
  };
  // Deeply frozen: results that embed an issue rely on it (see shared/deepFreeze).
  return deepFreeze(issue);
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
  if (
    typeof issue !== 'object' ||
    issue === null ||
    !(issueCodes as readonly unknown[]).includes(issue.code)
  )
    return createIssue('invalid_input', { locale, params: { reason: 'not an issue' } });
  // Rebuilt through createIssue, so a path, params or severity of the wrong kind is set right;
  // other fields (such as an assessment reason's `kind`) stay.
  const { source, ...rest } = issue;
  const known = typeof source === 'object' && source !== null ? source : undefined;
  const { code, path, params, severity } = rest;
  return Object.freeze({
    ...rest,
    ...createIssue(code, { path, params, severity, source: known, locale }),
  });
}
