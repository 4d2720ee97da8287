import * as z from 'zod/mini';
import { strictObject } from '../input/object.js';
import { lazily } from '../input/lazily.js';
import { issue, type IssueData } from '../issues/issue.js';
import { fromZodIssues } from '../issues/zod.js';
import { D, type Dec } from '../money/decimal.js';
import {
  criteriaText,
  decimalInputSchema,
  decimalOfInput,
  decimalString,
  type SchemeCriterion,
  type ScoringScheme,
} from '../parameters/scoringScheme.js';
import type { CriterionOutcome } from './types.js';

/** The longest remark or summary, in characters (the longest answer of a proposal). */
const MAX_REMARK = 10_000;

/** The structure of an assessment (made on first use); which ids it scores is checked against the scheme. */
const assessmentSchema = lazily(() => {
  const remark = z.string().check(z.maxLength(MAX_REMARK));
  return strictObject({
    // An undefined score is missing (`missing_score`, below), as an absent one.
    scores: z.record(z.string(), z.optional(decimalInputSchema())),
    remarks: z.optional(z.record(z.string(), remark)),
    summary: z.optional(remark),
  });
});

/** What the scores of an assessment come to. @internal */
export interface Scored {
  /** Every criterion with its score and pass/fail. */
  readonly criteria: readonly CriterionOutcome[];
  /** The weighted total. */
  readonly total: Dec;
  /** The general remark, or `null`. */
  readonly summary: string | null;
}

/** The ids that take a score: the sub-criteria, or the criterion itself when it has none. */
function scorableIds(criterion: SchemeCriterion): string[] {
  return criterion.subCriteria.length === 0
    ? [criterion.id]
    : criterion.subCriteria.map((sub) => sub.id);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The problems of an assessment against a scheme, in one pass: its structure (through the one
 * zod mapper: a score that is not a number or a decimal string, a remark that is not text or is
 * too long, an unknown key), then what only the scheme can say: a score missing
 * (`missing_score`), outside the scale (`score_out_of_range`) or for an id the scheme does not
 * score (`unknown_criterion`), and a remark for an id the scheme does not have.
 */
function problems(scheme: ScoringScheme, value: unknown, zodIssues: IssueData[]): IssueData[] {
  const found = [...zodIssues];
  if (!isRecord(value)) return found;
  const scores = value['scores'];
  if (isRecord(scores)) {
    const min = new D(scheme.scale.min);
    const max = new D(scheme.scale.max);
    const expected = scheme.criteria.flatMap(scorableIds);
    for (const id of expected) {
      const path = ['scores', id];
      if (!Object.hasOwn(scores, id) || scores[id] === undefined) {
        found.push(issue('missing_score', { criterionId: id }, { path }));
        continue;
      }
      const read = decimalInputSchema().safeParse(scores[id]);
      if (!read.success) continue; // its structure issue is already in the list
      const score = decimalOfInput(read.data);
      if (score.lt(min) || score.gt(max))
        found.push(
          issue(
            'score_out_of_range',
            {
              criterionId: id,
              score: decimalString(score),
              min: scheme.scale.min,
              max: scheme.scale.max,
            },
            { path },
          ),
        );
    }
    for (const key of Object.keys(scores))
      if (!expected.includes(key))
        found.push(
          issue('unknown_criterion', { criterionId: key, expected }, { path: ['scores', key] }),
        );
  }
  const remarks = value['remarks'];
  if (isRecord(remarks)) {
    const allowed = scheme.criteria.flatMap((c) => [c.id, ...c.subCriteria.map((sub) => sub.id)]);
    for (const key of Object.keys(remarks))
      if (!allowed.includes(key))
        found.push(
          issue(
            'unknown_criterion',
            { criterionId: key, expected: allowed },
            { path: ['remarks', key] },
          ),
        );
  }
  return found;
}

/**
 * Reads an assessment (already guarded) against a scheme and computes every criterion's score
 * (the weighted mean of its sub-criteria) and the weighted total, exactly. Every problem is
 * added to `found` (never a silent zero); the result is then `undefined`.
 *
 * @internal
 */
export function scoreAssessment(
  scheme: ScoringScheme,
  value: unknown,
  found: IssueData[],
): Scored | undefined {
  const parsed = assessmentSchema().safeParse(value);
  const issues = problems(
    scheme,
    value,
    parsed.success ? [] : fromZodIssues(parsed.error.issues, value),
  );
  found.push(...issues);
  if (!parsed.success || issues.length > 0) return undefined;

  const { scores, remarks = {}, summary } = parsed.data;
  const scoreOf = (id: string): Dec => decimalOfInput(scores[id] as string | number);
  const remarkMap = new Map(Object.entries(remarks));
  const remarkOf = (id: string): string | null => remarkMap.get(id) ?? null;
  let total = new D(0);
  const criteria = scheme.criteria.map((criterion): CriterionOutcome => {
    const subCriteria = criterion.subCriteria.map((sub) =>
      Object.freeze({
        id: sub.id,
        label: sub.label,
        weight: sub.weight,
        score: decimalString(scoreOf(sub.id)),
        remark: remarkOf(sub.id),
      }),
    );
    const score =
      criterion.subCriteria.length === 0
        ? scoreOf(criterion.id)
        : criterion.subCriteria.reduce(
            (sum, sub) => sum.plus(new D(sub.weight).times(scoreOf(sub.id))),
            new D(0),
          );
    total = total.plus(new D(criterion.weight).times(score));
    return Object.freeze({
      criterionId: criterion.id,
      label: criteriaText((t) => t.criteria[criterion.id].label),
      weight: criterion.weight,
      score: decimalString(score),
      threshold: criterion.threshold,
      passed: criterion.threshold === null || score.gte(criterion.threshold),
      subCriteria: Object.freeze(subCriteria),
      remark: remarkOf(criterion.id),
    });
  });
  return { criteria: Object.freeze(criteria), total, summary: summary ?? null };
}

/** The structure of an assessment (for the OpenAPI document of `pio-rules serve`). @internal */
export { assessmentSchema };
