import { describeType } from '../issues/describe.js';
import type { IssuePath, PioIssue } from '../issues/PioIssue.js';
import { isNegative } from '../money/arithmetic.js';
import { eur } from '../money/eur.js';
import type { Money } from '../money/Money.js';
import { costCategories, type CostCategory } from './costCategories.js';
import { attempt, checkKeys, isRecord, report } from './internal.js';
import { resolveRuleDate, type RuleDate } from './ruleDate.js';
import type { VatTreatment } from './types.js';

/** A checked cost line. @internal */
export interface ParsedLine {
  readonly path: IssuePath;
  readonly category: CostCategory;
  readonly amount: Money;
  readonly label?: string;
  readonly phase?: number;
}

/** A checked phase. @internal */
export interface ParsedPhase {
  readonly id: string;
  readonly label: string;
}

/** A checked input. @internal */
export interface ParsedInput {
  readonly lines: readonly ParsedLine[];
  readonly phases?: readonly ParsedPhase[];
  readonly vat: VatTreatment;
  readonly requested?: Money;
  readonly rule: RuleDate;
  readonly capOverride?: Money;
}

const INPUT_KEYS = ['costs', 'estimatedCost', 'phases', 'vat', 'requested', 'at'];
const LINE_KEYS = ['category', 'amount', 'label'];
const PHASE_KEYS = ['id', 'label', 'costs'];
const SOURCES = ['costs', 'estimatedCost', 'phases'] as const;
const VAT_TREATMENTS: readonly VatTreatment[] = ['excluded', 'non-recoverable'];
/** At most this many cost lines (and phases) in one input: a proposal has at most 100. */
const MAX_LINES = 1_000;
/** The longest label or phase id, in characters. */
const MAX_TEXT = 1_000;

/** Reports a list longer than {@link MAX_LINES}; `true` when it is. */
function tooMany(list: readonly unknown[], path: IssuePath, issues: PioIssue[]): boolean {
  if (list.length <= MAX_LINES) return false;
  report(issues, 'input_too_large', path, {
    reason: `${String(list.length)} items, at most ${String(MAX_LINES)}`,
  });
  return true;
}

function received(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : describeType(value);
}

/** Reads a non-negative amount; problems go to `issues`. @internal */
export function parseAmount(
  value: unknown,
  path: IssuePath,
  issues: PioIssue[],
  negativeCode: 'negative_amount' | 'requested_negative',
): Money | undefined {
  if (value === undefined) {
    report(issues, 'required', path);
    return undefined;
  }
  const money = attempt(issues, path, () => eur(value as Money, { path }));
  if (money === undefined) return undefined;
  if (isNegative(money)) {
    report(issues, negativeCode, path, { amount: money.amount });
    return undefined;
  }
  return money;
}

function parseString(
  value: unknown,
  path: IssuePath,
  issues: PioIssue[],
  required: boolean,
): string | undefined {
  if (value === undefined) {
    if (required) report(issues, 'required', path);
    return undefined;
  }
  if (typeof value !== 'string' || (required && value.length === 0)) {
    report(issues, 'invalid_type', path, {
      expected: 'a non-empty string',
      received: received(value),
    });
    return undefined;
  }
  if (value.length > MAX_TEXT) {
    report(issues, 'too_long', path, { maximum: MAX_TEXT });
    return undefined;
  }
  return value;
}

function parseCategory(
  value: unknown,
  path: IssuePath,
  issues: PioIssue[],
): CostCategory | undefined {
  if (value === undefined) report(issues, 'required', path);
  else if (typeof value !== 'string')
    report(issues, 'invalid_type', path, { expected: 'string', received: describeType(value) });
  else if (!(costCategories as readonly string[]).includes(value))
    report(issues, 'invalid_value', path, { received: received(value), expected: costCategories });
  else return value as CostCategory;
  return undefined;
}

function parseLines(
  value: unknown,
  path: IssuePath,
  issues: PioIssue[],
  phase?: number,
): ParsedLine[] {
  if (!Array.isArray(value)) {
    report(issues, 'invalid_type', path, { expected: 'array', received: describeType(value) });
    return [];
  }
  if (value.length === 0) report(issues, 'no_cost_lines', path);
  const lines: ParsedLine[] = [];
  if (tooMany(value, path, issues)) return lines;
  value.forEach((line: unknown, i) => {
    const at = [...path, i];
    if (!isRecord(line)) {
      report(issues, 'invalid_type', at, { expected: 'object', received: describeType(line) });
      return;
    }
    checkKeys(line, LINE_KEYS, at, issues);
    const category = parseCategory(line['category'], [...at, 'category'], issues);
    const amount = parseAmount(line['amount'], [...at, 'amount'], issues, 'negative_amount');
    const label = parseString(line['label'], [...at, 'label'], issues, false);
    if (category === undefined || amount === undefined) return;
    // Assignments rather than conditional spreads: this runs for every line and spreads are slow.
    const parsed: { -readonly [K in keyof ParsedLine]: ParsedLine[K] } = {
      path: at,
      category,
      amount,
    };
    if (label !== undefined) parsed.label = label;
    if (phase !== undefined) parsed.phase = phase;
    lines.push(parsed);
  });
  return lines;
}

function parsePhases(
  value: unknown,
  issues: PioIssue[],
): { lines: ParsedLine[]; phases: ParsedPhase[] } {
  const lines: ParsedLine[] = [];
  const phases: ParsedPhase[] = [];
  if (!Array.isArray(value)) {
    report(issues, 'invalid_type', ['phases'], {
      expected: 'array',
      received: describeType(value),
    });
    return { lines, phases };
  }
  if (value.length === 0) report(issues, 'no_cost_lines', ['phases']);
  if (tooMany(value, ['phases'], issues)) return { lines, phases };
  const ids = new Set<string>();
  value.forEach((phase: unknown, i) => {
    const at = ['phases', i];
    if (!isRecord(phase)) {
      report(issues, 'invalid_type', at, { expected: 'object', received: describeType(phase) });
      return;
    }
    checkKeys(phase, PHASE_KEYS, at, issues);
    const id = parseString(phase['id'], [...at, 'id'], issues, true);
    if (id !== undefined && ids.has(id)) report(issues, 'duplicate_id', [...at, 'id'], { id });
    if (id !== undefined) ids.add(id);
    const label = parseString(phase['label'], [...at, 'label'], issues, true);
    lines.push(...parseLines(phase['costs'], [...at, 'costs'], issues, i));
    phases.push({ id: id ?? '', label: label ?? '' });
  });
  tooMany(lines, ['phases'], issues);
  return { lines, phases };
}

/**
 * Checks a cofinancing input and its options, collecting every problem. Returns the parsed input
 * only when there is none.
 *
 * @internal
 */
export function parseCofinancingInput(
  input: unknown,
  capOverride: unknown,
  issues: PioIssue[],
): ParsedInput | undefined {
  if (!isRecord(input)) {
    report(issues, 'invalid_type', [], { expected: 'object', received: describeType(input) });
    return undefined;
  }
  checkKeys(input, INPUT_KEYS, [], issues);
  const given = SOURCES.filter((key) => input[key] !== undefined);
  if (given.length === 0) report(issues, 'no_cost_lines', []);
  if (given.length > 1)
    report(issues, 'invalid_value', [], {
      received: given.join(' + '),
      expected: SOURCES.join(' | '),
    });
  let lines: ParsedLine[] = [];
  let phases: ParsedPhase[] | undefined;
  if (input['costs'] !== undefined) lines = parseLines(input['costs'], ['costs'], issues);
  if (input['estimatedCost'] !== undefined) {
    const amount = parseAmount(
      input['estimatedCost'],
      ['estimatedCost'],
      issues,
      'negative_amount',
    );
    if (amount !== undefined)
      lines = [{ path: ['estimatedCost'], category: 'rd-services', amount }];
  }
  if (input['phases'] !== undefined) ({ lines, phases } = parsePhases(input['phases'], issues));
  const vat = input['vat'] ?? 'excluded';
  if (!(VAT_TREATMENTS as readonly unknown[]).includes(vat))
    report(issues, 'invalid_value', ['vat'], { received: received(vat), expected: VAT_TREATMENTS });
  const requested =
    input['requested'] === undefined
      ? undefined
      : parseAmount(input['requested'], ['requested'], issues, 'requested_negative');
  const cap =
    capOverride === undefined
      ? undefined
      : parseAmount(capOverride, ['options', 'capOverride'], issues, 'negative_amount');
  const rule = resolveRuleDate(input['at'], ['at'], issues);
  if (issues.length > 0 || rule === undefined) return undefined;
  const parsed: { -readonly [K in keyof ParsedInput]: ParsedInput[K] } = {
    lines,
    vat: vat as VatTreatment,
    rule,
  };
  if (phases !== undefined) parsed.phases = phases;
  if (requested !== undefined) parsed.requested = requested;
  if (cap !== undefined) parsed.capOverride = cap;
  return parsed;
}
