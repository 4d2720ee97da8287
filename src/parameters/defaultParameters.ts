import { createParameterRegistry } from './createParameterRegistry.js';
import { builtInDefinitions } from './definitions/index.js';
import type { ParameterRegistry } from './types.js';

/**
 * The built-in registry: every value the programme sets, with its dated versions and sources
 * (see `docs/rules.md`). Rule functions use it unless given another `parameters` option.
 */
export const defaultParameters: ParameterRegistry = createParameterRegistry(builtInDefinitions);
