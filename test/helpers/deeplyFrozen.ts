/**
 * The paths of every object or array reachable from `value` that is not frozen (empty when all
 * are). Walks own enumerable properties, like JSON does; a Money is an object too, so it must be
 * frozen as well.
 */
export function unfrozenPaths(value: unknown, path = '$', seen = new Set<object>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const here = Object.isFrozen(value) ? [] : [path];
  return [
    ...here,
    ...Object.entries(value).flatMap(([key, child]) =>
      unfrozenPaths(child, `${path}.${key}`, seen),
    ),
  ];
}
