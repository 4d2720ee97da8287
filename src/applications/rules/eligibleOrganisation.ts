import { issue, type IssueData } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';

/** The VLAIO page, with the sentence the rule rests on. */
const ELIGIBILITY = Object.freeze({
  ...sources.eligibility,
  quote:
    'Alle Vlaamse publieke sectororganisaties die structureel moeten voldoen aan de Wet op de Overheidsopdrachten',
});

/**
 * The applicant and the partners are eligible organisations: of a type in
 * `eligibleOrganisationTypes` (by default the public-sector types; a company, non-profit,
 * research centre or other private organisation is told that it is not eligible and takes part
 * as a supplier), and the applicant is structurally subject to the procurement law.
 *
 * @internal
 */
export const eligibleOrganisation: ApplicationRule = {
  id: 'eligible-organisation',
  codes: ['organisation_not_eligible', 'not_subject_to_procurement_law'],
  description: {
    nl: 'De aanvrager is een Vlaamse publieke sectororganisatie die structureel moet voldoen aan de wet op de overheidsopdrachten; ook de partners zijn zulke organisaties.',
    en: 'The applicant is a Flemish public-sector organisation structurally subject to the public procurement law; so are the partners.',
  },
  source: ELIGIBILITY,
  check({ application, context }) {
    const eligible = context.eligibleOrganisationTypes;
    const found: IssueData[] = [];
    const checkType = (type: string | undefined, path: (string | number)[]): void => {
      if (type === undefined || (eligible as readonly string[]).includes(type)) return;
      found.push(
        issue(
          'organisation_not_eligible',
          { organisationType: type },
          { path, source: ELIGIBILITY },
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
            source: ELIGIBILITY,
          },
        ),
      );
    (application.partners ?? []).forEach((partner, i) => {
      checkType(partner?.organisationType, ['partners', i, 'organisationType']);
    });
    return found;
  },
};
