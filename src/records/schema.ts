import * as z from 'zod/mini';
import { lazily } from '../input/lazily.js';

/**
 * The zod schema of a decision record (`pio-rules/decision@1`), written with `zod/mini`: the
 * JSON Schema `schemas/decision-record.schema.json` is generated from it at build time. Made on
 * first use (importing the records entry builds no schema): call it to get the schema.
 *
 * @internal
 */
export const decisionRecordSchema = lazily(() => {
  const hex = z.string().check(z.regex(/^[0-9a-f]{64}$/));
  const path = z.array(z.union([z.string(), z.number()]));
  const json = z.json();
  const params = z.record(z.string(), json);
  const issue = z.strictObject({
    code: z.string(),
    severity: z.enum(['error', 'warning']),
    path,
    params,
  });
  const rulesDigest = z.strictObject({ digest: hex, builtIn: z.boolean() });
  const used = z.strictObject({
    id: z.string(),
    validFrom: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date')),
    value: json,
    status: z.enum(['published', 'assumed']),
    source: z.looseObject({ title: z.string(), url: z.string(), quote: z.optional(z.string()) }),
  });
  const ruleStep = z.strictObject({
    type: z.literal('rule'),
    id: z.string(),
    outcome: z.enum(['pass', 'warning', 'fail']),
    reads: z.array(z.string()),
    text: z.string(),
    issues: z.array(z.strictObject({ code: z.string(), path })),
  });
  const computationStep = z.strictObject({
    type: z.literal('computation'),
    code: z.string(),
    params,
    parameters: z.array(z.strictObject({ id: z.string(), validFrom: z.string() })),
    assumption: z.boolean(),
    text: z.string(),
  });
  const recordedAt = z.union([
    z.string(),
    z.number(),
    z.strictObject({ id: z.string(), deadlineDate: z.string() }),
  ]);
  const outcome = z.union([
    z.strictObject({
      success: z.literal(true),
      data: params,
      warnings: z.array(issue),
      digest: hex,
    }),
    z.strictObject({ success: z.literal(false), issues: z.array(issue), digest: hex }),
  ]);
  return z.strictObject({
    format: z.literal('pio-rules/decision@1'),
    library: z.strictObject({ name: z.string(), version: z.string() }),
    kind: z.enum(['validation', 'cofinancing', 'assessment', 'quick-scan', 'on-time']),
    decidedAt: z
      .string()
      .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'instant')),
    options: z.strictObject({ at: z.nullable(recordedAt), locale: z.string() }),
    input: z.strictObject({ canonical: z.string(), digest: hex }),
    rules: z.strictObject({
      parameters: rulesDigest,
      calendar: z.nullable(rulesDigest),
      used: z.array(used),
      digest: hex,
    }),
    trace: z.strictObject({
      steps: z.array(z.union([ruleStep, computationStep])),
      digest: hex,
    }),
    outcome,
    digest: hex,
  });
});
