import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type BenchRow, fmtNs } from './harness.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
/** Issue 15, goal 3: whole process against a bare `node -e 0`. */
const COFINANCING_GOAL = 2;
const HELP_GOAL = 1.5;
const PAIRS = 21;

/** Wall time of one `node` process with these arguments, in nanoseconds (stdout kept apart). */
function wall(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return Number(process.hrtime.bigint() - start);
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Paired runs (bare node, then the command): the median of the ratios and of the times. */
function paired(args: readonly string[]): { ratio: number; oursNs: number; bareNs: number } {
  wall(['-e', '0']);
  wall(args); // the first runs read the files from disk
  const ratios: number[] = [];
  const ours: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < PAIRS; i += 1) {
    const b = wall(['-e', '0']);
    const o = wall(args);
    bare.push(b);
    ours.push(o);
    ratios.push(o / b);
  }
  return { ratio: median(ratios), oursNs: median(ours), bareNs: median(bare) };
}

/**
 * One command, whole process (issue 15, goal 3): `pio-rules cofinancing --cost 2400000` and
 * `pio-rules --help` against a bare `node -e 0`, each the median of paired runs.
 */
export async function benchOneCommand(): Promise<BenchRow> {
  await Promise.resolve();
  const cofinancing = paired([CLI, 'cofinancing', '--cost', '2400000']);
  const help = paired([CLI, '--help']);
  const cofinancingMet = cofinancing.ratio <= COFINANCING_GOAL;
  const helpMet = help.ratio <= HELP_GOAL;
  return {
    name: '7. one command, whole process',
    ours: 'pio-rules cofinancing --cost 2400000',
    baseline: 'node -e 0',
    oursNs: cofinancing.oursNs,
    baselineNs: cofinancing.bareNs,
    ratio: cofinancing.ratio,
    ratioKind: 'slower',
    goal: `cofinancing ≤ ${String(COFINANCING_GOAL)}x; --help ≤ ${String(HELP_GOAL)}x`,
    met: cofinancingMet && helpMet,
    notes: [
      `${String(PAIRS)} pairs of fresh processes (\`node -e 0\`, then the command, \`node dist/cli.js ...\`, output to a pipe); the ratio is the median of the pairs' ratios, the times the medians.`,
      `\`pio-rules cofinancing --cost 2400000\`: ${fmtNs(cofinancing.oursNs)} against ${fmtNs(cofinancing.bareNs)}, ${cofinancing.ratio.toFixed(2)}x (goal ≤ ${String(COFINANCING_GOAL)}x: ${cofinancingMet ? 'met' : 'missed'}).`,
      `\`pio-rules --help\`: ${fmtNs(help.oursNs)} against ${fmtNs(help.bareNs)}, ${help.ratio.toFixed(2)}x (goal ≤ ${String(HELP_GOAL)}x: ${helpMet ? 'met' : 'missed'}).`,
    ],
    goals: [
      {
        goal: 3,
        what: '`pio-rules cofinancing --cost 2400000` vs `node -e 0`',
        figure: `${cofinancing.ratio.toFixed(2)}x (${fmtNs(cofinancing.oursNs)} vs ${fmtNs(cofinancing.bareNs)})`,
        target: `≤ ${String(COFINANCING_GOAL)}x`,
        met: cofinancingMet,
      },
      {
        goal: 3,
        what: '`pio-rules --help` vs `node -e 0`',
        figure: `${help.ratio.toFixed(2)}x (${fmtNs(help.oursNs)} vs ${fmtNs(help.bareNs)})`,
        target: `≤ ${String(HELP_GOAL)}x`,
        met: helpMet,
      },
    ],
  };
}
