import { validateApplication, type ApplicationValidationResult } from '../../applications/index.js';
import { formatEur } from '../../money/index.js';
import { toInstant } from '../../time/index.js';
import { stringOption } from '../args.js';
import { CliError, usageError, withFlag } from '../errors.js';
import { failureReason, openLines, readLines, type LineSource } from '../input/readLines.js';
import { readProposals, type ProposalRead, type ReadFailure } from '../input/readProposals.js';
import type { ExitCode } from '../io.js';
import type { CliMessages } from '../messages.js';
import { BufferedWriter, formatIssueLine, PROGRAM } from '../output.js';
import type { CommandContext, CommandDefinition } from './context.js';

/**
 * How often `validate` updates its progress line on stderr (only when stderr is a terminal and
 * stdout is not): every this many proposals.
 */
export const PROGRESS_EVERY = 1000;

/** The name `validate -` shows for standard input. */
export const STDIN_NAME = '<stdin>';

/** The counts of a `validate` run. */
export interface ValidateSummary {
  /** Proposals without errors. */
  readonly valid: number;
  /** Proposals with at least one error. */
  readonly invalid: number;
  /** Inputs or NDJSON lines that could not be read (missing file, malformed JSON, nothing). */
  readonly unreadable: number;
}

/**
 * The result of one proposal as one JSON object (a line of the `--json` output): where it was,
 * whether it is valid, every issue (for a valid proposal: its warnings) and, when valid, the
 * maximum cofinancing.
 *
 * @param read - The proposal as read.
 * @param result - What `validateApplication` said.
 * @returns Plain data for `JSON.stringify`.
 * @example
 * ```ts
 * proposalRecord(read, validateApplication(read.value)).valid;
 * //=> false
 * ```
 */
export function proposalRecord(read: ProposalRead, result: ApplicationValidationResult): object {
  return {
    source: read.source,
    line: read.line,
    index: read.index,
    valid: result.success,
    issues: result.success ? result.warnings : result.issues,
    ...(result.success ? { maximum: result.cofinancing.maximum } : {}),
  };
}

/**
 * The result of one proposal as text: a line saying valid (with the maximum cofinancing) or
 * invalid (with the number of errors), then one indented line per issue.
 *
 * @param read - The proposal as read.
 * @param result - What `validateApplication` said (messages in the output language).
 * @param messages - The tool's texts.
 * @param locale - The language amounts are formatted in.
 * @returns The lines, each ending in a newline.
 * @example
 * ```ts
 * proposalText(read, result, en, 'en').split('\n')[0];
 * //=> 'city-pcp.json: valid (maximum cofinancing €750,000.00)'
 * ```
 */
export function proposalText(
  read: ProposalRead,
  result: ApplicationValidationResult,
  messages: CliMessages,
  locale: CommandContext['locale'],
): string {
  const issues = result.success ? result.warnings : result.issues;
  const head = result.success
    ? messages.validProposal(read.where, formatEur(result.cofinancing.maximum, { locale }))
    : messages.invalidProposal(
        read.where,
        result.issues.filter((issue) => issue.severity === 'error').length,
      );
  return [head, ...issues.map((issue) => formatIssueLine(issue, messages))]
    .map((line) => `${line}\n`)
    .join('');
}

function failureRecord(failure: ReadFailure, messages: CliMessages): object {
  return {
    source: failure.source,
    line: failure.line,
    column: failure.column,
    valid: null,
    error: { code: failure.code, message: failure.message(messages) },
  };
}

class Run {
  valid = 0;
  invalid = 0;
  unreadable = 0;
  private read = 0;
  private progressShown = false;
  private readonly out: BufferedWriter;
  private readonly json: boolean;

  constructor(private readonly context: CommandContext) {
    this.out = new BufferedWriter(context.io.stdout);
    this.json = context.values['json'] === true;
  }

  private clearProgress(): void {
    if (!this.progressShown) return;
    this.context.io.stderr.write('\r\u001b[K');
    this.progressShown = false;
  }

  async fail(line: (messages: CliMessages) => string, record: object | undefined): Promise<void> {
    this.unreadable += 1;
    const { messages, io } = this.context;
    if (this.json && record !== undefined) await this.out.write(`${JSON.stringify(record)}\n`);
    await this.out.flush();
    this.clearProgress();
    io.stderr.write(`${PROGRAM}: ${line(messages)}\n`);
  }

  async proposal(read: ProposalRead, at: Date | undefined): Promise<void> {
    const { locale, messages, io } = this.context;
    const result = validateApplication(read.value, at === undefined ? { locale } : { at, locale });
    if (result.success) this.valid += 1;
    else this.invalid += 1;
    await this.out.write(
      this.json
        ? `${JSON.stringify(proposalRecord(read, result))}\n`
        : proposalText(read, result, messages, locale),
    );
    this.read += 1;
    // Progress only when stderr is a terminal and the results go elsewhere (a file, a pipe):
    // on a terminal, the results themselves show the progress.
    if (io.stderr.isTTY === true && io.stdout.isTTY !== true && this.read % PROGRESS_EVERY === 0) {
      io.stderr.write(`\r${PROGRAM}: ${messages.progress(this.read)}`);
      this.progressShown = true;
    }
  }

  /** Reports an input that could not be read at all, as one line and one JSON record. */
  private async reportUnreadable(name: string, text: (m: CliMessages) => string): Promise<void> {
    await this.fail(text, {
      source: name,
      line: null,
      column: null,
      valid: null,
      error: { code: 'unreadable', message: text(this.context.messages) },
    });
  }

  async input(name: string, open: () => Promise<LineSource> | LineSource, at: Date | undefined) {
    let source: LineSource;
    try {
      source = await open();
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      await this.reportUnreadable(name, error.text);
      return;
    }
    try {
      for await (const event of readProposals(name, source.lines)) {
        if (event.kind === 'failure')
          await this.fail(event.message, failureRecord(event, this.context.messages));
        else await this.proposal(event, at);
      }
    } catch (error) {
      const reason = failureReason(error);
      await this.reportUnreadable(name, (m: CliMessages): string => m.fileUnreadable(name, reason));
    } finally {
      source.close();
    }
  }

  async finish(): Promise<ValidateSummary> {
    const { messages } = this.context;
    const summary = { valid: this.valid, invalid: this.invalid, unreadable: this.unreadable };
    await this.out.write(
      this.json
        ? `${JSON.stringify({ summary: { ...summary, total: this.valid + this.invalid } })}\n`
        : `${messages.summary(this.valid, this.invalid, this.unreadable)}\n`,
    );
    await this.out.flush();
    this.clearProgress();
    return summary;
  }
}

/**
 * The exit code of a `validate` run: 2 when some input could not be read, else 1 when some
 * proposal is invalid, else 0.
 *
 * @param summary - The counts.
 * @returns The exit code.
 * @example
 * ```ts
 * validateExitCode({ valid: 3, invalid: 1, unreadable: 0 });
 * //=> 1
 * ```
 */
export function validateExitCode(summary: ValidateSummary): ExitCode {
  if (summary.unreadable > 0) return 2;
  return summary.invalid > 0 ? 1 : 0;
}

async function run(context: CommandContext): Promise<ExitCode> {
  const { positionals, values, io } = context;
  if (positionals.length === 0) throw usageError((m) => m.noFiles());
  if (positionals.filter((file) => file === '-').length > 1)
    throw usageError((m) => m.stdinTwice());
  const atText = stringOption(values, 'at');
  const at = atText === undefined ? undefined : withFlag('--at', () => toInstant(atText));

  const batch = new Run(context);
  for (const file of positionals) {
    if (file === '-') {
      await batch.input(STDIN_NAME, () => ({ lines: readLines(io.stdin), close: () => {} }), at);
    } else {
      await batch.input(file, () => openLines(file), at);
    }
  }
  return validateExitCode(await batch.finish());
}

/** `pio-rules validate FILE... | - [--at ISO] [--json]`: validates proposals in batch. */
export const validateCommand: CommandDefinition = {
  options: { at: { type: 'string' }, json: { type: 'boolean' } },
  takesArguments: true,
  run,
};
