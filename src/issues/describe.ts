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
