import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mixedNdjson, exampleDocuments } from './helpers/ndjson.js';
import { jsonLines, linesOf } from './helpers/bin.js';
import { runInProcess } from './helpers/fakeIo.js';

// `validate --jobs N` run in this process: the pool (src/cli/validatePool.ts) starts its worker
// threads from the sources through tsx, as it does when the tool runs from src/. The built tool
// is compared in test/cli/jobs.test.ts; here the pool's own paths are checked against --jobs 1.
const AT = '2024-10-01T12:00:00+02:00';

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pio-rules-jobs-in-'));
  file = join(dir, 'mixed.ndjson');
  // More than one batch of 128 lines, so several batches are in flight and written in order.
  writeFileSync(file, mixedNdjson(300, { crlf: false }));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs with `env` set in process.env (worker threads copy it when they start). */
async function withEnv<T>(env: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await run();
  } finally {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe('validate --jobs in process (worker threads from the sources)', () => {
  it('--json with --jobs 3 writes what --jobs 1 writes, in order; the same stderr and code', async () => {
    const args = ['validate', file, '--at', AT, '--json'];
    const one = await runInProcess([...args, '--jobs', '1']);
    const three = await runInProcess([...args, '--jobs', '3']);
    const summary = jsonLines(one.stdout).at(-1).summary;
    expect(summary.valid).toBeGreaterThan(10);
    expect(summary.invalid).toBeGreaterThan(10);
    expect(summary.unreadable).toBeGreaterThan(10);
    expect(one.code).toBe(2);
    expect(three.code).toBe(one.code);
    expect(linesOf(three.stdout)).toEqual(linesOf(one.stdout));
    expect(three.stderr).toBe(one.stderr);
  });

  it('text output from stdin, in English, with a stdout that pushes back', async () => {
    const input = readFileSync(file, 'utf8');
    const args = ['validate', '-', '--at', AT, '--lang', 'en'];
    const one = await runInProcess([...args, '--jobs', '1'], { stdin: input });
    const two = await runInProcess([...args, '--jobs', '2'], {
      stdin: Readable.from([input]),
      backpressure: true,
    });
    expect(linesOf(one.stdout).some((line) => line.includes(': valid (maximum cofinancing'))).toBe(
      true,
    );
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.drains).toBeGreaterThan(0);
  });

  it('a JSON document (not NDJSON), a blank input and a missing file are judged as with --jobs 1', async () => {
    const single = join(dir, 'single.json');
    writeFileSync(single, `\n\n${JSON.stringify(exampleDocuments[0], null, 2)}\n`);
    const blank = join(dir, 'blank.ndjson');
    writeFileSync(blank, '\n  \n');
    const args = ['validate', single, blank, join(dir, 'missing.ndjson'), '--at', AT, '--json'];
    const one = await runInProcess([...args, '--jobs', '1']);
    const two = await runInProcess([...args, '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
    expect(one.stderr).toContain('missing.ndjson');
  });

  it('a worker thread that stops: its line is reported once as an internal error, all others as before', async () => {
    const args = ['validate', file, '--at', AT, '--json'];
    const one = jsonLines((await runInProcess([...args, '--jobs', '1'])).stdout);
    const target = one.find((r) => r.valid === true && r.line > 150)?.line as number;
    expect(target).toBeDefined();
    const run = await withEnv({ PIO_RULES_TEST_KILL_WORKER_AT_LINE: String(target) }, () =>
      runInProcess([...args, '--jobs', '2']),
    );
    const two = jsonLines(run.stdout);
    expect(two.map((r) => r.line as unknown)).toEqual(one.map((r) => r.line as unknown));
    two.forEach((record, i) => {
      if (record.line !== target && record.summary === undefined) expect(record).toEqual(one[i]);
    });
    const lost = two.find((r) => r.line === target);
    expect(lost).toMatchObject({ valid: null, error: { code: 'internal_error' } });
    expect(lost.error.message).toContain('werkthread stopte onverwacht met exitcode 70');
    expect(two.at(-1).summary.unreadable).toBe(one.at(-1).summary.unreadable + 1);
    expect(linesOf(run.stderr).filter((l) => l.includes(`${file}:${target}:`))).toHaveLength(1);
  });

  it('text output: the line of a worker thread that stops is reported once on stderr, nothing on stdout', async () => {
    const args = ['validate', file, '--at', AT, '--lang', 'en'];
    const records = jsonLines(
      (await runInProcess(['validate', file, '--at', AT, '--json'])).stdout,
    );
    const target = records.find((r) => r.valid === true && r.line > 150)?.line as number;
    const one = await runInProcess([...args, '--jobs', '1']);
    const run = await withEnv({ PIO_RULES_TEST_KILL_WORKER_AT_LINE: String(target) }, () =>
      runInProcess([...args, '--jobs', '2']),
    );
    const lost = linesOf(run.stderr).filter((l) => l.includes(`${file}:${target}:`));
    expect(lost).toHaveLength(1);
    expect(lost[0]).toContain('worker thread stopped unexpectedly with exit code 70');
    expect(one.stdout).toContain(`${file}:${target}:`);
    expect(run.stdout).not.toContain(`${file}:${target}:`);
    expect(linesOf(run.stderr)).toHaveLength(linesOf(one.stderr).length + 1);
  });
});
