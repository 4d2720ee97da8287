import type { ParameterDefinition } from '../types.js';
import { sources } from './sources.js';

/**
 * Parameters of the assessment: the scoring scheme. Scales, weights and thresholds of the PIO
 * assessment are not published, so the built-in scheme is an assumption of this library; VLAIO
 * loads its real scheme by replacing this parameter (`createParameterRegistry([...], { base:
 * defaultParameters })`). The criteria module checks a scheme when it uses it.
 */
export const criteriaParameters: readonly ParameterDefinition[] = [
  {
    id: 'criteria.scoringScheme',
    description: {
      nl: 'Beoordelingsschema van de evaluatiecriteria: schaal, gewichten van de criteria en deelcriteria, drempel per criterium en drempel op de gewogen totaalscore.',
      en: 'Scoring scheme of the evaluation criteria: scale, weights of the criteria and sub-criteria, threshold per criterion and threshold on the weighted total.',
    },
    unit: 'scoringScheme',
    versions: [
      {
        value: {
          scale: { min: '0', max: '10' },
          totalThreshold: '6',
          criteria: [
            {
              id: 'fit-with-pio',
              weight: '0.3',
              threshold: '5',
              subCriteria: [
                { id: 'market-gap', weight: '0.5' },
                { id: 'rd-needed', weight: '0.5' },
              ],
            },
            {
              id: 'relevance-and-impact',
              weight: '0.4',
              threshold: '5',
              subCriteria: [
                { id: 'need', weight: '0.5' },
                { id: 'end-users-and-support-base', weight: '0.5' },
              ],
            },
            {
              id: 'quality-of-approach',
              weight: '0.3',
              threshold: '5',
              subCriteria: [
                { id: 'team', weight: '0.5' },
                { id: 'procurement-route', weight: '0.5' },
              ],
            },
          ],
        },
        validFrom: '2017-01-01',
        status: 'assumed',
        source: sources.assumption,
        note: {
          nl: 'De drie hoofdcriteria zijn gepubliceerd (EWI, 2017); schaal, gewichten, drempels en deelcriteria niet. Aangenomen: schaal 0–10, gewichten 0,3 / 0,4 / 0,3, drempel 5 per criterium, drempel 6 op het gewogen totaal, deelcriteria uit de vragen van het projectvoorstel met gelijke gewichten.',
          en: 'The three main criteria are published (EWI, 2017); scale, weights, thresholds and sub-criteria are not. Assumed: scale 0–10, weights 0.3 / 0.4 / 0.3, threshold 5 per criterion, threshold 6 on the weighted total, sub-criteria from the proposal’s guidance questions with equal weights.',
        },
      },
    ],
  },
];
