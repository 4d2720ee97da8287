import { issue, type IssueData } from '../../issues/issue.js';
import { dottedCheckDigitsValid } from '../enterpriseNumber.js';
import type { ApplicationRule } from './ApplicationRule.js';

/** Every enterprise number has valid check digits. @internal */
export const validEnterpriseNumbers: ApplicationRule = {
  id: 'valid-enterprise-numbers',
  codes: ['invalid_enterprise_number'],
  description: {
    nl: 'Elk ondernemingsnummer (KBO) heeft geldige controlecijfers (97 min de eerste acht cijfers modulo 97).',
    en: 'Every enterprise number (KBO) has valid check digits (97 minus the first eight digits modulo 97).',
  },
  check({ application }) {
    const found: IssueData[] = [];
    // A parsed number is in its dotted form (one in another form did not parse: the schema's
    // issue, not this rule's).
    const applicant = application.applicant?.enterpriseNumber;
    if (applicant !== undefined && !dottedCheckDigitsValid(applicant))
      found.push(
        issue(
          'invalid_enterprise_number',
          { received: applicant },
          { path: ['applicant', 'enterpriseNumber'] },
        ),
      );
    const partners = application.partners ?? [];
    for (let i = 0; i < partners.length; i += 1) {
      const value = partners[i]?.enterpriseNumber;
      if (value !== undefined && !dottedCheckDigitsValid(value))
        found.push(
          issue(
            'invalid_enterprise_number',
            { received: value },
            { path: ['partners', i, 'enterpriseNumber'] },
          ),
        );
    }
    return found;
  },
};
