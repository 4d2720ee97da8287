import * as z from 'zod/mini';
import { lazily } from '../input/lazily.js';
import { Refusal, refuse } from '../issues/Refusal.js';
import type { IssuePath } from '../issues/issue.js';
import { typeName } from '../issues/typeName.js';
import { fromZodIssues } from '../issues/zod.js';
import { toInstant } from '../time/instant.js';
import { callKinds, type CallKind } from '../vocabulary/index.js';

/**
 * Readers of what callers give the public functions of this module besides documents: the
 * instant `at`, the filters of the options, and a call. Each checks the type first, so any value
 * is refused with an issue at its path.
 *
 * @module
 */

/** Parses a value with a schema, refusing with the mapped issues at `path`. */
function parsed<T>(schema: z.ZodMiniType<T>, value: unknown, path: IssuePath): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Refusal(fromZodIssues(result.error.issues, value, path));
  return result.data;
}

/** The schemas of the `kind` and `year` filters, made on first use. */
const filterSchemas = lazily(() => ({
  kind: z.enum(callKinds, { error: 'enum:callKind' }),
  year: z.int().check(z.minimum(1000), z.maximum(9999)),
}));

/**
 * The instant of an `at` option: required (this library never reads the clock).
 *
 * @throws Refusal `required`, `invalid_time` or `ambiguous_time` at `['at']`.
 * @internal
 */
export function atOption(value: unknown): Date {
  if (value === undefined) return refuse('required', {}, ['at']);
  return toInstant(value, ['at']);
}

/**
 * An optional instant option (`from`, `to`).
 *
 * @throws Refusal `invalid_time` or `ambiguous_time` at `[name]`.
 * @internal
 */
export function instantOption(value: unknown, name: string): Date | undefined {
  return value === undefined ? undefined : toInstant(value, [name]);
}

/**
 * The `kind` option: `regular` or `thematic`.
 *
 * @throws Refusal `invalid_value` (with the labels of the call kinds) at `['kind']`.
 * @internal
 */
export function kindOption(value: unknown): CallKind | undefined {
  return value === undefined ? undefined : parsed(filterSchemas().kind, value, ['kind']);
}

/**
 * The `year` option: a whole year from 1000 to 9999.
 *
 * @throws Refusal `invalid_type`, `too_small` or `too_big` at `['year']`.
 * @internal
 */
export function yearOption(value: unknown): number | undefined {
  return value === undefined ? undefined : parsed(filterSchemas().year, value, ['year']);
}

/**
 * A call as a caller gives it: an object (a `Call` of this module, also one that went through
 * JSON, whose instants are then ISO strings); its fields are read where they are used.
 *
 * @throws Refusal `invalid_type` (`expected: 'call'`) at `['call']`.
 * @internal
 */
export function givenCall(value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return refuse('invalid_type', { expected: 'call', received: typeName(value) }, ['call']);
  return value as Readonly<Record<string, unknown>>;
}

/**
 * An instant field of a given call (`deadline`, `openFrom`): a `Date`, or an ISO string after a
 * JSON round trip.
 *
 * @throws Refusal `invalid_time` or `ambiguous_time` at `['call', field]`.
 * @internal
 */
export function callInstant(call: Readonly<Record<string, unknown>>, field: string): Date {
  return toInstant(call[field], ['call', field]);
}
