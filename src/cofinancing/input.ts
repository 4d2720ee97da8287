import { guard } from '../input/guard.js';
import { issue, type IssueData, type IssuePath } from '../issues/issue.js';
import { attempt } from '../issues/Refusal.js';
import { fromZodIssues } from '../issues/zod.js';
import { toMoney } from '../money/internal.js';
import type { Money, MoneyInput } from '../money/Money.js';
import type { CostCategory } from '../vocabulary/index.js';
import { canonicalMoney } from './amounts.js';
import type { CoreInput, CoreLine } from './core.js';
import { cofinancingSchemas, MAX_LINES, type ParsedCofinancingInput } from './schema.js';

/**
 * Reading the public inputs of cofinancing: the one guard, one zod parse, then the few checks
 * zod does not make, as small functions over the parsed data: amounts read into `Money` (not
 * negative), exactly one of `costs`, `estimatedCost` and `phases`, no empty list of lines,
 * unique phase ids, at most 1,000 lines in all.
 *
 * @module
 */

/** What the cost lines may be given as, in the order they are named. */
const SOURCES = Object.freeze(['costs', 'estimatedCost', 'phases'] as const);

/**
 * An amount as `Money`, not negative; problems go to `issues` (then `undefined`).
 *
 * @internal
 */
export function amountOf(value: unknown, path: IssuePath, issues: IssueData[]): Money | undefined {
  // An amount already in the canonical form of a Money (the common case) is its own amount.
  const money = canonicalMoney(value) ?? attempt(issues, () => toMoney(value, path));
  if (money === undefined) return undefined;
  if (money.amount.startsWith('-')) {
    issues.push(issue('negative_amount', { amount: money.amount }, { path }));
    return undefined;
  }
  return money;
}

interface ParsedLine {
  readonly category: CostCategory;
  readonly amount: MoneyInput;
  readonly label?: string | undefined;
}

/** The lines of one list; `no_cost_lines` when it is empty. */
function linesOf(
  list: readonly ParsedLine[],
  at: IssuePath,
  phaseId: string | undefined,
  lines: CoreLine[],
  issues: IssueData[],
): void {
  if (list.length === 0) issues.push(issue('no_cost_lines', {}, { path: at }));
  for (let i = 0; i < list.length; i += 1) {
    const line = list[i] as ParsedLine;
    const path = Object.freeze([...at, i]);
    // The common case first: an amount already in the canonical form of a Money.
    const amount =
      canonicalMoney(line.amount) ?? amountOf(line.amount, [...path, 'amount'], issues);
    if (amount === undefined) continue;
    // Assignments rather than conditional spreads: this runs for every line.
    const read: { -readonly [K in keyof CoreLine]: CoreLine[K] } = {
      path,
      category: line.category,
      amount,
    };
    if (line.label !== undefined) read.label = line.label;
    if (phaseId !== undefined) read.phaseId = phaseId;
    lines.push(read);
  }
}

/** The lines of the phases, and the phases; duplicate ids and too many lines reported. */
function phasesOf(
  phases: NonNullable<ParsedCofinancingInput['phases']>,
  lines: CoreLine[],
  issues: IssueData[],
): { readonly id: string; readonly label: string }[] {
  if (phases.length === 0) issues.push(issue('no_cost_lines', {}, { path: ['phases'] }));
  const seen = new Set<string>();
  let count = 0;
  for (const [i, phase] of phases.entries()) {
    if (seen.has(phase.id))
      issues.push(issue('duplicate_id', { id: phase.id }, { path: ['phases', i, 'id'] }));
    seen.add(phase.id);
    count += phase.costs.length;
    linesOf(phase.costs, ['phases', i, 'costs'], phase.id, lines, issues);
  }
  if (count > MAX_LINES)
    issues.push(
      issue('input_too_large', { limit: 'items', maximum: MAX_LINES }, { path: ['phases'] }),
    );
  return phases.map((p) => Object.freeze({ id: p.id, label: p.label }));
}

/** The checks over the parsed input, and the input of the computation when none fails. */
function coreInputOf(
  parsed: ParsedCofinancingInput,
  issues: IssueData[],
): Omit<CoreInput, 'capOverride'> | undefined {
  const before = issues.length;
  const given: (typeof SOURCES)[number][] = [];
  for (const key of SOURCES) if (parsed[key] !== undefined) given.push(key);
  if (given.length === 0) issues.push(issue('no_cost_lines', {}));
  if (given.length > 1)
    issues.push(
      issue('invalid_value', { received: given.join(' + '), expected: SOURCES }, { path: [] }),
    );
  let lines: CoreLine[] = [];
  let phases: { readonly id: string; readonly label: string }[] | undefined;
  if (parsed.costs !== undefined) linesOf(parsed.costs, ['costs'], undefined, lines, issues);
  if (parsed.estimatedCost !== undefined) {
    const path = Object.freeze(['estimatedCost']);
    const amount = amountOf(parsed.estimatedCost, path, issues);
    if (amount !== undefined) lines = [{ path, category: 'rd-services', amount }];
  }
  if (parsed.phases !== undefined) {
    lines = [];
    phases = phasesOf(parsed.phases, lines, issues);
  }
  const requested =
    parsed.requested === undefined ? undefined : amountOf(parsed.requested, ['requested'], issues);
  if (issues.length > before) return undefined;
  const read: { -readonly [K in keyof CoreInput]: CoreInput[K] } = {
    lines,
    vat: parsed.vat ?? 'excluded',
  };
  if (requested !== undefined) read.requested = requested;
  if (phases !== undefined) read.phases = Object.freeze(phases);
  return read;
}

/**
 * Reads the input of `computeCofinancing`: guarded, parsed, checked. Problems go to `issues`
 * (then `undefined`).
 *
 * @throws Refusal `input_too_large` or `invalid_input` from the guard.
 * @internal
 */
export function readCofinancingInput(
  input: unknown,
  issues: IssueData[],
): Omit<CoreInput, 'capOverride'> | undefined {
  const { value, issues: guarded } = guard(input);
  issues.push(...guarded);
  const parsed = cofinancingSchemas().input.safeParse(value);
  if (!parsed.success) {
    issues.push(...fromZodIssues(parsed.error.issues, value));
    return undefined;
  }
  return coreInputOf(parsed.data, issues);
}

/**
 * Reads the input of `computeExpertiseSupport`: the requested amount. Problems go to `issues`
 * (then `undefined`).
 *
 * @throws Refusal `input_too_large` or `invalid_input` from the guard.
 * @internal
 */
export function readExpertiseInput(input: unknown, issues: IssueData[]): Money | undefined {
  const { value, issues: guarded } = guard(input);
  issues.push(...guarded);
  const parsed = cofinancingSchemas().expertise.safeParse(value);
  if (!parsed.success) {
    issues.push(...fromZodIssues(parsed.error.issues, value));
    return undefined;
  }
  return amountOf(parsed.data.requested, ['requested'], issues);
}
