/**
 * Remembers the results of a pure function of a string, for the few distinct values a rule
 * computation sees again and again (rates, parameter amounts). The memory is bounded: when it
 * holds `limit` entries it starts again, so hostile input cannot grow it. Only for functions
 * whose results are immutable.
 *
 * @param fn - A pure function; what it throws is not remembered.
 * @param limit - The most entries kept.
 * @returns The remembering function.
 * @internal
 */
export function memoize<V>(fn: (key: string) => V, limit = 64): (key: string) => V {
  const memory = new Map<string, V>();
  return (key) => {
    const known = memory.get(key);
    if (known !== undefined) return known;
    const value = fn(key);
    if (memory.size >= limit) memory.clear();
    memory.set(key, value);
    return value;
  };
}
