import type { ParameterDefinition, ParameterVersion } from '../../src/parameters/index.js';

/** A what-if version of the maximum rate: 60% from 2027 on. */
export const whatIfVersion: ParameterVersion = {
  value: '0.6',
  validFrom: '2027-01-01',
  status: 'assumed',
  source: { title: 'what-if', url: 'https://example.org' },
};

/** A what-if definition of `cofinancing.maxRate`. */
export const whatIf: ParameterDefinition = {
  id: 'cofinancing.maxRate',
  description: { nl: 'wat als', en: 'what if' },
  unit: 'rate',
  versions: [whatIfVersion],
};

/** A parameter this library does not know, with a structured value. */
export const custom: ParameterDefinition = {
  id: 'myApp.reviewRounds',
  description: { nl: 'Aantal beoordelingsrondes', en: 'Number of review rounds' },
  unit: 'count',
  versions: [
    {
      value: { rounds: 2, names: ['first', 'second'] },
      validFrom: '2027-01-01',
      status: 'assumed',
      source: { title: 'own rule', url: 'https://example.org/rounds' },
    },
  ],
};

/** `whatIf` with other versions, typed loosely to hold broken ones. */
export const withVersions = (versions: readonly unknown[]): ParameterDefinition[] =>
  [{ ...whatIf, versions }] as unknown as ParameterDefinition[];
