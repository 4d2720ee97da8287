import { issue } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';

/** The proposal is for a call of the calendar. @internal */
export const knownCall: ApplicationRule = {
  id: 'known-call',
  codes: ['unknown_call'],
  description: {
    nl: 'Het voorstel is voor een bestaande oproep van de kalender.',
    en: 'The proposal is for a call of the calendar.',
  },
  source: sources.aanvraagprocedure,
  check({ application, call }) {
    const callId = application.callId;
    if (callId === undefined || call !== undefined) return [];
    return [
      issue('unknown_call', { callId }, { path: ['callId'], source: sources.aanvraagprocedure }),
    ];
  },
};
