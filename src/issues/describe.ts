/**
 * Names the type of a value for an issue message, without printing the value itself.
 *
 * @param value - Anything.
 * @returns `'null'`, `'array'`, or the `typeof` name.
 * @example
 * ```ts
 * describeType([1]);
 * //=> 'array'
 * ```
 */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * A short text for a received value in an issue, safe for any value: a string cut to `max`
 * characters, a number, boolean or bigint as text, anything else by its type (never `String()` of
 * an object, which can throw).
 *
 * @param value - Anything.
 * @param max - The longest string shown whole.
 * @returns The text.
 * @internal
 */
export function receivedText(value: unknown, max = 40): string {
  if (typeof value === 'string') return value.length > max ? `${value.slice(0, max)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return describeType(value);
}
