/**
 * Freezes a plain value and everything in it.
 *
 * @param value - Plain data (objects, arrays, primitives).
 * @returns The same value, frozen.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
