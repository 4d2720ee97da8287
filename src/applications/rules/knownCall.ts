import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';
import { callOf, ruleIssue } from './facts.js';

/**
 * Rule `known-call`: the proposal names a call of the calendar (`unknown_call` otherwise).
 *
 * @example
 * ```ts
 * knownCallRule.check({ callId: '1999-9' }, {}).map((i) => i.code);
 * //=> ['unknown_call']
 * ```
 */
export const knownCallRule: ApplicationRule = {
  id: 'known-call',
  codes: ['unknown_call'],
  description: {
    nl: 'Het voorstel is voor een bestaande oproep van de kalender.',
    en: 'The proposal is for a call of the calendar.',
  },
  source: sources.aanvraagprocedure,
  check(application, context) {
    const callId = application.callId;
    if (callId === undefined || callOf(application, context) !== undefined) return [];
    return [
      ruleIssue(context, 'unknown_call', {
        path: ['callId'],
        params: { callId },
        source: sources.aanvraagprocedure,
      }),
    ];
  },
};
