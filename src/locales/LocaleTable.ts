import type { IssueCode } from '../issues/codes.js';
import type { FormatName, IssueParams, TypeName } from '../issues/params.js';
import type {
  CriterionId,
  Decision,
  NextStep,
  QuickScanNextStep,
  QuickScanReasonCode,
  SubCriterionId,
  TrafficLight,
} from '../vocabulary/criteria.js';
import type { ApplicationField, EnumValues } from '../vocabulary/index.js';
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

/** How messages name a field of the proposal's JSON format, in one language. */
export interface FieldText {
  /**
   * The field as a sentence names it, with its article, in lower case: "de titel", "het bedrag
   * van een kostenlijn" / "the title", "the amount of a cost line".
   */
  readonly name: string;
  /**
   * For a list: a number of its items, as a sentence says it ("één kostenlijn", "50 partners" /
   * "one cost line", "50 partners"); absent for a field that is not a list.
   */
  readonly items?: (count: number) => string;
}

/** Labels of the closed lists, the kinds of values and the written forms. */
export interface Labels {
  /** The label of every value of every closed list, by the list's name in {@link EnumValues}. */
  readonly enums: {
    /** The labels of the cost categories. */
    readonly costCategory: Readonly<Record<EnumValues['costCategory'], string>>;
    /** The labels of the VAT treatments. */
    readonly vatTreatment: Readonly<Record<EnumValues['vatTreatment'], string>>;
    /** The labels of the types of organisation. */
    readonly organisationType: Readonly<Record<EnumValues['organisationType'], string>>;
    /** The labels of the procurement procedures. */
    readonly procurementProcedure: Readonly<Record<EnumValues['procurementProcedure'], string>>;
    /** The labels of how far the wanted solution exists. */
    readonly solutionMaturity: Readonly<Record<EnumValues['solutionMaturity'], string>>;
    /** The labels of the activities of the preparatory track (voortraject). */
    readonly expertiseActivity: Readonly<Record<EnumValues['expertiseActivity'], string>>;
    /** The labels of the quick scan's answers about the market. */
    readonly marketAnswer: Readonly<Record<EnumValues['marketAnswer'], string>>;
    /** The labels of the kinds of call. */
    readonly callKind: Readonly<Record<EnumValues['callKind'], string>>;
    /** The labels of what a call's data rests on. */
    readonly callDataStatus: Readonly<Record<EnumValues['callDataStatus'], string>>;
    /** The labels of what a parameter's value rests on. */
    readonly parameterStatus: Readonly<Record<EnumValues['parameterStatus'], string>>;
    /** The labels of the rounding modes. */
    readonly roundingMode: Readonly<Record<EnumValues['roundingMode'], string>>;
    /** The names of the languages. */
    readonly locale: Readonly<Record<EnumValues['locale'], string>>;
  };
  /** The kind of a value, as a message names it ("tekst", "een getal"). */
  readonly types: Readonly<Record<TypeName, string>>;
  /** What each written form asks for. */
  readonly formats: Readonly<Record<FormatName, string>>;
  /**
   * The name of every field of the proposal's JSON format, by its field pattern
   * (`'procurement.costs[].amount'`), for the messages of structural issues that name their
   * field (`params.field`): "De titel is leeg." rather than "Dit veld is leeg.".
   */
  readonly fields: Readonly<Record<ApplicationField, FieldText>>;
  /** "12 tekens", "3 elementen". */
  readonly units: {
    /** A number of characters of a text ("1 teken", "12 tekens"). */
    readonly characters: (count: number) => string;
    /** A number of items of a list ("1 element", "3 elementen"). */
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
  readonly criteria: Readonly<Record<CriterionId, CriterionText>>;
  /** Name and description of every built-in sub-criterion. */
  readonly subCriteria: Readonly<Record<SubCriterionId, CriterionText>>;
  /** What is published and what is not about the evaluation criteria. */
  readonly evaluationNote: string;
  /** Why the exclusion criteria are `assumed`. */
  readonly exclusionNote: string;
  /** The decision as a word. */
  readonly decision: Readonly<Record<Decision, string>>;
  /** What follows the decision. */
  readonly nextStep: Readonly<Record<NextStep, string>>;
  /** The reasons for a no. */
  readonly reasons: {
    /** An exclusion criterion that applies: its label and the message of its issue. */
    readonly excluded: (label: string, message: string) => string;
    /** A main criterion below its threshold: its label, its score and the threshold. */
    readonly criterionBelowThreshold: (label: string, score: string, threshold: string) => string;
    /** The weighted total below its threshold. */
    readonly totalBelowThreshold: (total: string, threshold: string) => string;
  };
  /** The parts of the motivation text. */
  readonly explain: {
    /** The first line: the proposal's title and the id of its call. */
    readonly title: (title: string, callId: string) => string;
    /** The decision, as a word of `decision`. */
    readonly decisionLine: (decision: string) => string;
    /** The heading above the reasons for a no. */
    readonly reasonsHeading: string;
    /** The heading above the scores, with the scale's minimum and maximum. */
    readonly scoresHeading: (min: string, max: string) => string;
    /**
     * A main criterion: its label, its weight as a percentage, its score, its threshold (`null`:
     * none) and whether it passed.
     */
    readonly criterionLine: (
      label: string,
      weight: string,
      score: string,
      threshold: string | null,
      passed: boolean,
    ) => string;
    /** A sub-criterion: its label, its weight as a percentage and its score. */
    readonly subCriterionLine: (label: string, weight: string, score: string) => string;
    /** The assessors' remark on a criterion or sub-criterion. */
    readonly remark: (text: string) => string;
    /** The weighted total, the total threshold (`null`: none) and whether it passed. */
    readonly totalLine: (total: string, threshold: string | null, passed: boolean) => string;
    /** The assessors' general remark. */
    readonly summary: (text: string) => string;
    /** The words before the next step (a text of `nextStep`). */
    readonly nextStepHeading: string;
    /** The closing note when the scoring scheme's status is `assumed`. */
    readonly assumedScheme: string;
  };
  /** The texts of the quick self-check. */
  readonly quickScan: {
    /** The first line. */
    readonly title: string;
    /** The traffic light as a word. */
    readonly light: Readonly<Record<TrafficLight, string>>;
    /** The result line, with a word of `light`. */
    readonly lightLine: (light: string) => string;
    /** The text of each reason the scan can find. */
    readonly reasons: Readonly<Record<QuickScanReasonCode, string>>;
    /** What to do next. */
    readonly nextStep: Readonly<Record<QuickScanNextStep, string>>;
    /** The words before the next step (a text of `nextStep`). */
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
   * zone when it is to be named, then what the date rests on when it is not a published deadline
   * (`announced`: "aangekondigd" / "announced"; `projected`: "verwacht" / "expected"); the
   * zone and the status share one bracket (`24:00 (Europe/Paris, expected)`).
   */
  readonly deadline: (
    dateAtTime: string,
    timeZone: string | undefined,
    status: EnumValues['callDataStatus'],
  ) => string;
}

/**
 * Everything the library says in one language, as one complete typed table: a missing or extra
 * key fails to compile. One folder per language (`locales/nl/`, `locales/en/`); the command
 * line's texts live beside these in the same folders but are loaded by the command line only.
 */
export interface LocaleTable {
  /** The words dates, times and lists are built from. */
  readonly words: Words;
  /** The labels of the closed lists, the kinds of values and the written forms. */
  readonly labels: Labels;
  /** The message of every issue code. */
  readonly issues: IssueTexts;
  /** The text of every explanation step. */
  readonly steps: StepTexts;
  /** The texts of the criteria, the decision and the quick scan. */
  readonly criteria: CriteriaTexts;
  /** The texts of the calls calendar. */
  readonly calls: CallTexts;
  /** "(aanname)" / "(assumption)": ends a step that rests on an assumption. */
  readonly assumption: string;
}
