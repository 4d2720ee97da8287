import { issue } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';

/** An organisation with economic activities applies only for tasks of general interest. @internal */
export const generalInterest: ApplicationRule = {
  id: 'general-interest',
  codes: ['economic_activities_outside_general_interest'],
  description: {
    nl: 'Een organisatie met economische activiteiten dient alleen in voor taken van algemeen belang.',
    en: 'An organisation with economic activities applies only for tasks of general interest.',
  },
  source: sources.eligibility,
  check({ application }) {
    const activities = application.applicant?.economicActivities;
    if (activities?.declared !== true || activities.withinGeneralInterest === true) return [];
    return [
      issue(
        'economic_activities_outside_general_interest',
        {},
        {
          path: ['applicant', 'economicActivities', 'withinGeneralInterest'],
          source: sources.eligibility,
        },
      ),
    ];
  },
};
