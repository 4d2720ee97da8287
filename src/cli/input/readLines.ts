import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { inputError } from '../errors.js';

/** The lines of an input, read as a stream, and how to let go of it. */
export interface LineSource {
  /** The lines, without their line ends (`\n` or `\r\n`), read one at a time. */
  readonly lines: AsyncIterable<string>;
  /** Releases the file (safe to call twice). */
  readonly close: () => void;
}

/**
 * The lines of a stream, read with `node:readline` one at a time: the stream is paused while
 * the lines already read wait, so memory stays flat whatever the size of the input. An error
 * of the stream ends the lines and is thrown.
 *
 * @param input - A readable byte or text stream (UTF-8).
 * @returns The lines.
 */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  let failure: unknown;
  const lines = createInterface({ input, crlfDelay: Infinity });
  const onError = (error: unknown): void => {
    failure ??= error;
    lines.close();
  };
  input.on('error', onError);
  try {
    for await (const line of lines) {
      if (failure !== undefined) break;
      yield line;
    }
  } finally {
    lines.close();
    input.off('error', onError);
  }
  if (failure !== undefined)
    throw failure instanceof Error ? failure : new Error(failureReason(failure));
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/**
 * Opens a file to read its lines.
 *
 * @param path - The file.
 * @param read - How its lines are read from the file's text stream: {@link readLines} (the
 *   default) or `chunkLines` (on demand, for large lines that are awaited long).
 * @returns The lines and a `close`.
 * @throws {@link CliError} (exit code 2) when the file does not exist, is a folder or cannot be
 *   read.
 */
export async function openLines(
  path: string,
  read: (input: Readable) => AsyncIterable<string> = readLines,
): Promise<LineSource> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ENOENT') throw inputError((m) => m.fileNotFound(path));
    if (code === 'EISDIR') throw inputError((m) => m.fileIsDirectory(path));
    throw inputError((m) => m.fileUnreadable(path, code));
  }
  const stats = await handle.stat();
  if (stats.isDirectory()) {
    await handle.close();
    throw inputError((m) => m.fileIsDirectory(path));
  }
  const stream = handle.createReadStream({ encoding: 'utf8' });
  return {
    lines: read(stream),
    close: () => {
      stream.destroy();
    },
  };
}

/**
 * The reason an input stream failed, for people: the system's error code (`EIO`) or message.
 *
 * @param error - What the stream threw.
 * @returns The reason.
 */
export function failureReason(error: unknown): string {
  return codeOf(error);
}
