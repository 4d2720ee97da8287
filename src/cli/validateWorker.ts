// The worker thread of `pio-rules validate --jobs N` (built to dist/validateWorker.js, started by
// validatePool.ts): judges the NDJSON lines it is sent, exactly as the in-process run does, and
// sends back what to write for each.
import process from 'node:process';
import { parentPort, workerData } from 'node:worker_threads';
import { judgeEvent, type JudgeOptions, type Validator } from './commands/validate.js';
import { ndjsonLine } from './input/readProposals.js';
import type { WorkerReply, WorkerRequest } from './validatePool.js';

const port = parentPort;
if (port === null) throw new Error('validateWorker runs in a worker thread only');
const setup = workerData as JudgeOptions;

// Test hooks, read here only (never by the main thread), for test/cli/jobs.test.ts: a worker
// thread that receives line n stops at once (process.exit in a worker thread ends that thread
// only), or validation of line n throws. Not a feature: undocumented outside the tests.
const lineOf = (name: string): number => {
  const value = process.env[name];
  return value === undefined ? Number.NaN : Number(value);
};
const killAt = lineOf('PIO_RULES_TEST_KILL_WORKER_AT_LINE');
const throwAt = lineOf('PIO_RULES_TEST_THROW_AT_LINE');
const thrower: Validator = () => {
  throw new Error('test hook PIO_RULES_TEST_THROW_AT_LINE');
};

port.on('message', (request: WorkerRequest) => {
  if (request.lines.some(({ line }) => line === killAt)) process.exit(70);
  const outcomes = request.lines.map(({ line, text }) =>
    judgeEvent(
      ndjsonLine(request.source, text, line),
      setup,
      line === throwAt ? thrower : undefined,
    ),
  );
  port.postMessage({ type: 'done', id: request.id, outcomes } satisfies WorkerReply);
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);
