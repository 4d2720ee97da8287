import { z } from 'zod';
import { createIssue } from '../issues/createIssue.js';
import type { IssueCode } from '../issues/codes.js';
import type { IssuePath, PioIssue } from '../issues/PioIssue.js';
import type { SafeResult } from '../issues/Result.js';
import type { Dec } from '../money/decimal.js';
import { D } from '../money/decimal.js';
import {
  evaluationCriterionIds,
  subCriterionIds,
  type EvaluationCriterionId,
  type SubCriterionId,
} from './criterionIds.js';
import { decimalString, localized, toDecimal } from './internal.js';
import type { SchemeCriterion, SchemeSubCriterion, ScoringScheme } from './types.js';

// Bounded: a decimal string of more than 60 characters is refused (never read as zero), and so
// are ids, texts and lists far beyond any real scheme.
const decimal = z.union([
  z.number().refine(Number.isFinite, 'a finite number'),
  z
    .string()
    .max(60)
    .regex(/^-?\d+(?:\.\d+)?$/, 'a decimal string such as "7.5"'),
]);
const text = z
  .object({ nl: z.string().min(1).max(1_000), en: z.string().min(1).max(1_000) })
  .strict();
const subCriterion = z
  .object({
    id: z.string().min(1).max(100),
    weight: decimal,
    label: text.optional(),
    description: text.optional(),
  })
  .strict();
const criterion = z
  .object({
    id: z.string().min(1).max(100),
    weight: decimal,
    threshold: decimal.optional(),
    subCriteria: z.array(subCriterion).max(100).optional(),
  })
  .strict();
const schemeShape = z
  .object({
    scale: z.object({ min: decimal, max: decimal }).strict(),
    totalThreshold: decimal.optional(),
    criteria: z.array(criterion).max(100),
  })
  .strict();

/** The successful output of {@link validateScoringScheme}. */
export interface ScoringSchemeOutput {
  /** The checked scheme. */
  readonly scheme: ScoringScheme;
}

type Shape = z.infer<typeof schemeShape>;
type CriterionShape = Shape['criteria'][number];
interface Bounds {
  readonly min: Dec;
  readonly max: Dec;
  /** `false` when min is not below max: thresholds are then not checked against it. */
  readonly ok: boolean;
}

const ONE = new D(1);

/** The issues of one scheme, collected in a single pass. */
class Problems {
  readonly issues: PioIssue[] = [];
  add(code: IssueCode, path: IssuePath, params: Readonly<Record<string, unknown>>): void {
    this.issues.push(createIssue(code, { path, params }));
  }
}

/** Reads a number the zod shape has already accepted. */
function num(value: number | string): Dec {
  return toDecimal(value) ?? new D(0);
}

function checkWeights(
  weights: readonly { readonly weight: number | string }[],
  path: IssuePath,
  problems: Problems,
  criterionId?: string,
): void {
  let sum = new D(0);
  weights.forEach((w, i) => {
    const weight = num(w.weight);
    if (weight.isNegative() && !weight.isZero())
      problems.add('invalid_scheme', [...path, i, 'weight'], {
        reason: `weight ${decimalString(weight)} is negative`,
      });
    sum = sum.plus(weight);
  });
  if (!sum.eq(ONE))
    problems.add('weights_do_not_sum', path, {
      sum: decimalString(sum),
      expected: '1',
      ...(criterionId === undefined ? {} : { criterionId }),
    });
}

function checkThreshold(
  value: number | string | undefined,
  scale: Bounds,
  path: IssuePath,
  problems: Problems,
): string | null {
  if (value === undefined) return null;
  const threshold = num(value);
  if (scale.ok && (threshold.lt(scale.min) || threshold.gt(scale.max)))
    problems.add('threshold_outside_scale', path, {
      threshold: decimalString(threshold),
      min: decimalString(scale.min),
      max: decimalString(scale.max),
    });
  return decimalString(threshold);
}

function isBuiltInSub(id: string): id is SubCriterionId {
  return (subCriterionIds as readonly string[]).includes(id);
}

function isEvaluationId(id: string): id is EvaluationCriterionId {
  return (evaluationCriterionIds as readonly string[]).includes(id);
}

function checkSubCriteria(
  input: CriterionShape,
  path: IssuePath,
  seen: Set<string>,
  problems: Problems,
): SchemeSubCriterion[] {
  const subs = input.subCriteria ?? [];
  const result = subs.map((sub, j): SchemeSubCriterion => {
    const subPath = [...path, 'subCriteria', j];
    if (seen.has(sub.id)) problems.add('duplicate_id', [...subPath, 'id'], { id: sub.id });
    seen.add(sub.id);
    const builtIn = isBuiltInSub(sub.id) ? sub.id : undefined;
    if (builtIn === undefined && sub.label === undefined)
      problems.add('unknown_criterion', [...subPath, 'id'], {
        criterionId: sub.id,
        expected: [...subCriterionIds],
        reason: 'an own sub-criterion needs a label',
      });
    const label =
      sub.label ??
      (builtIn === undefined
        ? { nl: sub.id, en: sub.id }
        : localized((t) => t.subCriteria[builtIn].label));
    const description =
      sub.description ??
      (builtIn === undefined || sub.label !== undefined
        ? label
        : localized((t) => t.subCriteria[builtIn].description));
    return Object.freeze({
      id: sub.id,
      weight: decimalString(num(sub.weight)),
      label: Object.freeze({ ...label }),
      description: Object.freeze({ ...description }),
    });
  });
  if (subs.length > 0) checkWeights(subs, [...path, 'subCriteria'], problems, input.id);
  return result;
}

function checkCriteria(shape: Shape, scale: Bounds, problems: Problems): SchemeCriterion[] {
  const seen = new Set<string>(evaluationCriterionIds);
  const found = new Set<string>();
  const criteria: SchemeCriterion[] = [];
  shape.criteria.forEach((input, i) => {
    const path = ['criteria', i];
    if (found.has(input.id)) problems.add('duplicate_id', [...path, 'id'], { id: input.id });
    else if (!isEvaluationId(input.id))
      problems.add('unknown_criterion', [...path, 'id'], {
        criterionId: input.id,
        expected: [...evaluationCriterionIds],
      });
    found.add(input.id);
    const threshold = checkThreshold(input.threshold, scale, [...path, 'threshold'], problems);
    const subCriteria = checkSubCriteria(input, path, seen, problems);
    if (isEvaluationId(input.id))
      criteria.push(
        Object.freeze({
          id: input.id,
          weight: decimalString(num(input.weight)),
          threshold,
          subCriteria: Object.freeze(subCriteria),
        }),
      );
  });
  for (const id of evaluationCriterionIds)
    if (!found.has(id))
      problems.add('invalid_scheme', ['criteria'], {
        reason: `the main criterion "${id}" is missing`,
        criterionId: id,
      });
  checkWeights(shape.criteria, ['criteria'], problems);
  return criteria.sort(
    (a, b) => evaluationCriterionIds.indexOf(a.id) - evaluationCriterionIds.indexOf(b.id),
  );
}

/**
 * Checks a scoring scheme and reports every problem at once: its shape (`invalid_scheme`), a
 * scale whose minimum is not below its maximum (`invalid_scheme`), weights that do not add up
 * to exactly 1, of the main criteria or of a criterion's sub-criteria (`weights_do_not_sum`), a
 * negative weight (`invalid_scheme`), a threshold outside the scale (`threshold_outside_scale`),
 * a main criterion that is missing (`invalid_scheme`), unknown (`unknown_criterion`) or listed
 * twice (`duplicate_id`), and an own sub-criterion without a label (`unknown_criterion`).
 * Weights are exact decimals: `'0.3'`, never a float sum.
 *
 * @param input - A scheme, as {@link ScoringSchemeInput} or as read from JSON.
 * @returns `{ success: true, scheme }` with canonical decimal strings, or `{ success: false, issues }`.
 * @example
 * ```ts
 * const result = validateScoringScheme({
 *   scale: { min: 0, max: 10 },
 *   criteria: [
 *     { id: 'fit-with-pio', weight: '0.5' },
 *     { id: 'relevance-and-impact', weight: '0.4' },
 *     { id: 'quality-of-approach', weight: '0.3', threshold: 12 },
 *   ],
 * });
 * result.success ? [] : result.issues.map((issue) => issue.code);
 * //=> ['threshold_outside_scale', 'weights_do_not_sum']
 * ```
 */
export function validateScoringScheme(input: unknown): SafeResult<ScoringSchemeOutput> {
  const parsed = schemeShape.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((zi) =>
      createIssue('invalid_scheme', {
        path: zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        params: { reason: zi.message },
      }),
    );
    return Object.freeze({ success: false, issues: Object.freeze(issues) });
  }
  const shape = parsed.data;
  const problems = new Problems();
  const min = num(shape.scale.min);
  const max = num(shape.scale.max);
  const scale: Bounds = { min, max, ok: min.lt(max) };
  if (!scale.ok)
    problems.add('invalid_scheme', ['scale'], {
      reason: `the scale's minimum ${decimalString(scale.min)} is not below its maximum ${decimalString(scale.max)}`,
    });
  const criteria = checkCriteria(shape, scale, problems);
  const totalThreshold = checkThreshold(shape.totalThreshold, scale, ['totalThreshold'], problems);
  if (problems.issues.length > 0)
    return Object.freeze({ success: false, issues: Object.freeze(problems.issues) });
  const scheme: ScoringScheme = Object.freeze({
    scale: Object.freeze({ min: decimalString(scale.min), max: decimalString(scale.max) }),
    totalThreshold,
    criteria: Object.freeze(criteria),
  });
  return Object.freeze({ success: true, scheme });
}
