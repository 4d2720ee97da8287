import { issue, type IssueData } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';

/** The applicant and the partners are eligible organisations. @internal */
export const eligibleOrganisation: ApplicationRule = {
  id: 'eligible-organisation',
  codes: ['organisation_not_eligible', 'not_subject_to_procurement_law'],
  description: {
    nl: 'De aanvrager is een Vlaamse publieke sectororganisatie die structureel moet voldoen aan de wet op de overheidsopdrachten; ook de partners zijn zulke organisaties.',
    en: 'The applicant is a Flemish public-sector organisation structurally subject to the public procurement law; so are the partners.',
  },
  source: sources.eligibility,
  check({ application, context }) {
    const eligible = context.eligibleOrganisationTypes;
    const found: IssueData[] = [];
    const checkType = (type: string | undefined, path: (string | number)[]): void => {
      if (type === undefined || (eligible as readonly string[]).includes(type)) return;
      found.push(
        issue(
          'organisation_not_eligible',
          { organisationType: type },
          { path, source: sources.eligibility },
        ),
      );
    };
    const applicant = application.applicant;
    checkType(applicant?.organisationType, ['applicant', 'organisationType']);
    if (applicant?.subjectToProcurementLaw === false)
      found.push(
        issue(
          'not_subject_to_procurement_law',
          {},
          {
            path: ['applicant', 'subjectToProcurementLaw'],
            source: sources.eligibility,
          },
        ),
      );
    (application.partners ?? []).forEach((partner, i) => {
      checkType(partner?.organisationType, ['partners', i, 'organisationType']);
    });
    return found;
  },
};
