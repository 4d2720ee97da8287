import { z } from 'zod';
import { applicationSchema } from './applicationSchema.js';

/** Keys that come first in every schema object, in this order; the others follow sorted. */
const LEADING_KEYS = ['$schema', 'title', 'description', 'type'];

function rank(key: string): number {
  const index = LEADING_KEYS.indexOf(key);
  return index === -1 ? LEADING_KEYS.length : index;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(
    // Keys of one object are unique, so two keys never compare equal.
    ([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1),
  );
  return Object.fromEntries(entries.map(([key, child]) => [key, canonical(child)]));
}

/**
 * The JSON Schema (draft 2020-12) of a project proposal, generated from {@link applicationSchema}
 * for the input side (amounts as decimal strings, `submittedAt` as an ISO string). Keys are in a
 * stable order: `$schema`, `title`, `description`, `type`, then alphabetical. The shipped
 * `schemas/application.schema.json` is this object. It checks the structure only; its
 * description lists the rules only `validateApplication` checks.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * ```ts
 * createApplicationJsonSchema().$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function createApplicationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(applicationSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
  });
  return canonical(schema) as Record<string, unknown>;
}
