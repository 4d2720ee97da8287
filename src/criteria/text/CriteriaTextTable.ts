import type { CriterionId, SubCriterionId } from '../criterionIds.js';
import type { QuickScanReasonCode } from '../quickScanReasonCodes.js';
import type { Decision, NextStep, QuickScanNextStep, TrafficLight } from '../types.js';

/** The name and description of a criterion in one language. @internal */
export interface CriterionText {
  /** Short name. */
  readonly label: string;
  /** What it asks. */
  readonly description: string;
}

/**
 * Every text of the criteria module in one language. Typed as complete maps, so a criterion,
 * reason or step without a translation fails to compile. Numbers arrive formatted.
 *
 * @internal
 */
export interface CriteriaTextTable {
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
