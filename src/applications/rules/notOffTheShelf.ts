import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';
import { requestedCofinancing, ruleIssue } from './facts.js';

/**
 * Rule `not-off-the-shelf`: no cofinancing is requested for a solution that is commercially
 * available (`commercially_available_solution`): PIO does not pay for ready-made solutions.
 *
 * @example
 * ```ts
 * notOffTheShelfRule
 *   .check({ project: { solutionMaturity: 'commercially-available' }, support: { cofinancing: { requested: eur('1') } } }, {})
 *   .map((i) => i.code);
 * //=> ['commercially_available_solution']
 * ```
 */
export const notOffTheShelfRule: ApplicationRule = {
  id: 'not-off-the-shelf',
  codes: ['commercially_available_solution'],
  description: {
    nl: 'Er wordt geen cofinanciering gevraagd voor een kant-en-klare, commercieel beschikbare oplossing.',
    en: 'No cofinancing is requested for a ready-made, commercially available solution.',
  },
  source: sources.seed,
  check(application, context) {
    const maturity = application.project?.solutionMaturity;
    const requested = requestedCofinancing(application);
    if (maturity !== 'commercially-available' || requested === undefined) return [];
    return [
      ruleIssue(context, 'commercially_available_solution', {
        path: ['support', 'cofinancing', 'requested'],
        params: { solutionMaturity: maturity, requested: requested.amount },
        source: {
          ...sources.seed,
          quote:
            'PIO kan zijn middelen niet inzetten voor de aankoop van kant-en-klare oplossingen die commercieel beschikbaar zijn.',
        },
      }),
    ];
  },
};
