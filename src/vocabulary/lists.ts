/**
 * The closed lists of the domain, as data: every module that names one of these values, and
 * every locale that labels them, reads them from here. A locale's label table is typed by these
 * lists, so a value without a label (or a label without a value) fails to compile.
 *
 * @module
 */

/**
 * The category of a cost line: `'rd-services'` O&O-diensten (solution design, development,
 * prototyping); `'rdi'` services, supplies or works for research, development and innovation
 * beyond R&D services (the scope of the decree of 22 March 2024, art. 1, 4°); `'validation'`
 * validation, evaluation or testing in a test environment (proeftuin, pilot);
 * `'feasibility-study'` a feasibility study that prepares an innovative procurement;
 * `'off-the-shelf'` a commercially available solution bought as is; `'other'` anything else.
 * Which are eligible on a date is the parameter `cofinancing.eligibleCategories`: before 2024
 * R&D services and validation, from 2024 also `rdi` and `feasibility-study`.
 */
export const costCategories = [
  'rd-services',
  'rdi',
  'validation',
  'feasibility-study',
  'off-the-shelf',
  'other',
] as const;
/** A cost category. */
export type CostCategory = (typeof costCategories)[number];

/**
 * How VAT is treated: `'excluded'` (the base is excl. VAT, the default) or `'non-recoverable'`
 * (the buyer cannot recover VAT, so VAT at `vat.standardRate` joins the base). Both are
 * assumptions: no published rule was found.
 */
export const vatTreatments = ['excluded', 'non-recoverable'] as const;
/** A VAT treatment. */
export type VatTreatment = (typeof vatTreatments)[number];

/**
 * The public-sector types of organisation, which may apply or join a consortium: the Flemish
 * public-sector bodies named on the VLAIO eligibility page, plus `ocmw` (a local government: an
 * assumption). The default of the option `eligibleOrganisationTypes`.
 */
export const publicOrganisationTypes = [
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

/**
 * The private types of organisation that try to apply, so that a proposal from them is read
 * and told why it is not eligible: `company` (onderneming), `non-profit` (vzw or another
 * private non-profit organisation), `research-centre` (a private research centre),
 * `other-private`. They take part in a PIO project as suppliers of the procurement, not as
 * applicants. A public body structurally subject to the procurement law uses a public type,
 * whatever its activity.
 */
export const privateOrganisationTypes = [
  'company',
  'non-profit',
  'research-centre',
  'other-private',
] as const;

/**
 * Every type of organisation the proposal format names: the public-sector types
 * ({@link publicOrganisationTypes}), then the private ones ({@link privateOrganisationTypes}).
 */
export const organisationTypes = [...publicOrganisationTypes, ...privateOrganisationTypes] as const;
/** A type of organisation. */
export type OrganisationType = (typeof organisationTypes)[number];

/**
 * Whether a value is one of the {@link privateOrganisationTypes}.
 *
 * @internal
 */
export function isPrivateOrganisationType(value: unknown): boolean {
  return (privateOrganisationTypes as readonly unknown[]).includes(value);
}

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
/** A procurement procedure. */
export type ProcurementProcedure = (typeof procurementProcedures)[number];

/** How far the wanted solution exists on the market today. */
export const solutionMaturities = [
  'not-existing',
  'partially-existing',
  'commercially-available',
] as const;
/** How far the wanted solution exists. */
export type SolutionMaturity = (typeof solutionMaturities)[number];

/** Activities of the preparatory track (voortraject) that external expertise can support. */
export const expertiseActivities = [
  'workshops',
  'state-of-the-art',
  'market-consultation',
  'user-survey',
  'feasibility-study',
] as const;
/** An activity of the preparatory track. */
export type ExpertiseActivity = (typeof expertiseActivities)[number];

/** An answer of the innovation quick scan about the market: does the solution exist? */
export const marketAnswers = ['yes', 'partly', 'no', 'unknown'] as const;
/** A market answer. */
export type MarketAnswer = (typeof marketAnswers)[number];

/** The kind of a call: one of the regular calls of a year, or a thematic call beside them. */
export const callKinds = ['regular', 'thematic'] as const;
/** A call kind. */
export type CallKind = (typeof callKinds)[number];

/**
 * What the deadline of a call rests on: `published` (the deadline stands in a call text or a
 * notice of the programme), `announced` (a target date the programme announced, such as "In 2024
 * mikken ze op 18 april en 10 oktober": not yet a fixed deadline), or `projected` (this
 * library's projection: an expected call, never to be presented as confirmed).
 */
export const callDataStatuses = ['published', 'announced', 'projected'] as const;
/** A call's data status. */
export type CallDataStatus = (typeof callDataStatuses)[number];

/**
 * Where a call stands at an instant: `upcoming` (not open yet), `open` (a proposal made then
 * counts for it) or `closed` (its deadline has passed).
 */
export const callStatuses = ['upcoming', 'open', 'closed'] as const;
/** A call's status at an instant. */
export type CallStatus = (typeof callStatuses)[number];

/** Whether a value rests on a public source (`published`) or is this library's assumption. */
export const parameterStatuses = ['published', 'assumed'] as const;
/** A parameter status. */
export type ParameterStatus = (typeof parameterStatuses)[number];

/**
 * How an amount is rounded to the cent: `'down'` toward zero, `'up'` away from zero, `'halfUp'`
 * to nearest with ties away from zero, `'halfEven'` to nearest with ties to the even cent.
 */
export const roundingModes = ['down', 'halfUp', 'halfEven', 'up'] as const;
/** A rounding mode. */
export type RoundingMode = (typeof roundingModes)[number];

/** The languages this library speaks: Dutch first (the users are Flemish civil servants). */
export const locales = ['nl', 'en'] as const;
/** A language of this library. */
export type Locale = (typeof locales)[number];

/** The values of each closed list, by the name an issue uses for it (`invalid_value.enum`). */
export interface EnumValues {
  /** The categories of a cost line. */
  readonly costCategory: CostCategory;
  /** The treatments of VAT. */
  readonly vatTreatment: VatTreatment;
  /** The types of organisation. */
  readonly organisationType: OrganisationType;
  /** The procurement procedures. */
  readonly procurementProcedure: ProcurementProcedure;
  /** How far the wanted solution exists. */
  readonly solutionMaturity: SolutionMaturity;
  /** The activities of the preparatory track (voortraject). */
  readonly expertiseActivity: ExpertiseActivity;
  /** The quick scan's answers about the market. */
  readonly marketAnswer: MarketAnswer;
  /** The kinds of call. */
  readonly callKind: CallKind;
  /** What a call's data rests on. */
  readonly callDataStatus: CallDataStatus;
  /** What a parameter's value rests on. */
  readonly parameterStatus: ParameterStatus;
  /** The rounding modes. */
  readonly roundingMode: RoundingMode;
  /** The languages of this library. */
  readonly locale: Locale;
}
