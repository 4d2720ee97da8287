import { issue } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';

/** No cofinancing for a commercially available solution. @internal */
export const notOffTheShelf: ApplicationRule = {
  id: 'not-off-the-shelf',
  codes: ['commercially_available_solution'],
  description: {
    nl: 'Er wordt geen cofinanciering gevraagd voor een kant-en-klare, commercieel beschikbare oplossing.',
    en: 'No cofinancing is requested for a ready-made, commercially available solution.',
  },
  source: sources.seed,
  check({ application }) {
    const requested = application.support?.cofinancing?.requested;
    if (
      application.project?.solutionMaturity !== 'commercially-available' ||
      requested === undefined ||
      requested.amount === '0.00'
    )
      return [];
    return [
      issue(
        'commercially_available_solution',
        {},
        {
          path: ['support', 'cofinancing', 'requested'],
          source: {
            ...sources.seed,
            quote:
              'PIO kan zijn middelen niet inzetten voor de aankoop van kant-en-klare oplossingen die commercieel beschikbaar zijn.',
          },
        },
      ),
    ];
  },
};
