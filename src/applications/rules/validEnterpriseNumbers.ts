import { issue, type IssueData } from '../../issues/issue.js';
import { enterpriseNumberDigits, isValidEnterpriseNumber } from '../enterpriseNumber.js';
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
    const checkNumber = (value: string | undefined, path: (string | number)[]): void => {
      if (value === undefined || enterpriseNumberDigits(value) === undefined) return;
      if (!isValidEnterpriseNumber(value))
        found.push(issue('invalid_enterprise_number', { received: value }, { path }));
    };
    checkNumber(application.applicant?.enterpriseNumber, ['applicant', 'enterpriseNumber']);
    (application.partners ?? []).forEach((partner, i) => {
      checkNumber(partner?.enterpriseNumber, ['partners', i, 'enterpriseNumber']);
    });
    return found;
  },
};
