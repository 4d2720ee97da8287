import type { VatTreatment } from '../../cofinancing/types.js';

/**
 * The closed lists of a proposal: organisation types, procurement procedures, solution
 * maturities, external-expertise activities and VAT treatments (the cost categories are the cofinancing
 * module's `costCategories`).
 *
 * @module
 */

/**
 * The types of organisation that may apply or join a consortium: the Flemish public-sector
 * bodies named on the VLAIO eligibility page, plus `ocmw` (a local government: an assumption).
 */
export const organisationTypes = [
  'flemish-department',
  'flemish-agency',
  'province',
  'municipality',
  'ocmw',
  'intermunicipal',
  'care-institution',
  'hospital',
  'other-public-body',
] as const;

/** A type of organisation (`'municipality'`, `'flemish-agency'`, ...). */
export type OrganisationType = (typeof organisationTypes)[number];

/**
 * The procurement procedures a PIO project can use: pre-commercial procurement (`pcp`), public
 * procurement of innovative solutions (`ppi`), PPI with a validation or test phase, innovation
 * partnership, competitive dialogue, competitive procedure with negotiation.
 */
export const procurementProcedures = [
  'pcp',
  'ppi',
  'ppi-with-validation',
  'innovation-partnership',
  'competitive-dialogue',
  'competitive-negotiation',
] as const;

/** A procurement procedure (`'pcp'`, `'ppi'`, ...). */
export type ProcurementProcedure = (typeof procurementProcedures)[number];

/** How far the wanted solution exists on the market today. */
export const solutionMaturities = [
  'not-existing',
  'partially-existing',
  'commercially-available',
] as const;

/** How far the wanted solution exists (`'not-existing'`, `'partially-existing'`, `'commercially-available'`). */
export type SolutionMaturity = (typeof solutionMaturities)[number];

/** Activities of the preparatory track (voortraject) that external expertise can support. */
export const expertiseActivities = [
  'workshops',
  'state-of-the-art',
  'market-consultation',
  'user-survey',
  'feasibility-study',
] as const;

/** An activity of the preparatory track (`'workshops'`, `'market-consultation'`, ...). */
export type ExpertiseActivity = (typeof expertiseActivities)[number];

/**
 * The VAT treatments of the cofinancing module, as a list for the schema: `excluded` (the base is
 * excl. VAT) or `non-recoverable` (VAT joins the base because it cannot be recovered).
 */
export const vatTreatments = [
  'excluded',
  'non-recoverable',
] as const satisfies readonly VatTreatment[];
