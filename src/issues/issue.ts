import type { IssueCode } from './codes.js';
import type { IssueParams } from './params.js';

/** How serious an issue is: an `error` makes a result fail, a `warning` does not. */
export type Severity = 'error' | 'warning';

/** Path of the value an issue is about, from the root of the input (`['costs', 0, 'amount']`). */
export type IssuePath = readonly (string | number)[];

/**
 * Where a rule value or a fact comes from: a document (title, address, publisher, date) and, as
 * a citation, the words the value rests on and, for a legal text, the article. The library's own
 * sources are one list (see `docs/sources.md`); each of them has a `publisher` and a `published`
 * or `retrieved` date. Sources a caller writes need only `title` and `url`.
 */
export interface Source {
  /** Title of the document or page. */
  readonly title: string;
  /** Address of the document or page. */
  readonly url: string;
  /** Who published the document or page (`'VLAIO'`, `'VVSG'`, `'Vlaamse Regering'`). */
  readonly publisher?: string;
  /** The day the document or page was published, `YYYY-MM-DD`, where that day is known. */
  readonly published?: string;
  /**
   * The day the document or page was read, `YYYY-MM-DD`: for a source without a known day of
   * publication (see `docs/sources.md` for what the library's own dates rest on).
   */
  readonly retrieved?: string;
  /** For a legal text: its official number (`'NUMAC 2024003642'`). */
  readonly identifier?: string;
  /** For a legal text: its European Legislation Identifier, where known or derived. */
  readonly eli?: string;
  /** For a legal text: the article the value rests on (`'art. 1, 4°'`). */
  readonly article?: string;
  /** The words of the source that the value rests on, when short enough to quote. */
  readonly quote?: string;
}

/**
 * One problem, as data: a machine `code`, where it is (`path`), the values that explain it
 * (`params`, typed per code) and, where a programme rule is applied, its `source`. Rules, parsers
 * and computations make these; text is added only at the edge of a public function.
 */
export type IssueData<C extends IssueCode = IssueCode> = C extends IssueCode
  ? {
      /** Stable machine code. */
      readonly code: C;
      /** `error` fails the result; `warning` is advice. */
      readonly severity: Severity;
      /** Where in the input the problem is; empty for the input as a whole. */
      readonly path: IssuePath;
      /** The values that explain the issue, typed per code. */
      readonly params: IssueParams[C];
      /** The rule's source, where the issue applies a published or assumed programme rule. */
      readonly source?: Source;
    }
  : never;

/**
 * An issue as every public function returns or throws it: {@link IssueData} with its human
 * `message` rendered in the caller's locale. Narrow on `code` to read typed `params`.
 */
export type PioIssue<C extends IssueCode = IssueCode> = C extends IssueCode
  ? IssueData<C> & {
      /** Human text in the caller's locale, rendered from `code` and `params`. */
      readonly message: string;
    }
  : never;

/** What {@link issue} takes besides the code and params. */
export interface IssueOptions {
  /** Where the problem is (default: the input as a whole). */
  readonly path?: IssuePath | undefined;
  /** Default `'error'`. */
  readonly severity?: Severity | undefined;
  /** The rule's source. */
  readonly source?: Source | undefined;
}

/**
 * The one issue constructor: makes an issue as data (no text). The path is copied; `params` is
 * taken as given (the library's own code makes it fresh for each issue).
 *
 * @param code - The issue code.
 * @param params - The values that explain it, typed per code.
 * @param options - Path, severity and source.
 * @returns The issue, frozen.
 * @internal
 */
export function issue<C extends IssueCode>(
  code: C,
  params: IssueParams[C],
  options: IssueOptions = {},
): IssueData<C> {
  const made = {
    code,
    severity: options.severity ?? 'error',
    path: Object.freeze([...(options.path ?? [])]),
    params: Object.freeze(params),
    ...(options.source === undefined ? {} : { source: options.source }),
  };
  return Object.freeze(made) as unknown as IssueData<C>;
}

/**
 * The same issue at another place: `prefix` in front of its path (an issue of a cost line placed
 * inside the proposal it belongs to).
 *
 * @internal
 */
export function withPathPrefix(prefix: IssuePath, found: IssueData): IssueData {
  return Object.freeze({ ...found, path: Object.freeze([...prefix, ...found.path]) });
}

/**
 * The errors first, then the warnings, each in the order found.
 *
 * @internal
 */
export function errorsFirst<T extends { readonly severity: Severity }>(issues: readonly T[]): T[] {
  return [
    ...issues.filter((i) => i.severity === 'error'),
    ...issues.filter((i) => i.severity !== 'error'),
  ];
}
