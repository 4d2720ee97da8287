import type { ParameterDefinition } from '../types.js';
import { callParameters } from './calls.js';
import { cofinancingParameters } from './cofinancing.js';
import { criteriaParameters } from './criteria.js';
import { decisionParameters } from './decision.js';
import { expertiseParameters } from './expertise.js';

/** Every built-in parameter definition, by module. */
export const builtInDefinitions: readonly ParameterDefinition[] = [
  ...cofinancingParameters,
  ...expertiseParameters,
  ...callParameters,
  ...criteriaParameters,
  ...decisionParameters,
];
