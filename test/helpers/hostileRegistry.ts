import type { ParameterRegistry } from '../../src/parameters/index.js';

/**
 * A registry-shaped object whose lookups throw a `RangeError` (not a `PioRulesError`): for
 * checking that such an error is let through, not turned into an issue.
 */
export function hostileRegistry(): ParameterRegistry {
  class Hostile extends Map<string, never> {
    override get(): never {
      throw new RangeError('boom');
    }
  }
  return {
    kind: 'pio-parameter-registry',
    definitions: new Hostile(),
  } as unknown as ParameterRegistry;
}
