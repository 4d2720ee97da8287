import { type IssueData, withPathPrefix } from '../issues/issue.js';
import { attempt, Refusal } from '../issues/Refusal.js';
import type { Outcome } from '../issues/Result.js';
import { fromZodIssues } from '../issues/zod.js';
import { ruleDateOf } from '../parameters/read.js';
import { defaultParameters, registryOf } from '../parameters/registry.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { parseIsoDate } from '../time/zoned.js';
import { callDataStatuses, type CallDataStatus } from '../vocabulary/index.js';
import type { RulesAt } from './types.js';
import { cofinancingSchemas } from './schema.js';

/** Whether an `at` is a call-like object (its deadline date picks the rules), not an instant. */
function isCallLike(at: unknown): at is { readonly deadlineDate: unknown } {
  return (
    typeof at === 'object' &&
    at !== null &&
    !Array.isArray(at) &&
    !(at instanceof Date) &&
    'deadlineDate' in at
  );
}

/**
 * The rule version of an `at` option: none (the latest rules), an instant or date (its date in
 * the programme's time zone), or a call-like `{ id, deadlineDate }`.
 *
 * @throws Refusal `invalid_time`, `ambiguous_time`, `invalid_date`, and for a call `required`,
 *   `invalid_type` or `too_long` for its id; every path starts with `at`.
 * @internal
 */
export function rulesAtOption(at: unknown, registry: ParameterRegistry): RulesAt {
  if (at === undefined) return { date: null, callId: null };
  if (!isCallLike(at)) return { date: ruleDateOf(at, registry, ['at']), callId: null };
  const issues: IssueData[] = [];
  const call = cofinancingSchemas().callLike.safeParse(at);
  if (!call.success) issues.push(...fromZodIssues(call.error.issues, at, ['at']));
  const deadlineDate = at.deadlineDate;
  attempt(issues, () => parseIsoDate(deadlineDate, ['at', 'deadlineDate']));
  if (!call.success || issues.length > 0) throw new Refusal(issues);
  const status = (at as { readonly status?: unknown }).status;
  return {
    date: deadlineDate as string,
    callId: call.data.id,
    ...(typeof status === 'string' && (callDataStatuses as readonly string[]).includes(status)
      ? { callStatus: status as CallDataStatus }
      : {}),
  };
}

/**
 * The registry and the rule version of a computation's options; problems go to `issues` (then
 * `undefined`). A bad `at` is still read when the registry is bad, with the built-in registry's
 * time zone, so that both are reported.
 *
 * @internal
 */
export function rulesOfOptions(
  parameters: unknown,
  at: unknown,
  issues: IssueData[],
): { readonly registry: ParameterRegistry; readonly rules: RulesAt } | undefined {
  const registry = attempt(issues, () => registryOf(parameters));
  const rules = attempt(issues, () => rulesAtOption(at, registry ?? defaultParameters));
  return registry === undefined || rules === undefined ? undefined : { registry, rules };
}

/**
 * A computation's outcome with `no_parameter_value` placed at `at` when the caller gave one
 * (the date it names has no rules).
 *
 * @internal
 */
export function placedAtOption<T>(found: Outcome<T>, rules: RulesAt): Outcome<T> {
  if (found.success || rules.date === null) return found;
  return {
    success: false,
    issues: found.issues.map((i) =>
      i.code === 'no_parameter_value' && i.path.length === 0 ? withPathPrefix(['at'], i) : i,
    ),
  };
}
