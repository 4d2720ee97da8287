import { onTime as inTime } from '../../calls/status.js';
import { issue } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';

/** The proposal arrives before the deadline of its call. @internal */
export const onTime: ApplicationRule = {
  id: 'on-time',
  codes: ['submitted_after_deadline', 'submission_time_unknown'],
  description: {
    nl: 'Het voorstel is ingediend vóór de uiterste datum van de oproep (uiterlijk om 24.00 uur, Brusselse tijd).',
    en: 'The proposal is submitted before the deadline of the call (24:00 Brussels time on the deadline date).',
  },
  source: sources.aanvraagprocedure,
  check({ call, judgement }) {
    if (call === undefined) return [];
    if (judgement === undefined)
      return [issue('submission_time_unknown', {}, { path: ['submittedAt'], severity: 'warning' })];
    if (inTime(call, judgement.instant)) return [];
    return [
      issue(
        'submitted_after_deadline',
        {
          callId: call.id,
          submittedAt: judgement.instant.toISOString(),
          deadline: call.deadline.toISOString(),
          deadlineDate: call.deadlineDate,
          deadlineTimeOfDay: call.deadlineTimeOfDay,
          timeZone: call.timeZone,
          judgedBy: judgement.by,
        },
        {
          path: judgement.by === 'submission' ? ['submittedAt'] : ['at'],
          source: call.source ?? sources.aanvraagprocedure,
        },
      ),
    ];
  },
};
