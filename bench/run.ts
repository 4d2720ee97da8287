// The benchmarks of issue 7, each a ratio against a baseline measured in the same run:
//   npx tsx bench/run.ts [--quick] [--write] [--lines N] [--only 1,2,...]
//     [--http-seconds S] [--rss-requests N]   (8 to 10: the HTTP API of issue 18)
// The report (a markdown table and notes) goes to stdout; progress to stderr. With --write,
// the generated part of docs/performance.md is rewritten.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBuild } from './build.js';
import { type BenchRow, fmtNs, log } from './harness.js';
import {
  describeMachine,
  generatedSection,
  markdownMachine,
  markdownGoals,
  markdownNotes,
  markdownTable,
  writePerformanceDoc,
} from './report.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    lines: { type: 'string', default: '100000' },
    only: { type: 'string' },
    'http-seconds': { type: 'string', default: '10' },
    'rss-requests': { type: 'string', default: '20000' },
  },
});
const lines = Number(values.lines);
if (!Number.isInteger(lines) || lines < 1) throw new Error(`--lines: not a positive integer`);
const only = values.only?.split(',').map(Number);
const httpSeconds = Number(values['http-seconds']);
const rssRequests = Number(values['rss-requests']);
if (!(httpSeconds > 0) || !Number.isInteger(rssRequests) || rssRequests < 1)
  throw new Error('--http-seconds, --rss-requests: positive numbers');
if (
  values.write &&
  (only !== undefined || lines !== 100_000 || httpSeconds !== 10 || rssRequests !== 20_000)
)
  throw new Error(
    '--write records a full run: leave out --only, --lines, --http-seconds and --rss-requests',
  );

const loadStart = os.loadavg()[0] ?? 0;
const started = process.hrtime.bigint();
ensureBuild();

const benches: [number, string][] = [
  [1, 'validateApplication vs safeParse'],
  [2, 'computeCofinancing vs decimal.js'],
  [3, 'json-rules-engine vs ours'],
  [4, 'pio-rules validate vs in process'],
  [5, 'import cost'],
  [6, 'browser weight'],
  [7, 'one command, whole process'],
  [8, 'HTTP validate vs in process'],
  [9, 'HTTP --workers 2 vs 1'],
  [10, 'HTTP server memory'],
  [11, 'pio-rules replay vs validate'],
];
const ONE = fileURLToPath(new URL('./one.ts', import.meta.url));
const rows: BenchRow[] = [];
for (const [n, label] of benches) {
  if (only !== undefined && !only.includes(n)) continue;
  log(`${n}. ${label} ...`);
  // A fresh process per benchmark (with the same tsx loader as this one): results do not
  // depend on which benchmarks ran before.
  const args = [...process.execArgv, ONE, String(n), '--lines', String(lines)];
  args.push('--http-seconds', String(httpSeconds), '--rss-requests', String(rssRequests));
  if (!values.quick) args.push('--big-lines', '1000000');
  const child = spawnSync(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`benchmark ${n} failed (exit ${String(child.status)})`);
  rows.push(JSON.parse(child.stdout) as BenchRow);
}
const machine = describeMachine(loadStart);
const command = `npx tsx bench/run.ts${values.quick ? ' --quick' : ''}`;
process.stdout.write(
  `${markdownGoals(rows)}\n\n${markdownTable(rows)}\n\n${markdownNotes(rows)}\n\n${markdownMachine(machine)}\n`,
);
log(`done in ${fmtNs(Number(process.hrtime.bigint() - started))}`);
if (values.write) {
  const file = fileURLToPath(new URL('../docs/performance.md', import.meta.url));
  writePerformanceDoc(file, generatedSection(rows, machine, command));
  log(`wrote ${file}`);
}
