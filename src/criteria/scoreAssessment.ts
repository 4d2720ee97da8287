import { createIssue } from '../issues/createIssue.js';
import type { IssueCode } from '../issues/codes.js';
import { describeType } from '../issues/describe.js';
import type { IssuePath, PioIssue } from '../issues/PioIssue.js';
import { D, type Dec } from '../money/decimal.js';
import { decimalString, isRecord, localized, toDecimal } from './internal.js';
import type { CriterionOutcome, SchemeCriterion, ScoringScheme } from './types.js';

/** What the scores of an assessment come to. @internal */
export interface Scored {
  /** Every criterion with its score and pass/fail. */
  readonly criteria: readonly CriterionOutcome[];
  /** The weighted total. */
  readonly total: Dec;
  /** The general remark, or `null`. */
  readonly summary: string | null;
}

const assessmentKeys = ['scores', 'remarks', 'summary'];
/** The longest remark or summary, in characters (the longest answer of a proposal). */
const MAX_REMARK = 10_000;

function add(
  issues: PioIssue[],
  code: IssueCode,
  path: IssuePath,
  params: Readonly<Record<string, unknown>>,
): void {
  issues.push(createIssue(code, { path, params }));
}

/** The ids that take a score: the sub-criteria, or the criterion itself when it has none. */
function scorableIds(criterion: SchemeCriterion): string[] {
  return criterion.subCriteria.length === 0
    ? [criterion.id]
    : criterion.subCriteria.map((sub) => sub.id);
}

function shown(value: unknown): string {
  return typeof value === 'number' || (typeof value === 'string' && value.length <= 40)
    ? String(value)
    : describeType(value);
}

function readScores(
  scheme: ScoringScheme,
  scores: Readonly<Record<string, unknown>>,
  issues: PioIssue[],
): Map<string, Dec> {
  const min = new D(scheme.scale.min);
  const max = new D(scheme.scale.max);
  const read = new Map<string, Dec>();
  const expected = scheme.criteria.flatMap(scorableIds);
  for (const id of expected) {
    const raw = Object.hasOwn(scores, id) ? scores[id] : undefined;
    const path = ['scores', id];
    if (raw === undefined) {
      add(issues, 'missing_score', path, { criterionId: id });
      continue;
    }
    const score = toDecimal(raw);
    if (score === undefined) {
      add(issues, 'invalid_type', path, {
        expected: 'a number or a decimal string such as "7.5"',
        received: shown(raw),
      });
    } else if (score.lt(min) || score.gt(max)) {
      add(issues, 'score_out_of_range', path, {
        criterionId: id,
        score: decimalString(score),
        min: scheme.scale.min,
        max: scheme.scale.max,
      });
    } else read.set(id, score);
  }
  for (const key of Object.keys(scores))
    if (!expected.includes(key))
      add(issues, 'unknown_criterion', ['scores', key], { criterionId: key, expected });
  return read;
}

function readRemarks(
  scheme: ScoringScheme,
  remarks: unknown,
  issues: PioIssue[],
): ReadonlyMap<string, string> {
  const read = new Map<string, string>();
  if (remarks === undefined) return read;
  if (!isRecord(remarks)) {
    add(issues, 'invalid_type', ['remarks'], {
      expected: 'object',
      received: describeType(remarks),
    });
    return read;
  }
  const allowed = scheme.criteria.flatMap((c) => [c.id, ...c.subCriteria.map((sub) => sub.id)]);
  for (const [key, value] of Object.entries(remarks)) {
    if (!allowed.includes(key))
      add(issues, 'unknown_criterion', ['remarks', key], { criterionId: key, expected: allowed });
    else if (typeof value !== 'string')
      add(issues, 'invalid_type', ['remarks', key], {
        expected: 'string',
        received: describeType(value),
      });
    else if (value.length > MAX_REMARK)
      add(issues, 'too_long', ['remarks', key], { maximum: MAX_REMARK });
    else read.set(key, value);
  }
  return read;
}

/**
 * Reads an assessment against a scheme and computes every criterion's score (the weighted mean
 * of its sub-criteria) and the weighted total, exactly. Problems are added to `issues` (missing,
 * out-of-range, malformed or unknown scores; never a silent zero); the result is then
 * `undefined`.
 *
 * @internal
 */
export function scoreAssessment(
  scheme: ScoringScheme,
  assessment: unknown,
  issues: PioIssue[],
): Scored | undefined {
  const before = issues.length;
  if (!isRecord(assessment)) {
    add(issues, 'invalid_type', [], { expected: 'object', received: describeType(assessment) });
    return undefined;
  }
  for (const key of Object.keys(assessment))
    if (!assessmentKeys.includes(key)) add(issues, 'unknown_key', [key], { key });
  const rawScores = assessment['scores'];
  let scores = new Map<string, Dec>();
  if (rawScores === undefined) add(issues, 'required', ['scores'], {});
  else if (!isRecord(rawScores))
    add(issues, 'invalid_type', ['scores'], {
      expected: 'object',
      received: describeType(rawScores),
    });
  else scores = readScores(scheme, rawScores, issues);
  const remarks = readRemarks(scheme, assessment['remarks'], issues);
  const summary = assessment['summary'];
  if (summary !== undefined && typeof summary !== 'string')
    add(issues, 'invalid_type', ['summary'], {
      expected: 'string',
      received: describeType(summary),
    });
  else if (typeof summary === 'string' && summary.length > MAX_REMARK)
    add(issues, 'too_long', ['summary'], { maximum: MAX_REMARK });
  if (issues.length > before) return undefined;

  const zero = new D(0);
  /* v8 ignore next -- every scorable id has a score once no issue was found */
  const scoreOf = (id: string): Dec => scores.get(id) ?? zero;
  let total = zero;
  const criteria = scheme.criteria.map((criterion): CriterionOutcome => {
    const subCriteria = criterion.subCriteria.map((sub) =>
      Object.freeze({
        id: sub.id,
        label: sub.label,
        weight: sub.weight,
        score: decimalString(scoreOf(sub.id)),
        remark: remarks.get(sub.id) ?? null,
      }),
    );
    const score =
      criterion.subCriteria.length === 0
        ? scoreOf(criterion.id)
        : criterion.subCriteria.reduce(
            (sum, sub) => sum.plus(new D(sub.weight).times(scoreOf(sub.id))),
            zero,
          );
    total = total.plus(new D(criterion.weight).times(score));
    const passed = criterion.threshold === null || score.gte(new D(criterion.threshold));
    return Object.freeze({
      criterionId: criterion.id,
      label: localized((t) => t.criteria[criterion.id].label),
      weight: criterion.weight,
      score: decimalString(score),
      threshold: criterion.threshold,
      passed,
      subCriteria: Object.freeze(subCriteria),
      remark: remarks.get(criterion.id) ?? null,
    });
  });
  return {
    criteria,
    total,
    summary: typeof summary === 'string' ? summary : null,
  };
}
