import type { PioIssue } from '../../issues/index.js';
import type { ServeProblemKind } from '../../locales/cli.js';
import type { CliTexts } from '../texts.js';

/** The `type` URI of a kind of problem: `urn:pio-rules:problem:not-found`. */
export function problemType(kind: ServeProblemKind): string {
  return `urn:pio-rules:problem:${kind}`;
}

/** The HTTP status of each kind of problem. */
export const problemStatus: { readonly [K in ServeProblemKind]: number } = {
  'bad-request': 400,
  'malformed-json': 400,
  'invalid-request': 400,
  'unreadable-body': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'request-timeout': 408,
  'body-too-large': 413,
  'unsupported-media-type': 415,
  'internal-error': 500,
  overloaded: 503,
};

/** An RFC 9457 problem, as the API writes it (`application/problem+json`). */
export interface Problem {
  /** `urn:pio-rules:problem:<kind>`. */
  readonly type: string;
  /** The kind's title, in the response's language. */
  readonly title: string;
  /** The HTTP status, repeated. */
  readonly status: number;
  /** What happened here, in the response's language. */
  readonly detail: string;
  /** The request's path. */
  readonly instance?: string;
  /** The library's issues, when it found them (a bad query parameter, a refused locale). */
  readonly issues?: readonly PioIssue[];
  /** Where a JSON body (or NDJSON line) is malformed, from 1. */
  readonly line?: number;
  /** Where a JSON body (or NDJSON line) is malformed, from 1. */
  readonly column?: number;
  /** The methods the route has (405). */
  readonly allowed?: readonly string[];
  /** The body limit in bytes (413). */
  readonly limit?: number;
  /** Seconds to wait before trying again (503). */
  readonly retryAfter?: number;
}

/** Extra members of a problem, beside `type`, `title`, `status` and `detail`. */
export type ProblemExtras = Omit<Problem, 'type' | 'title' | 'status' | 'detail'>;

/**
 * Makes a problem.
 *
 * @param kind - Its kind.
 * @param texts - The texts of the response's language.
 * @param detail - Renders its detail.
 * @param extras - Its other members.
 * @returns The problem.
 */
export function problem(
  kind: ServeProblemKind,
  texts: CliTexts,
  detail: (serve: CliTexts['serve']) => string,
  extras: ProblemExtras = {},
): Problem {
  return {
    type: problemType(kind),
    title: texts.serve.titles[kind],
    status: problemStatus[kind],
    detail: detail(texts.serve),
    ...extras,
  };
}
