import * as z from 'zod/mini';
import { strictObject } from '../input/object.js';
import { issue, type IssueData, type IssuePath } from '../issues/issue.js';
import { shown } from '../issues/typeName.js';
import { fromZodIssues } from '../issues/zod.js';
import { lazily } from '../input/lazily.js';
import { checkScoringScheme } from './scoringScheme.js';
import { isCalendarDay } from '../time/instant.js';
import { isTimeZone } from '../time/zoned.js';
import { costCategories, parameterStatuses, roundingModes } from '../vocabulary/index.js';
import type { KnownParameterId } from './types.js';

/**
 * The zod schemas of the registry format: a parameter definition, and the value of every
 * parameter this library reads. (The JSON Schema of registry files is generated from these.)
 *
 * @module
 */

/**
 * The schemas of the registry format, made on first use: `source` (the fields of `Source`),
 * `definitions` (a list of parameter definitions) and `knownValues` (the value of every parameter
 * this library reads, checked when a registry is made).
 *
 * @internal
 */
export const parameterSchemas = lazily(() => {
  // A calendar day `YYYY-MM-DD`.
  const isoDateSchema = z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date', abort: true }),
    z.refine(
      (s: string) =>
        isCalendarDay(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))),
      'date',
    ),
  );

  const text = strictObject({
    nl: z.string().check(z.minLength(1), z.maxLength(5000)),
    en: z.string().check(z.minLength(1), z.maxLength(5000)),
  });

  // A source of a value (the fields of `Source`).
  const sourceSchema = strictObject({
    title: z.string().check(z.minLength(1), z.maxLength(1000)),
    url: z.string().check(z.minLength(1), z.maxLength(2000)),
    publisher: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
    published: z.optional(isoDateSchema),
    retrieved: z.optional(isoDateSchema),
    identifier: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    eli: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
    article: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    quote: z.optional(z.string().check(z.maxLength(5000))),
  });

  const value: z.ZodMiniType = z.lazy(() =>
    z.union([
      z.string(),
      z.number().check(z.refine(Number.isFinite)),
      z.boolean(),
      z.array(value),
      z.record(z.string(), value),
    ]),
  );

  const version = strictObject({
    value,
    validFrom: isoDateSchema,
    validUntil: z.optional(isoDateSchema),
    status: z.enum(parameterStatuses, { error: 'enum:parameterStatus' }),
    source: sourceSchema,
    otherSources: z.optional(z.array(sourceSchema).check(z.maxLength(100))),
    note: z.optional(text),
  });

  // A parameter definition.
  const definitionSchema = strictObject({
    id: z.string().check(z.regex(/^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+$/, 'parameter-id')),
    description: text,
    unit: z.string().check(z.minLength(1), z.maxLength(100)),
    versions: z.array(version).check(z.minLength(1), z.maxLength(1000)),
  });

  const rate = z.string().check(z.regex(/^(?:0(?:\.\d+)?|1(?:\.0+)?)$/, 'rate'));
  const amount = z.string().check(z.regex(/^\d{1,13}(?:\.\d{1,2})?$/, 'amount'));

  // The value of every parameter this library reads, checked when a registry is made.
  const knownValueSchemas: { readonly [K in KnownParameterId]: z.ZodMiniType } = {
    'cofinancing.maxRate': rate,
    'cofinancing.cap': amount,
    'cofinancing.rounding': z.enum(roundingModes, { error: 'enum:roundingMode' }),
    'cofinancing.eligibleCategories': z.array(
      z.enum(costCategories, { error: 'enum:costCategory' }),
    ),
    'expertise.indicativeMax': amount,
    'calls.perYear': z.int().check(z.minimum(1), z.maximum(12)),
    'calls.deadlineTimeOfDay': z
      .string()
      .check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'time-of-day')),
    // Whether the IANA database knows the zone is checked apart (`unknown_time_zone`).
    'calls.timeZone': z.string().check(z.minLength(1), z.maxLength(64)),
    'calls.projection': strictObject({
      slots: z
        .array(
          strictObject({
            month: z.int().check(z.minimum(1), z.maximum(12)),
            weekday: z.int().check(z.minimum(1), z.maximum(7)),
            occurrence: z.int().check(z.minimum(1), z.maximum(4)),
          }),
        )
        .check(z.minLength(1), z.maxLength(12)),
      horizonYears: z.int().check(z.minimum(0), z.maximum(100)),
    }),
    'vat.standardRate': rate,
    'decision.body': strictObject({
      nl: z.string().check(z.minLength(1), z.maxLength(500)),
      en: z.string().check(z.minLength(1), z.maxLength(500)),
    }),
    // Its structure and arithmetic (weights adding up, thresholds on the scale): see
    // `checkScoringScheme`, which `checkKnownValue` runs.
    'criteria.scoringScheme': z.record(z.string(), z.unknown()),
  };
  const definitions = z.array(definitionSchema).check(z.maxLength(1000));
  return { source: sourceSchema, definitions, knownValues: knownValueSchemas };
});

/**
 * Every problem of the value of a parameter this library reads (none for other parameters).
 *
 * @internal
 */
export function checkKnownValue(id: string, value: unknown, path: IssuePath): IssueData[] {
  const { knownValues } = parameterSchemas();
  if (!Object.hasOwn(knownValues, id)) return [];
  const parsed = knownValues[id as KnownParameterId].safeParse(value);
  if (!parsed.success) return fromZodIssues(parsed.error.issues, value, path);
  if (id === 'calls.timeZone' && !isTimeZone(value))
    return [issue('unknown_time_zone', { received: shown(value) }, { path })];
  if (id === 'criteria.scoringScheme') return checkScoringScheme(value, path);
  return [];
}
