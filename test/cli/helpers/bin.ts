import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root. */
export const root = resolve(import.meta.dirname, '../../..');
/** The built command line tool. */
export const cli = join(root, 'dist/cli.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stats = statSync(path);
    newest = Math.max(newest, stats.isDirectory() ? newestSource(path) : stats.mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  if (!existsSync(cli)) return false;
  const sources = Math.max(
    newestSource(join(root, 'src')),
    statSync(join(root, 'tsup.config.ts')).mtimeMs,
  );
  return statSync(cli).mtimeMs >= sources;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds dist/cli.js once when it is missing or older than the sources (`npm test` runs the
 * tests before `npm run build`). Test files run in parallel workers, so a lock folder makes
 * one of them build while the others wait.
 */
export function ensureCliBuilt(): void {
  if (isFresh()) return;
  const lock = join(root, 'dist', '.cli-build.lock');
  mkdirSync(join(root, 'dist'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (isFresh()) return;
      // A lock older than two minutes was left by a killed run.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held !== undefined && Date.now() - held.mtimeMs > 120_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for the CLI build');
      sleep(200);
    }
  }
  try {
    if (!isFresh())
      execFileSync('npx', ['tsup', '--config', 'test/cli/tsup.cli.config.ts'], {
        cwd: root,
        stdio: 'pipe',
      });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** What a run of the tool gave. */
export interface BinRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli.js ...args` with optional standard input. */
export function runBin(args: readonly string[], input?: string): BinRun {
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The lines of a text, without the empty last one. */
export function linesOf(text: string): string[] {
  return text.split('\n').filter((line, i, all) => line !== '' || i < all.length - 1);
}

/** The JSON values of an NDJSON text, one a line. */
export function jsonLines(text: string): any[] {
  return linesOf(text).map((line) => JSON.parse(line) as unknown);
}
