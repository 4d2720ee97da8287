import { issue, type IssueData } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';

/** Partners are other organisations than the applicant, each listed once. @internal */
export const partnersDistinct: ApplicationRule = {
  id: 'partners-distinct',
  codes: ['partner_is_applicant', 'duplicate_partner'],
  description: {
    nl: 'Elke partner van het consortium is een andere organisatie dan de aanvrager en staat maar één keer vermeld.',
    en: 'Every consortium partner is another organisation than the applicant and is listed once.',
  },
  source: sources.aanvraagprocedure,
  check({ application }) {
    const found: IssueData[] = [];
    // Parsed numbers are in their one dotted form: the same number, the same text.
    const applicant = application.applicant?.enterpriseNumber;
    const partners = application.partners ?? [];
    const seen = new Set<string>();
    for (let i = 0; i < partners.length; i += 1) {
      const written = partners[i]?.enterpriseNumber;
      if (written === undefined) continue;
      const path = ['partners', i, 'enterpriseNumber'];
      if (written === applicant)
        found.push(issue('partner_is_applicant', { enterpriseNumber: written }, { path }));
      else if (seen.has(written))
        found.push(issue('duplicate_partner', { enterpriseNumber: written }, { path }));
      else seen.add(written);
    }
    return found;
  },
};
