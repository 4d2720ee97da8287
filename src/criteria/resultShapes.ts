import { z } from 'zod';
import { issueCodes } from '../issues/codes.js';
import { createIssue } from '../issues/createIssue.js';
import { PioRulesError } from '../issues/PioRulesError.js';
import { evaluationCriterionIds, exclusionCriterionIds } from './criterionIds.js';
import { quickScanReasonCodes } from './quickScanReasonCodes.js';

/**
 * The shapes the explain functions read, so a result that went through JSON (or was made by
 * hand) is checked before it is rendered: never a crash, an `undefined` or a `NaN` in the text.
 * Extra fields are allowed; lists and texts are bounded.
 *
 * @module
 * @internal
 */

const decimal = z
  .string()
  .max(60)
  .regex(/^-?\d+(?:\.\d+)?$/);
const text = z.string().max(10_000);
const localized = z.looseObject({ nl: text, en: text });

/** What {@link explainAssessment} reads of an assessment result. @internal */
export const assessmentResultShape = z.looseObject({
  decision: z.enum(['admitted', 'not-admitted']),
  callId: text,
  title: text,
  criteria: z
    .array(
      z.looseObject({
        label: localized,
        weight: decimal,
        score: decimal,
        threshold: decimal.nullable(),
        passed: z.boolean(),
        remark: text.nullable(),
        subCriteria: z
          .array(
            z.looseObject({
              label: localized,
              weight: decimal,
              score: decimal,
              remark: text.nullable(),
            }),
          )
          .max(100),
      }),
    )
    .max(100),
  total: decimal,
  totalThreshold: decimal.nullable(),
  totalPassed: z.boolean(),
  scale: z.looseObject({ min: decimal, max: decimal }),
  reasons: z
    .array(
      z.looseObject({
        code: z.enum(issueCodes),
        params: z.record(z.string(), z.unknown()),
        kind: z.enum(['exclusion', 'criterion', 'total']),
        criterionId: z.enum([...evaluationCriterionIds, ...exclusionCriterionIds]).nullable(),
      }),
    )
    .max(1_000),
  summary: text.nullable(),
  nextStep: z.enum(['guidance', 'resubmit-in-later-call']),
  scheme: z.looseObject({ status: z.enum(['published', 'assumed']) }),
});

/** What {@link explainQuickScan} reads of a quick-scan result. @internal */
export const quickScanResultShape = z.looseObject({
  light: z.enum(['green', 'orange', 'red']),
  reasons: z.array(z.enum(quickScanReasonCodes)).max(quickScanReasonCodes.length),
  nextStep: z.enum(['full-proposal', 'external-expertise', 'not-a-pio-project']),
});

/**
 * Checks a value against a shape.
 *
 * @param shape - The shape.
 * @param value - Anything.
 * @throws {@link PioRulesError} `invalid_type`, one issue per problem with its path.
 * @internal
 */
export function checkShape(shape: z.ZodType, value: unknown): void {
  const parsed = shape.safeParse(value);
  if (parsed.success) return;
  throw new PioRulesError(
    parsed.error.issues.map((zi) =>
      createIssue('invalid_type', {
        path: zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        params: { expected: zi.message, received: 'a value of another shape' },
      }),
    ),
  );
}
