import type { Locale } from '../i18n/index.js';
import { isPioRulesError, localizeIssue, type IssuePath, type PioIssue } from '../issues/index.js';
import { CliError, FlagIssuesError } from './errors.js';
import type { ExitCode, TextSink } from './io.js';
import type { CliMessages, CommandName } from './messages.js';

/** The prefix of every line the tool writes to stderr. */
export const PROGRAM = 'pio-rules';

/**
 * Writes a path as people read it: `procurement.costs[1].amount`.
 *
 * @param path - The path of an issue.
 * @returns The text; empty for the whole input.
 * @example
 * ```ts
 * formatPath(['procurement', 'costs', 1, 'amount']);
 * //=> 'procurement.costs[1].amount'
 * ```
 */
export function formatPath(path: IssuePath): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? part : `.${part}`;
  }
  return text;
}

/**
 * One issue as one indented line: severity, path, message and code.
 *
 * @param issue - The issue (its message already in the right language).
 * @param messages - The tool's texts.
 * @param where - The path text to show instead of the issue's own path.
 * @returns The line, without a newline.
 * @example
 * ```ts
 * formatIssueLine(issue, nl);
 * //=> '  fout: submittedAt: Ingediend op ... [submitted_after_deadline]'
 * ```
 */
export function formatIssueLine(issue: PioIssue, messages: CliMessages, where?: string): string {
  const label = issue.severity === 'error' ? messages.error : messages.warning;
  const path = where ?? (formatPath(issue.path) || messages.wholeProposal);
  return `  ${label}: ${path}: ${issue.message} [${issue.code}]`;
}

function issueText(where: string, raw: PioIssue, locale: Locale): string {
  const issue = localizeIssue(raw, locale);
  return `${where === '' ? '' : `${where}: `}${issue.message} [${issue.code}]`;
}

/**
 * The lines (without `pio-rules: ` and newline) and exit code for an error that ends the run:
 * a {@link CliError} gives its own line; a {@link FlagIssuesError} or a `PioRulesError` one line
 * per issue with its flag (or path), localized message and code; anything else one line
 * "unexpected error" with the first line of its message. Never a stack trace.
 *
 * @param error - What was thrown.
 * @param messages - The tool's texts.
 * @param locale - The language of issue messages.
 * @param command - The command that ran, for the pointer to its help.
 * @returns The lines and the exit code (2).
 * @example
 * ```ts
 * describeError(new Error('boom'), en, 'en', undefined).lines;
 * //=> ['unexpected error: boom']
 * ```
 */
export function describeError(
  error: unknown,
  messages: CliMessages,
  locale: Locale,
  command: CommandName | undefined,
): { readonly lines: readonly string[]; readonly exitCode: ExitCode } {
  if (error instanceof CliError) {
    const text = error.text(messages);
    return {
      lines: [error.hint ? `${text}; ${messages.seeHelp(error.command ?? command)}` : text],
      exitCode: error.exitCode,
    };
  }
  if (error instanceof FlagIssuesError) {
    return {
      lines: error.issues.map(({ where, issue }) => issueText(where, issue, locale)),
      exitCode: 2,
    };
  }
  if (isPioRulesError(error)) {
    return {
      lines: error.issues.map((issue) => issueText(formatPath(issue.path), issue, locale)),
      exitCode: 2,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0]?.trim() || String(error);
  return { lines: [messages.unexpectedError(firstLine)], exitCode: 2 };
}

/**
 * Text as JSON, indented for people, with a final newline.
 *
 * @param value - Anything JSON can hold (`Money` and `Date` write themselves as strings).
 * @returns The text.
 * @example
 * ```ts
 * jsonText({ a: 1 });
 * //=> '{\n  "a": 1\n}\n'
 * ```
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Collects text and writes it in large chunks, waiting when the stream pushes back, so a batch
 * of a million proposals neither floods memory nor makes a system call per line.
 */
export class BufferedWriter {
  private buffer = '';

  /**
   * @param sink - The stream to write to.
   * @param limit - Characters collected before writing (default 64 KiB).
   */
  constructor(
    private readonly sink: TextSink,
    private readonly limit = 65_536,
  ) {}

  /**
   * Adds text; writes when enough is collected.
   *
   * @param text - The text.
   * @returns A promise that settles once the stream can take more.
   */
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= this.limit) await this.flush();
  }

  /**
   * Writes everything collected.
   *
   * @returns A promise that settles once the stream can take more.
   */
  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const text = this.buffer;
    this.buffer = '';
    const ready = this.sink.write(text);
    if (ready === false && this.sink.once !== undefined) {
      const once = this.sink.once.bind(this.sink);
      await new Promise<void>((resolve) => {
        once('drain', resolve);
      });
    }
  }
}
