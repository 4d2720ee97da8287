import type { PioIssue } from '../../issues/PioIssue.js';
import { enterpriseNumberDigits, isValidEnterpriseNumber } from '../enterpriseNumber.js';
import type { ApplicationRule } from './ApplicationRule.js';
import { partnersOf, ruleIssue } from './facts.js';

/**
 * Rule `valid-enterprise-numbers`: the enterprise numbers of the applicant and of every partner
 * have valid KBO check digits (`invalid_enterprise_number`). A number that is not even in the
 * form `0123.456.749` or `0123456749` is a structural `invalid_format` instead.
 *
 * @example
 * ```ts
 * validEnterpriseNumbersRule.check({ applicant: { enterpriseNumber: '0123.456.748' } }, {})
 *   .map((i) => i.code);
 * //=> ['invalid_enterprise_number']
 * ```
 */
export const validEnterpriseNumbersRule: ApplicationRule = {
  id: 'valid-enterprise-numbers',
  codes: ['invalid_enterprise_number'],
  description: {
    nl: 'Elk ondernemingsnummer (KBO) heeft geldige controlecijfers (97 min de eerste acht cijfers modulo 97).',
    en: 'Every enterprise number (KBO) has valid check digits (97 minus the first eight digits modulo 97).',
  },
  check(application, context) {
    const issues: PioIssue[] = [];
    const checkNumber = (value: string | undefined, path: (string | number)[]): void => {
      if (value === undefined || enterpriseNumberDigits(value) === undefined) return;
      if (isValidEnterpriseNumber(value)) return;
      issues.push(
        ruleIssue(context, 'invalid_enterprise_number', { path, params: { received: value } }),
      );
    };
    checkNumber(application.applicant?.enterpriseNumber, ['applicant', 'enterpriseNumber']);
    partnersOf(application).forEach((partner, i) => {
      checkNumber(partner?.enterpriseNumber, ['partners', i, 'enterpriseNumber']);
    });
    return issues;
  },
};
