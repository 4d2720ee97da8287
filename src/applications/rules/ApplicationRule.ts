import type { CallCalendar } from '../../calls/types.js';
import type { LocalizedText, Locale } from '../../i18n/Locale.js';
import type { IssueCode } from '../../issues/codes.js';
import type { PioIssue, Source } from '../../issues/PioIssue.js';
import type { ParameterRegistry } from '../../parameters/types.js';
import type { OrganisationType } from '../schema/enums.js';
import type { PartialApplication } from '../schema/types.js';

/** The id of a business rule on a proposal. */
export type ApplicationRuleId =
  | 'known-call'
  | 'on-time'
  | 'eligible-organisation'
  | 'general-interest'
  | 'no-market-distortion'
  | 'valid-enterprise-numbers'
  | 'partners-distinct'
  | 'procurement-foreseen'
  | 'support-requested'
  | 'not-off-the-shelf'
  | 'cofinancing-within-limits'
  | 'expertise-within-indicative-max';

/** What the business rules need besides the proposal. Every field is optional. */
export interface ApplicationRuleContext {
  /** The instant to judge by when the proposal has no `submittedAt` (a draft checked "now"). */
  readonly at?: Date | undefined;
  /** Language of the messages (default `'nl-BE'`). */
  readonly locale?: Locale | undefined;
  /** The calls calendar (default: the built-in one). */
  readonly calendar?: CallCalendar | undefined;
  /** The parameter registry (default: the built-in one). */
  readonly parameters?: ParameterRegistry | undefined;
  /**
   * The organisation types that may apply (default: every type of `organisationEligibility`,
   * the OCMW as an assumption). Give a shorter list to exclude a type.
   */
  readonly eligibleOrganisationTypes?: readonly OrganisationType[] | undefined;
}

/**
 * One business rule on a proposal, as data: its id, the codes it can report, what it checks and
 * where that comes from, and `check`. A rule reads only the parts of the proposal it needs and
 * reports nothing about parts that are missing or did not parse (the structure check reports
 * those), so it can run on a {@link PartialApplication}.
 */
export interface ApplicationRule {
  /** Stable id, e.g. `'on-time'`. */
  readonly id: ApplicationRuleId;
  /** Every code the rule can report. */
  readonly codes: readonly IssueCode[];
  /** What the rule checks, in Dutch and English. */
  readonly description: LocalizedText;
  /** Where the rule comes from, when a public source states it. */
  readonly source?: Source | undefined;
  /**
   * Checks a proposal.
   *
   * @param application - The proposal, or the parts of it that parsed.
   * @param context - Instant, locale, calendar, parameters.
   * @returns The issues found (errors and warnings); empty when the rule holds.
   */
  check(application: PartialApplication, context: ApplicationRuleContext): PioIssue[];
}
