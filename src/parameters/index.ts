export { createParameterRegistry } from './createParameterRegistry.js';
export type { CreateParameterRegistryOptions } from './createParameterRegistry.js';
export { defaultParameters } from './defaultParameters.js';
export { getDefinition, getParameter, listParameters, parameterDate } from './getParameter.js';
export type { ListParametersOptions, ParameterDate, ParameterOptions } from './getParameter.js';
export type {
  KnownParameterValues,
  ParameterDefinition,
  ParameterRegistry,
  ParameterStatus,
  ParameterValue,
  ParameterVersion,
  ResolvedParameter,
} from './types.js';
