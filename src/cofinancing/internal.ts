import { createIssue } from '../issues/createIssue.js';
import type { IssueCode } from '../issues/codes.js';
import type { IssuePath, PioIssue } from '../issues/PioIssue.js';
import { isPioRulesError } from '../issues/PioRulesError.js';
import type { ResolvedParameter } from '../parameters/types.js';
import type { CofinancingStep, CofinancingStepParams, UsedParameter } from './types.js';
import type { CofinancingStepCode } from './stepCodes.js';

/** Tells whether a value is a plain object (not null, not an array). @internal */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds an error issue to a list. @internal */
export function report(
  issues: PioIssue[],
  code: IssueCode,
  path: IssuePath,
  params: Readonly<Record<string, unknown>> = {},
): void {
  issues.push(createIssue(code, { path, params }));
}

/**
 * Runs `fn`; a {@link PioRulesError} it throws becomes issues (those without a path get `path`)
 * and the result is `undefined`. Any other error is rethrown.
 *
 * @internal
 */
export function attempt<T>(issues: PioIssue[], path: IssuePath, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (!isPioRulesError(error)) throw error;
    for (const issue of error.issues)
      issues.push(
        issue.path.length > 0 ? issue : Object.freeze({ ...issue, path: Object.freeze([...path]) }),
      );
    return undefined;
  }
}

/** Reports unknown keys of an object. @internal */
export function checkKeys(
  value: Readonly<Record<string, unknown>>,
  allowed: readonly string[],
  path: IssuePath,
  issues: PioIssue[],
): void {
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) report(issues, 'unknown_key', [...path, key], { key });
}

/** The provenance of a resolved parameter, as recorded in a step. @internal */
export function usedParameter(resolved: ResolvedParameter): UsedParameter {
  return Object.freeze({
    id: resolved.id,
    value: resolved.value,
    validFrom: resolved.validFrom,
    status: resolved.status,
    source: resolved.source,
  });
}

const NO_PARAMETERS: readonly UsedParameter[] = Object.freeze([]);

/**
 * Makes an explanation step, frozen with its params; `parameters` must be frozen already (they
 * are made once per rule version and shared); `assumption` is set when a parameter is assumed.
 * @internal
 */
export function step(
  code: CofinancingStepCode,
  params: CofinancingStepParams,
  parameters: readonly UsedParameter[] = NO_PARAMETERS,
  assumption = false,
): CofinancingStep {
  let assumed = assumption;
  for (const p of parameters) if (p.status === 'assumed') assumed = true;
  return Object.freeze({
    code,
    params: Object.freeze(params),
    parameters,
    assumption: assumed,
  });
}

/** Renders a path as `costs[0]` or `phases[1].costs[2]`. @internal */
export function pathText(path: IssuePath): string {
  let text = '';
  for (let i = 0; i < path.length; i += 1) {
    const part = path[i];
    text += typeof part === 'number' ? `[${String(part)}]` : i === 0 ? part : `.${String(part)}`;
  }
  return text;
}
