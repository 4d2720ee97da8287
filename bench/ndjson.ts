import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lib } from './lib.js';
import { EXAMPLES_AT, exampleDocument, VALID_EXAMPLES } from './fixtures.js';
import { type BenchRow, fmtBytes, fmtNs, log } from './harness.js';

const validateApplication = lib.safeValidateApplication;

const PEAK_RSS_PROBE = fileURLToPath(new URL('./peakRss.mjs', import.meta.url));
const IN_PROCESS = fileURLToPath(new URL('./validateInProcess.mjs', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
/** Peak memory goal of the CLI on a million lines, in bytes. */
const MEMORY_GOAL = 200e6;
/** The worker threads compared with `--jobs 1` (issue 15, goal 4: on a 2-core machine). */
const JOBS = 2;
/** Goal of `--jobs 2` against `--jobs 1`: throughput ratio. */
const JOBS_GOAL = 1.7;
/** Issue 15, goal 4: peak memory of `--jobs 2` on a million lines, in bytes. */
const JOBS_MEMORY_GOAL = 250e6;

/** How a child process ran: wall time, peak RSS, exit code, what it printed. */
export interface ChildRun {
  readonly wallNs: number;
  readonly peakRss: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node --import peakRss.mjs ...args` and waits for it. stdout goes to `stdoutFile` when
 * given (read back afterwards), else is discarded.
 */
export async function runNode(args: string[], dir: string, stdoutFile?: string): Promise<ChildRun> {
  const rssFile = join(dir, `rss-${process.hrtime.bigint()}.txt`);
  const out = stdoutFile === undefined ? 'ignore' : openSync(stdoutFile, 'w');
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', PEAK_RSS_PROBE, ...args], {
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, BENCH_PEAK_RSS_FILE: rssFile },
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallNs = Number(process.hrtime.bigint() - start);
  if (typeof out === 'number') closeSync(out);
  const peakRss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : Number.NaN;
  const stdout = stdoutFile === undefined ? '' : readFileSync(stdoutFile, 'utf8');
  return { wallNs, peakRss, code, stdout, stderr };
}

const cents = (amount: string): number => Number(amount.replace('.', ''));
const amountOf = (c: number): string =>
  `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;

/**
 * Writes `count` NDJSON proposals: the valid examples in turn, each with its own title and a
 * requested cofinancing that varies by the cent below the maximum, so every line is valid and
 * different.
 */
export function writeProposals(file: string, count: number): void {
  const at = new Date(EXAMPLES_AT);
  const templates = VALID_EXAMPLES.map((name) => {
    const document = exampleDocument(name);
    const result = validateApplication(document, { at });
    if (!result.success) throw new Error(`${name} is not valid`);
    return { document, maximum: cents(result.data.cofinancing.maximum.amount) };
  });
  const fd = openSync(file, 'w');
  let chunk = '';
  for (let i = 0; i < count; i += 1) {
    const { document, maximum } = templates[i % templates.length]!;
    const title = String(document.project.title);
    const requested = amountOf(maximum - (i % 100_000));
    const line = JSON.stringify({
      ...document,
      project: { ...document.project, title: `${title} (${i + 1})` },
      support: { ...document.support, cofinancing: { requested } },
    });
    chunk += `${line}\n`;
    if (chunk.length > 1 << 22) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

/** Writes `times` copies of `source` into `target`. */
function repeatFile(source: string, target: string, times: number): void {
  const buffer = Buffer.alloc(1 << 24);
  const out = openSync(target, 'w');
  for (let t = 0; t < times; t += 1) {
    const input = openSync(source, 'r');
    for (;;) {
      const n = readSync(input, buffer, 0, buffer.length, null);
      if (n === 0) break;
      writeSync(out, buffer, 0, n);
    }
    closeSync(input);
  }
  closeSync(out);
}

function summaryOf(stdout: string): { valid: number; invalid: number } {
  const last = stdout.trimEnd().split('\n').at(-1) ?? '';
  const parsed = JSON.parse(last) as { summary?: { valid: number; invalid: number } };
  if (parsed.summary === undefined) throw new Error(`no summary line: ${last.slice(0, 200)}`);
  return parsed.summary;
}

export function check(run: ChildRun, what: string): void {
  if (run.code !== 0)
    throw new Error(`${what} exited with ${run.code}: ${run.stderr.slice(0, 500)}`);
}

/**
 * `pio-rules validate` (the built CLI, `--json`) on `lines` NDJSON proposals versus the same
 * validation in a script, each in a fresh process; peak memory of both; and, when `bigLines`
 * is given (1,000,000 by default in run.ts), the CLI once more on that many lines for its peak
 * memory.
 */
export async function benchNdjson(options: {
  lines: number;
  bigLines: number | undefined;
}): Promise<BenchRow> {
  const { lines } = options;
  const dir = mkdtempSync(join(tmpdir(), 'pio-rules-bench-'));
  try {
    const file = join(dir, `proposals-${lines}.ndjson`);
    writeProposals(file, lines);
    // `--jobs 1`: one thread, as the in-process baseline; the worker threads are measured apart.
    const cliArgs = (input: string, jobs = 1) => [
      CLI,
      'validate',
      input,
      '--at',
      EXAMPLES_AT,
      '--json',
      '--jobs',
      String(jobs),
    ];

    log(`  ndjson: in-process validation of ${lines.toLocaleString('en')} lines ...`);
    const base = await runNode([IN_PROCESS, file, EXAMPLES_AT], dir, join(dir, 'base.out'));
    check(base, 'the in-process baseline');
    const baseCounts = JSON.parse(base.stdout) as { valid: number; invalid: number };
    log(`  ndjson: pio-rules validate on ${lines.toLocaleString('en')} lines ...`);
    const cli = await runNode(cliArgs(file), dir, join(dir, 'cli.out'));
    check(cli, 'pio-rules validate');
    const cliCounts = summaryOf(cli.stdout);
    if (cliCounts.valid !== lines || baseCounts.valid !== lines)
      throw new Error(
        `expected ${lines} valid: CLI ${JSON.stringify(cliCounts)}, in process ${JSON.stringify(baseCounts)}`,
      );
    const outputBytes = cli.stdout.length;
    rmSync(join(dir, 'cli.out'));

    // Issue 15, goal 4: the same run in worker threads, the output identical.
    log(`  ndjson: pio-rules validate --jobs ${JOBS} on ${lines.toLocaleString('en')} lines ...`);
    const jobs = await runNode(cliArgs(file, JOBS), dir, join(dir, 'jobs.out'));
    check(jobs, `pio-rules validate --jobs ${JOBS}`);
    if (jobs.stdout !== cli.stdout)
      throw new Error(`--jobs ${JOBS} wrote other output than --jobs 1`);
    rmSync(join(dir, 'jobs.out'));
    const speedup = cli.wallNs / jobs.wallNs;

    const ratio = cli.wallNs / base.wallNs;
    const perLine = (ns: number) => fmtNs(ns / lines);
    const notes = [
      `${lines.toLocaleString('en')} valid proposals (the 3 valid examples in turn, each with its own title and requested amount), ${fmtBytes(statSync(file).size)}. Ours: \`node dist/cli.js validate FILE --at ${EXAMPLES_AT} --json\` (stdout to a file: ${fmtBytes(outputBytes)} of JSON lines); baseline: \`node bench/validateInProcess.mjs FILE AT\` (readline, \`JSON.parse\`, \`validateApplication\` from dist, counts only). Wall time of each process, start-up included: ${perLine(cli.wallNs)} vs ${perLine(base.wallNs)} per line.`,
      `Peak RSS at ${lines.toLocaleString('en')} lines: CLI ${fmtBytes(cli.peakRss)}, in process ${fmtBytes(base.peakRss)}.`,
      `\`--jobs ${JOBS}\` (worker threads; same output byte for byte): ${fmtNs(jobs.wallNs)} against ${fmtNs(cli.wallNs)} with \`--jobs 1\`, throughput ${speedup.toFixed(2)}x (goal >= ${JOBS_GOAL}x: ${speedup >= JOBS_GOAL ? 'met' : 'missed'}); peak RSS ${fmtBytes(jobs.peakRss)}.`,
    ];
    let memoryMet = cli.peakRss < MEMORY_GOAL;
    let jobsPeakRss: number | undefined;
    if (options.bigLines !== undefined) {
      const big = join(dir, 'proposals-big.ndjson');
      const copies = Math.ceil(options.bigLines / lines);
      repeatFile(file, big, copies);
      rmSync(file);
      const total = copies * lines;
      log(
        `  ndjson: pio-rules validate on ${total.toLocaleString('en')} lines (about ${fmtNs((cli.wallNs / lines) * total)}; --quick skips this) ...`,
      );
      const huge = await runNode(cliArgs(big), dir);
      log(`  ndjson: pio-rules validate --jobs ${JOBS} on ${total.toLocaleString('en')} lines ...`);
      const hugeJobs = await runNode(cliArgs(big, JOBS), dir);
      rmSync(big);
      if (hugeJobs.code !== 0)
        throw new Error(
          `pio-rules validate --jobs ${JOBS} on 1M lines exited with ${hugeJobs.code}`,
        );
      jobsPeakRss = hugeJobs.peakRss;
      notes.push(
        `Peak RSS of \`--jobs ${JOBS}\` on ${total.toLocaleString('en')} lines: ${fmtBytes(hugeJobs.peakRss)} (issue 15 goal < ${fmtBytes(JOBS_MEMORY_GOAL)}: ${hugeJobs.peakRss < JOBS_MEMORY_GOAL ? 'met' : 'missed'}), in ${fmtNs(hugeJobs.wallNs)}.`,
      );
      if (huge.code !== 0)
        throw new Error(`pio-rules validate on 1M lines exited with ${huge.code}`);
      memoryMet = memoryMet && huge.peakRss < MEMORY_GOAL;
      notes.push(
        `Peak RSS of the CLI on ${total.toLocaleString('en')} lines (stdout to /dev/null): ${fmtBytes(huge.peakRss)} (goal < ${fmtBytes(MEMORY_GOAL)}: ${huge.peakRss < MEMORY_GOAL ? 'met' : 'missed'}), in ${fmtNs(huge.wallNs)} (${fmtNs(huge.wallNs / total)} per line).`,
      );
    } else {
      notes.push(
        `The 1,000,000-line run was skipped (--quick): peak memory measured at ${lines.toLocaleString('en')} lines only.`,
      );
    }
    return {
      name: `4. pio-rules validate vs in process (${lines.toLocaleString('en')} NDJSON lines)`,
      ours: 'pio-rules validate --json',
      baseline: 'script: readline + JSON.parse + validateApplication',
      oursNs: cli.wallNs,
      baselineNs: base.wallNs,
      ratio,
      ratioKind: 'slower',
      goal: '≤ 1.5x; peak RSS < 200 MB at 1M lines',
      met: ratio <= 1.5 && memoryMet,
      notes,
      goals: [
        {
          goal: 4,
          what: `--jobs ${JOBS} vs --jobs 1 throughput, ${lines.toLocaleString('en')} lines`,
          figure: `${speedup.toFixed(2)}x`,
          target: `≥ ${String(JOBS_GOAL)}x`,
          met: speedup >= JOBS_GOAL,
        },
        {
          goal: 4,
          what: `--jobs ${JOBS} peak RSS, 1,000,000 lines`,
          figure: jobsPeakRss === undefined ? 'not run (--quick)' : fmtBytes(jobsPeakRss),
          target: `< ${fmtBytes(JOBS_MEMORY_GOAL)}`,
          met: jobsPeakRss === undefined ? undefined : jobsPeakRss < JOBS_MEMORY_GOAL,
        },
        {
          goal: 5,
          what: 'benchmark 4: pio-rules validate vs in process (and < 200 MB at 1M lines)',
          figure: `${ratio.toFixed(2)}x`,
          target: '≤ 1.5x',
          met: ratio <= 1.5 && memoryMet,
        },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
