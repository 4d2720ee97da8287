import type { Readable } from 'node:stream';

/** What the command line tool returns: 0 all valid, 1 something invalid, 2 a usage or input error. */
export type ExitCode = 0 | 1 | 2;

/** A stream the tool writes text to. */
export interface TextSink {
  /**
   * Writes text. Returns `false` when the stream wants the writer to wait for `'drain'`
   * (as Node's `Writable.write` does); sinks that never push back may return nothing.
   */
  write(text: string): boolean | void;
  /** Registers a one-time listener; the tool uses it only for `'drain'`. */
  once?(event: 'drain', listener: () => void): unknown;
  /** `true` when the stream is a terminal (the tool shows progress on such a stderr only). */
  readonly isTTY?: boolean | undefined;
}

/**
 * Everything the tool touches of the outside world besides files: standard streams and the
 * clock. `main.ts` passes the real ones; tests pass fakes.
 */
export interface CliIo {
  /** Where results go. */
  readonly stdout: TextSink;
  /** Where errors, warnings about the run and progress go. */
  readonly stderr: TextSink;
  /** Standard input, read by `validate -`. */
  readonly stdin: Readable;
  /** The current instant: only `next-deadline` without `--now` asks for it. */
  readonly now: () => Date;
  /**
   * The cores the tool may use (`os.availableParallelism()`): the default of `validate --jobs`.
   * When absent (as in tests that run the tool in process), `validate` runs in process.
   */
  readonly cores?: number;
}
