import { isPioRulesError, type PioIssue } from '../issues/index.js';
import type { ExitCode } from './io.js';
import type { CliMessages, CommandName } from './messages.js';

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
    readonly text: (messages: CliMessages) => string,
    readonly exitCode: ExitCode = 2,
    readonly hint: boolean = false,
    readonly command: CommandName | undefined = undefined,
  ) {
    super('pio-rules command line error');
    this.name = 'CliError';
  }
}

/**
 * Makes a usage error: exit code 2, with a pointer to `--help`.
 *
 * @param text - Renders the message in a language.
 * @param command - The command whose help to point to, when the error is found before the
 *   command runs.
 * @returns The error, to throw.
 * @example
 * ```ts
 * throw usageError((m) => m.unknownCommand('foo'));
 * ```
 */
export function usageError(
  text: (messages: CliMessages) => string,
  command?: CommandName,
): CliError {
  return new CliError(text, 2, true, command);
}

/**
 * Makes an input error (unreadable file, malformed JSON): exit code 2, no pointer to `--help`.
 *
 * @param text - Renders the message in a language.
 * @returns The error, to throw.
 * @example
 * ```ts
 * throw inputError((m) => m.emptyInput('data.json'));
 * ```
 */
export function inputError(text: (messages: CliMessages) => string): CliError {
  return new CliError(text, 2, false);
}

/** One issue of the library, attributed to a flag or place people recognise (`--cost`). */
export interface AttributedIssue {
  /** Where, for people: a flag (`--now`), a flag with its value (`--line other=5`), or a path. */
  readonly where: string;
  /** The issue. */
  readonly issue: PioIssue;
}

/**
 * Problems the library found in what was given on the command line (a bad `--now`, a negative
 * `--line`): one line each, with its flag, code and localized message; exit code 2.
 */
export class FlagIssuesError extends Error {
  /**
   * @param issues - The issues, each with the flag it is about.
   */
  constructor(readonly issues: readonly AttributedIssue[]) {
    super('pio-rules flag issues');
    this.name = 'FlagIssuesError';
  }
}

/**
 * Runs a library call on one flag's value, attributing any `PioRulesError` to the flag.
 *
 * @param flag - The flag as people wrote it (`--now`).
 * @param run - Reads or checks the value.
 * @returns What `run` returns.
 * @throws {@link FlagIssuesError} carrying the issues of a `PioRulesError`; other errors as they are.
 * @example
 * ```ts
 * const instant = withFlag('--now', () => toInstant(text));
 * ```
 */
export function withFlag<T>(flag: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isPioRulesError(error)) throw error;
    throw new FlagIssuesError(error.issues.map((issue) => ({ where: flag, issue })));
  }
}
