import generated from '../../../schemas/application.schema.json' with { type: 'json' };

/**
 * The JSON Schema (draft 2020-12) of a project proposal, generated at build time from
 * {@link applicationSchema} for the input side (amounts as decimal strings, `submittedAt` as an
 * ISO string); this returns a fresh copy of the shipped `schemas/application.schema.json`
 * (also `@vlaio/pio-rules/application.schema.json`). Keys are in a stable order: `$schema`,
 * `title`, `description`, `type`, then alphabetical. It checks the structure only; its
 * description lists the rules only `validateApplication` checks. Its patterns mean the same in
 * ECMA-262 (with and without `u`), Python's `re` and RE2: `[0-9]` for digits, explicit classes for
 * blank characters, and "no line feed" (`not`) beside every anchored pattern, because Python's `$`
 * also matches before a final line feed. It has no `format` keyword: validators differ on those.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * ```ts
 * createApplicationJsonSchema().$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function createApplicationJsonSchema(): Record<string, unknown> {
  return structuredClone(generated);
}
