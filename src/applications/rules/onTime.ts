import { formatDeadline, isOnTime } from '../../calls/index.js';
import { toInstant } from '../../time/toInstant.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';
import { callOf, ruleIssue } from './facts.js';

/**
 * Rule `on-time`: the proposal is submitted before its call's deadline, 24:00 Brussels time on
 * the deadline date (`submitted_after_deadline`). Without `submittedAt` the context's `at` is
 * judged; without either, the warning `submission_time_unknown`. Nothing is reported for an
 * unknown call (rule `known-call` does that).
 *
 * @example
 * ```ts
 * onTimeRule.check({ callId: '2024-2', submittedAt: new Date('2024-10-10T22:00:00Z') }, {})
 *   .map((i) => i.code);
 * //=> ['submitted_after_deadline']
 * ```
 */
export const onTimeRule: ApplicationRule = {
  id: 'on-time',
  codes: ['submitted_after_deadline', 'submission_time_unknown'],
  description: {
    nl: 'Het voorstel is ingediend vóór de uiterste datum van de oproep (uiterlijk om 24.00 uur, Brusselse tijd).',
    en: 'The proposal is submitted before the deadline of the call (24:00 Brussels time on the deadline date).',
  },
  source: sources.aanvraagprocedure,
  check(application, context) {
    const call = callOf(application, context);
    if (call === undefined) return [];
    const submittedAt = application.submittedAt;
    const instant = submittedAt ?? context.at;
    const path = submittedAt === undefined ? [] : ['submittedAt'];
    if (instant === undefined) {
      return [
        ruleIssue(context, 'submission_time_unknown', {
          path: ['submittedAt'],
          params: { callId: call.id },
          severity: 'warning',
        }),
      ];
    }
    if (isOnTime(call, instant)) return [];
    return [
      ruleIssue(context, 'submitted_after_deadline', {
        path,
        params: {
          callId: call.id,
          submittedAt: toInstant(instant).toISOString(),
          deadline: formatDeadline(call, {
            locale: context.locale ?? 'nl-BE',
            calendar: context.calendar,
          }),
          deadlineInstant: call.deadline.toISOString(),
          judgedBy: submittedAt === undefined ? 'at' : 'submittedAt',
        },
        source: call.source ?? sources.aanvraagprocedure,
      }),
    ];
  },
};
