import type { IssueCode } from '../../issues/codes.js';
import type { IssueData, Source } from '../../issues/issue.js';
import type { LocalizedText } from '../../locales/LocalizedText.js';
import type { Facts } from '../facts.js';

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

/** A business rule on a proposal, as data: its id, the codes it reports, what it checks, its source. */
export interface ApplicationRuleInfo {
  /** Stable id, e.g. `'on-time'`. */
  readonly id: ApplicationRuleId;
  /** Every code the rule can report. */
  readonly codes: readonly IssueCode[];
  /** What the rule checks, in Dutch and English. */
  readonly description: LocalizedText;
  /** Where the rule comes from, when a public source states it. */
  readonly source?: Source | undefined;
}

/**
 * A business rule with its check: it compares facts worked out once ({@link Facts}) and returns
 * issues as data. It reads only the parts of the proposal it needs and says nothing about parts
 * that are missing or did not parse (the structure check reports those).
 *
 * @internal
 */
export interface ApplicationRule extends ApplicationRuleInfo {
  /** The issues found (errors and warnings); empty when the rule holds. */
  check(facts: Facts): IssueData[];
}
