/**
 * The ids of the criteria: closed lists, so texts and schemes are checked against them.
 *
 * @module
 */

/**
 * The three published main criteria of the assessment (EWI, 2017): the aims fit the PIO
 * framework; relevance and potential impact; the approach is of sufficient quality.
 */
export const evaluationCriterionIds = [
  'fit-with-pio',
  'relevance-and-impact',
  'quality-of-approach',
] as const;

/** An evaluation criterion (`'fit-with-pio'`, `'relevance-and-impact'`, `'quality-of-approach'`). */
export type EvaluationCriterionId = (typeof evaluationCriterionIds)[number];

/**
 * The exclusion criteria: applicant not eligible; proposal late; solution commercially available
 * off the shelf; market distortion; no procurement foreseen. That VLAIO uses exclusion criteria is
 * published, their wording is not: these are this library's reading of the published rules.
 */
export const exclusionCriterionIds = [
  'applicant-not-eligible',
  'submitted-late',
  'commercially-available',
  'market-distortion',
  'no-procurement-foreseen',
] as const;

/** An exclusion criterion (`'applicant-not-eligible'`, `'submitted-late'`, ...). */
export type ExclusionCriterionId = (typeof exclusionCriterionIds)[number];

/** Any criterion of the catalogue, exclusion or evaluation. */
export type CriterionId = EvaluationCriterionId | ExclusionCriterionId;

/**
 * The built-in sub-criteria (an assumption: the real ones are not published), drawn from what a
 * proposal answers: the need; what the market offers and why it falls short; the research and
 * development still needed; end users and support base; the team; the procurement route.
 */
export const subCriterionIds = [
  'need',
  'market-gap',
  'rd-needed',
  'end-users-and-support-base',
  'team',
  'procurement-route',
] as const;

/** A built-in sub-criterion (`'need'`, `'market-gap'`, ...). */
export type SubCriterionId = (typeof subCriterionIds)[number];
