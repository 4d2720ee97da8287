import type { CallCalendar } from '../calls/types.js';
import type { IssuePath, Source } from '../issues/issue.js';
import type { LocaleTag } from '../locales/Locale.js';
import type { ParameterRegistry, ParameterStatus, ParameterValue } from '../parameters/types.js';
import type { InstantInput } from '../time/instant.js';

/** The format identifier of a decision record of this version. */
export type DecisionRecordFormat = 'pio-rules/decision@1';

/**
 * The decisions a record can be made of: `validation` (`safeValidateApplication`),
 * `cofinancing` (`safeComputeCofinancing`), `assessment` (`safeAssessApplication`, its input
 * `{ application, assessment }`), `quick-scan` (`safeInnovationQuickScan`), `on-time` (whether a
 * submission is before its call's deadline, as `isOnTime`; its input `{ submittedAt, callId }`,
 * `{ submittedAt, call }` or `{ submittedAt }`, the last the call it counts for, as
 * `callForSubmission`).
 */
export type DecisionKind = 'validation' | 'cofinancing' | 'assessment' | 'quick-scan' | 'on-time';

/** JSON data, as a record holds it. */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A parameter version a decision read, with its provenance (as the explanations cite it). */
export interface RecordedParameter {
  /** Parameter id (`"cofinancing.cap"`). */
  readonly id: string;
  /** First day the version is in force, `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** The value read. */
  readonly value: ParameterValue;
  /** `published` or `assumed`. */
  readonly status: ParameterStatus;
  /** Where the value comes from. */
  readonly source: Source;
}

/** An issue as a record keeps it: its code, severity, path and params (no rendered message). */
export interface RecordedIssue {
  /** The issue code. */
  readonly code: string;
  /** `error` or `warning`. */
  readonly severity: 'error' | 'warning';
  /** Where in the input. */
  readonly path: IssuePath;
  /** The values of the issue (amounts as decimal strings). */
  readonly params: { readonly [key: string]: JsonValue };
}

/** A step of the trace: a computation step, as the explanation of the result has it. */
export interface ComputationTraceStep {
  /** Always `'computation'`. */
  readonly type: 'computation';
  /** The step code (`"max_rate_applied"`), as in `result.explanation`. */
  readonly code: string;
  /** Its values (amounts and rates as decimal strings). */
  readonly params: { readonly [key: string]: JsonValue };
  /** The parameter versions it used, by id and first day. */
  readonly parameters: readonly { readonly id: string; readonly validFrom: string }[];
  /** Whether it rests on an assumption. */
  readonly assumption: boolean;
  /** The line the explanation (`explainCofinancing`) writes for it, in the record's locale. */
  readonly text: string;
}

/** A step of the trace: a rule that was checked, and what it found. */
export interface RuleTraceStep {
  /** Always `'rule'`. */
  readonly type: 'rule';
  /**
   * The rule id: an `applicationRules` id, `"structure"` (the JSON format), or a question of
   * the quick scan (`"solutionExists"`); `"on-time"` for the on-time check (its `text` the
   * deadline as `formatDeadline` writes it).
   */
  readonly id: string;
  /** `pass` (nothing reported), `warning` (only warnings), `fail` (an error). */
  readonly outcome: 'pass' | 'warning' | 'fail';
  /** The input paths the rule reads. */
  readonly reads: readonly string[];
  /** What the rule checks, in the record's locale (the words of `applicationRules`). */
  readonly text: string;
  /** The codes and paths of what it reported, in order. */
  readonly issues: readonly { readonly code: string; readonly path: IssuePath }[];
}

/** One step of a decision's trace. */
export type TraceStep = RuleTraceStep | ComputationTraceStep;

/** When the rules apply, as recorded: an instant or date as text or epoch ms, or a call. */
export type RecordedAt = string | number | { readonly id: string; readonly deadlineDate: string };

/** A digest of a set of rules, and whether it is the library's built-in set. */
export interface RulesDigest {
  /** SHA-256 of the canonical JSON of the definitions, lower-case hexadecimal. */
  readonly digest: string;
  /** `true` when it is the built-in registry or calendar of the recording library. */
  readonly builtIn: boolean;
}

/** The outcome of a decision, as a record keeps it (amounts as decimal strings). */
export type RecordedOutcome =
  | {
      readonly success: true;
      /** The decision's figures (see the docs for each kind). */
      readonly data: { readonly [key: string]: JsonValue };
      readonly warnings: readonly RecordedIssue[];
    }
  | { readonly success: false; readonly issues: readonly RecordedIssue[] };

/**
 * A decision record (`pio-rules/decision@1`): what was decided, on what input, under which rules,
 * how (the trace) and with what outcome, each part with its SHA-256 digest and one digest over
 * the whole. JSON data: store it as one line of NDJSON.
 */
export interface DecisionRecord {
  /** Always `'pio-rules/decision@1'`. */
  readonly format: DecisionRecordFormat;
  /** The library that made the decision. */
  readonly library: { readonly name: string; readonly version: string };
  /** What kind of decision. */
  readonly kind: DecisionKind;
  /** The instant of the decision as the caller gave it, as ISO 8601 in UTC. */
  readonly decidedAt: string;
  /** The options that matter: `at` (`null` when not given) and `locale` (as given, or `nl`). */
  readonly options: { readonly at: RecordedAt | null; readonly locale: string };
  /** The input as given, in canonical JSON (RFC 8785), and its digest. */
  readonly input: { readonly canonical: string; readonly digest: string };
  /** The rules: digests of the registry and calendar in force, and every version read. */
  readonly rules: {
    readonly parameters: RulesDigest;
    /** `null` for a decision that reads no calendar. */
    readonly calendar: RulesDigest | null;
    readonly used: readonly RecordedParameter[];
    readonly digest: string;
  };
  /** The ordered steps. */
  readonly trace: { readonly steps: readonly TraceStep[]; readonly digest: string };
  /** The outcome. */
  readonly outcome: RecordedOutcome & { readonly digest: string };
  /** SHA-256 of the canonical JSON of the record without this field. */
  readonly digest: string;
}

/** Options of {@link recordDecision}. */
export interface RecordDecisionOptions {
  /** The instant of the decision (required; the library reads no clock). */
  readonly decidedAt: InstantInput;
  /** When the rules apply / the instant a draft is judged by, as the decision's own option. */
  readonly at?: InstantInput | { readonly id: string; readonly deadlineDate: string } | undefined;
  /** The language of the messages (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
  /** The parameter registry (default: the built-in one). */
  readonly parameters?: ParameterRegistry | undefined;
  /** The calls calendar (default: the built-in one); `validation`, `assessment`, `on-time`. */
  readonly calendar?: CallCalendar | undefined;
}

/** Rules to replay under: a registry and a calendar (each defaults to the built-in one). */
export interface RulesOptions {
  /** The parameter registry. */
  readonly parameters?: ParameterRegistry | undefined;
  /** The calls calendar. */
  readonly calendar?: CallCalendar | undefined;
}

/** A part of a record that verify checks. */
export type RecordPart = 'header' | 'input' | 'rules' | 'trace' | 'outcome';

/** A difference between a recorded value and the replayed one. */
export interface RecordDifference {
  /** Which part differs. */
  readonly part: 'outcome' | 'rules' | 'library';
  /** Where: a path in the outcome, a parameter id, or `['version']`. */
  readonly path: readonly (string | number)[];
  /** The recorded value (`null` when absent). */
  readonly before: JsonValue;
  /** The replayed value (`null` when absent). */
  readonly after: JsonValue;
}

/** What {@link verifyRecord} found. */
export interface VerifyReport {
  /**
   * `reproduced`: every digest holds and the replay gives the recorded outcome; `differs`: the
   * digests hold but the replay differs (or its rules are not available); `tampered`: a digest
   * does not hold or the record is not one.
   */
  readonly status: 'reproduced' | 'differs' | 'tampered';
  /** The parts whose digest does not hold (or that are malformed), in record order. */
  readonly tampered: readonly RecordPart[];
  /** The structural problems of a record that is not one (paths and what is wrong). */
  readonly problems: readonly {
    readonly path: readonly (string | number)[];
    readonly message: string;
  }[];
  /** Whether the rules were available to replay: built-in, supplied by the caller, or missing. */
  readonly rules: {
    readonly parameters: 'built-in' | 'supplied' | 'missing';
    readonly calendar: 'built-in' | 'supplied' | 'missing' | 'none';
  };
  /** The library that recorded, and the one that replayed. */
  readonly library: {
    readonly recorded: string;
    readonly current: string;
    readonly differs: boolean;
  };
  /** Every difference of the replay (empty when reproduced). */
  readonly differences: readonly RecordDifference[];
}

/** How one record fares under other rules. */
export interface ReplayedRecord {
  /** Its place in the input, from 0. */
  readonly index: number;
  /** The record's digest (`null` for something that is not a record). */
  readonly digest: string | null;
  /** Its kind (`null` for something that is not a record). */
  readonly kind: DecisionKind | null;
  /** `unchanged`, `changed`, or `tampered` (not replayed). */
  readonly status: 'unchanged' | 'changed' | 'tampered';
  /** The maximum cofinancing before and after (`null` when the outcome has none). */
  readonly maximum: { readonly before: string | null; readonly after: string | null };
  /** The granted cofinancing before and after (`null` when none). */
  readonly granted: { readonly before: string | null; readonly after: string | null };
  /** Issue codes the replay adds. */
  readonly codesAdded: readonly string[];
  /** Issue codes the replay removes. */
  readonly codesRemoved: readonly string[];
  /** Every outcome difference. */
  readonly differences: readonly RecordDifference[];
}

/** The impact of other rules on many records. */
export interface ReplaySummary {
  /** Records read. */
  readonly records: number;
  /** Records whose outcome changes. */
  readonly changed: number;
  /** Records whose outcome stays. */
  readonly unchanged: number;
  /** Records not replayed because a digest does not hold (or they are not records). */
  readonly tampered: number;
  /** Outcomes that succeeded before, and after. */
  readonly succeeded: { readonly before: number; readonly after: number };
  /** The sum of the maximum cofinancing, before and after (decimal strings). */
  readonly totalMaximum: { readonly before: string; readonly after: string };
}

/** What {@link replayRecords} found: per record and a summary. */
export interface ReplayReport {
  /** One entry per record, in input order. */
  readonly records: readonly ReplayedRecord[];
  /** The totals. */
  readonly summary: ReplaySummary;
}
