import { Worker } from 'node:worker_threads';
import type { Locale } from '../locales/index.js';
import { textsFor } from './texts.js';

/** What one proposal, or one part of an input that could not be read, gives in the output. */
export interface LineOutcome {
  /** How the summary counts it. */
  readonly kind: 'valid' | 'invalid' | 'unreadable';
  /** What goes to stdout: the text lines or the `--json` record (`''`: nothing). */
  readonly out: string;
  /** For an unreadable one: its line for stderr, without `pio-rules: ` and the newline. */
  readonly err?: string;
}

/** How `validate` judges proposals: the same in process and in every worker thread. */
export interface JudgeOptions {
  /** The instant of `--at`, when given. */
  readonly at: Date | undefined;
  /** The language of the output. */
  readonly locale: Locale;
  /** `--json` was given. */
  readonly json: boolean;
}

/** One line of NDJSON for a worker thread: its number in the input and its text. */
export interface PoolLine {
  /** The line's number in the input (from 1). */
  readonly line: number;
  /** The line, without its line end. */
  readonly text: string;
}

/** What the main thread sends a worker thread: lines of one input to judge. */
export interface WorkerRequest {
  /** The request's id, repeated in the reply. */
  readonly id: number;
  /** The input's name, as shown to people. */
  readonly source: string;
  /** The lines. */
  readonly lines: readonly PoolLine[];
}

/** What a worker thread sends back: `ready` once loaded, then one `done` per request. */
export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly id: number; readonly outcomes: readonly LineOutcome[] };

/** A worker thread could not even start (its script is missing or does not load). */
export class WorkerStartError extends Error {
  /** @param reason - What the worker thread reported. */
  constructor(reason: string) {
    super(`worker thread could not start: ${reason}`);
    this.name = 'WorkerStartError';
  }
}

/** Batches (sent or waiting to be written) per job: what bounds memory. */
export const BATCHES_PER_JOB = 3;

/** Batches one worker thread holds at once (the second one waits in its queue). */
const IN_FLIGHT_PER_WORKER = 2;

/** What {@link ValidatePool} needs. */
export interface PoolOptions {
  /** The number of worker threads, at most. */
  readonly jobs: number;
  /** How the worker threads judge (`workerData`). */
  readonly setup: JudgeOptions;
  /** Writes one outcome (in input order; the pool awaits it: backpressure of stdout). */
  readonly emit: (outcome: LineOutcome) => Promise<void>;
  /** The outcome of a line that was in a worker thread that stopped, twice. */
  readonly lost: (source: string, line: number, reason: string) => LineOutcome;
}

/** A batch as submitted: its lines and, once judged, their outcomes. */
interface Slot {
  readonly source: string;
  readonly lines: readonly PoolLine[];
  readonly outcomes: (LineOutcome | undefined)[];
  remaining: number;
}

/** A request on its way: which lines of which slot, and whether it is a retry. */
interface Request {
  readonly id: number;
  readonly slot: number;
  readonly indices: readonly number[];
  readonly retry: boolean;
}

interface Handle {
  readonly worker: Worker;
  readonly inFlight: Request[];
  ready: boolean;
  error: string | undefined;
}

/**
 * The worker script, next to this module: `dist/validateWorker.js` beside `dist/cli.js` in the
 * package; `src/cli/validateWorker.ts` when the tool runs from its sources (through tsx or
 * vitest), loaded with tsx's loader registered in the worker thread.
 */
/**
 * The heap of a worker thread: a young generation of a few MB keeps each worker's memory flat
 * (by default V8 sizes it, and the old generation, for the whole machine, and every worker then
 * holds on to about 100 MB); a proposal's validation needs a few kB.
 */
const WORKER_LIMITS = Object.freeze({ maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 });

function startWorker(setup: JudgeOptions): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts'))
    return new Worker(new URL('./validateWorker.js', here), {
      workerData: setup,
      resourceLimits: WORKER_LIMITS,
    });
  const script = new URL('./validateWorker.ts', here).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(code, { eval: true, workerData: setup, resourceLimits: WORKER_LIMITS });
}

/**
 * Worker threads judging batches of NDJSON lines, the outcomes written in input order.
 *
 * Memory stays flat: at most `jobs × BATCHES_PER_JOB` batches are submitted and not yet written
 * ({@link ValidatePool.submit} waits for room, which pauses the reader), and writing awaits
 * stdout. A worker thread that stops mid-run (exit or uncaught error) is replaced; the lines it
 * held are sent again, each alone, to a worker thread that holds nothing else; a line whose
 * worker thread stops a second time is reported for that line with `lost`. So every line is
 * written exactly once, in order.
 */
export class ValidatePool {
  private readonly workers = new Set<Handle>();
  private readonly slots = new Map<number, Slot>();
  private readonly queue: Request[] = [];
  private nextSlot = 0;
  private nextWrite = 0;
  private nextRequest = 0;
  private writing: Promise<void> = Promise.resolve();
  private failure: Error | undefined;
  private closing = false;
  private waiters: (() => void)[] = [];

  /** @param options - Jobs, setup, and where outcomes go. */
  constructor(private readonly options: PoolOptions) {}

  private get limit(): number {
    return this.options.jobs * BATCHES_PER_JOB;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private async until(ready: () => boolean): Promise<void> {
    while (this.failure === undefined && !ready())
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failure !== undefined) throw this.failure;
  }

  /**
   * Submits a batch of lines of one input; waits first while too many batches are unwritten.
   *
   * @param source - The input's name.
   * @param lines - The lines (not blank).
   * @returns A promise that settles once the batch is queued.
   */
  async submit(source: string, lines: readonly PoolLine[]): Promise<void> {
    await this.until(() => this.slots.size < this.limit);
    const slot = this.nextSlot++;
    this.slots.set(slot, {
      source,
      lines,
      outcomes: lines.map(() => undefined),
      remaining: lines.length,
    });
    this.queue.push({
      id: this.nextRequest++,
      slot,
      indices: lines.map((_, i) => i),
      retry: false,
    });
    this.dispatch();
  }

  /**
   * Waits until every batch submitted is judged and written.
   *
   * @returns A promise that settles then (rejects when the pool failed).
   */
  async drain(): Promise<void> {
    await this.until(() => this.slots.size === 0);
    await this.writing;
  }

  /**
   * Stops every worker thread.
   *
   * @returns A promise that settles once they have stopped.
   */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.workers].map((handle) => handle.worker.terminate()));
    this.workers.clear();
  }

  private canTake(handle: Handle, request: Request): boolean {
    if (handle.inFlight.length === 0) return true;
    // A retried line goes to a worker thread holding nothing else, and nothing joins it: if it
    // stops that thread again, no other line is in it.
    if (request.retry || handle.inFlight.some((held) => held.retry)) return false;
    return handle.inFlight.length < IN_FLIGHT_PER_WORKER;
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.failure === undefined) {
      const request = this.queue[0]!;
      let target: Handle | undefined;
      for (const handle of this.workers) {
        if (!this.canTake(handle, request)) continue;
        if (target === undefined || handle.inFlight.length < target.inFlight.length)
          target = handle;
      }
      // A new worker thread rather than a second batch for a busy one, up to `jobs` of them.
      if (
        (target === undefined || target.inFlight.length > 0) &&
        this.workers.size < this.options.jobs
      )
        target = this.spawn();
      if (target === undefined) return;
      this.queue.shift();
      target.inFlight.push(request);
      const slot = this.slots.get(request.slot)!;
      target.worker.postMessage({
        id: request.id,
        source: slot.source,
        lines: request.indices.map((i) => slot.lines[i]!),
      } satisfies WorkerRequest);
    }
  }

  private spawn(): Handle {
    const worker = startWorker(this.options.setup);
    const handle: Handle = { worker, inFlight: [], ready: false, error: undefined };
    this.workers.add(handle);
    worker.on('message', (reply: WorkerReply) => {
      this.onReply(handle, reply);
    });
    worker.on('error', (error: unknown) => {
      handle.error ??= error instanceof Error ? error.message : String(error);
    });
    worker.on('exit', (code: number) => {
      this.onExit(handle, code);
    });
    return handle;
  }

  private onReply(handle: Handle, reply: WorkerReply): void {
    if (reply.type === 'ready') {
      handle.ready = true;
      return;
    }
    const at = handle.inFlight.findIndex((request) => request.id === reply.id);
    if (at < 0) return;
    const [request] = handle.inFlight.splice(at, 1) as [Request];
    request.indices.forEach((index, i) => {
      this.settle(request.slot, index, reply.outcomes[i]!);
    });
    this.flushReady();
    this.dispatch();
  }

  private settle(slotId: number, index: number, outcome: LineOutcome): void {
    const slot = this.slots.get(slotId)!;
    if (slot.outcomes[index] !== undefined) return;
    slot.outcomes[index] = outcome;
    slot.remaining -= 1;
  }

  private onExit(handle: Handle, code: number): void {
    this.workers.delete(handle);
    if (this.closing) return;
    if (!handle.ready) {
      this.failure ??= new WorkerStartError(handle.error ?? `exit code ${String(code)}`);
      this.wake();
      return;
    }
    const reason = textsFor(this.options.setup.locale).workerStopped(code);
    const retries: Request[] = [];
    for (const request of handle.inFlight) {
      const slot = this.slots.get(request.slot)!;
      for (const index of request.indices) {
        if (request.retry) {
          this.settle(
            request.slot,
            index,
            this.options.lost(slot.source, slot.lines[index]!.line, reason),
          );
        } else {
          retries.push({
            id: this.nextRequest++,
            slot: request.slot,
            indices: [index],
            retry: true,
          });
        }
      }
    }
    handle.inFlight.length = 0;
    this.queue.unshift(...retries);
    this.flushReady();
    this.dispatch();
  }

  /** Writes, in order, every batch whose lines are all judged. */
  private flushReady(): void {
    this.writing = this.writing.then(async () => {
      for (;;) {
        const slot = this.slots.get(this.nextWrite);
        if (slot === undefined || slot.remaining > 0) return;
        for (const outcome of slot.outcomes) await this.options.emit(outcome!);
        this.slots.delete(this.nextWrite);
        this.nextWrite += 1;
        this.wake();
      }
    });
    this.writing.catch((error: unknown) => {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
      this.wake();
    });
  }
}
