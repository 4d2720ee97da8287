/**
 * Freezes plain data and everything in it (a result of this module is frozen plain data, like
 * every result of the library).
 *
 * @internal
 */
export function frozenDeep<T>(value: T): T {
  // The module's own data: a tree of plain objects and arrays, walked whole (a part frozen
  // already may hold parts that are not).
  if (typeof value !== 'object' || value === null) return value;
  Object.freeze(value);
  for (const inner of Object.values(value as Record<string, unknown>)) frozenDeep(inner);
  return value;
}
