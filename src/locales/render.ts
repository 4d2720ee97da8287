import { isIssueCode, type IssueCode } from '../issues/codes.js';
import type { IssueData, PioIssue } from '../issues/issue.js';
import { issue } from '../issues/issue.js';
import type { IssueParams } from '../issues/params.js';
import { Refusal, refuse } from '../issues/Refusal.js';
import { shown } from '../issues/typeName.js';
import type { Locale } from '../vocabulary/index.js';
import { en } from './en/index.js';
import { createFormatter } from './createFormatter.js';
import type { Formatter } from './Formatter.js';
import { localeOf, type LocaleTag } from './Locale.js';
import type { LocaleTable } from './LocaleTable.js';
import { nl } from './nl/index.js';
import { PioRulesError } from '../issues/PioRulesError.js';

/** The table of every language. */
export const localeTables: Readonly<Record<Locale, LocaleTable>> = { nl, en };

/**
 * The formatter of a language.
 *
 * @internal
 */
export function formatterOf(locale: Locale): Formatter {
  const table = localeTables[locale];
  return (formatters[locale] ??= createFormatter(
    locale,
    table.words,
    table.labels,
    table.criteria,
  ));
}

/** The formatter of each language, made on first use (it holds nothing that changes). */
const formatters: Partial<Record<Locale, Formatter>> = {};

/**
 * An issue with its message in a language.
 *
 * @internal
 */
export function renderIssue(found: IssueData, locale: Locale): PioIssue {
  const render = localeTables[locale].issues[found.code] as (
    params: IssueParams[typeof found.code],
    f: Formatter,
  ) => string;
  return Object.freeze({ ...found, message: render(found.params, formatterOf(locale)) });
}

/**
 * Issues with their messages in a language.
 *
 * @internal
 */
export function renderIssues(found: readonly IssueData[], locale: Locale): PioIssue[] {
  return found.map((i) => renderIssue(i, locale));
}

/** Options of {@link issueMessage}. */
export interface IssueMessageOptions {
  /** The language (a BCP 47 tag such as `'nl-BE'` or `'en'`; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/** The params of a code that may be absent. */
type OptionalParam<C extends IssueCode> = {
  [K in keyof IssueParams[C]]-?: object extends Pick<IssueParams[C], K> ? K : never;
}[keyof IssueParams[C]];

/** The params of a code that are lists. */
type ListParam<C extends IssueCode> = {
  [K in keyof IssueParams[C]]-?: NonNullable<IssueParams[C][K]> extends readonly unknown[]
    ? K
    : never;
}[keyof IssueParams[C]];

/** Every code that has params of a kind `P`, with each of those params (checked by the compiler). */
type ParamsOfKind<P extends { [C in IssueCode]: PropertyKey }> = {
  readonly [C in IssueCode as [P[C]] extends [never] ? never : C]: {
    readonly [K in P[C]]: true;
  };
};

/** The optional params of every code: absent in stored data means absent, as when it was made. */
const optionalParams: ParamsOfKind<{ [C in IssueCode]: OptionalParam<C> }> = {
  invalid_amount: { typed: true, readings: true },
  invalid_type: { field: true },
  required: { field: true },
  too_long: { field: true },
  too_short: { field: true },
  invalid_value: { enum: true, field: true },
  weights_do_not_sum: { criterionId: true },
  unknown_criterion: { ownNeedsLabel: true },
  cap_overridden: { decisionBody: true },
  cofinancing_above_indicative_cap: { decisionBody: true },
};

/** The list params of every code: a missing one reads as `["?"]`. */
const listParams: ParamsOfKind<{ [C in IssueCode]: ListParam<C> }> = {
  invalid_amount: { readings: true },
  invalid_rounding_mode: { expected: true },
  unsupported_locale: { expected: true },
  invalid_value: { expected: true },
  unsupported_schema_version: { expected: true },
  unknown_criterion: { expected: true },
};

/** Whether a code's table above names a param. */
function names(table: object, code: IssueCode, key: string): boolean {
  const keys: unknown = Object.hasOwn(table, code) ? (table as Record<string, unknown>)[code] : {};
  return Object.hasOwn(keys as object, key);
}

/**
 * Params read from stored data: a missing value reads as `?` (a missing list as `["?"]`), never
 * `undefined`; an optional param stays absent. The caller's object is read once (its own
 * enumerable keys, as a copy), never wrapped or frozen.
 */
function lenient(code: IssueCode, given: object): object {
  const copy: Readonly<Record<string, unknown>> = { ...given };
  return new Proxy(
    {},
    {
      get(_target, key) {
        if (typeof key !== 'string') return undefined;
        const value = Object.hasOwn(copy, key) ? copy[key] : undefined;
        if (value !== undefined && value !== null) return value;
        if (names(optionalParams, code, key)) return undefined;
        return names(listParams, code, key) ? ['?'] : '?';
      },
    },
  );
}

/**
 * Renders the message of an issue that was kept as data (for example stored without its message,
 * or to show it in another language): the same text every function of this library gives.
 *
 * @param stored - An issue's `code` and `params` (the rest of an issue may come along).
 * @param options - The `locale`.
 * @returns The message.
 * @throws {@link PioRulesError} `unsupported_locale`, or `invalid_value` for a code this version
 *   of the library does not know.
 * @example
 * ```ts
 * issueMessage({ code: 'unknown_call', params: { callId: '2031-9' } }, { locale: 'en' });
 * //=> 'Unknown call "2031-9".'
 * ```
 */
export function issueMessage(
  stored: { readonly code: string; readonly params?: object | undefined },
  options: IssueMessageOptions = {},
): string {
  return renderedOrThrown(options?.locale, (locale) => {
    const code: unknown = (stored as { code?: unknown } | null)?.code;
    if (!isIssueCode(code))
      refuse('invalid_value', { received: JSON.stringify(shown(code)), expected: [] }, ['code']);
    const given: unknown = (stored as { params?: unknown }).params;
    const params = typeof given === 'object' && given !== null ? given : {};
    try {
      return renderIssue(issue(code, lenient(code, params) as never), locale).message;
    } catch (error) {
      if (error instanceof Refusal) throw error;
      return refuse('invalid_input', { problem: 'unreadable' }, ['params']);
    }
  });
}

/**
 * Runs a public function that returns a value (not a result): its issues are rendered in the
 * caller's locale and thrown as one `PioRulesError`.
 *
 * @internal
 */
export function renderedOrThrown<T>(tag: unknown, body: (locale: Locale) => T): T {
  let locale: Locale = 'nl';
  try {
    locale = localeOf(tag);
    return body(locale);
  } catch (error) {
    if (error instanceof Refusal) throw errorOf(error.issues, locale);
    throw error;
  }
}

/** The error of rendered issues. @internal */
export function errorOf(found: readonly IssueData[], locale: Locale): PioRulesError {
  const rendered = renderIssues(found, locale);
  const first =
    rendered[0] ?? renderIssue(issue('invalid_input', { problem: 'unreadable' }), locale);
  return new PioRulesError([first, ...rendered.slice(1)]);
}
