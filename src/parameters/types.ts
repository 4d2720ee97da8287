import type { Source } from '../issues/issue.js';
import type { LocalizedText } from '../locales/LocalizedText.js';
import type {
  CostCategory,
  DecisionBodyName,
  ParameterStatus,
  RoundingMode,
} from '../vocabulary/index.js';

export type { DecisionBodyName, ParameterStatus } from '../vocabulary/index.js';

/** A parameter value: plain JSON data (amounts and rates as decimal strings). */
export type ParameterValue =
  | string
  | number
  | boolean
  | readonly ParameterValue[]
  | { readonly [key: string]: ParameterValue };

/** One dated version of a parameter. */
export interface ParameterVersion {
  /** The value in force (amounts and rates as decimal strings: `"0.5"`, `"1000000.00"`). */
  readonly value: ParameterValue;
  /** First day in force, `YYYY-MM-DD`, Brussels time. */
  readonly validFrom: string;
  /** Last day in force (inclusive), `YYYY-MM-DD`; absent while in force. */
  readonly validUntil?: string;
  /** `published` or `assumed`. */
  readonly status: ParameterStatus;
  /** Where the value comes from. */
  readonly source: Source;
  /**
   * Further sources the value rests on, each cited like `source` (the 2024 cost categories rest
   * on the decree and on VLAIO's eligibility page).
   */
  readonly otherSources?: readonly Source[];
  /** What is assumed about this version, if anything (for example its dates). */
  readonly note?: LocalizedText;
}

/**
 * A parameter version as a result cites it (in a step of an explanation, in the list of the
 * versions a computation used): its id, value, first day, status and source.
 */
export interface UsedParameter {
  /** Parameter id (`"cofinancing.maxRate"`). */
  readonly id: string;
  /** The value used. */
  readonly value: ParameterValue;
  /** First day the version is in force, `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** `published` or `assumed`. */
  readonly status: ParameterStatus;
  /** Where the value comes from. */
  readonly source: Source;
}

/** A parameter: what it means and its dated versions. */
export interface ParameterDefinition {
  /** Stable id, e.g. `cofinancing.maxRate`. */
  readonly id: string;
  /** What the parameter means. */
  readonly description: LocalizedText;
  /** Unit of the value: `rate`, `EUR`, `count`, `time`, `timeZone`, `roundingMode`, ... */
  readonly unit: string;
  /** The versions, oldest first, not overlapping. */
  readonly versions: readonly ParameterVersion[];
}

/** A parameter resolved at a date: the version in force, flattened. */
export interface ResolvedParameter<V extends ParameterValue = ParameterValue> {
  /** Parameter id. */
  readonly id: string;
  /** Value in force. */
  readonly value: V;
  /** Unit of the value. */
  readonly unit: string;
  /** First day in force. */
  readonly validFrom: string;
  /** Last day in force, or `null` while open-ended. */
  readonly validUntil: string | null;
  /** `published` or `assumed`. */
  readonly status: ParameterStatus;
  /** Where the value comes from. */
  readonly source: Source;
  /** Further sources the value rests on, when the version names any. */
  readonly otherSources?: readonly Source[];
  /** What is assumed about this version, if anything. */
  readonly note?: LocalizedText;
}

/**
 * A checked registry of parameters. Make one with `createParameterRegistry`; every rule function
 * takes one as its `parameters` option.
 */
export interface ParameterRegistry {
  /** Marks a value made by `createParameterRegistry`. */
  readonly kind: 'pio-parameter-registry';
  /** The parameters by id; a `Map` that refuses changes: a registry never changes. */
  readonly definitions: ReadonlyMap<string, ParameterDefinition>;
}

/** The value types of the parameters this library reads, by id. */
export interface KnownParameterValues {
  /** Maximum cofinancing rate, a decimal string (`"0.5"`). */
  'cofinancing.maxRate': string;
  /** Indicative cap per project, a decimal amount (`"1000000.00"`). */
  'cofinancing.cap': string;
  /** Rounding of the maximum to the cent. */
  'cofinancing.rounding': RoundingMode;
  /** Cost categories that count for the base. */
  'cofinancing.eligibleCategories': readonly CostCategory[];
  /** Indicative maximum for external expertise, a decimal amount. */
  'expertise.indicativeMax': string;
  /** Regular calls a year. */
  'calls.perYear': number;
  /** Time of day of the deadline (`"24:00"`). */
  'calls.deadlineTimeOfDay': string;
  /** IANA time zone of deadlines and of every date of the registry. */
  'calls.timeZone': string;
  /** Projection rule of the regular calls in years without published dates. */
  'calls.projection': {
    /** One rule per regular call of a year, in order: call 1, call 2, ... */
    readonly slots: readonly {
      /** Month of the deadline date, 1 to 12. */
      readonly month: number;
      /** ISO weekday of the deadline date, 1 (Monday) to 7 (Sunday). */
      readonly weekday: number;
      /** Which such weekday of the month, 1 to 4. */
      readonly occurrence: number;
    }[];
    /** Years after the last year with a known call that `getCalls()` lists by default. */
    readonly horizonYears: number;
  };
  /** VAT rate for non-recoverable VAT, a decimal string. */
  'vat.standardRate': string;
  /** The body that approves the cofinancing and may decide otherwise, named in both languages. */
  'decision.body': DecisionBodyName;
  /** The scoring scheme of the evaluation criteria. */
  'criteria.scoringScheme': ParameterValue;
}

/** The id of a parameter this library reads. */
export type KnownParameterId = keyof KnownParameterValues;
