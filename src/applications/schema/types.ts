import type { Money } from '../../money/Money.js';
import type {
  CostCategory,
  ExpertiseActivity,
  OrganisationType,
  ProcurementProcedure,
  SolutionMaturity,
  VatTreatment,
} from '../../vocabulary/index.js';

/** The contact person of a proposal. */
export interface Contact {
  /** Name (naam). */
  readonly name: string;
  /** E-mail address (e-mailadres). */
  readonly email: string;
  /** Phone number (telefoonnummer). */
  readonly phone?: string | undefined;
}

/** Whether the applicant has economic activities, and if so, on what terms it applies. */
export interface EconomicActivities {
  /** `true` when the organisation also has economic activities. */
  readonly declared: boolean;
  /** When declared: the project lies within its tasks of general interest (must be `true`). */
  readonly withinGeneralInterest?: boolean | undefined;
  /** When declared: the result would distort the market (must be `false`). */
  readonly marketDistortion?: boolean | undefined;
}

/** The applying organisation (aanvrager). */
export interface Applicant {
  /** Name of the organisation. */
  readonly name: string;
  /** Type of organisation. */
  readonly organisationType: OrganisationType;
  /**
   * KBO enterprise number. In the document any accepted form (`BE 0207.123.407`,
   * `0207 123 407`, `0207123407`, `207.123.407`, ...); in a parsed proposal its dotted form,
   * `0207.123.407`.
   */
  readonly enterpriseNumber: string;
  /** Structurally subject to the public procurement law. */
  readonly subjectToProcurementLaw: boolean;
  /** Economic activities. */
  readonly economicActivities: EconomicActivities;
  /** Contact person. */
  readonly contact: Contact;
}

/** A consortium partner. */
export interface Partner {
  /** Name of the organisation. */
  readonly name: string;
  /** Type of organisation. */
  readonly organisationType: OrganisationType;
  /** KBO enterprise number: any accepted form in the document, the dotted form once parsed. */
  readonly enterpriseNumber: string;
}

/** The project and the proposal's answers to the guidance questions. */
export interface Project {
  /** Title. */
  readonly title: string;
  /** Short summary. */
  readonly summary: string;
  /** The need or question (behoefte). */
  readonly need: string;
  /** Characteristics of the ideal solution. */
  readonly idealSolution: string;
  /** What the market offers today (marktverkenning). */
  readonly marketScan: string;
  /** What needs research, development and innovation (O&O&I). */
  readonly rdNeeds: string;
  /** End users and their constraints. */
  readonly endUsers: string;
  /** Support base (draagvlak). */
  readonly supportBase: string;
  /** The multidisciplinary team. */
  readonly team: string;
  /** How far the solution exists on the market. */
  readonly solutionMaturity: SolutionMaturity;
}

/** A cost line as written in the JSON document: the amount is a decimal string. */
export interface ApplicationCostLineDocument {
  /** Cost category. */
  readonly category: CostCategory;
  /** Amount in euro excl. VAT, a decimal string (`"1200000.00"`). */
  readonly amount: string;
  /** What the line is for. */
  readonly label?: string | undefined;
}

/** A cost line of a parsed proposal. */
export interface ApplicationCostLine {
  /** Cost category. */
  readonly category: CostCategory;
  /** Amount excl. VAT. */
  readonly amount: Money;
  /** What the line is for. */
  readonly label?: string | undefined;
}

/** The foreseen procurement as written in the JSON document. */
export interface ProcurementDocument {
  /** Procurement procedure. */
  readonly procedure: ProcurementProcedure;
  /** Cost lines (at least one). */
  readonly costs: readonly ApplicationCostLineDocument[];
  /** VAT treatment of the base. */
  readonly vat: VatTreatment;
}

/** The foreseen procurement of a parsed proposal. */
export interface Procurement {
  /** Procurement procedure. */
  readonly procedure: ProcurementProcedure;
  /** Cost lines (at least one). */
  readonly costs: readonly ApplicationCostLine[];
  /** VAT treatment of the base. */
  readonly vat: VatTreatment;
}

/** A request for external expertise as written in the JSON document. */
export interface ExternalExpertiseDocument {
  /** The activities of the preparatory track. */
  readonly activities: readonly ExpertiseActivity[];
  /** Requested amount, a decimal string. */
  readonly requested: string;
}

/** A request for external expertise of a parsed proposal. */
export interface ExternalExpertise {
  /** The activities of the preparatory track. */
  readonly activities: readonly ExpertiseActivity[];
  /** Requested amount. */
  readonly requested: Money;
}

/** A request for cofinancing as written in the JSON document. */
export interface CofinancingRequestDocument {
  /** Requested cofinancing, a decimal string. */
  readonly requested: string;
}

/** A request for cofinancing of a parsed proposal. */
export interface CofinancingRequest {
  /** Requested cofinancing. */
  readonly requested: Money;
}

/** The support asked, as written in the JSON document. */
export interface SupportDocument {
  /** Guidance by the PIO team (begeleiding). */
  readonly guidance: boolean;
  /** External expertise in the preparatory track. */
  readonly externalExpertise?: ExternalExpertiseDocument | undefined;
  /** Cofinancing. */
  readonly cofinancing?: CofinancingRequestDocument | undefined;
}

/** The support asked in a parsed proposal. */
export interface Support {
  /** Guidance by the PIO team (begeleiding). */
  readonly guidance: boolean;
  /** External expertise in the preparatory track. */
  readonly externalExpertise?: ExternalExpertise | undefined;
  /** Cofinancing. */
  readonly cofinancing?: CofinancingRequest | undefined;
}

/**
 * A project proposal (projectvoorstel) as a JSON document: what a form or portal sends. Every
 * amount is a decimal string; `submittedAt` an ISO 8601 string with offset.
 */
export interface ApplicationDocument {
  /** Version of the format: `"1"`. */
  readonly schemaVersion: '1';
  /** The call, e.g. `"2024-2"`. */
  readonly callId: string;
  /** When it was submitted, e.g. `"2024-10-10T16:30:00+02:00"`; absent for a draft. */
  readonly submittedAt?: string | undefined;
  /** The applying organisation. */
  readonly applicant: Applicant;
  /** Consortium partners. */
  readonly partners?: readonly Partner[] | undefined;
  /** The project and the answers. */
  readonly project: Project;
  /** The foreseen procurement; a proposal without one is not a PIO project. */
  readonly procurement?: ProcurementDocument | undefined;
  /** The support asked. */
  readonly support: SupportDocument;
}

/** A parsed project proposal: amounts as `Money`, `submittedAt` as a `Date`. */
export interface Application {
  /** Version of the format: `"1"`. */
  readonly schemaVersion: '1';
  /** The call, e.g. `"2024-2"`. */
  readonly callId: string;
  /** When it was submitted; absent for a draft. */
  readonly submittedAt?: Date | undefined;
  /** The applying organisation. */
  readonly applicant: Applicant;
  /** Consortium partners. */
  readonly partners?: readonly Partner[] | undefined;
  /** The project and the answers. */
  readonly project: Project;
  /** The foreseen procurement. */
  readonly procurement?: Procurement | undefined;
  /** The support asked. */
  readonly support: Support;
}

/**
 * Whatever parts of a proposal could be read: every property of {@link Application} may be
 * missing, at every depth (array items too). Business rules take this, so they run on the parts
 * that parsed even when others did not; a complete `Application` is one as well.
 */
export type PartialApplication = DeepPartial<Application>;

/**
 * Every property optional, at every depth; `Money`, `Date` and primitives stay whole.
 *
 * @typeParam T - The type to make partial.
 */
export type DeepPartial<T> = T extends Money | Date | string | number | boolean
  ? T
  : T extends readonly (infer E)[]
    ? readonly (DeepPartial<E> | undefined)[]
    : { readonly [K in keyof T]?: DeepPartial<T[K]> | undefined };
