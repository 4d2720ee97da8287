import * as z from 'zod/mini';

/**
 * The zod/mini schema of a scenario file: the structure only (strict objects, closed lists).
 * What a schema cannot say (one decision per scenario, issue codes that exist, paths in the
 * proposal's format) is checked after it by `checkScenarios`. `scripts/generate-schema.ts`
 * turns this schema into `schemas/scenario.schema.json` at build time; the library never
 * converts it at run time.
 *
 * @module
 */

const text = z.string().check(z.minLength(1));
/**
 * A path into a proposal or a result, written as the library writes paths (`formatPath`):
 * `applicant.organisationType`, `procurement.costs[0].amount`, `criteria["fit-with-pio"]`.
 */
const dottedPath = z
  .string()
  .check(
    z.regex(
      /^(?:[A-Z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])(?:\.[A-Z_$][\w$]*|\[\d{1,6}\]|\["(?:[^"\\]|\\.)*"\])*$/i,
    ),
  );
/** An amount in euro as decimal text, at most two decimals: `"1000000.00"`. */
const amount = z.string().check(z.regex(/^-?\d+(?:\.\d{1,2})?$/));
/** A date `YYYY-MM-DD` or an ISO 8601 instant with offset. */
const dateOrInstant = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/),
  );
const instant = z
  .string()
  .check(
    z.regex(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/,
      'instant',
    ),
  );
const code = z.string().check(z.regex(/^[a-z][a-z0-9_]*$/));

const source = z.strictObject({
  /** The sentence of the source, word for word. */
  quote: text,
  /** Where it is published. */
  url: z.string().check(z.regex(/^https?:\/\/\S+$/)),
});

const assumption = z.strictObject({
  /** The parameter whose assumed value the scenario tests (`calls.timeZone`). */
  parameter: text,
  /** Why, in a sentence. */
  note: z.optional(text),
});

/** A proposal written the short way: an example file, a few fields set or removed. */
const proposal = z.strictObject({
  from: text,
  set: z.optional(z.record(dottedPath, z.unknown())),
  remove: z.optional(z.array(dottedPath)),
});

const assess = z.strictObject({
  from: text,
  set: z.optional(z.record(dottedPath, z.unknown())),
  remove: z.optional(z.array(dottedPath)),
  scores: z.record(text, z.unknown()),
});

const quickScan = z.strictObject({
  solutionExists: z.enum(['yes', 'no', 'unknown']),
  rdNeeded: z.union([z.boolean(), z.string()]),
  endUserAndSupportBase: z.boolean(),
  procurementForeseen: z.boolean(),
});

const onTime = z.strictObject({
  call: text,
  submittedAt: instant,
});

const calls = z.strictObject({
  year: z.optional(z.number().check(z.int())),
  kind: z.optional(z.enum(['regular', 'thematic'])),
  from: z.optional(instant),
  to: z.optional(instant),
});

/** A what-if value of a parameter: one value for all its dates, or dated versions. */
const parameterVersion = z.strictObject({
  value: z.unknown(),
  validFrom: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  validUntil: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});
const parameterOverride = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.strictObject({ versions: z.array(parameterVersion).check(z.minLength(1)) }),
]);

const codeExpectation = z.union([
  code,
  z.strictObject({ code, path: z.optional(dottedPath), message: z.optional(text) }),
]);

const expectation = z.strictObject({
  valid: z.optional(z.boolean()),
  codes: z.optional(z.array(codeExpectation)),
  absent: z.optional(z.array(codeExpectation)),
  maximum: z.optional(amount),
  eligibleBase: z.optional(amount),
  uncapped: z.optional(amount),
  granted: z.optional(z.nullable(amount)),
  capped: z.optional(z.boolean()),
  rate: z.optional(z.string()),
  decision: z.optional(z.enum(['admitted', 'not-admitted'])),
  nextStep: z.optional(z.string()),
  exclusions: z.optional(z.array(text)),
  total: z.optional(z.string()),
  light: z.optional(z.enum(['green', 'orange', 'red'])),
  reasons: z.optional(z.array(code)),
  onTime: z.optional(z.boolean()),
  deadline: z.optional(instant),
  status: z.optional(z.enum(['published', 'announced', 'projected'])),
  calls: z.optional(z.array(text)),
});

/** One scenario. */
export const scenarioSchema = z.strictObject({
  name: text,
  source: z.optional(source),
  assumption: z.optional(assumption),
  validate: z.optional(proposal),
  cofinancing: z.optional(z.record(text, z.unknown())),
  assess: z.optional(assess),
  'quick-scan': z.optional(quickScan),
  'on-time': z.optional(onTime),
  calls: z.optional(calls),
  at: z.optional(dateOrInstant),
  locale: z.optional(z.enum(['nl', 'nl-BE', 'nl-NL', 'en', 'en-GB', 'en-US'])),
  parameters: z.optional(z.record(text, parameterOverride)),
  expect: expectation,
});

/** A scenario file: a list of scenarios, optionally with a topic. */
export const scenarioFileSchema = z.strictObject({
  topic: z.optional(text),
  scenarios: z.array(scenarioSchema).check(z.minLength(1)),
});
