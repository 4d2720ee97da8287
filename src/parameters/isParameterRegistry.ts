import type { ParameterRegistry } from './types.js';

/**
 * Tells whether a value is a registry made by `createParameterRegistry` (its `kind` and its map
 * of definitions).
 *
 * @param value - Anything.
 * @returns `true` for a registry.
 * @internal
 */
export function isParameterRegistry(value: unknown): value is ParameterRegistry {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'pio-parameter-registry' &&
    (value as { definitions?: unknown }).definitions instanceof Map
  );
}
