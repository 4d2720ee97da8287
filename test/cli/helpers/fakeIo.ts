import { Readable } from 'node:stream';
import type { CliIo } from '../../../src/cli/io.js';
import { runCli } from '../../../src/cli/run.js';

/** Options of {@link fakeIo}. */
export interface FakeIoOptions {
  /** Standard input: a text or a stream (default: empty). */
  readonly stdin?: string | Readable;
  /** Whether stderr is a terminal (default `false`). */
  readonly isTTY?: boolean;
  /** Whether stdout is a terminal (default `false`). */
  readonly stdoutIsTTY?: boolean;
  /** The clock (default 2024-05-01T12:00:00+02:00). */
  readonly now?: () => Date;
  /** `true` to make stdout push back on every write (it drains on the next tick). */
  readonly backpressure?: boolean;
}

/** Standard streams and a clock in memory, for running the tool in process. */
export function fakeIo(options: FakeIoOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  let drains = 0;
  const stdin =
    options.stdin instanceof Readable ? options.stdin : Readable.from([options.stdin ?? '']);
  const io: CliIo = {
    stdout: {
      write: (text: string) => {
        out.push(text);
        return options.backpressure !== true;
      },
      once: (_event: 'drain', listener: () => void) => {
        drains += 1;
        setImmediate(listener);
      },
      isTTY: options.stdoutIsTTY ?? false,
    },
    stderr: {
      write: (text: string) => {
        err.push(text);
        return true;
      },
      isTTY: options.isTTY ?? false,
    },
    stdin,
    now: options.now ?? (() => new Date('2024-05-01T10:00:00Z')),
  };
  return {
    io,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    drains: () => drains,
  };
}

/** Runs the tool in process and collects what it wrote. */
export async function runInProcess(args: readonly string[], options: FakeIoOptions = {}) {
  const fake = fakeIo(options);
  const code = await runCli(args, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr(), drains: fake.drains() };
}
