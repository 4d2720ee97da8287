// A small benchmark harness. A function runs in batches sized so that one batch takes at least
// `minBatchMs`, after a warm-up, and the median time per call is kept. `measureRounds` measures
// several functions in rounds, one batch of each per round (the order reversed every other round,
// so that none always runs first or last), so that a machine that slows down or speeds up half-way
// (other work, turbo, GC) affects all alike. A ratio is the median over the rounds of the ratio
// within each round (`pairedRatio`): two batches measured back to back see the same machine,
// which makes that ratio far steadier from run to run than the ratio of two medians taken over
// the whole run.

/** Options of {@link measure} and {@link compare}. */
export interface MeasureOptions {
  /** How many timed batches (default 15). */
  readonly samples?: number;
  /** The least time one batch takes, in milliseconds (default 40). */
  readonly minBatchMs?: number;
}

type Fn = () => unknown;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/** Runs `fn` `n` times (awaiting it only when it returns a promise); nanoseconds spent. */
async function timeBatch(fn: Fn, n: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1) {
    const value = fn();
    if (isThenable(value)) await value;
  }
  return Number(process.hrtime.bigint() - start);
}

/** Warms `fn` up and returns a batch size for which one batch takes at least `minBatchNs`. */
async function batchSize(fn: Fn, minBatchNs: number): Promise<number> {
  // One call first: a first call that prepares something (a schema made on first use) would
  // otherwise take the whole batch time by itself and leave a batch of one.
  await timeBatch(fn, 1);
  let batch = 1;
  for (;;) {
    if ((await timeBatch(fn, batch)) >= minBatchNs) break;
    batch *= 2;
  }
  // One more round at the final size: the first one ran partly unoptimised code.
  await timeBatch(fn, batch);
  return batch;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Median nanoseconds per call of `fn`, measured over `samples` batches. */
export async function measure(fn: Fn, options: MeasureOptions = {}): Promise<number> {
  const samples = options.samples ?? 15;
  const minBatchNs = (options.minBatchMs ?? 40) * 1e6;
  const batch = await batchSize(fn, minBatchNs);
  const perCall: number[] = [];
  for (let s = 0; s < samples; s += 1) perCall.push((await timeBatch(fn, batch)) / batch);
  return median(perCall);
}

/**
 * Nanoseconds per call of each function in each round: `rounds[r][i]` is function `i` in round
 * `r`. Every round times one batch of each function, in the given order in even rounds and in the
 * reverse order in odd ones.
 */
export async function measureRounds(
  fns: readonly Fn[],
  options: MeasureOptions = {},
): Promise<number[][]> {
  const samples = options.samples ?? 15;
  const minBatchNs = (options.minBatchMs ?? 40) * 1e6;
  const batches: number[] = [];
  for (const fn of fns) batches.push(await batchSize(fn, minBatchNs));
  const rounds: number[][] = [];
  for (let s = 0; s < samples; s += 1) {
    const round: number[] = new Array<number>(fns.length).fill(0);
    const order = [...fns.keys()];
    if (s % 2 === 1) order.reverse();
    for (const i of order) round[i] = (await timeBatch(fns[i]!, batches[i]!)) / batches[i]!;
    rounds.push(round);
  }
  return rounds;
}

/** Median nanoseconds per call of each function, measured in rounds ({@link measureRounds}). */
export async function measureAll(
  fns: readonly Fn[],
  options: MeasureOptions = {},
): Promise<number[]> {
  return mediansOf(await measureRounds(fns, options));
}

/** The median time of each function over the rounds of {@link measureRounds}. */
export const mediansOf = (rounds: readonly (readonly number[])[]): number[] =>
  (rounds[0] ?? []).map((_, i) => median(rounds.map((round) => round[i]!)));

/**
 * The median over the rounds of function `i`'s time divided by function `j`'s in the same round:
 * the ratio every benchmark reports.
 */
export const pairedRatio = (rounds: readonly (readonly number[])[], i: number, j: number): number =>
  median(rounds.map((round) => round[i]! / round[j]!));

/**
 * Median nanoseconds per call of `ours` and of `baseline`, measured in rounds, and the paired
 * ratio of the two ({@link pairedRatio}).
 *
 * @returns `{ oursNs, baselineNs, ratio }`.
 */
export async function compare(
  ours: Fn,
  baseline: Fn,
  options: MeasureOptions = {},
): Promise<{ oursNs: number; baselineNs: number; ratio: number }> {
  const rounds = await measureRounds([ours, baseline], options);
  const [oursNs, baselineNs] = mediansOf(rounds) as [number, number];
  return { oursNs, baselineNs, ratio: pairedRatio(rounds, 0, 1) };
}

/** One row of the results table. */
export interface BenchRow {
  /** What is compared. */
  readonly name: string;
  /** What "ours" is. */
  readonly ours: string;
  /** What the baseline is. */
  readonly baseline: string;
  /** Ours: nanoseconds per call (or per run). */
  readonly oursNs: number;
  /** Baseline: nanoseconds per call (or per run). */
  readonly baselineNs: number;
  /** ours / baseline for "at most" goals; baseline / ours for "faster than" goals. */
  readonly ratio: number;
  /** How the ratio reads: `'x'` (ours / baseline) or `'x faster'` (baseline / ours). */
  readonly ratioKind: 'slower' | 'faster';
  /** The goal, as text. */
  readonly goal: string;
  /** Whether the goal is met. */
  readonly met: boolean;
  /** Notes printed under the table (how, extra figures, why a goal is missed). */
  readonly notes: readonly string[];
  /** What `oursNs` and `baselineNs` hold: nanoseconds (default) or bytes. */
  readonly unit?: 'ns' | 'bytes';
  /** The goals of issue 15 this benchmark measures (printed in a table of their own). */
  readonly goals?: readonly IssueGoal[];
}

/** One figure of a goal of issue 15 ("What a web app ships, what one command costs, ..."). */
export interface IssueGoal {
  /** The goal's number in the issue (1 to 5). */
  readonly goal: number;
  /** What is measured against what. */
  readonly what: string;
  /** The measured figure, as text. */
  readonly figure: string;
  /** The target, as text. */
  readonly target: string;
  /** Whether the target is met; `undefined` when not measured in this run (--quick). */
  readonly met: boolean | undefined;
}

/** A duration in nanoseconds, readable. */
export const fmtNs = (ns: number): string =>
  ns >= 1e9
    ? `${(ns / 1e9).toFixed(2)} s`
    : ns >= 1e6
      ? `${(ns / 1e6).toFixed(2)} ms`
      : ns >= 1e3
        ? `${(ns / 1e3).toFixed(1)} µs`
        : `${ns.toFixed(0)} ns`;

/** A size in bytes, readable (KB of 1,000 bytes, MB of 1,000,000 bytes: as the budgets are). */
export const fmtBytes = (bytes: number): string =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;

/** Progress on stderr, so stdout holds only the report. */
export const log = (text: string): void => {
  process.stderr.write(`${text}\n`);
};

/** How many times `fn` calls `Object.freeze` (counted while it runs once). */
export function freezesIn(fn: () => void): number {
  const freeze = Object.freeze;
  let calls = 0;
  Object.freeze = (value: unknown) => {
    calls += 1;
    return freeze(value);
  };
  try {
    fn();
  } finally {
    Object.freeze = freeze;
  }
  return calls;
}
