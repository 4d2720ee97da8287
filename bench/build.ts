import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { log } from './harness.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The newest modification time of the files under `dir` (recursively), in ms. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    if (time > latest) latest = time;
  }
  return latest;
}

/**
 * Runs `npm run build` when `dist/index.js` or `dist/cli.js` is missing or older than a source
 * file (src/, package.json, tsup.config.ts, tsconfig.json): the NDJSON and import benchmarks run
 * the built package. Build output goes to stderr, so stdout holds only the report.
 *
 * @returns Whether it built.
 */
export function ensureBuild(): boolean {
  const built = ['dist/index.js', 'dist/cli.js'].map((f) => join(ROOT, f));
  const inputs = Math.max(
    newest(join(ROOT, 'src')),
    ...['package.json', 'tsup.config.ts', 'tsconfig.json'].map(
      (f) => statSync(join(ROOT, f)).mtimeMs,
    ),
  );
  const fresh = built.every((f) => existsSync(f) && statSync(f).mtimeMs >= inputs);
  if (fresh) return false;
  log('dist/ is missing or older than src/: npm run build ...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status})`);
  return true;
}
