import { safeValidateApplication, type ValidatedApplication } from '../../applications/index.js';
import type { PioIssue, Result } from '../../issues/index.js';
import type { Locale } from '../../locales/index.js';
import { renderedOrThrown } from '../../locales/render.js';
import { formatEur } from '../../money/index.js';
import { toInstant } from '../../time/instant.js';
import { stringOption } from '../args.js';
import { clip, CliError, usageError, withFlag } from '../errors.js';
import { failureReason, openLines, readLines, type LineSource } from '../input/readLines.js';
import {
  detectFormat,
  readProposals,
  type InputEvent,
  type InputFormat,
  type ProposalRead,
  type ReadFailure,
} from '../input/readProposals.js';
import type { ExitCode } from '../io.js';
import { BufferedWriter, formatIssueLine, jsonLine, PROGRAM } from '../output.js';
import { textsFor, type CliTexts } from '../texts.js';
import {
  ValidatePool,
  WorkerStartError,
  type JudgeOptions,
  type LineOutcome,
  type PoolLine,
} from '../validatePool.js';

export type { JudgeOptions, LineOutcome } from '../validatePool.js';
import type { CommandContext, CommandDefinition } from './context.js';
import { recordDecision } from '../../records/index.js';
import { decidedAtOption, RecordFile, recordOptions } from '../recordFile.js';

/** Where `validate --record` writes its records, and the instant of the decisions. */
interface Recorder {
  readonly file: RecordFile;
  readonly decidedAt: Date;
}

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
  /**
   * Inputs or NDJSON lines that could not be read (missing file, malformed JSON, nothing), and
   * proposals that could not be judged at all (validation threw, or the worker thread judging
   * them stopped: an `internal_error` record, a bug to report).
   */
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

/**
 * The most worker threads `validate --jobs` takes (a larger `--jobs` is refused, and the number
 * of cores is capped to it).
 */
export const MAX_JOBS = 256;

/** How a proposal is validated: `safeValidateApplication`, or a stand-in in tests. */
export type Validator = (value: unknown, options: { at?: Date; locale: Locale }) => ProposalResult;

/** The first line of what was thrown, for a one-line message. */
function firstLineOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() || String(error);
}

/**
 * The outcome of a proposal that could not be judged at all (validation threw, or the worker
 * thread judging it stopped): counted as unreadable, an `internal_error` record for `--json`, a
 * line on stderr.
 *
 * @param read - Where the proposal was.
 * @param reason - Why, for people, in the output language.
 * @param options - The language and `--json`.
 * @returns The outcome.
 */
export function internalFailure(
  read: Pick<ProposalRead, 'source' | 'line' | 'index' | 'where'>,
  reason: string,
  options: Pick<JudgeOptions, 'locale' | 'json'>,
): LineOutcome {
  const texts = textsFor(options.locale);
  const message = texts.validationFailed(read.where, reason);
  const record = {
    source: read.source,
    line: read.line,
    index: read.index,
    valid: null,
    error: { code: 'internal_error', message },
  };
  return { kind: 'unreadable', out: options.json ? jsonLine(record) : '', err: message };
}

/**
 * Judges one event of {@link readProposals}: validates a proposal (a throw of the validator is
 * caught and reported for that proposal), or reports a part that could not be read. Both the
 * in-process run (`--jobs 1`) and the worker threads use it, so their output is the same.
 *
 * @param event - A proposal or a read failure.
 * @param options - `--at`, the language and `--json`.
 * @param validate - The validator (default `safeValidateApplication`).
 * @returns What to write and how to count it.
 */
export function judgeEvent(
  event: InputEvent,
  options: JudgeOptions,
  validate: Validator = safeValidateApplication,
): LineOutcome {
  const { at, locale, json } = options;
  const texts = textsFor(locale);
  if (event.kind === 'failure') {
    return {
      kind: 'unreadable',
      out: json ? jsonLine(failureRecord(event, texts)) : '',
      err: event.message(texts),
    };
  }
  let result: ProposalResult;
  try {
    result = validate(event.value, at === undefined ? { locale } : { at, locale });
  } catch (error) {
    return internalFailure(event, firstLineOf(error), options);
  }
  return {
    kind: result.success ? 'valid' : 'invalid',
    out: json
      ? jsonLine(proposalRecord(event, result))
      : proposalText(event, result, texts, locale),
  };
}

/** Lines of NDJSON sent to a worker thread at once (fewer at the end of an input). */
export const BATCH_LINES = 128;
/** Characters of NDJSON sent to a worker thread at once, at most (unless one line is longer). */
export const BATCH_CHARS = 1 << 19;

/** The lines of an input, with the lines already read put back in front. */
async function* prepend(
  head: readonly string[],
  rest: AsyncIterator<string>,
): AsyncGenerator<string> {
  try {
    yield* head;
    for (;;) {
      const next = await rest.next();
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    await rest.return?.();
  }
}

class Run {
  valid = 0;
  invalid = 0;
  unreadable = 0;
  private read = 0;
  private progressShown = false;
  private readonly out: BufferedWriter;
  private readonly json: boolean;
  private pool: ValidatePool | undefined;

  constructor(
    private readonly context: CommandContext,
    private readonly jobs: number,
    private readonly at: Date | undefined,
    private readonly recorder: Recorder | undefined = undefined,
  ) {
    this.out = new BufferedWriter(context.io.stdout);
    this.json = context.values['json'] === true;
  }

  private get judgeOptions(): JudgeOptions {
    return { at: this.at, locale: this.context.locale, json: this.json };
  }

  private clearProgress(): void {
    if (!this.progressShown) return;
    this.context.io.stderr.write('\r\u001b[K');
    this.progressShown = false;
  }

  async fail(line: (texts: CliTexts) => string, record: object | undefined): Promise<void> {
    await this.emit({
      kind: 'unreadable',
      out: this.json && record !== undefined ? jsonLine(record) : '',
      err: line(this.context.texts),
    });
  }

  /** Writes one outcome and counts it: the one way results reach the output. */
  async emit(outcome: LineOutcome): Promise<void> {
    const { texts, io } = this.context;
    if (outcome.kind === 'unreadable') {
      this.unreadable += 1;
      if (outcome.out !== '') await this.out.write(outcome.out);
      await this.out.flush();
      this.clearProgress();
      io.stderr.write(`${PROGRAM}: ${outcome.err ?? ''}\n`);
      return;
    }
    if (outcome.kind === 'valid') this.valid += 1;
    else this.invalid += 1;
    await this.out.write(outcome.out);
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

  /**
   * NDJSON judged by worker threads: the lines are numbered, stripped and skipped as
   * `readProposals` does, sent in batches, and the outcomes written in input order.
   */
  private async parallel(name: string, lines: AsyncIterable<string>): Promise<void> {
    this.pool ??= new ValidatePool({
      jobs: this.jobs,
      setup: this.judgeOptions,
      emit: (outcome) => this.emit(outcome),
      lost: (source, line, reason) =>
        internalFailure(
          { source, line, index: null, where: `${source}:${line}` },
          reason,
          this.judgeOptions,
        ),
    });
    const pool = this.pool;
    let batch: PoolLine[] = [];
    let chars = 0;
    let lineNumber = 0;
    try {
      for await (const raw of lines) {
        lineNumber += 1;
        const line = lineNumber === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
        if (line.trim() === '') continue;
        batch.push({ line: lineNumber, text: line });
        chars += line.length;
        if (batch.length >= BATCH_LINES || chars >= BATCH_CHARS) {
          const full = batch;
          batch = [];
          chars = 0;
          await pool.submit(name, full);
        }
      }
    } finally {
      // What was read before a read error is still judged and written, as in process.
      if (batch.length > 0) await pool.submit(name, batch);
      await pool.drain();
    }
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
      let lines: AsyncIterable<string> = source.lines;
      let format: InputFormat | undefined;
      if (this.jobs > 1) {
        // The first line that is not blank tells NDJSON (to the worker threads) from one JSON
        // document (read in process, as always).
        const iterator = source.lines[Symbol.asyncIterator]();
        const head: string[] = [];
        for (;;) {
          const next = await iterator.next();
          if (next.done === true) break;
          head.push(next.value);
          const line = head.length === 1 ? next.value.replace(/^\uFEFF/, '') : next.value;
          if (line.trim() !== '') {
            format = detectFormat(line);
            break;
          }
        }
        lines = prepend(head, iterator);
      }
      if (format === 'ndjson') {
        await this.parallel(name, lines);
      } else {
        for await (const event of readProposals(name, lines))
          await this.emit(await this.judge(event, at));
      }
    } catch (error) {
      if (error instanceof WorkerStartError) throw error;
      const reason = failureReason(error);
      await this.reportUnreadable(name, (m: CliTexts): string => m.fileUnreadable(name, reason));
    } finally {
      source.close();
    }
  }

  /** Stops the worker threads, if any were started. */
  /**
   * Judges one event in process; with `--record`, the validation is made with its decision
   * record (the result is the same), and the record written.
   */
  private async judge(event: InputEvent, at: Date | undefined): Promise<LineOutcome> {
    const options = { ...this.judgeOptions, at };
    if (this.recorder === undefined || event.kind !== 'proposal') return judgeEvent(event, options);
    let made;
    try {
      made = await recordDecision('validation', event.value, {
        decidedAt: this.recorder.decidedAt,
        locale: this.context.locale,
        ...(at === undefined ? {} : { at }),
      });
    } catch (error) {
      return internalFailure(event, firstLineOf(error), options);
    }
    await this.recorder.file.write(made.record);
    const { result } = made;
    return judgeEvent(event, options, () => result);
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
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

  const recordPath = stringOption(values, 'record');
  const decidedAt = recordPath === undefined ? undefined : decidedAtOption(values, io, locale);
  // Records are made in process (one thread), whatever --jobs says.
  const jobs = recordPath === undefined ? jobsOption(stringOption(values, 'jobs'), io.cores) : 1;
  const file = recordPath === undefined ? undefined : await RecordFile.open(recordPath);

  const recorder = file === undefined || decidedAt === undefined ? undefined : { file, decidedAt };
  const batch = new Run(context, jobs, at, recorder);
  try {
    for (const file of positionals) {
      if (file === '-') {
        await batch.input(STDIN_NAME, () => ({ lines: readLines(io.stdin), close: () => {} }), at);
      } else {
        await batch.input(file, () => openLines(file), at);
      }
    }
  } finally {
    await batch.close();
    await file?.close();
  }
  return validateExitCode(await batch.finish());
}

/**
 * The number of worker threads of `validate`: `--jobs N` (a whole number from 1 to
 * {@link MAX_JOBS}), else the number of cores the host reports (capped to {@link MAX_JOBS}),
 * else 1. With 1, everything runs in process, as before `--jobs` existed.
 *
 * @param text - The value of `--jobs`, when given.
 * @param cores - The cores of the host (`os.availableParallelism()`), when known.
 * @returns The number of jobs.
 * @throws {@link CliError} (exit code 2) for a value that is not such a number.
 */
export function jobsOption(text: string | undefined, cores: number | undefined): number {
  if (text === undefined)
    return cores === undefined || !Number.isInteger(cores) || cores < 1
      ? 1
      : Math.min(cores, MAX_JOBS);
  const jobs = /^[1-9]\d{0,3}$/.test(text) ? Number(text) : Number.NaN;
  if (!(jobs <= MAX_JOBS))
    throw usageError((m) => m.badValue('--jobs', clip(text), m.expectedJobs(MAX_JOBS)));
  return jobs;
}

/** `pio-rules validate FILE... | - [--at ISO] [--json] [--jobs N]`: validates proposals in batch. */
export const validateCommand: CommandDefinition = {
  options: {
    at: { type: 'string' },
    json: { type: 'boolean' },
    jobs: { type: 'string' },
    ...recordOptions,
  },
  takesArguments: true,
  run,
};
