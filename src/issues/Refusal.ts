import type { IssueCode } from './codes.js';
import { issue, type IssueData, type IssuePath } from './issue.js';
import type { IssueParams } from './params.js';

/**
 * How the library's inner code refuses a value: an exception that carries issues as data. It
 * never leaves the library: the edge of every public function catches it and either returns the
 * issues (a `safeX` function) or throws a rendered `PioRulesError`.
 *
 * @internal
 */
export class Refusal extends Error {
  /** The issues, as data. */
  readonly issues: readonly IssueData[];

  constructor(issues: readonly IssueData[]) {
    super(issues[0]?.code ?? 'refused');
    this.name = 'Refusal';
    this.issues = issues;
  }
}

/**
 * Throws a {@link Refusal} with one issue.
 *
 * @internal
 */
export function refuse<C extends IssueCode>(
  code: C,
  params: IssueParams[C],
  path: IssuePath = [],
): never {
  throw new Refusal([issue(code, params, { path })]);
}

/**
 * Runs `fn`; a {@link Refusal} it throws is added to `issues` and the result is `undefined`.
 * Any other exception passes on.
 *
 * @internal
 */
export function attempt<T>(issues: IssueData[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}
