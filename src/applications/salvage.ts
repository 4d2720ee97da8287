import * as z from 'zod/mini';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads what can be read of an input that does not parse as a whole: every object property and
 * array item is parsed on its own, and whatever parses is kept. A value present in the input but
 * of the wrong kind for an object (or array) schema becomes an empty object (or array), so a rule
 * can still tell "given but unreadable" from "absent"; a leaf that does not parse is left out.
 *
 * @param schema - A zod schema built from objects, arrays, optionals and leaves.
 * @param value - The (guarded) input.
 * @returns The parts that parsed, shaped like the schema's output with everything optional.
 * @internal
 */
export function salvage(schema: z.core.$ZodType, value: unknown): unknown {
  if (schema instanceof z.ZodMiniLazy) return salvage(schema._zod.innerType, value);
  if (schema instanceof z.ZodMiniOptional)
    return value === undefined ? undefined : salvage(schema._zod.def.innerType, value);
  if (schema instanceof z.ZodMiniObject) {
    const result: Record<string, unknown> = {};
    if (!isObject(value)) return result;
    const shape: Readonly<Record<string, z.core.$ZodType>> = schema._zod.def.shape;
    for (const [key, child] of Object.entries(shape)) {
      if (!Object.hasOwn(value, key)) continue;
      const part = salvage(child, value[key]);
      if (part !== undefined) result[key] = part;
    }
    return result;
  }
  if (schema instanceof z.ZodMiniArray) {
    if (!Array.isArray(value)) return [];
    const element: z.core.$ZodType = schema._zod.def.element;
    return value.map((item) => salvage(element, item));
  }
  const parsed = z.safeParse(schema, value);
  return parsed.success ? parsed.data : undefined;
}
