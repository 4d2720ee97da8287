import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';
import { ruleIssue } from './facts.js';

/**
 * Rule `procurement-foreseen`: the proposal foresees a public procurement (`no_procurement_foreseen`
 * when `procurement` is absent). PIO cofinances and guides innovative public procurement; a
 * project without one is not a PIO project.
 *
 * @example
 * ```ts
 * procurementForeseenRule.check({ callId: '2024-2' }, {}).map((i) => i.code);
 * //=> ['no_procurement_foreseen']
 * ```
 */
export const procurementForeseenRule: ApplicationRule = {
  id: 'procurement-foreseen',
  codes: ['no_procurement_foreseen'],
  description: {
    nl: 'Er is een aankooptraject (innovatieve overheidsopdracht) voorzien.',
    en: 'A procurement (innovative public contract) is foreseen.',
  },
  source: sources.seed,
  check(application, context) {
    if (application.procurement !== undefined) return [];
    return [
      ruleIssue(context, 'no_procurement_foreseen', {
        path: ['procurement'],
        source: sources.seed,
      }),
    ];
  },
};
