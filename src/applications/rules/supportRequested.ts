import { issue } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';

/** Some support is asked: guidance, external expertise or cofinancing. @internal */
export const supportRequested: ApplicationRule = {
  id: 'support-requested',
  codes: ['no_support_requested'],
  description: {
    nl: 'Het voorstel vraagt ondersteuning: begeleiding, externe expertise of cofinanciering.',
    en: 'The proposal asks for support: guidance, external expertise or cofinancing.',
  },
  source: sources.aanbod,
  check({ application }) {
    const support = application.support;
    if (support?.guidance !== false || support.externalExpertise !== undefined) return [];
    const requested = support.cofinancing?.requested;
    // A cofinancing request whose amount did not parse still counts as a request; zero does not.
    if (
      support.cofinancing !== undefined &&
      (requested === undefined || requested.amount !== '0.00')
    )
      return [];
    return [issue('no_support_requested', {}, { path: ['support'], source: sources.aanbod })];
  },
};
