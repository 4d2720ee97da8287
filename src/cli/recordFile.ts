import { open } from 'node:fs/promises';
import type { WriteStream } from 'node:fs';
import { renderedOrThrown } from '../locales/render.js';
import type { Locale } from '../locales/index.js';
import { canonicalJson, type DecisionRecord } from '../records/index.js';
import { toInstant } from '../time/instant.js';
import { stringOption, type OptionValues } from './args.js';
import { inputError, withFlag } from './errors.js';
import type { CliIo } from './io.js';
import { BufferedWriter } from './output.js';

/** The options of a command that writes decision records. */
export const recordOptions = {
  record: { type: 'string' },
  'decided-at': { type: 'string' },
} as const;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/**
 * The instant of the decisions of a run: `--decided-at` (read as the library reads instants: an
 * offset is required), or else the clock of this computer, read once for the whole run (the
 * library itself reads no clock; the tool may).
 *
 * @param values - The options given.
 * @param io - The clock.
 * @param locale - The language of a refusal.
 * @returns The instant.
 * @throws {@link FlagIssuesError} for a bad `--decided-at`.
 */
export function decidedAtOption(values: OptionValues, io: CliIo, locale: Locale): Date {
  const text = stringOption(values, 'decided-at');
  if (text === undefined) return io.now();
  return withFlag('--decided-at', () =>
    renderedOrThrown(locale, () => toInstant(text, ['decidedAt'])),
  );
}

/** A file of decision records being written: one canonical JSON record a line (NDJSON). */
export class RecordFile {
  private failure: unknown;
  private readonly out: BufferedWriter;

  private constructor(
    private readonly path: string,
    private readonly stream: WriteStream,
  ) {
    stream.on('error', (error) => {
      this.failure ??= error;
    });
    this.out = new BufferedWriter(stream);
  }

  /**
   * Opens (creates or empties) a records file.
   *
   * @param path - The file.
   * @returns The file, ready to write.
   * @throws {@link CliError} (exit code 2) when it cannot be opened for writing.
   */
  static async open(path: string): Promise<RecordFile> {
    try {
      const handle = await open(path, 'w');
      return new RecordFile(path, handle.createWriteStream({ encoding: 'utf8' }));
    } catch (error) {
      const reason = codeOf(error);
      throw inputError((m) => m.recordFileUnwritable(path, reason));
    }
  }

  /**
   * Writes a record as one line of canonical JSON.
   *
   * @param record - The record.
   */
  async write(record: DecisionRecord): Promise<void> {
    this.check();
    await this.out.write(`${canonicalJson(record)}\n`);
  }

  /**
   * Writes what is left and closes the file.
   *
   * @throws {@link CliError} (exit code 2) when writing failed.
   */
  async close(): Promise<void> {
    await this.out.flush();
    await new Promise<void>((resolve) => {
      this.stream.end(resolve);
    });
    this.check();
  }

  private check(): void {
    if (this.failure === undefined) return;
    const reason = codeOf(this.failure);
    const path = this.path;
    throw inputError((m) => m.recordFileUnwritable(path, reason));
  }
}
