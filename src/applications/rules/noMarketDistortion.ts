import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';
import { ruleIssue } from './facts.js';

/**
 * Rule `no-market-distortion`: an applicant that declares economic activities confirms that the
 * result does not distort the market (`market_distortion` unless `marketDistortion` is `false`).
 *
 * @example
 * ```ts
 * noMarketDistortionRule
 *   .check({ applicant: { economicActivities: { declared: true, marketDistortion: true } } }, {})
 *   .map((i) => i.code);
 * //=> ['market_distortion']
 * ```
 */
export const noMarketDistortionRule: ApplicationRule = {
  id: 'no-market-distortion',
  codes: ['market_distortion'],
  description: {
    nl: 'Het resultaat mag de markt niet verstoren (marktverstoring).',
    en: 'The result must not distort the market.',
  },
  source: sources.eligibility,
  check(application, context) {
    const activities = application.applicant?.economicActivities;
    if (activities?.declared !== true || activities.marketDistortion === false) return [];
    return [
      ruleIssue(context, 'market_distortion', {
        path: ['applicant', 'economicActivities', 'marketDistortion'],
        params: { marketDistortion: activities.marketDistortion ?? null },
        source: sources.eligibility,
      }),
    ];
  },
};
