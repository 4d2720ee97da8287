import { issue } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';

/** A procurement is foreseen. @internal */
export const procurementForeseen: ApplicationRule = {
  id: 'procurement-foreseen',
  codes: ['no_procurement_foreseen'],
  description: {
    nl: 'Er is een aankooptraject (innovatieve overheidsopdracht) voorzien.',
    en: 'A procurement (innovative public contract) is foreseen.',
  },
  source: sources.seed,
  check({ application }) {
    if (application.procurement !== undefined) return [];
    return [issue('no_procurement_foreseen', {}, { path: ['procurement'], source: sources.seed })];
  },
};
