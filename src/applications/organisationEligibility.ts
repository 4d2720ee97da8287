import type { Source } from '../issues/issue.js';
import type { LocalizedText } from '../locales/LocalizedText.js';
import { sources } from '../parameters/definitions/sources.js';
import type { OrganisationType, ParameterStatus } from '../vocabulary/index.js';

/** One type of organisation and why it may apply. */
export interface OrganisationEligibility {
  /** The organisation type. */
  readonly type: OrganisationType;
  /** What the type covers, in Dutch and English. */
  readonly label: LocalizedText;
  /** `published` when the VLAIO page names it, `assumed` when this library assumes it. */
  readonly status: ParameterStatus;
  /** Where its eligibility comes from. */
  readonly source: Source;
}

/**
 * Who may apply: "alle Vlaamse publieke sectororganisaties die structureel moeten voldoen aan de
 * Wet op de Overheidsopdrachten" (VLAIO). Every type below is eligible when it is structurally
 * subject to the procurement law; together they are `vocabulary.publicOrganisationTypes`, the
 * default of the `eligibleOrganisationTypes` option. The private types of the format (`company`,
 * `non-profit`, `research-centre`, `other-private`) are not here: they are not eligible, and take
 * part as suppliers of the procurement. That an OCMW counts as a local government is an
 * assumption of this library (status `assumed`); callers who know better pass their own list as
 * the `eligibleOrganisationTypes` option.
 *
 * @example
 * ```ts
 * organisationEligibility.find((e) => e.type === 'ocmw')?.status;
 * //=> 'assumed'
 * ```
 */
export const organisationEligibility: readonly OrganisationEligibility[] = Object.freeze(
  (
    [
      [
        'flemish-department',
        'departement van de Vlaamse overheid',
        'department of the Flemish government',
      ],
      ['flemish-agency', 'agentschap van de Vlaamse overheid', 'agency of the Flemish government'],
      ['province', 'provinciebestuur', 'provincial government'],
      [
        'municipality',
        'gemeente of stad (lokaal bestuur)',
        'municipality or city (local government)',
      ],
      [
        'ocmw',
        'OCMW (als lokaal bestuur)',
        'OCMW, public centre for social welfare (as a local government)',
      ],
      [
        'intermunicipal',
        'intergemeentelijk samenwerkingsverband (intercommunale)',
        'intermunicipal association',
      ],
      [
        'care-institution',
        'zorginstelling die van de Vlaamse of lokale overheid afhangt',
        'care institution depending on the Flemish or local government',
      ],
      ['hospital', 'Vlaams ziekenhuis', 'Flemish hospital'],
      [
        'other-public-body',
        'andere Vlaamse organisatie die van deze overheden afhangt',
        'other Flemish organisation depending on these governments',
      ],
    ] as const
  ).map(([type, nl, en]) =>
    Object.freeze({
      type,
      label: Object.freeze({ nl, en }),
      status: type === 'ocmw' ? 'assumed' : 'published',
      source: type === 'ocmw' ? sources.assumption : sources.eligibility,
    } satisfies OrganisationEligibility),
  ),
);
