import { issue, type IssueData } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import { enterpriseNumberDigits } from '../enterpriseNumber.js';
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
    const applicant = enterpriseNumberDigits(application.applicant?.enterpriseNumber);
    const seen = new Set<string>();
    (application.partners ?? []).forEach((partner, i) => {
      const written = partner?.enterpriseNumber;
      const digits = enterpriseNumberDigits(written);
      if (written === undefined || digits === undefined) return;
      const path = ['partners', i, 'enterpriseNumber'];
      if (digits === applicant)
        found.push(issue('partner_is_applicant', { enterpriseNumber: written }, { path }));
      else if (seen.has(digits))
        found.push(issue('duplicate_partner', { enterpriseNumber: written }, { path }));
      else seen.add(digits);
    });
    return found;
  },
};
