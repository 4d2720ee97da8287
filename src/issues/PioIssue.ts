import type { IssueCode } from './codes.js';

/** Where a rule value or a fact comes from. */
export interface Source {
  /** Title of the document or page. */
  readonly title: string;
  /** Address of the document or page. */
  readonly url: string;
  /** The words of the source that the value rests on, when short enough to quote. */
  readonly quote?: string;
}

/** How serious an issue is: an `error` makes a result fail, a `warning` does not. */
export type Severity = 'error' | 'warning';

/** Path of the value an issue is about, from the root of the input (`['costs', 0, 'amount']`). */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in an input, as data: a machine `code`, where it is (`path`), the values that
 * explain it (`params`) and a human `message` rendered from the code in the requested locale.
 */
export interface PioIssue {
  /** Stable machine code. */
  readonly code: IssueCode;
  /** `error` fails the result; `warning` is advice. */
  readonly severity: Severity;
  /** Where in the input the problem is; empty for the input as a whole. */
  readonly path: IssuePath;
  /** Human text, rendered from `code` and `params`. */
  readonly message: string;
  /** Values that explain the issue (expected, received, limits, ...). */
  readonly params: Readonly<Record<string, unknown>>;
  /** The rule's source, where the issue applies a published or assumed programme rule. */
  readonly source?: Source;
}
