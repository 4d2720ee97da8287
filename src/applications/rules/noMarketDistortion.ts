import { issue } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';

/** The result must not distort the market. @internal */
export const noMarketDistortion: ApplicationRule = {
  id: 'no-market-distortion',
  codes: ['market_distortion'],
  description: {
    nl: 'Het resultaat mag de markt niet verstoren (marktverstoring).',
    en: 'The result must not distort the market.',
  },
  source: sources.eligibility,
  check({ application }) {
    const activities = application.applicant?.economicActivities;
    if (activities?.declared !== true || activities.marketDistortion === false) return [];
    return [
      issue(
        'market_distortion',
        {},
        {
          path: ['applicant', 'economicActivities', 'marketDistortion'],
          source: sources.eligibility,
        },
      ),
    ];
  },
};
