import { CliError, usageError } from '../errors.js';
import { chunkLines } from '../input/chunkLines.js';
import { failureReason, openLines, type LineSource } from '../input/readLines.js';
import { readProposals } from '../input/readProposals.js';
import { rulesFileFlags } from '../input/rulesFiles.js';
export { rulesFiles } from '../input/rulesFiles.js';
import type { CliIo } from '../io.js';
import { type BufferedWriter, jsonLine, PROGRAM } from '../output.js';
import type { CliTexts } from '../texts.js';
import { STDIN_NAME } from './validate.js';

/** A record read from a file (its JSON value, not yet checked), or why a line could not be. */
export type RecordEvent =
  | {
      readonly kind: 'record';
      readonly value: unknown;
      readonly where: string;
      readonly source: string;
      readonly line: number | null;
    }
  | {
      readonly kind: 'unreadable';
      readonly message: (texts: CliTexts) => string;
      readonly source: string;
      readonly line: number | null;
    };

/**
 * The records of the files given (`-` is standard input), one at a time, in order: each
 * NDJSON line (or each item of a JSON array) as its parsed value; a line that is not JSON, a
 * file that cannot be read or holds nothing, as an `unreadable` event. Lines are read on
 * demand ({@link chunkLines}), so memory stays flat.
 *
 * @param files - The files.
 * @param io - Standard input.
 * @returns The events.
 */
export async function* readRecords(
  files: readonly string[],
  io: Pick<CliIo, 'stdin'>,
): AsyncGenerator<RecordEvent> {
  for (const file of files) {
    const name = file === '-' ? STDIN_NAME : file;
    let source: LineSource;
    try {
      source =
        file === '-'
          ? { lines: chunkLines(io.stdin), close: () => {} }
          : await openLines(file, chunkLines);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      yield { kind: 'unreadable', message: error.text, source: name, line: null };
      continue;
    }
    try {
      for await (const event of readProposals(name, source.lines)) {
        if (event.kind === 'proposal') {
          yield {
            kind: 'record',
            value: event.value,
            where: event.where,
            source: name,
            line: event.line,
          };
        } else if (event.code === 'empty_input') {
          yield { kind: 'unreadable', message: (m) => m.noRecords(name), source: name, line: null };
        } else {
          yield { kind: 'unreadable', message: event.message, source: name, line: event.line };
        }
      }
    } catch (error) {
      const reason = failureReason(error);
      yield {
        kind: 'unreadable',
        message: (m) => m.fileUnreadable(name, reason),
        source: name,
        line: null,
      };
    } finally {
      source.close();
    }
  }
}

/**
 * The files of a records command, checked: at least one, `-` at most once.
 *
 * @throws {@link CliError} (exit code 2).
 */
export function recordFiles(positionals: readonly string[]): readonly string[] {
  if (positionals.length === 0) throw usageError((m) => m.noFiles());
  if (positionals.filter((file) => file === '-').length > 1)
    throw usageError((m) => m.stdinTwice());
  return positionals;
}

/** The options of `verify` and `replay`. */
export const rulesFileOptions = {
  ...rulesFileFlags,
  json: { type: 'boolean' },
} as const;

/**
 * Reports a line or file of records that could not be read, as `verify` and `replay` do: a line
 * of `--json` output (when asked), then the message on stderr.
 *
 * @param event - The unreadable event.
 * @param out - Standard output, buffered (flushed before stderr is written).
 * @param io - Standard error.
 * @param texts - The texts of the chosen language.
 * @param json - Whether the output is JSON.
 */
export async function reportUnreadable(
  event: Extract<RecordEvent, { kind: 'unreadable' }>,
  out: BufferedWriter,
  io: Pick<CliIo, 'stderr'>,
  texts: CliTexts,
  json: boolean,
): Promise<void> {
  const message = event.message(texts);
  if (json)
    await out.write(
      jsonLine({ source: event.source, line: event.line, status: null, error: message }),
    );
  await out.flush();
  io.stderr.write(`${PROGRAM}: ${message}\n`);
}
