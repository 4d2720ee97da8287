import * as z from 'zod/mini';
import { strictObject } from '../input/object.js';
import { lazily } from '../input/lazily.js';
import { issue, withPathPrefix, type IssueData, type IssuePath } from '../issues/issue.js';
import { fromZodIssues } from '../issues/zod.js';
import type { CriteriaTexts } from '../locales/LocaleTable.js';
import type { LocalizedText } from '../locales/LocalizedText.js';
import { localeTables } from '../locales/render.js';
import { D, type Dec } from '../money/decimal.js';
import {
  evaluationCriterionIds,
  subCriterionIds,
  type EvaluationCriterionId,
  type SubCriterionId,
} from '../vocabulary/criteria.js';

/**
 * The scoring scheme of the evaluation criteria (parameter `criteria.scoringScheme`): its input
 * format, its zod schema, the one check of its structure and arithmetic (run when a registry is
 * made, and by `createScoringScheme`), and the normalised form the assessment reads.
 *
 * @module
 */

/** A number in a scoring scheme or an assessment: a JS number or a decimal string (`'7.5'`). */
export type DecimalInput = number | string;

/** The scale of a scoring scheme, as given. */
export interface ScaleInput {
  /** Lowest score. */
  readonly min: DecimalInput;
  /** Highest score (above `min`). */
  readonly max: DecimalInput;
}

/** A sub-criterion of a scoring scheme, as given. */
export interface SchemeSubCriterionInput {
  /** A built-in sub-criterion id (`'market-gap'`), or an own id with a `label`. */
  readonly id: string;
  /** Weight within its criterion, from 0 to 1; the weights of a criterion add up to 1. */
  readonly weight: DecimalInput;
  /** Name, required for an own id (default for a built-in one: the built-in name). */
  readonly label?: LocalizedText | undefined;
  /** What assessors look at (default: the built-in text, or the label). */
  readonly description?: LocalizedText | undefined;
}

/** An evaluation criterion of a scoring scheme, as given. */
export interface SchemeCriterionInput {
  /** One of the three main criteria. */
  readonly id: string;
  /** Weight in the total, from 0 to 1; the weights of the three add up to 1. */
  readonly weight: DecimalInput;
  /** Lowest score that passes (inclusive), on the scale; absent: no threshold. */
  readonly threshold?: DecimalInput | undefined;
  /** Sub-criteria; absent or empty: the criterion is scored directly. */
  readonly subCriteria?: readonly SchemeSubCriterionInput[] | undefined;
}

/**
 * A scoring scheme as given: what the `criteria.scoringScheme` parameter holds and what
 * `createScoringScheme` checks.
 */
export interface ScoringSchemeInput {
  /** The scale of every score. */
  readonly scale: ScaleInput;
  /** Lowest weighted total that passes (inclusive); absent: no threshold. */
  readonly totalThreshold?: DecimalInput | undefined;
  /** Exactly the three main criteria. */
  readonly criteria: readonly SchemeCriterionInput[];
}

/** The scale of a checked scoring scheme. */
export interface Scale {
  /** Lowest score, a decimal string. */
  readonly min: string;
  /** Highest score, a decimal string. */
  readonly max: string;
}

/** A sub-criterion of a checked scoring scheme. */
export interface SchemeSubCriterion {
  /** Id, unique in the scheme. */
  readonly id: string;
  /** Weight within its criterion, a decimal string. */
  readonly weight: string;
  /** Name in Dutch and English. */
  readonly label: LocalizedText;
  /** What assessors look at. */
  readonly description: LocalizedText;
}

/** An evaluation criterion of a checked scoring scheme. */
export interface SchemeCriterion {
  /** One of the three main criteria. */
  readonly id: EvaluationCriterionId;
  /** Weight in the total, a decimal string. */
  readonly weight: string;
  /** Lowest score that passes (inclusive), or `null` for none. */
  readonly threshold: string | null;
  /** Sub-criteria (empty: scored directly). */
  readonly subCriteria: readonly SchemeSubCriterion[];
}

/** A checked scoring scheme: every number a canonical decimal string, weights adding up to 1. */
export interface ScoringScheme {
  /** The scale of every score. */
  readonly scale: Scale;
  /** Lowest weighted total that passes (inclusive), or `null` for none. */
  readonly totalThreshold: string | null;
  /** The three main criteria, in the order of the catalogue. */
  readonly criteria: readonly SchemeCriterion[];
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * A number of a scheme or an assessment: a finite JS number, or a decimal string of at most 60
 * characters (`'7.5'`; never `'7,5'` or `'1e3'`). `NaN` and the infinities are read as the texts
 * they are, so they get the same `invalid_format` as `'7,5'`.
 *
 * @internal
 */
export const decimalInputSchema = lazily(() =>
  z.pipe(
    z.transform((value: unknown) =>
      typeof value === 'number' && !Number.isFinite(value) ? String(value) : value,
    ),
    z.union([z.string().check(z.maxLength(60), z.regex(DECIMAL, 'decimal')), z.number()]),
  ),
);

/**
 * The structure of a scoring scheme (the arithmetic is {@link checkScoringScheme}'s). Bounded:
 * 100 criteria, 100 sub-criteria each, ids of 100 characters, texts of 1,000, decimals of 60.
 *
 * Made on first use.
 *
 * @internal
 */
export const scoringSchemeSchema = lazily(() => {
  const decimal = decimalInputSchema();
  const text = strictObject({
    nl: z.string().check(z.minLength(1), z.maxLength(1_000)),
    en: z.string().check(z.minLength(1), z.maxLength(1_000)),
  });

  const subCriterionSchema = strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    weight: decimal,
    label: z.optional(text),
    description: z.optional(text),
  });

  const criterionSchema = strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    weight: decimal,
    threshold: z.optional(decimal),
    subCriteria: z.optional(z.array(subCriterionSchema).check(z.maxLength(100))),
  });

  return strictObject({
    scale: strictObject({ min: decimal, max: decimal }),
    totalThreshold: z.optional(decimal),
    criteria: z.array(criterionSchema).check(z.maxLength(100)),
  });
});

/**
 * A decimal as the library writes it: no exponent, no trailing zeros, no `-0`.
 *
 * @internal
 */
export function decimalString(value: Dec): string {
  return value.isZero() ? '0' : value.toFixed();
}

/**
 * The exact decimal of a number the schema accepted.
 *
 * @internal
 */
export function decimalOfInput(value: DecimalInput): Dec {
  return new D(value);
}

/**
 * A text of the criteria tables in both languages.
 *
 * @internal
 */
export function criteriaText(pick: (texts: CriteriaTexts) => string): LocalizedText {
  return Object.freeze({ nl: pick(localeTables.nl.criteria), en: pick(localeTables.en.criteria) });
}

function isBuiltInSub(id: string): id is SubCriterionId {
  return (subCriterionIds as readonly string[]).includes(id);
}

function isEvaluationId(id: string): id is EvaluationCriterionId {
  return (evaluationCriterionIds as readonly string[]).includes(id);
}

/** The arithmetic of a scheme whose structure is right, at paths from the scheme's root. */
function arithmetic(scheme: ScoringSchemeInput): IssueData[] {
  const found: IssueData[] = [];
  const min = decimalOfInput(scheme.scale.min);
  const max = decimalOfInput(scheme.scale.max);
  const scaleOk = min.lt(max);
  if (!scaleOk)
    found.push(
      issue(
        'scale_reversed',
        { min: decimalString(min), max: decimalString(max) },
        { path: ['scale'] },
      ),
    );

  const threshold = (value: DecimalInput | undefined, path: IssuePath): void => {
    if (value === undefined || !scaleOk) return;
    const t = decimalOfInput(value);
    if (t.lt(min) || t.gt(max))
      found.push(
        issue(
          'threshold_outside_scale',
          { threshold: decimalString(t), min: decimalString(min), max: decimalString(max) },
          { path },
        ),
      );
  };

  const weights = (
    items: readonly { readonly weight: DecimalInput }[],
    path: IssuePath,
    criterionId?: string,
  ): void => {
    let sum = new D(0);
    items.forEach((item, i) => {
      const weight = decimalOfInput(item.weight);
      if (weight.isNegative() && !weight.isZero())
        found.push(issue('too_small', { minimum: '0' }, { path: [...path, i, 'weight'] }));
      sum = sum.plus(weight);
    });
    if (!sum.eq(1))
      found.push(
        issue(
          'weights_do_not_sum',
          {
            sum: decimalString(sum),
            expected: '1',
            ...(criterionId === undefined ? {} : { criterionId }),
          },
          { path },
        ),
      );
  };

  // Sub-criterion ids are unique in the whole scheme and never a main criterion's id.
  const seen = new Set<string>(evaluationCriterionIds);
  const main = new Set<string>();
  scheme.criteria.forEach((criterion, i) => {
    const path = ['criteria', i];
    if (main.has(criterion.id))
      found.push(issue('duplicate_id', { id: criterion.id }, { path: [...path, 'id'] }));
    else if (!isEvaluationId(criterion.id))
      found.push(
        issue(
          'unknown_criterion',
          { criterionId: criterion.id, expected: [...evaluationCriterionIds] },
          { path: [...path, 'id'] },
        ),
      );
    main.add(criterion.id);
    threshold(criterion.threshold, [...path, 'threshold']);
    const subs = criterion.subCriteria ?? [];
    subs.forEach((sub, j) => {
      const subPath = [...path, 'subCriteria', j, 'id'];
      if (seen.has(sub.id)) found.push(issue('duplicate_id', { id: sub.id }, { path: subPath }));
      else if (!isBuiltInSub(sub.id) && sub.label === undefined)
        found.push(
          issue(
            'unknown_criterion',
            { criterionId: sub.id, expected: [...subCriterionIds], ownNeedsLabel: true },
            { path: subPath },
          ),
        );
      seen.add(sub.id);
    });
    if (subs.length > 0) weights(subs, [...path, 'subCriteria'], criterion.id);
  });
  for (const id of evaluationCriterionIds)
    if (!main.has(id))
      found.push(issue('missing_criterion', { criterionId: id }, { path: ['criteria'] }));
  weights(scheme.criteria, ['criteria']);
  threshold(scheme.totalThreshold, ['totalThreshold']);
  return found;
}

/**
 * Checks a scoring scheme and reports every problem at once, at paths that start with `path`:
 * its structure (through the one zod mapper: `required`, `invalid_type`, `unknown_key`,
 * `invalid_format` for a number that is not a decimal, `too_long`, ...), then its arithmetic: a
 * scale whose minimum is not below its maximum (`scale_reversed`), a negative weight
 * (`too_small`), weights of the main criteria or of a criterion's sub-criteria that do not add
 * up to exactly 1 (`weights_do_not_sum`; exact decimals, never a float sum), a threshold outside
 * the scale (`threshold_outside_scale`), a main criterion unknown (`unknown_criterion`), listed
 * twice (`duplicate_id`) or missing (`missing_criterion`), a sub-criterion id used twice
 * (`duplicate_id`), and an own sub-criterion without a label (`unknown_criterion`).
 *
 * A registry runs it on every version of `criteria.scoringScheme` when it is made; the
 * assessment then trusts the registry.
 *
 * @internal
 */
export function checkScoringScheme(value: unknown, path: IssuePath): IssueData[] {
  const parsed = scoringSchemeSchema().safeParse(value);
  if (!parsed.success) return fromZodIssues(parsed.error.issues, value, path);
  return arithmetic(parsed.data).map((found) => withPathPrefix(path, found));
}

/**
 * A checked scheme in its normalised form: canonical decimal strings, the main criteria in the
 * order of the catalogue, every sub-criterion with its label and description (the built-in
 * texts for a built-in id), frozen. It trusts that the value passed {@link checkScoringScheme}.
 *
 * @internal
 */
export function toScoringScheme(value: ScoringSchemeInput): ScoringScheme {
  const optional = (input: DecimalInput | undefined): string | null =>
    input === undefined ? null : decimalString(decimalOfInput(input));
  const subCriterion = (sub: SchemeSubCriterionInput): SchemeSubCriterion => {
    // The check let a sub-criterion without a label through only for a built-in id.
    const builtIn = sub.id as SubCriterionId;
    const label = sub.label ?? criteriaText((t) => t.subCriteria[builtIn].label);
    const description =
      sub.description ??
      (sub.label === undefined ? criteriaText((t) => t.subCriteria[builtIn].description) : label);
    return Object.freeze({
      id: sub.id,
      weight: decimalString(decimalOfInput(sub.weight)),
      label: Object.freeze({ nl: label.nl, en: label.en }),
      description: Object.freeze({ nl: description.nl, en: description.en }),
    });
  };
  // The check let exactly the three main criteria through; here they take the catalogue's order.
  const order = (id: string): number => evaluationCriterionIds.indexOf(id as EvaluationCriterionId);
  const criteria = [...value.criteria]
    .sort((a, b) => order(a.id) - order(b.id))
    .map((criterion): SchemeCriterion =>
      Object.freeze({
        id: criterion.id as EvaluationCriterionId,
        weight: decimalString(decimalOfInput(criterion.weight)),
        threshold: optional(criterion.threshold),
        subCriteria: Object.freeze((criterion.subCriteria ?? []).map(subCriterion)),
      }),
    );
  return Object.freeze({
    scale: Object.freeze({
      min: decimalString(decimalOfInput(value.scale.min)),
      max: decimalString(decimalOfInput(value.scale.max)),
    }),
    totalThreshold: optional(value.totalThreshold),
    criteria: Object.freeze(criteria),
  });
}
