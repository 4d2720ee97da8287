import { availableParallelism } from 'node:os';
import process from 'node:process';
import { preScanLocale } from './args.js';
import { describeError, PROGRAM } from './output.js';
import { runCli } from './run.js';
import { textsFor } from './texts.js';

// Process wiring only: arguments, standard streams, the clock and the exit code. Everything
// else is in run.ts and the files it imports, tested in process.

const argv = process.argv.slice(2);
const locale = preScanLocale(argv);

function fatal(error: unknown): void {
  const { lines } = describeError(error, textsFor(locale), undefined);
  process.stderr.write(lines.map((text) => `${PROGRAM}: ${text}\n`).join(''));
  process.exit(2);
}

// A closed pipe (`pio-rules validate big.ndjson | head`) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE')
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  fatal(error);
});
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

runCli(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  get stdin() {
    return process.stdin;
  },
  now: () => new Date(),
  cores: availableParallelism(),
}).then((code) => {
  process.exitCode = code;
}, fatal);
