import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { type BenchRow, fmtBytes, fmtNs } from './harness.js';

/** Where and when the benchmarks ran. */
export interface Machine {
  readonly date: string;
  readonly node: string;
  readonly platform: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memory: number;
  /** 1-minute load average when the run started and when it ended (0 where the OS has none). */
  readonly loadStart: number;
  readonly loadEnd: number;
  /** The commit measured, and whether src/ had uncommitted changes. */
  readonly revision: string;
}

function revision(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--', 'src') !== '';
    return dirty ? `${commit} with uncommitted changes in src/` : commit;
  } catch {
    return 'unknown (no git)';
  }
}

/** The machine now, with the load average the run started with. */
export function describeMachine(loadStart: number): Machine {
  const cpus = os.cpus();
  return {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: os.totalmem(),
    loadStart,
    loadEnd: os.loadavg()[0] ?? 0,
    revision: revision(),
  };
}

function ratioText(row: BenchRow): string {
  if (row.ratioKind === 'slower') return `${row.ratio.toFixed(2)}x`;
  return row.ratio >= 1
    ? `${row.ratio.toFixed(2)}x faster`
    : `${row.ratio.toFixed(2)} (ours ${(1 / row.ratio).toFixed(2)}x slower)`;
}

const cell = (text: string): string => text.replaceAll('|', '\\|');

/** The results as a markdown table. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = [
    '| Benchmark | Ours | Baseline | Ratio | Goal | Met? |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const fmt = row.unit === 'bytes' ? fmtBytes : fmtNs;
    lines.push(
      `| ${cell(row.name)} | ${cell(row.ours)}: ${fmt(row.oursNs)} | ${cell(row.baseline)}: ${fmt(row.baselineNs)} | ${ratioText(row)} | ${cell(row.goal)} | ${row.met ? 'yes' : '**no**'} |`,
    );
  }
  return lines.join('\n');
}

/** The goals of issue 15, in goal order, as a markdown table. */
export function markdownGoals(rows: readonly BenchRow[]): string {
  const goals = rows.flatMap((row) => row.goals ?? []).sort((a, b) => a.goal - b.goal);
  const lines = [
    '| Goal (issue 15) | Measured | Figure | Target | Met? |',
    '| --- | --- | --- | --- | --- |',
  ];
  const names = [
    '',
    'browser weight',
    'import cost',
    'one command',
    'batch on every core',
    'nothing slower',
  ];
  for (const g of goals)
    lines.push(
      `| ${String(g.goal)}. ${names[g.goal] ?? ''} | ${cell(g.what)} | ${cell(g.figure)} | ${cell(g.target)} | ${g.met === undefined ? 'not measured' : g.met ? 'yes' : '**no**'} |`,
    );
  return lines.join('\n');
}

/** The notes of every row, as markdown lists under the row's name. */
export function markdownNotes(rows: readonly BenchRow[]): string {
  return rows
    .map((row) => [`**${row.name}**`, '', ...row.notes.map((n) => `- ${n}`)].join('\n'))
    .join('\n\n');
}

/** Where and when, as markdown. */
export function markdownMachine(machine: Machine): string {
  const busy = machine.loadStart >= 0.5 * machine.cores || machine.loadStart >= 1;
  return [
    `- Date: ${machine.date}; code: ${machine.revision}`,
    `- Node ${machine.node}, ${machine.platform}`,
    `- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${fmtBytes(machine.memory)}`,
    `- Load average (1 min) when the run started: ${machine.loadStart.toFixed(2)}; when it ended: ${machine.loadEnd.toFixed(2)} (the benchmark itself keeps about one core busy).`,
    busy
      ? `- **Measured while other work ran on the machine** (load ${machine.loadStart.toFixed(2)} on ${machine.cores} cores before the first benchmark): absolute times are inflated and noisy. The ratios compare two things measured back to back (interleaved batches), which is what the goals are about, but they are noisier too; re-run on a quiet machine for figures to quote.`
      : '- The machine was otherwise idle when the run started.',
  ].join('\n');
}

const START =
  '<!-- bench:start (written by `npm run bench -- --write`; edit outside these markers) -->';
const END = '<!-- bench:end -->';

/** The generated part of docs/performance.md. */
export function generatedSection(
  rows: readonly BenchRow[],
  machine: Machine,
  command: string,
): string {
  return [
    START,
    '',
    `## Latest run`,
    '',
    `\`${command}\``,
    '',
    markdownMachine(machine),
    '',
    markdownGoals(rows),
    '',
    markdownTable(rows),
    '',
    '### Notes',
    '',
    markdownNotes(rows),
    '',
    END,
  ].join('\n');
}

const TEMPLATE = `# Performance

Each figure is a ratio measured in the same run against a baseline, so it says something on any
machine; absolute times depend on the machine and are given for scale only. The benchmarks are
never part of \`npm test\`.

## How to reproduce

\`\`\`sh
npm ci
npm run bench              # all seven; builds dist/ first when it is missing or stale
npm run bench -- --quick   # without the 1,000,000-line CLI run
npm run bench -- --write   # also rewrite the generated part of this file
\`\`\`

\`npm run bench\` is \`tsx bench/run.ts\`. Options: \`--quick\`, \`--write\`, \`--lines N\` (NDJSON
lines of benchmark 4, default 100,000), \`--only 1,3\` (some benchmarks; not with \`--write\`).
The report goes to stdout, progress to stderr.

${START}
${END}
`;

/** Rewrites the generated part of `file` (creating the file from a template when missing). */
export function writePerformanceDoc(file: string, section: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : TEMPLATE;
  const start = text.indexOf('<!-- bench:start');
  const end = text.indexOf(END);
  const next =
    start === -1 || end === -1
      ? `${text.trimEnd()}\n\n${section}\n`
      : `${text.slice(0, start)}${section}${text.slice(end + END.length)}`;
  writeFileSync(file, next);
}
