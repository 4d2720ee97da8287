import * as z from 'zod/mini';

/**
 * A copy of a schema with metadata (a `description`, a `title`, a `maxLength`) for the JSON
 * Schema generated at build time, as classic zod's `.meta(...)` makes one: the copy is registered
 * in zod's global registry, the original stays as it was. Parsing ignores the metadata.
 *
 * @param schema - The schema.
 * @param meta - Its metadata.
 * @returns The described copy.
 * @internal
 */
export function described<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, meta);
  return copy;
}
