import { z } from 'zod';
import { issue, type IssueData, type IssuePath } from '../issues/issue.js';
import { shown } from '../issues/typeName.js';
import { fromZodIssues } from '../issues/zod.js';
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

/** A calendar day `YYYY-MM-DD`. @internal */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date', abort: true })
  .refine(
    (s) => isCalendarDay(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))),
    'date',
  );

const text = z.strictObject({ nl: z.string().min(1).max(5000), en: z.string().min(1).max(5000) });

/** A source of a value (the fields of `Source`). @internal */
export const sourceSchema = z.strictObject({
  title: z.string().min(1).max(1000),
  url: z.string().min(1).max(2000),
  publisher: z.string().min(1).max(500).optional(),
  published: isoDateSchema.optional(),
  retrieved: isoDateSchema.optional(),
  identifier: z.string().min(1).max(200).optional(),
  eli: z.string().min(1).max(2000).optional(),
  article: z.string().min(1).max(200).optional(),
  quote: z.string().max(5000).optional(),
});

const value: z.ZodType = z.lazy(() =>
  z.union([
    z.string(),
    z.number().refine(Number.isFinite),
    z.boolean(),
    z.array(value),
    z.record(z.string(), value),
  ]),
);

const version = z.strictObject({
  value,
  validFrom: isoDateSchema,
  validUntil: isoDateSchema.optional(),
  status: z.enum(parameterStatuses, { error: 'enum:parameterStatus' }),
  source: sourceSchema,
  otherSources: z.array(sourceSchema).max(100).optional(),
  note: text.optional(),
});

/** A parameter definition. @internal */
export const definitionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+$/, 'parameter-id'),
  description: text,
  unit: z.string().min(1).max(100),
  versions: z.array(version).min(1).max(1000),
});

const rate = z.string().regex(/^(?:0(?:\.\d+)?|1(?:\.0+)?)$/, 'rate');
const amount = z.string().regex(/^\d{1,13}(?:\.\d{1,2})?$/, 'amount');

/** The value of every parameter this library reads, checked when a registry is made. @internal */
export const knownValueSchemas: { readonly [K in KnownParameterId]: z.ZodType } = {
  'cofinancing.maxRate': rate,
  'cofinancing.cap': amount,
  'cofinancing.rounding': z.enum(roundingModes, { error: 'enum:roundingMode' }),
  'cofinancing.eligibleCategories': z.array(z.enum(costCategories, { error: 'enum:costCategory' })),
  'expertise.indicativeMax': amount,
  'calls.perYear': z.number().int().min(1).max(12),
  'calls.deadlineTimeOfDay': z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/),
  // Whether the IANA database knows the zone is checked apart (`unknown_time_zone`).
  'calls.timeZone': z.string().min(1).max(64),
  'calls.projection': z.strictObject({
    slots: z
      .array(
        z.strictObject({
          month: z.number().int().min(1).max(12),
          weekday: z.number().int().min(1).max(7),
          occurrence: z.number().int().min(1).max(4),
        }),
      )
      .min(1)
      .max(12),
    horizonYears: z.number().int().min(0).max(100),
  }),
  'vat.standardRate': rate,
  'decision.body': z.strictObject({
    nl: z.string().min(1).max(500),
    en: z.string().min(1).max(500),
  }),
  // Its structure and arithmetic (weights adding up, thresholds on the scale): see
  // `checkScoringScheme`, which `checkKnownValue` runs.
  'criteria.scoringScheme': z.record(z.string(), z.unknown()),
};

/**
 * Every problem of the value of a parameter this library reads (none for other parameters).
 *
 * @internal
 */
export function checkKnownValue(id: string, value: unknown, path: IssuePath): IssueData[] {
  if (!Object.hasOwn(knownValueSchemas, id)) return [];
  const parsed = knownValueSchemas[id as KnownParameterId].safeParse(value);
  if (!parsed.success) return fromZodIssues(parsed.error.issues, value, path);
  if (id === 'calls.timeZone' && !isTimeZone(value))
    return [issue('unknown_time_zone', { received: shown(value) }, { path })];
  if (id === 'criteria.scoringScheme') return checkScoringScheme(value, path);
  return [];
}
