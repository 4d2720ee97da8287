/**
 * Freezes the library's own data and everything reachable from it, and returns it: what zod
 * parsed and what the library built (plain objects, arrays and `Date`s, as a parsed proposal
 * holds its `submittedAt`), never a caller's object.
 *
 * An object that is already frozen is taken as deeply frozen and not walked again: every value
 * this library freezes (Money, issues, registry entries, results) is frozen deeply, so results
 * that embed them freeze in time proportional to what is new. Freezing before walking also makes
 * a cycle harmless. Only what holds objects is walked further.
 *
 * @param value - The library's own data.
 * @returns The same value, frozen.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) deepFreeze(item);
    }
  } else {
    const record = value as Record<string, unknown>;
    // Own keys: the library's objects inherit from `Object.prototype`, which has no enumerable
    // keys (a `Date` has none of its own).
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'object' && item !== null) deepFreeze(item);
    }
  }
  return value;
}
