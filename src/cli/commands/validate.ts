import { safeValidateApplication, type ValidatedApplication } from '../../applications/index.js';
import type { PioIssue, Result } from '../../issues/index.js';
import type { Locale } from '../../locales/index.js';
import { renderedOrThrown } from '../../locales/render.js';
import { formatEur } from '../../money/index.js';
import { toInstant } from '../../time/instant.js';
import { stringOption } from '../args.js';
import { CliError, usageError, withFlag } from '../errors.js';
import { failureReason, openLines, readLines, type LineSource } from '../input/readLines.js';
import { readProposals, type ProposalRead, type ReadFailure } from '../input/readProposals.js';
import type { ExitCode } from '../io.js';
import { BufferedWriter, formatIssueLine, jsonLine, PROGRAM } from '../output.js';
import type { CliTexts } from '../texts.js';
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
 * Every record a `validate` run read: valid, invalid and unreadable ones together (the `total` of
 * the `--json` summary), so `total` is what was given, not only what could be read.
 *
 * @param summary - The counts.
 * @returns `valid + invalid + unreadable`.
 */
export function summaryTotal(summary: ValidateSummary): number {
  return summary.valid + summary.invalid + summary.unreadable;
}

/** What `safeValidateApplication` says about one proposal. */
export type ProposalResult = Result<ValidatedApplication>;

/**
 * The result of one proposal as one JSON object (a line of the `--json` output): where it was,
 * whether it is valid, every issue (for a valid proposal: its warnings) and, when valid, the
 * maximum cofinancing (a `Money`, written as its decimal string by `jsonLine`).
 *
 * @param read - The proposal as read.
 * @param result - What `safeValidateApplication` said.
 * @returns Plain data for `JSON.stringify`.
 */
export function proposalRecord(read: ProposalRead, result: ProposalResult): object {
  return {
    source: read.source,
    line: read.line,
    index: read.index,
    valid: result.success,
    issues: result.success ? result.warnings : result.issues,
    ...(result.success ? { maximum: result.data.cofinancing.maximum } : {}),
  };
}

/**
 * Where an issue of a proposal is, for people: its path, or `--at` for an issue about the
 * instant the tool passed (a draft judged by `--at`, late or before the opening:
 * `params.judgedBy` is `option`).
 */
function whereOf(issue: PioIssue): string | undefined {
  if (issue.code === 'submitted_after_deadline' || issue.code === 'submitted_before_opening')
    return issue.params.judgedBy === 'option' ? '--at' : undefined;
  return issue.path[0] === 'at' ? '--at' : undefined;
}

/**
 * The result of one proposal as text: a line saying valid (with the maximum cofinancing) or
 * invalid (with the number of errors), then one indented line per issue, as the library
 * rendered it.
 *
 * @param read - The proposal as read.
 * @param result - What `safeValidateApplication` said (messages in the output language).
 * @param texts - The tool's texts.
 * @param locale - The language amounts are formatted in.
 * @returns The lines, each ending in a newline; the first one
 *   `city-pcp.json: valid (maximum cofinancing €750,000.00)`.
 */
export function proposalText(
  read: ProposalRead,
  result: ProposalResult,
  texts: CliTexts,
  locale: Locale,
): string {
  const issues = result.success ? result.warnings : result.issues;
  const head = result.success
    ? texts.validProposal(read.where, formatEur(result.data.cofinancing.maximum, { locale }))
    : texts.invalidProposal(
        read.where,
        result.issues.filter((issue) => issue.severity === 'error').length,
      );
  return [head, ...issues.map((issue) => formatIssueLine(issue, texts, whereOf(issue)))]
    .map((line) => `${line}\n`)
    .join('');
}

function failureRecord(failure: ReadFailure, texts: CliTexts): object {
  return {
    source: failure.source,
    line: failure.line,
    column: failure.column,
    valid: null,
    error: { code: failure.code, message: failure.message(texts) },
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

  async fail(line: (texts: CliTexts) => string, record: object | undefined): Promise<void> {
    this.unreadable += 1;
    const { texts, io } = this.context;
    if (this.json && record !== undefined) await this.out.write(jsonLine(record));
    await this.out.flush();
    this.clearProgress();
    io.stderr.write(`${PROGRAM}: ${line(texts)}\n`);
  }

  async proposal(read: ProposalRead, at: Date | undefined): Promise<void> {
    const { locale, texts, io } = this.context;
    const result = safeValidateApplication(
      read.value,
      at === undefined ? { locale } : { at, locale },
    );
    if (result.success) this.valid += 1;
    else this.invalid += 1;
    await this.out.write(
      this.json
        ? jsonLine(proposalRecord(read, result))
        : proposalText(read, result, texts, locale),
    );
    this.read += 1;
    // Progress only when stderr is a terminal and the results go elsewhere (a file, a pipe):
    // on a terminal, the results themselves show the progress.
    if (io.stderr.isTTY === true && io.stdout.isTTY !== true && this.read % PROGRESS_EVERY === 0) {
      io.stderr.write(`\r${PROGRAM}: ${texts.progress(this.read)}`);
      this.progressShown = true;
    }
  }

  /** Reports an input that could not be read at all, as one line and one JSON record. */
  private async reportUnreadable(name: string, text: (m: CliTexts) => string): Promise<void> {
    await this.fail(text, {
      source: name,
      line: null,
      column: null,
      valid: null,
      error: { code: 'unreadable', message: text(this.context.texts) },
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
          await this.fail(event.message, failureRecord(event, this.context.texts));
        else await this.proposal(event, at);
      }
    } catch (error) {
      const reason = failureReason(error);
      await this.reportUnreadable(name, (m: CliTexts): string => m.fileUnreadable(name, reason));
    } finally {
      source.close();
    }
  }

  async finish(): Promise<ValidateSummary> {
    const { texts } = this.context;
    const summary = { valid: this.valid, invalid: this.invalid, unreadable: this.unreadable };
    await this.out.write(
      this.json
        ? jsonLine({ summary: { ...summary, total: summaryTotal(summary) } })
        : `${texts.summary(this.valid, this.invalid, this.unreadable)}\n`,
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
 */
export function validateExitCode(summary: ValidateSummary): ExitCode {
  if (summary.unreadable > 0) return 2;
  return summary.invalid > 0 ? 1 : 0;
}

async function run(context: CommandContext): Promise<ExitCode> {
  const { positionals, values, io, locale } = context;
  if (positionals.length === 0) throw usageError((m) => m.noFiles());
  if (positionals.filter((file) => file === '-').length > 1)
    throw usageError((m) => m.stdinTwice());
  const atText = stringOption(values, 'at');
  // A bad --at ends the run before any proposal is read, as the library reads instants (an
  // offset is required), its issue rendered in `locale`.
  const at =
    atText === undefined
      ? undefined
      : withFlag('--at', () => renderedOrThrown(locale, () => toInstant(atText, ['at'])));

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
