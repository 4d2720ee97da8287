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
  | 'serve'
  | 'test'
  | 'verify'
  | 'replay';

/**
 * The kinds of problem the HTTP API of `pio-rules serve` answers with (RFC 9457
 * `application/problem+json`); the `type` of a problem is `urn:pio-rules:problem:<kind>`.
 */
export type ServeProblemKind =
  | 'not-found'
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'body-too-large'
  | 'malformed-json'
  | 'invalid-request'
  | 'overloaded'
  | 'unreadable-body'
  | 'request-timeout'
  | 'bad-request'
  | 'internal-error';

/** The texts of `pio-rules serve` and of its HTTP API's problems, in one language. */
export interface ServeTexts {
  /** The title of each kind of problem (the same for every occurrence, as RFC 9457 asks). */
  readonly titles: { readonly [K in ServeProblemKind]: string };
  /** No route at this path. */
  readonly notFound: (path: string) => string;
  /** The route exists but not with this method; `allowed` lists the methods it has. */
  readonly methodNotAllowed: (method: string, allowed: string) => string;
  /** The body's media type is not one the route reads; `expected` lists those it reads. */
  readonly unsupportedMediaType: (given: string, expected: string) => string;
  /** The body (or one NDJSON line) is larger than the limit, in bytes. */
  readonly bodyTooLarge: (limit: number) => string;
  /** Too many requests or connections at once; `seconds` to wait before trying again. */
  readonly overloaded: (seconds: number) => string;
  /** A query parameter or the body's shape is refused; the library's issues say why. */
  readonly invalidRequest: () => string;
  /** A query parameter the route does not know. */
  readonly unknownQueryParameter: (name: string) => string;
  /** A query parameter given twice. */
  readonly repeatedQueryParameter: (name: string) => string;
  /** A query parameter with a value outside its choices. */
  readonly badQueryValue: (name: string, expected: string) => string;
  /** The body is not UTF-8 text, or the connection broke while it was read. */
  readonly unreadableBody: () => string;
  /** The request did not arrive in time (headers, or the whole body). */
  readonly requestTimeout: () => string;
  /** The request is not HTTP the server can read. */
  readonly badRequest: () => string;
  /** A bug: never the internal message, only that it happened. */
  readonly internalError: () => string;
  /** `now=server`: the answer says the server's clock gave the instant. */
  readonly nowFromServerClock: string;
  /** `record=`: the values it takes. */
  readonly expectedBoolean: string;
  /** `decidedAt` given without `record=true`. */
  readonly decidedAtNeedsRecord: () => string;
  /** `--workers N`, `--max-connections N`, ...: a whole number in a range. */
  readonly expectedWhole: (min: number, max: number) => string;
  /** `--cors`: an origin such as `https://example.org`. */
  readonly expectedOrigin: string;
  /** `--port`: a port from 0 to 65535. */
  readonly expectedPort: string;
  /** `--parameters FILE` / `--calendar FILE` is refused by the library. */
  readonly ruleFileRefused: (flag: string, file: string) => string;
  /** The server could not listen (port taken, host unknown). */
  readonly cannotListen: (address: string, reason: string) => string;
}

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
  /** `serve`: its texts and the titles and details of its HTTP problems. */
  readonly serve: ServeTexts;
  /** `test`: a scenario that passed, at `where` (`file:line`). */
  readonly scenarioPassed: (where: string, name: string) => string;
  /** `test`: a scenario that failed, at `where` (`file:line`). */
  readonly scenarioFailed: (where: string, name: string) => string;
  /** `test`: what a failed expectation expected. */
  readonly expectedValue: (expectation: string, value: string) => string;
  /** `test`: what came instead. */
  readonly receivedValue: (value: string) => string;
  /** `test`: the summary. */
  readonly scenarioSummary: (passed: number, failed: number, unusable: number) => string;
  /** `test`: a folder or the arguments hold no scenario file (`.yaml`, `.yml`, `.json`). */
  readonly noScenarioFiles: (where: string) => string;
  /** `test`: a file whose YAML (or JSON) cannot be read, at `where` (`file:line:col`). */
  readonly invalidYaml: (where: string, detail: string) => string;
  /** `test --coverage`: the heading of what no scenario touches. */
  readonly uncoveredHeading: string;
  /** `test --coverage`: everything is touched. */
  readonly allCovered: string;
  /** `test --coverage`: the kind of an uncovered item. */
  readonly uncoveredKind: {
    readonly rule: string;
    readonly code: string;
    readonly parameter: string;
  };
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
