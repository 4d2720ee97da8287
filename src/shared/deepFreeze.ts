/**
 * Freezes a plain value and everything reachable from it, and returns it.
 *
 * An object that is already frozen is taken as deeply frozen and not walked again: every value
 * this library freezes (Money, issues, registry entries, results) is frozen deeply, so results
 * that embed them freeze in time proportional to what is new. Freezing before walking also makes
 * a cycle harmless. Only plain objects and arrays are frozen: anything else (a Date, a typed
 * array, a class instance) is left as it is.
 *
 * @param value - Plain data (objects, arrays, primitives).
 * @returns The same value, frozen.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (isPlain(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function isPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
