import { describeType } from '../../issues/describe.js';
import type { PioIssue } from '../../issues/PioIssue.js';
import { fail } from '../../issues/PioRulesError.js';
import { sources } from '../../parameters/definitions/sources.js';
import { organisationEligibility } from '../organisationEligibility.js';
import type { OrganisationType } from '../schema/enums.js';
import type { ApplicationRule } from './ApplicationRule.js';
import { partnersOf, ruleIssue } from './facts.js';

const allTypes: readonly OrganisationType[] = organisationEligibility.map((e) => e.type);

/**
 * Rule `eligible-organisation`: the applicant is a Flemish public-sector body structurally
 * subject to the public procurement law (`not_subject_to_procurement_law` otherwise), and the
 * applicant and every partner are of an eligible type (`organisation_not_eligible`; every type of
 * the format is eligible unless the context's `eligibleOrganisationTypes` leaves it out).
 *
 * @example
 * ```ts
 * eligibleOrganisationRule
 *   .check({ applicant: { organisationType: 'municipality', subjectToProcurementLaw: false } }, {})
 *   .map((i) => i.code);
 * //=> ['not_subject_to_procurement_law']
 * ```
 */
export const eligibleOrganisationRule: ApplicationRule = {
  id: 'eligible-organisation',
  codes: ['organisation_not_eligible', 'not_subject_to_procurement_law'],
  description: {
    nl: 'De aanvrager is een Vlaamse publieke sectororganisatie die structureel moet voldoen aan de wet op de overheidsopdrachten; ook de partners zijn zulke organisaties.',
    en: 'The applicant is a Flemish public-sector organisation structurally subject to the public procurement law; so are the partners.',
  },
  source: sources.eligibility,
  check(application, context) {
    const eligible = context.eligibleOrganisationTypes ?? allTypes;
    if (!Array.isArray(eligible))
      fail(
        'invalid_type',
        { expected: 'an array of organisation types', received: describeType(eligible) },
        ['options', 'eligibleOrganisationTypes'],
      );
    const issues: PioIssue[] = [];
    const checkType = (type: OrganisationType | undefined, path: (string | number)[]): void => {
      if (type === undefined || eligible.includes(type)) return;
      issues.push(
        ruleIssue(context, 'organisation_not_eligible', {
          path,
          params: { organisationType: type },
          source: sources.eligibility,
        }),
      );
    };
    const applicant = application.applicant;
    checkType(applicant?.organisationType, ['applicant', 'organisationType']);
    if (applicant?.subjectToProcurementLaw === false) {
      issues.push(
        ruleIssue(context, 'not_subject_to_procurement_law', {
          path: ['applicant', 'subjectToProcurementLaw'],
          params: { organisationType: applicant.organisationType ?? null },
          source: sources.eligibility,
        }),
      );
    }
    partnersOf(application).forEach((partner, i) => {
      checkType(partner?.organisationType, ['partners', i, 'organisationType']);
    });
    return issues;
  },
};
