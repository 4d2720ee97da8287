import type { IssueCode } from '../issues/codes.js';
import type { EnumName, FormatName, IssueParams, TypeName } from '../issues/params.js';
import type {
  CriterionId,
  Decision,
  NextStep,
  QuickScanNextStep,
  QuickScanReasonCode,
  SubCriterionId,
  TrafficLight,
} from '../vocabulary/criteria.js';
import type { EnumValues } from '../vocabulary/index.js';
import type { StepCode, StepParams } from '../vocabulary/steps.js';
import type { Formatter } from './Formatter.js';

/** The words a formatter builds dates, times and lists from. */
export interface Words {
  /** January to December. */
  readonly months: readonly string[];
  /** Monday to Sunday. */
  readonly weekdays: readonly string[];
  /** "a, b of c" / "a, b or c". */
  readonly or: string;
  /** "a, b en c" / "a, b and c". */
  readonly and: string;
  /** The decimal sign of numbers in text. */
  readonly decimalSign: string;
  /** A date and a time of day: "donderdag 10 oktober 2024 om 24.00 uur". */
  readonly dateAtTime: (date: string, time: string) => string;
  /** The separator of hours and minutes ("24.00" / "24:00"). */
  readonly timeSeparator: string;
  /** A date: day, month name and year in the language's order. */
  readonly date: (day: number, month: string, year: number) => string;
}

/** Labels of the closed lists, the kinds of values and the written forms. */
export interface Labels {
  /** The label of every value of every closed list. */
  readonly enums: { readonly [E in EnumName]: { readonly [V in EnumValues[E]]: string } };
  /** The kind of a value, as a message names it ("tekst", "een getal"). */
  readonly types: { readonly [T in TypeName]: string };
  /** What each written form asks for. */
  readonly formats: { readonly [F in FormatName]: string };
  /** "12 tekens", "3 elementen". */
  readonly units: {
    readonly characters: (count: number) => string;
    readonly items: (count: number) => string;
  };
}

/** The message of every issue code. */
export type IssueTexts = {
  readonly [C in IssueCode]: (params: IssueParams[C], f: Formatter) => string;
};

/** The text of every explanation step. */
export type StepTexts = {
  readonly [S in StepCode]: (params: StepParams[S], f: Formatter) => string;
};

/** The name and description of a criterion in one language. */
export interface CriterionText {
  /** Short name. */
  readonly label: string;
  /** What it asks. */
  readonly description: string;
}

/** The texts of the criteria, the decision and the quick scan. */
export interface CriteriaTexts {
  /** Name and description of every criterion. */
  readonly criteria: { readonly [K in CriterionId]: CriterionText };
  /** Name and description of every built-in sub-criterion. */
  readonly subCriteria: { readonly [K in SubCriterionId]: CriterionText };
  /** What is published and what is not about the evaluation criteria. */
  readonly evaluationNote: string;
  /** Why the exclusion criteria are `assumed`. */
  readonly exclusionNote: string;
  /** The decision as a word. */
  readonly decision: { readonly [K in Decision]: string };
  /** What follows the decision. */
  readonly nextStep: { readonly [K in NextStep]: string };
  /** The reasons for a no. */
  readonly reasons: {
    readonly excluded: (label: string, message: string) => string;
    readonly criterionBelowThreshold: (label: string, score: string, threshold: string) => string;
    readonly totalBelowThreshold: (total: string, threshold: string) => string;
  };
  /** The parts of the motivation text. */
  readonly explain: {
    readonly title: (title: string, callId: string) => string;
    readonly decisionLine: (decision: string) => string;
    readonly reasonsHeading: string;
    readonly scoresHeading: (min: string, max: string) => string;
    readonly criterionLine: (
      label: string,
      weight: string,
      score: string,
      threshold: string | null,
      passed: boolean,
    ) => string;
    readonly subCriterionLine: (label: string, weight: string, score: string) => string;
    readonly remark: (text: string) => string;
    readonly totalLine: (total: string, threshold: string | null, passed: boolean) => string;
    readonly summary: (text: string) => string;
    readonly nextStepHeading: string;
    readonly assumedScheme: string;
  };
  /** The texts of the quick self-check. */
  readonly quickScan: {
    readonly title: string;
    readonly light: { readonly [K in TrafficLight]: string };
    readonly lightLine: (light: string) => string;
    readonly reasons: { readonly [K in QuickScanReasonCode]: string };
    readonly nextStep: { readonly [K in QuickScanNextStep]: string };
    readonly nextStepHeading: string;
  };
}

/** A rule of the projection of regular calls: which weekday of which month. */
export interface ProjectionSlotText {
  /** Month, 1 to 12. */
  readonly month: number;
  /** ISO weekday, 1 (Monday) to 7 (Sunday). */
  readonly weekday: number;
  /** Which such weekday of the month, 1 to 4. */
  readonly occurrence: number;
}

/** The texts of the calls calendar. */
export interface CallTexts {
  /** The title of a projected regular call: "Oproep 1 van 2027 (verwacht)". */
  readonly projectedTitle: (number: number, year: number) => string;
  /** The note of a projected call, naming the rule its date follows. */
  readonly projectedNote: (slot: ProjectionSlotText) => string;
  /**
   * A deadline as people write it: the date at its time of day (`dateAtTime`), then the time
   * zone when it is to be named, then whether the call is only expected.
   */
  readonly deadline: (
    dateAtTime: string,
    timeZone: string | undefined,
    projected: boolean,
  ) => string;
}

/**
 * Everything the library says in one language, as one complete typed table: a missing or extra
 * key fails to compile. One folder per language (`locales/nl/`, `locales/en/`); the command
 * line's texts live beside these in the same folders but are loaded by the command line only.
 */
export interface LocaleTable {
  readonly words: Words;
  readonly labels: Labels;
  readonly issues: IssueTexts;
  readonly steps: StepTexts;
  readonly criteria: CriteriaTexts;
  readonly calls: CallTexts;
  /** "(aanname)" / "(assumption)": ends a step that rests on an assumption. */
  readonly assumption: string;
}
