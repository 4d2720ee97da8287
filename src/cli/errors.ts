import { isPioRulesError, type PioIssue, type Result } from '../issues/index.js';
import type { ExitCode } from './io.js';
import type { CliTexts, CommandName } from './texts.js';

/**
 * An error the tool reports as one line on stderr and ends with: a usage error (unknown
 * command or flag, bad flag value) or an input error (unreadable file, malformed JSON). The text
 * is rendered late, in the language chosen with `--lang`.
 */
export class CliError extends Error {
  /**
   * @param text - Renders the line (without the `pio-rules: ` prefix) in a language.
   * @param exitCode - The exit code (2 for usage and input errors).
   * @param hint - `true` to add "see pio-rules --help" (for usage errors).
   * @param command - The command whose help the hint points to.
   */
  constructor(
    readonly text: (texts: CliTexts) => string,
    readonly exitCode: ExitCode = 2,
    readonly hint: boolean = false,
    readonly command: CommandName | undefined = undefined,
  ) {
    super('CliError');
    this.name = 'CliError';
  }
}

/** The most characters of a value typed on the command line that a message repeats. */
export const SHOWN_LENGTH = 80;

/**
 * A value typed on the command line as a message repeats it: whole when short, else its first
 * {@link SHOWN_LENGTH} characters and `…`, so that an error stays one readable line whatever
 * was typed.
 *
 * @param value - What was typed.
 * @returns The value, cut short when long.
 */
export function clip(value: string): string {
  if (value.length <= SHOWN_LENGTH) return value;
  const cut = value.slice(0, SHOWN_LENGTH);
  // Never a character cut in two: a high surrogate at the end goes with its low one.
  const last = cut.charCodeAt(cut.length - 1);
  return `${last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut}…`;
}

/**
 * Makes a usage error: exit code 2, with a pointer to `--help`.
 *
 * @param text - Renders the message in a language.
 * @param command - The command whose help to point to, when the error is found before the
 *   command runs.
 * @returns The error, to throw.
 */
export function usageError(text: (texts: CliTexts) => string, command?: CommandName): CliError {
  return new CliError(text, 2, true, command);
}

/**
 * Makes an input error (unreadable file, malformed JSON): exit code 2, no pointer to `--help`.
 *
 * @param text - Renders the message in a language.
 * @returns The error, to throw.
 */
export function inputError(text: (texts: CliTexts) => string): CliError {
  return new CliError(text, 2, false);
}

/** One issue of the library, attributed to a flag or place people recognise (`--cost`). */
export interface AttributedIssue {
  /** Where, for people: a flag (`--now`), a flag with its value (`--line other=5`), or a path. */
  readonly where: string;
  /** The issue, its message already rendered by the library in the tool's language. */
  readonly issue: PioIssue;
}

/** Where a {@link FlagIssuesError} points to for help, when it is a usage error. */
export interface HelpHint {
  /** The command whose help to point to (`undefined`: the tool's help). */
  readonly command: CommandName | undefined;
}

/**
 * Problems the library found in what was given on the command line (a bad `--now`, a negative
 * `--line`, an unsupported `--lang`): one line each, with its flag, message and code; exit
 * code 2.
 */
export class FlagIssuesError extends Error {
  /**
   * @param issues - The issues, each with the flag it is about.
   * @param hint - Set to add "see pio-rules ... --help" to each line (for usage errors).
   */
  constructor(
    readonly issues: readonly AttributedIssue[],
    readonly hint: HelpHint | undefined = undefined,
  ) {
    super('FlagIssuesError');
    this.name = 'FlagIssuesError';
  }
}

/**
 * Runs a library call on one flag's value, attributing any `PioRulesError` to the flag.
 *
 * @param flag - The flag as people wrote it (`--now`).
 * @param run - Reads or checks the value.
 * @param hint - Set to point to the help (for a usage error such as `--lang fr`).
 * @returns What `run` returns.
 * @throws {@link FlagIssuesError} carrying the issues of a `PioRulesError`; other errors as they are.
 */
export function withFlag<T>(flag: string, run: () => T, hint?: HelpHint): T {
  try {
    return run();
  } catch (error) {
    if (!isPioRulesError(error)) throw error;
    throw new FlagIssuesError(
      error.issues.map((issue) => ({ where: flag, issue })),
      hint,
    );
  }
}

/**
 * The value of a library result, or its issues attributed to one flag.
 *
 * @param flag - The flag as people wrote it (`--cost`).
 * @param result - What a `safeX` function of the library returned.
 * @returns The result's `data`.
 * @throws {@link FlagIssuesError} with the result's issues (already rendered by the library).
 */
export function flagValue<T>(flag: string, result: Result<T>): T {
  if (result.success) return result.data;
  throw new FlagIssuesError(result.issues.map((issue) => ({ where: flag, issue })));
}
