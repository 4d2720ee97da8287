import type { PioIssue } from '../../issues/PioIssue.js';
import { sources } from '../../parameters/definitions/sources.js';
import { enterpriseNumberDigits } from '../enterpriseNumber.js';
import type { ApplicationRule } from './ApplicationRule.js';
import { partnersOf, ruleIssue } from './facts.js';

/**
 * Rule `partners-distinct`: no partner is the applicant itself (`partner_is_applicant`) and no
 * partner is listed twice (`duplicate_partner`, on every repetition), comparing enterprise
 * numbers whatever their written form.
 *
 * @example
 * ```ts
 * partnersDistinctRule
 *   .check({ applicant: { enterpriseNumber: '0123.456.749' }, partners: [{ enterpriseNumber: '0123456749' }] }, {})
 *   .map((i) => i.code);
 * //=> ['partner_is_applicant']
 * ```
 */
export const partnersDistinctRule: ApplicationRule = {
  id: 'partners-distinct',
  codes: ['partner_is_applicant', 'duplicate_partner'],
  description: {
    nl: 'Elke partner van het consortium is een andere organisatie dan de aanvrager en staat maar één keer vermeld.',
    en: 'Every consortium partner is another organisation than the applicant and is listed once.',
  },
  source: sources.aanvraagprocedure,
  check(application, context) {
    const issues: PioIssue[] = [];
    const applicant = enterpriseNumberDigits(application.applicant?.enterpriseNumber);
    const seen = new Map<string, number>();
    partnersOf(application).forEach((partner, i) => {
      const written = partner?.enterpriseNumber;
      const digits = enterpriseNumberDigits(written);
      if (digits === undefined) return;
      const path = ['partners', i, 'enterpriseNumber'];
      if (digits === applicant) {
        issues.push(
          ruleIssue(context, 'partner_is_applicant', {
            path,
            params: { enterpriseNumber: written },
          }),
        );
        return;
      }
      const first = seen.get(digits);
      if (first === undefined) {
        seen.set(digits, i);
        return;
      }
      issues.push(
        ruleIssue(context, 'duplicate_partner', {
          path,
          params: { enterpriseNumber: written, firstIndex: first },
        }),
      );
    });
    return issues;
  },
};
