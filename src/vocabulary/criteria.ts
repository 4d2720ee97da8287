/**
 * The closed lists of the criteria: the published main criteria, the exclusion criteria, the
 * built-in sub-criteria, the decisions and the quick scan's answers.
 *
 * @module
 */

/** The ids of the three published main criteria (EWI 2017), in their published order. */
export const evaluationCriterionIds = [
  'fit-with-pio',
  'relevance-and-impact',
  'quality-of-approach',
] as const;
/** The id of a main (evaluation) criterion. */
export type EvaluationCriterionId = (typeof evaluationCriterionIds)[number];

/** The ids of the exclusion criteria: each one is checked by business rules of a proposal. */
export const exclusionCriterionIds = [
  'applicant-not-eligible',
  'submitted-late',
  'commercially-available',
  'market-distortion',
  'no-procurement-foreseen',
] as const;
/** The id of an exclusion criterion. */
export type ExclusionCriterionId = (typeof exclusionCriterionIds)[number];

/** The id of any criterion of the catalogue. */
export type CriterionId = EvaluationCriterionId | ExclusionCriterionId;

/** The ids of the built-in sub-criteria (an assumption: none are published). */
export const subCriterionIds = [
  'need',
  'market-gap',
  'rd-needed',
  'end-users-and-support-base',
  'team',
  'procurement-route',
] as const;
/** The id of a built-in sub-criterion. */
export type SubCriterionId = (typeof subCriterionIds)[number];

/** The decision on admission: ontvankelijk or niet ontvankelijk. */
export const decisions = ['admitted', 'not-admitted'] as const;
/** A decision. */
export type Decision = (typeof decisions)[number];

/** What follows a decision. */
export const nextSteps = ['guidance', 'resubmit-in-later-call'] as const;
/** What follows a decision. */
export type NextStep = (typeof nextSteps)[number];

/** Why the quick scan does not give green. */
export const quickScanReasonCodes = [
  'solution_available',
  'market_unknown',
  'no_rd_needed',
  'no_end_user_or_support_base',
  'no_procurement_foreseen',
] as const;
/** A reason of the quick scan. */
export type QuickScanReasonCode = (typeof quickScanReasonCodes)[number];

/** The colours of the quick scan. */
export const trafficLights = ['green', 'orange', 'red'] as const;
/** A colour of the quick scan. */
export type TrafficLight = (typeof trafficLights)[number];

/** What the quick scan advises to do next. */
export const quickScanNextSteps = [
  'full-proposal',
  'external-expertise',
  'not-a-pio-project',
] as const;
/** What the quick scan advises. */
export type QuickScanNextStep = (typeof quickScanNextSteps)[number];
