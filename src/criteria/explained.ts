import { guard } from '../input/guard.js';
import type { IssuePath } from '../issues/issue.js';
import { refuse } from '../issues/Refusal.js';
import { shown, typeName } from '../issues/typeName.js';

/**
 * Reads the parts of a result a caller hands back, as the text needs them: no check of the
 * result's shape beforehand, but every part read is what the text needs, or refused at its path
 * (never an `undefined` in the text).
 *
 * @internal
 */
export interface Reader {
  /** A text. @throws Refusal `invalid_type`. */
  text(value: unknown, path: IssuePath): string;
  /** A text, or `null`. @throws Refusal `invalid_type`. */
  optionalText(value: unknown, path: IssuePath): string | null;
  /** A plain object. @throws Refusal `invalid_type`. */
  object(value: unknown, path: IssuePath): Readonly<Record<string, unknown>>;
  /** A list. @throws Refusal `invalid_type`. */
  list(value: unknown, path: IssuePath): readonly unknown[];
  /** The entry of a table for a key. @throws Refusal `invalid_value`. */
  entry<T>(table: Readonly<Record<string, T>>, key: unknown, path: IssuePath): T;
}

const reader: Reader = {
  text(value, path) {
    if (typeof value !== 'string')
      return refuse('invalid_type', { expected: 'text', received: typeName(value) }, path);
    return value;
  },
  optionalText(value, path) {
    return value === null ? null : reader.text(value, path);
  },
  object(value, path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return refuse('invalid_type', { expected: 'object', received: typeName(value) }, path);
    return value as Readonly<Record<string, unknown>>;
  },
  list(value, path) {
    if (!Array.isArray(value))
      return refuse('invalid_type', { expected: 'array', received: typeName(value) }, path);
    return value as readonly unknown[];
  },
  entry<T>(table: Readonly<Record<string, T>>, key: unknown, path: IssuePath): T {
    if (typeof key !== 'string' || !Object.hasOwn(table, key))
      return refuse(
        'invalid_value',
        {
          received: typeof key === 'string' ? JSON.stringify(shown(key)) : shown(key),
          expected: Object.keys(table),
        },
        path,
      );
    return table[key] as T;
  },
};

/**
 * Writes the lines of a result a caller hands back (perhaps after JSON, perhaps made by hand),
 * without checking its shape first: the result is bounded by the one boundary guard (too deep,
 * too large, sparse or cyclic is refused at once), then read part by part through a
 * {@link Reader}, which refuses a part that is not what the text needs.
 *
 * @throws Refusal `invalid_type` (not an object), `input_too_large`, `invalid_input`, and the
 *   reader's refusals.
 * @internal
 */
export function explained(
  result: unknown,
  write: (result: Readonly<Record<string, unknown>>, read: Reader) => string[],
): string[] {
  const checked = reader.object(result, []);
  return write(reader.object(guard(checked).value, []), reader);
}
