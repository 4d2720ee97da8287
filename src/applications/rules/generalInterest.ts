import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';
import { ruleIssue } from './facts.js';

/**
 * Rule `general-interest`: an applicant that declares economic activities applies only for work
 * within its tasks of general interest (`economic_activities_outside_general_interest` unless
 * `withinGeneralInterest` is `true`).
 *
 * @example
 * ```ts
 * generalInterestRule
 *   .check({ applicant: { economicActivities: { declared: true, withinGeneralInterest: false } } }, {})
 *   .map((i) => i.code);
 * //=> ['economic_activities_outside_general_interest']
 * ```
 */
export const generalInterestRule: ApplicationRule = {
  id: 'general-interest',
  codes: ['economic_activities_outside_general_interest'],
  description: {
    nl: 'Een organisatie met economische activiteiten dient alleen in voor taken van algemeen belang.',
    en: 'An organisation with economic activities applies only for tasks of general interest.',
  },
  source: sources.eligibility,
  check(application, context) {
    const activities = application.applicant?.economicActivities;
    if (activities?.declared !== true || activities.withinGeneralInterest === true) return [];
    return [
      ruleIssue(context, 'economic_activities_outside_general_interest', {
        path: ['applicant', 'economicActivities', 'withinGeneralInterest'],
        params: { withinGeneralInterest: activities.withinGeneralInterest ?? null },
        source: sources.eligibility,
      }),
    ];
  },
};
