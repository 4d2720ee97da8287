import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobsOption, judgeEvent, MAX_JOBS } from '../../src/cli/commands/validate.js';
import { ndjsonLine } from '../../src/cli/input/readProposals.js';
import { expectOneErrorLine } from './helpers/assertions.js';
import { cli, ensureCliBuilt, jsonLines, linesOf, root } from './helpers/bin.js';
import { runInProcess } from './helpers/fakeIo.js';
import { exampleDocuments, mixedNdjson } from './helpers/ndjson.js';

// `pio-rules validate --jobs N` (issue 15, point 4): the built tool, dist/cli.js, with worker
// threads (dist/validateWorker.js) against the same tool in one thread.
const AT = '2024-10-01T12:00:00+02:00';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(args: readonly string[], env: Record<string, string> = {}, input = ''): Run {
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
let mixed: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'pio-rules-jobs-'));
  mixed = join(dir, 'mixed.ndjson');
  writeFileSync(mixed, mixedNdjson(400));
}, 180_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('validate --jobs 2 against --jobs 1 (the built binary)', () => {
  it('--json: the same records line by line, the same stderr and exit code', () => {
    const one = runCli(['validate', mixed, '--at', AT, '--json', '--jobs', '1']);
    const two = runCli(['validate', mixed, '--at', AT, '--json', '--jobs', '2']);
    const records = jsonLines(one.stdout);
    const summary = records.at(-1).summary;
    // The file holds every kind: valid, invalid and unreadable lines.
    expect(summary.valid).toBeGreaterThan(20);
    expect(summary.invalid).toBeGreaterThan(100);
    expect(summary.unreadable).toBeGreaterThan(20);
    expect(summary.total).toBe(400 - Math.ceil((400 - 5) / 11));
    expect(one.code).toBe(2);
    expect(two.code).toBe(one.code);
    expect(linesOf(two.stdout)).toHaveLength(linesOf(one.stdout).length);
    linesOf(two.stdout).forEach((line, i) => {
      expect(line, `output line ${i + 1}`).toBe(linesOf(one.stdout)[i]);
    });
    expect(two.stderr).toBe(one.stderr);
  });

  it('text (English): the same lines, the same stderr and exit code', () => {
    const args = ['validate', mixed, '--at', AT, '--lang', 'en'];
    const one = runCli([...args, '--jobs', '1']);
    const two = runCli([...args, '--jobs=2']);
    expect(linesOf(one.stdout).some((line) => line.includes(': valid (maximum cofinancing'))).toBe(
      true,
    );
    expect(linesOf(two.stdout)).toEqual(linesOf(one.stdout));
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
  });

  it('the default (the number of cores) gives the same output as --jobs 1, on stdin too', () => {
    const input = readFileSync(mixed, 'utf8');
    const one = runCli(['validate', '-', '--at', AT, '--json', '--jobs', '1'], {}, input);
    const all = runCli(['validate', '-', '--at', AT, '--json'], {}, input);
    expect(all.stdout).toBe(one.stdout);
    expect(all.stderr).toBe(one.stderr);
  });

  it('a JSON array and several files keep the order of the inputs', () => {
    const array = join(dir, 'array.json');
    writeFileSync(array, JSON.stringify(exampleDocuments.slice(0, 4), null, 2));
    const args = ['validate', mixed, array, join(dir, 'missing.ndjson'), mixed, '--at', AT];
    const one = runCli([...args, '--json', '--jobs', '1']);
    const three = runCli([...args, '--json', '--jobs', '3']);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
  });
});

describe('validate --jobs: a worker thread that stops, a line that throws', () => {
  /** Every record but the summary, and the summary, of a `--json` run. */
  const split = (run: Run) => {
    const records = jsonLines(run.stdout);
    return { records: records.slice(0, -1), summary: records.at(-1).summary };
  };

  it.each([
    ['PIO_RULES_TEST_KILL_WORKER_AT_LINE', 'werkthread stopte onverwacht met exitcode 70'],
    ['PIO_RULES_TEST_THROW_AT_LINE', 'test hook PIO_RULES_TEST_THROW_AT_LINE'],
  ])(
    '%s: that line is reported once, as an internal error; every other line exactly once, in order',
    (hook, reason) => {
      const args = ['validate', mixed, '--at', AT, '--json'];
      const one = split(runCli([...args, '--jobs', '1']));
      // A valid line in the middle of a batch, so other lines were in the same worker thread.
      const target = one.records.find((r) => r.valid === true && r.line > 200)?.line as number;
      expect(target).toBeDefined();
      const run = runCli([...args, '--jobs', '2'], { [hook]: String(target) });
      const two = split(run);
      expect(run.code).toBe(2);
      expect(two.records.map((r) => r.line as number)).toEqual(
        one.records.map((r) => r.line as number),
      );
      two.records.forEach((record, i) => {
        if (record.line !== target) expect(record).toEqual(one.records[i]);
      });
      const lost = two.records.find((r) => r.line === target);
      expect(lost).toMatchObject({ valid: null, error: { code: 'internal_error' } });
      expect(lost.error.message).toContain(reason);
      expect(lost.error.message).toContain(`${mixed}:${target}:`);
      expect(two.summary).toEqual({
        ...one.summary,
        valid: one.summary.valid - 1,
        unreadable: one.summary.unreadable + 1,
      });
      const stderr = linesOf(run.stderr);
      expect(stderr.filter((line) => line.includes(`${mixed}:${target}:`))).toHaveLength(1);
      expect(stderr).toHaveLength(linesOf(runCli([...args, '--jobs', '1']).stderr).length + 1);
    },
  );
});

describe('validate --jobs N: bad values', () => {
  it.each(['0', '-1', 'two', '1.5', '2x', '', '0x10', String(MAX_JOBS + 1), '99999'])(
    '--jobs %j is refused with exit 2, in both languages',
    (value) => {
      const nl = runCli(['validate', mixed, `--jobs=${value}`]);
      expect(nl.code).toBe(2);
      expect(nl.stdout).toBe('');
      expectOneErrorLine(nl.stderr, '--jobs', 'geheel getal van 1 tot en met 256');
      const en = runCli(['validate', mixed, `--jobs=${value}`, '--lang', 'en']);
      expect(en.code).toBe(2);
      expectOneErrorLine(en.stderr, '--jobs', 'a whole number from 1 to 256');
    },
  );

  it('--jobs without a value is refused', () => {
    const run = runCli(['validate', mixed, '--jobs']);
    expect(run.code).toBe(2);
    expectOneErrorLine(run.stderr, '--jobs');
  });

  it('--help documents --jobs in both languages', () => {
    expect(runCli(['validate', '--help']).stdout).toContain('--jobs N');
    expect(runCli(['validate', '--help', '--lang', 'en']).stdout).toContain(
      'worker threads (default: the number of cores',
    );
  });
});

describe('jobsOption and judgeEvent (in process)', () => {
  it('defaults to the cores given, capped, and to 1 without them', () => {
    expect(jobsOption(undefined, undefined)).toBe(1);
    expect(jobsOption(undefined, 2)).toBe(2);
    expect(jobsOption(undefined, 1000)).toBe(MAX_JOBS);
    expect(jobsOption(undefined, 0)).toBe(1);
    expect(jobsOption('7', 2)).toBe(7);
    expect(jobsOption(String(MAX_JOBS), 2)).toBe(MAX_JOBS);
  });

  it('reports a proposal whose validation throws for that proposal (the --jobs 1 path)', () => {
    const event = ndjsonLine('in.ndjson', JSON.stringify(exampleDocuments[0]), 4);
    const outcome = judgeEvent(event, { at: undefined, locale: 'en', json: true }, () => {
      throw new Error('boom\nsecond line');
    });
    expect(outcome.kind).toBe('unreadable');
    expect(outcome.err).toBe('in.ndjson:4: could not be validated (internal error: boom)');
    expect(JSON.parse(outcome.out)).toEqual({
      source: 'in.ndjson',
      line: 4,
      index: null,
      valid: null,
      error: { code: 'internal_error', message: outcome.err },
    });
  });

  it('runs in process when the host gives no cores (as fakeIo does), --jobs 2 from the sources', async () => {
    const input = readFileSync(mixed, 'utf8').split('\n').slice(0, 60).join('\n');
    const args = ['validate', '-', '--at', AT, '--json'];
    const inProcess = await runInProcess(args, { stdin: input });
    const workers = await runInProcess([...args, '--jobs', '2'], { stdin: input });
    expect(workers.stdout).toBe(inProcess.stdout);
    expect(workers.stderr).toBe(inProcess.stderr);
    expect(runCli([...args, '--jobs', '1'], {}, input).stdout).toBe(inProcess.stdout);
  }, 30_000);
});
