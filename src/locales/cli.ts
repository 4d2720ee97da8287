/**
 * The type of the command line tool's own texts (help, usage and input errors, summaries). Each
 * language has its complete table beside the library's (`locales/nl/cli.ts`, `locales/en/cli.ts`),
 * typed with {@link CliTexts} so a missing or extra key fails to compile. Only the command line
 * tool imports these tables: the library's entry points never load them.
 *
 * @module
 */

/** The commands of `pio-rules`. */
export type CliCommandName =
  | 'calls'
  | 'next-deadline'
  | 'cofinancing'
  | 'validate'
  | 'schema'
  | 'parameters'
  | 'verify'
  | 'replay';

/**
 * Every text the command line tool writes itself, in one language. The library's issues bring
 * their own messages, rendered by the library in the language the tool passes; labels of closed
 * lists (a parameter's status) come from the library's tables too.
 */
export interface CliTexts {
  /** The help of the tool. */
  readonly toolHelp: string;
  /** The help of each command. */
  readonly commandHelp: { readonly [C in CliCommandName]: string };
  /** Added to a usage error. */
  readonly seeHelp: (command: CliCommandName | undefined) => string;
  /** No command given. */
  readonly noCommand: () => string;
  /** An unknown command. */
  readonly unknownCommand: (command: string) => string;
  /** An option the command does not know. */
  readonly unknownOption: (option: string, command: CliCommandName | undefined) => string;
  /** An option that needs a value got none. */
  readonly missingValue: (option: string) => string;
  /** A flag that takes no value got one (`--json=yes`). */
  readonly unexpectedValue: (option: string) => string;
  /** An option given twice that may be given once. */
  readonly repeatedOption: (option: string) => string;
  /** A value the option does not accept. */
  readonly badValue: (option: string, value: string, expected: string) => string;
  /** What `--year` expects. */
  readonly expectedYear: string;
  /** What `--jobs` expects: a whole number from 1 to `max`. */
  readonly expectedJobs: (max: number) => string;
  /** An argument the command does not take. */
  readonly unexpectedArgument: (argument: string, command: CliCommandName) => string;
  /** `cofinancing` without `--cost` or `--line`. */
  readonly missingCost: () => string;
  /** `cofinancing` with both `--cost` and `--line`. */
  readonly costAndLine: () => string;
  /** A `--line` that is not `CATEGORY=AMOUNT`. */
  readonly badLine: (value: string) => string;
  /** A `--line` with an unknown category. */
  readonly badCategory: (category: string, categories: readonly string[]) => string;
  /** `validate` without files. */
  readonly noFiles: () => string;
  /** `-` given more than once. */
  readonly stdinTwice: () => string;
  /** A file that does not exist. */
  readonly fileNotFound: (file: string) => string;
  /** A directory given as a file. */
  readonly fileIsDirectory: (file: string) => string;
  /** A file that cannot be read, with the system's reason. */
  readonly fileUnreadable: (file: string, reason: string) => string;
  /** A file or stdin without any proposal. */
  readonly emptyInput: (file: string) => string;
  /** Malformed JSON, at `where` (`file:line:column`). */
  readonly invalidJson: (where: string, detail: string) => string;
  /** JSON detail: the text ends too early. */
  readonly jsonUnexpectedEnd: () => string;
  /** JSON detail: a character that does not belong there. */
  readonly jsonUnexpectedCharacter: (character: string) => string;
  /** JSON detail: nested too deeply to read. */
  readonly jsonTooDeep: () => string;
  /** The JSON Schema file is not where the package ships it. */
  readonly schemaMissing: (path: string) => string;
  /** An error the tool did not expect (a bug): one line, no stack trace. */
  readonly unexpectedError: (message: string) => string;
  /** Label of an issue with severity `error`. */
  readonly error: string;
  /** Label of an issue with severity `warning`. */
  readonly warning: string;
  /** The path shown for an issue about the proposal as a whole. */
  readonly wholeProposal: string;
  /** A valid proposal, with its maximum cofinancing. */
  readonly validProposal: (where: string, maximum: string) => string;
  /** An invalid proposal, with its number of errors. */
  readonly invalidProposal: (where: string, errors: number) => string;
  /** The summary of `validate`. */
  readonly summary: (valid: number, invalid: number, unreadable: number) => string;
  /**
   * A proposal that could not be judged at all (a bug): validation threw, or the worker thread
   * judging it stopped; `reason` says which.
   */
  readonly validationFailed: (where: string, reason: string) => string;
  /** Why a proposal could not be judged: its worker thread stopped, with its exit code. */
  readonly workerStopped: (exitCode: number) => string;
  /** The progress line of `validate` on a terminal. */
  readonly progress: (count: number) => string;
  /** `calls` found none. */
  readonly noCalls: (year: number | undefined) => string;
  /** `next-deadline` found none. */
  readonly noNextDeadline: () => string;
  /** `parameters`: the versions shown. */
  readonly parametersHeading: (at: string | undefined) => string;
  /** `parameters`: the validity of a version. */
  readonly validity: (from: string, until: string | null) => string;
  /** `parameters`: the source of a version. */
  readonly source: string;
  /**
   * `parameters --at` a date before every rule: none was in force then; `earliest` is the first
   * day any rule is in force (`YYYY-MM-DD`).
   */
  readonly noParametersAt: (at: string, earliest: string) => string;
  /** A parameter's count with what it counts, by the parameter's id ("2 oproepen per jaar"). */
  readonly counted: (id: string, count: string) => string;
  /** A time of day as a value ("24.00 uur" / "24:00"), from the formatter's time. */
  readonly timeOfDay: (time: string) => string;
  /** `cofinancing`: the heading above the parameter versions a computation used. */
  readonly parametersUsed: string;
  /** `--record FILE` could not be written, with the system's reason. */
  readonly recordFileUnwritable: (file: string, reason: string) => string;
  /** A file or stdin without any decision record. */
  readonly noRecords: (file: string) => string;
  /** `verify`: one record's verdict; `detail` names the parts or the differences. */
  readonly recordVerified: (
    where: string,
    status: 'reproduced' | 'differs' | 'tampered',
    detail: string,
  ) => string;
  /** `verify`: the parts of a record whose digest fails. */
  readonly tamperedParts: (parts: readonly string[]) => string;
  /** `verify`: the recorded rules are not available (give them with --parameters/--calendar). */
  readonly rulesMissing: (which: readonly string[]) => string;
  /** `verify`: the library version that recorded differs from this one. */
  readonly otherLibrary: (recorded: string, current: string) => string;
  /** `verify`: the summary. */
  readonly verifySummary: (
    reproduced: number,
    differs: number,
    tampered: number,
    unreadable: number,
  ) => string;
  /** `replay`: a record whose outcome changes, with its maximum before and after. */
  readonly replayChanged: (
    where: string,
    before: string,
    after: string,
    added: readonly string[],
    removed: readonly string[],
  ) => string;
  /** `replay`: a record not replayed because a digest fails. */
  readonly replayTampered: (where: string) => string;
  /** `replay`: the impact summary; totals formatted for the locale. */
  readonly replaySummary: (
    records: number,
    changed: number,
    tampered: number,
    before: string,
    after: string,
  ) => string;
}
