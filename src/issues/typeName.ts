import type { TypeName } from './params.js';

/**
 * Names the kind of a value for an issue, without reading the value itself.
 *
 * @param value - Anything.
 * @returns `'text'`, `'number'`, `'array'`, `'null'`, `'nothing'` (undefined), ...
 * @internal
 */
export function typeName(value: unknown): TypeName {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  const kind = typeof value;
  if (kind === 'string') return 'text';
  if (kind === 'undefined') return 'nothing';
  return kind;
}

/**
 * A short text for a received value in an issue's params, safe for any value: a string cut to
 * `max` characters, a number, boolean or bigint as text, anything else by its kind (never
 * `String()` of an object, which can throw).
 *
 * @param value - Anything.
 * @param max - The longest string kept whole.
 * @returns The text.
 * @internal
 */
export function shown(value: unknown, max = 60): string {
  if (typeof value === 'string') return value.length > max ? `${value.slice(0, max)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return typeName(value);
}
