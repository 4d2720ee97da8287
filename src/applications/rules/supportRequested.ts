import { isZero } from '../../money/arithmetic.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';
import { ruleIssue } from './facts.js';

/**
 * Rule `support-requested`: the proposal asks PIO for some support: guidance, external expertise
 * or cofinancing above zero (`no_support_requested` otherwise).
 *
 * @example
 * ```ts
 * supportRequestedRule.check({ support: { guidance: false } }, {}).map((i) => i.code);
 * //=> ['no_support_requested']
 * ```
 */
export const supportRequestedRule: ApplicationRule = {
  id: 'support-requested',
  codes: ['no_support_requested'],
  description: {
    nl: 'Het voorstel vraagt ondersteuning: begeleiding, externe expertise of cofinanciering.',
    en: 'The proposal asks for support: guidance, external expertise or cofinancing.',
  },
  source: sources.aanbod,
  check(application, context) {
    const support = application.support;
    if (support?.guidance !== false || support.externalExpertise !== undefined) return [];
    const requested = support.cofinancing?.requested;
    // A cofinancing request whose amount did not parse still counts as a request; zero does not.
    if (support.cofinancing !== undefined && (requested === undefined || !isZero(requested)))
      return [];
    return [
      ruleIssue(context, 'no_support_requested', { path: ['support'], source: sources.aanbod }),
    ];
  },
};
