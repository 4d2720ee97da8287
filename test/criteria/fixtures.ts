import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateApplication, type Application } from '../../src/applications/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  type ParameterRegistry,
  type ParameterValue,
} from '../../src/parameters/index.js';

const examplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples/applications');

/** A valid example proposal, parsed by validateApplication (so the assessment gets a real one). */
export function exampleApplication(file = 'city-pcp.json'): Application {
  const input: unknown = JSON.parse(readFileSync(resolve(examplesDir, file), 'utf8'));
  return validateApplication(input).data.application;
}

/** The scorable ids of the built-in scheme, in the order of the scheme. */
export const scorableIds = [
  'market-gap',
  'rd-needed',
  'need',
  'end-users-and-support-base',
  'team',
  'procurement-route',
] as const;

/** The same score for every sub-criterion of the built-in scheme. */
export function uniformScores(score: number | string): Record<string, number | string> {
  return Object.fromEntries(scorableIds.map((id) => [id, score]));
}

/** A registry whose scoring scheme is replaced by `value` (one version from 2017-01-01). */
export function registryWithScheme(
  value: ParameterValue,
  status: 'published' | 'assumed' = 'assumed',
): ParameterRegistry {
  return createParameterRegistry(
    [
      {
        ...getDefinition('criteria.scoringScheme'),
        versions: [
          {
            value,
            validFrom: '2017-01-01',
            status,
            source: { title: 'VLAIO scoring scheme (test)', url: 'https://example.org/scheme' },
          },
        ],
      },
    ],
    { base: defaultParameters },
  ).data;
}

/** The main criteria of a scheme with the given weights, scored directly. */
export const mainCriteria = (weights: readonly [string, string, string] = ['0.3', '0.4', '0.3']) =>
  (['fit-with-pio', 'relevance-and-impact', 'quality-of-approach'] as const).map((id, i) => ({
    id,
    weight: weights[i]!,
  }));
