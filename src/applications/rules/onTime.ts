import { onTime as inTime } from '../../calls/status.js';
import type { Call } from '../../calls/types.js';
import { issue, type IssueData } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { Judgement } from '../facts.js';
import type { ApplicationRule } from './ApplicationRule.js';

/**
 * The warning that a call's deadline is not published (`announced` or `projected`): the
 * deadline check rests on it.
 */
function notPublished(call: Call): IssueData[] {
  if (call.status === 'published') return [];
  return [
    issue(
      'deadline_not_published',
      {
        callId: call.id,
        status: call.status,
        deadlineDate: call.deadlineDate,
        deadlineTimeOfDay: call.deadlineTimeOfDay,
      },
      {
        path: ['callId'],
        severity: 'warning',
        ...(call.source === undefined ? {} : { source: call.source }),
      },
    ),
  ];
}

/**
 * The warning that a proposal came before its call's published opening (`opensAt`; an opening
 * derived from the previous call's deadline is never used): a warning, not an error, since no
 * published opening has an hour and some only a month or the date of an announcement.
 */
function beforeOpening(call: Call, judgement: Judgement): IssueData[] {
  if (call.opensAt === undefined || judgement.instant >= call.opensAt) return [];
  return [
    issue(
      'submitted_before_opening',
      {
        callId: call.id,
        opensAt: call.opensAt.toISOString(),
        submittedAt: judgement.instant.toISOString(),
        timeZone: call.timeZone,
        judgedBy: judgement.by,
      },
      {
        path: ['submittedAt'],
        severity: 'warning',
        ...(call.source === undefined ? {} : { source: call.source }),
      },
    ),
  ];
}

/**
 * The proposal arrives within its call's window: before the deadline (an error otherwise) and
 * not before the call's published opening (a warning); a deadline that is `announced` or
 * `projected` gets a warning that names which. A late proposal's issue
 * (`submitted_after_deadline`) is always at path `['submittedAt']`, the field the deadline is
 * about, also for a draft judged by the `at` option (never `[]`, never a path outside the
 * proposal); `params.judgedBy` says which instant was judged (`submission` or `option`) and the
 * message says "ingediend op" / "submitted on" or "beoordeeld op" / "judged on".
 *
 * @internal
 */
export const onTime: ApplicationRule = {
  id: 'on-time',
  codes: [
    'submitted_after_deadline',
    'submission_time_unknown',
    'submitted_before_opening',
    'deadline_not_published',
  ],
  description: {
    nl: 'Het voorstel is ingediend vóór de uiterste datum van de oproep (uiterlijk om 24.00 uur, Brusselse tijd) en niet vóór de gepubliceerde opening van de oproep.',
    en: 'The proposal is submitted before the deadline of the call (24:00 Brussels time on the deadline date) and not before the published opening of the call.',
  },
  source: sources.aanvraagprocedure,
  check({ call, judgement }) {
    if (call === undefined) return [];
    const unconfirmed = notPublished(call);
    if (judgement === undefined)
      return [
        issue('submission_time_unknown', {}, { path: ['submittedAt'], severity: 'warning' }),
        ...unconfirmed,
      ];
    if (inTime(call, judgement.instant)) return [...beforeOpening(call, judgement), ...unconfirmed];
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
          path: ['submittedAt'],
          source: call.source ?? sources.aanvraagprocedure,
        },
      ),
      ...unconfirmed,
    ];
  },
};
