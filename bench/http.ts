// The goals of issue 18, the HTTP API: POST /v1/applications/validate of the built server
// (`node dist/cli.js serve`) under autocannon (64 connections, keep-alive, the valid example),
// against the in-process validateApplication rate; --workers 2 against 1; and the peak RSS of a
// server after many requests against after a tenth of them.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { EXAMPLES_AT, exampleDocument } from './fixtures.js';
import { type BenchRow, fmtBytes, fmtNs, log, measure } from './harness.js';
import { lib } from './lib.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const PEAK_RSS = join(ROOT, 'bench/peakRss.mjs');
const PATH = `/v1/applications/validate?at=${encodeURIComponent(EXAMPLES_AT)}`;
const BODY = readFileSync(join(ROOT, 'examples/applications/city-pcp.json'), 'utf8');
const CONNECTIONS = 64;

interface Started {
  readonly url: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
}

/** Starts the built server on a free port and waits for its URL. */
function startServer(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const child = spawn(
    process.execPath,
    ['--import', PEAK_RSS, CLI, 'serve', '--port', '0', '--max-concurrent', '1000', ...args],
    { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, ...env } },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      out += text;
      if (out.includes('\n')) resolve({ url: out.split('\n')[0]!, child, exited });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${String(code)})`)));
  });
}

async function stopServer(server: Started): Promise<void> {
  server.child.kill('SIGTERM');
  await server.exited;
}

interface Load {
  readonly rate: number;
  readonly p99: number;
  readonly requests: number;
  readonly failures: number;
}

/** autocannon against the validate route: for `seconds`, or for `amount` requests. */
async function load(url: string, limit: { seconds?: number; amount?: number }): Promise<Load> {
  const result = await autocannon({
    url: `${url}${PATH}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: BODY,
    connections: CONNECTIONS,
    pipelining: 1,
    ...(limit.amount === undefined ? { duration: limit.seconds ?? 10 } : { amount: limit.amount }),
  });
  return {
    rate: result.requests.average,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** The in-process rate of validateApplication on the same proposal, one core. */
async function inProcessRate(): Promise<number> {
  const document = exampleDocument('city-pcp.json');
  const at = new Date(EXAMPLES_AT);
  if (!lib.safeValidateApplication(document, { at }).success) throw new Error('not valid');
  const ns = await measure(() => lib.safeValidateApplication(document, { at }));
  return 1e9 / ns;
}

/** Options of the HTTP benchmarks. */
export interface HttpBenchOptions {
  /** Seconds of load per measurement (default 10). */
  readonly seconds: number;
  /** Requests of the small memory run (the large one is ten times as many; default 20,000). */
  readonly rssRequests: number;
}

/** 6. The API's throughput and p99 against the library in process. */
export async function benchHttpThroughput(options: HttpBenchOptions): Promise<BenchRow> {
  log('  in-process rate ...');
  const baseline = await inProcessRate();
  log('  autocannon against one server process ...');
  const server = await startServer([]);
  let measured: Load;
  try {
    await load(server.url, { seconds: Math.min(2, options.seconds) }); // warm-up
    measured = await load(server.url, { seconds: options.seconds });
  } finally {
    await stopServer(server);
  }
  const ratio = measured.rate / baseline;
  return {
    name: '8. HTTP validate vs in process',
    ours: `POST ${PATH.split('?')[0]!} (autocannon, ${CONNECTIONS} connections, keep-alive)`,
    baseline: 'safeValidateApplication in process, one core',
    oursNs: 1e9 / measured.rate,
    baselineNs: 1e9 / baseline,
    ratio,
    ratioKind: 'faster',
    goal: '>= 0.6x the in-process rate; p99 <= 25 ms',
    met: ratio >= 0.6 && measured.p99 <= 25 && measured.failures === 0,
    notes: [
      `${measured.rate.toFixed(0)} requests/s over HTTP (${measured.requests} in ${options.seconds} s, ${measured.failures} failed; p99 ${measured.p99} ms) vs ${baseline.toFixed(0)} validations/s in process (${fmtNs(1e9 / baseline)} each). The server also parses the body and writes the result as JSON; autocannon runs on the same machine and takes a core of its own.`,
    ],
  };
}

/** 7. `--workers 2` against one process. */
export async function benchHttpWorkers(options: HttpBenchOptions): Promise<BenchRow> {
  const rates: Load[] = [];
  for (const workers of [1, 2]) {
    log(`  autocannon against --workers ${String(workers)} ...`);
    const server = await startServer(['--workers', String(workers)]);
    try {
      await load(server.url, { seconds: Math.min(2, options.seconds) });
      rates.push(await load(server.url, { seconds: options.seconds }));
    } finally {
      await stopServer(server);
    }
  }
  const [one, two] = rates as [Load, Load];
  const ratio = two.rate / one.rate;
  return {
    name: '9. HTTP --workers 2 vs 1',
    ours: '--workers 2',
    baseline: '--workers 1',
    oursNs: 1e9 / two.rate,
    baselineNs: 1e9 / one.rate,
    ratio,
    ratioKind: 'faster',
    goal: '>= 1.6x',
    met: ratio >= 1.6 && one.failures + two.failures === 0,
    notes: [
      `${two.rate.toFixed(0)} vs ${one.rate.toFixed(0)} requests/s (p99 ${two.p99} vs ${one.p99} ms). On a machine with two cores autocannon itself needs one of them, so two workers compete with the load generator: the goal assumes the load comes from elsewhere.`,
    ],
  };
}

/** 8. Peak RSS of a server after 10n requests against after n. */
export async function benchHttpMemory(options: HttpBenchOptions): Promise<BenchRow> {
  const dir = mkdtempSync(join(tmpdir(), 'pio-bench-rss-'));
  const peaks: { requests: number; bytes: number; ns: number }[] = [];
  for (const requests of [options.rssRequests, options.rssRequests * 10]) {
    log(`  ${String(requests)} requests ...`);
    const file = join(dir, `peak-${String(requests)}`);
    const server = await startServer([], { BENCH_PEAK_RSS_FILE: file });
    const started = process.hrtime.bigint();
    let measured: Load;
    try {
      measured = await load(server.url, { amount: requests });
    } finally {
      await stopServer(server);
    }
    if (measured.failures > 0) throw new Error(`${String(measured.failures)} requests failed`);
    peaks.push({
      requests,
      bytes: Number(readFileSync(file, 'utf8')),
      ns: Number(process.hrtime.bigint() - started),
    });
  }
  const [small, big] = peaks as [(typeof peaks)[0], (typeof peaks)[0]];
  const grown = big.bytes - small.bytes;
  return {
    name: '10. HTTP server memory',
    ours: `peak RSS after ${big.requests.toLocaleString('en')} requests: ${fmtBytes(big.bytes)}`,
    baseline: `after ${small.requests.toLocaleString('en')}: ${fmtBytes(small.bytes)}`,
    oursNs: big.ns,
    baselineNs: small.ns,
    ratio: big.bytes / small.bytes,
    ratioKind: 'slower',
    goal: 'within 20 MB',
    met: grown <= 20e6,
    notes: [
      `Peak RSS (the process's maxRSS at exit) of two fresh servers: ${fmtBytes(big.bytes)} after ${big.requests} requests vs ${fmtBytes(small.bytes)} after ${small.requests} (${grown >= 0 ? '+' : ''}${fmtBytes(Math.abs(grown))}${grown < 0 ? ' less' : ''}). The times are of the whole runs.`,
    ],
  };
}
