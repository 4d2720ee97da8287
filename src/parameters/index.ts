/**
 * The dated parameter registry: every value the programme sets, with its validity dates, its
 * status (`published` or `assumed`) and its source.
 *
 * @module
 */
export { getDefinition, getParameter, listParameters } from './read.js';
export type { ParameterDate, ParameterOptions } from './read.js';
export {
  createParameterRegistry,
  defaultParameters,
  safeCreateParameterRegistry,
} from './registry.js';
export type { CreateParameterRegistryOptions } from './registry.js';
export type {
  DecisionBodyName,
  KnownParameterId,
  KnownParameterValues,
  ParameterDefinition,
  ParameterRegistry,
  ParameterStatus,
  ParameterValue,
  ParameterVersion,
  ResolvedParameter,
} from './types.js';
