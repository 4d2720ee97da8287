import { formatPath, isPioRulesError, type PioIssue } from '../issues/index.js';
import { isMoney } from '../money/index.js';
import { CliError, FlagIssuesError } from './errors.js';
import type { ExitCode, TextSink } from './io.js';
import type { CliTexts, CommandName } from './texts.js';

/** The prefix of every line the tool writes to stderr. */
export const PROGRAM = 'pio-rules';

/**
 * One issue as one indented line: severity, path (written by the library's `formatPath`:
 * `procurement.costs[0].amount`), message and code.
 *
 * @param issue - The issue, its message already rendered by the library in the tool's language.
 * @param texts - The tool's texts.
 * @param where - The text to show instead of the issue's own path.
 * @returns The line, without a newline: `  fout: submittedAt: Ingediend op ... [code]`.
 */
export function formatIssueLine(issue: PioIssue, texts: CliTexts, where?: string): string {
  const label = issue.severity === 'error' ? texts.error : texts.warning;
  const path = where ?? (formatPath(issue.path) || texts.wholeProposal);
  return `  ${label}: ${path}: ${issue.message} [${issue.code}]`;
}

function issueText(where: string, issue: PioIssue): string {
  return `${where === '' ? '' : `${where}: `}${issue.message} [${issue.code}]`;
}

/**
 * The lines (without `pio-rules: ` and newline) and exit code for an error that ends the run:
 * a {@link CliError} gives its own line; a {@link FlagIssuesError} or a `PioRulesError` one line
 * per issue with its flag (or path), message (as the library rendered it: never translated
 * again) and code; anything else one line "unexpected error" with the first line of its
 * message. Never a stack trace.
 *
 * @param error - What was thrown.
 * @param texts - The tool's texts.
 * @param command - The command that ran, for the pointer to its help.
 * @returns The lines and the exit code (2).
 */
export function describeError(
  error: unknown,
  texts: CliTexts,
  command: CommandName | undefined,
): { readonly lines: readonly string[]; readonly exitCode: ExitCode } {
  if (error instanceof CliError) {
    const text = error.text(texts);
    return {
      lines: [error.hint ? `${text}; ${texts.seeHelp(error.command ?? command)}` : text],
      exitCode: error.exitCode,
    };
  }
  if (error instanceof FlagIssuesError) {
    const { hint } = error;
    const help = hint === undefined ? '' : `; ${texts.seeHelp(hint.command ?? command)}`;
    return {
      lines: error.issues.map(({ where, issue }) => `${issueText(where, issue)}${help}`),
      exitCode: 2,
    };
  }
  if (isPioRulesError(error)) {
    return {
      lines: error.issues.map((issue) => issueText(formatPath(issue.path), issue)),
      exitCode: 2,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0]?.trim() || String(error);
  return { lines: [texts.unexpectedError(firstLine)], exitCode: 2 };
}

/** A `Money` (`{ amount, currency }`) written as its decimal string, as the tool's JSON has it. */
function amountsAsText(_key: string, value: unknown): unknown {
  return isMoney(value) ? value.amount : value;
}

/**
 * Text as JSON, indented for people, with a final newline. Every amount (`Money`) is written as
 * its decimal string in euro (`"1000000.00"`), the one way the tool's JSON writes amounts;
 * `Date`s write themselves as ISO 8601 in UTC.
 *
 * @param value - Anything JSON can hold.
 * @returns The text.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, amountsAsText, 2)}\n`;
}

/**
 * One JSON value on one line (an NDJSON record), amounts as decimal strings as in
 * {@link jsonText}.
 *
 * @param value - Anything JSON can hold.
 * @returns The text, with a final newline.
 */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value, amountsAsText)}\n`;
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
