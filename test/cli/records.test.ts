import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getDefinition } from '../../src/parameters/index.js';
import { canonicalJson, verifyRecord } from '../../src/records/index.js';
import { expectCleanErrors } from './helpers/assertions.js';
import { runInProcess } from './helpers/fakeIo.js';
import { expectSchemaValid } from '../records/fixtures.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'pio-records-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const examples = ['city-pcp.json', 'invalid-late-submission.json', 'invalid-cofinancing.json'].map(
  (name) => resolve(root, 'examples/applications', name),
);
const proposals = join(dir, 'proposals.ndjson');
writeFileSync(
  proposals,
  examples.map((file) => `${JSON.stringify(JSON.parse(readFileSync(file, 'utf8')))}\n`).join(''),
);
const cap = getDefinition('cofinancing.cap');
const capFile = join(dir, 'cap.json');
writeFileSync(
  capFile,
  JSON.stringify([{ ...cap, versions: cap.versions.map((v) => ({ ...v, value: '1500000.00' })) }]),
);
const decidedAt = ['--decided-at', '2024-10-01T12:00:00+02:00'];

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

describe('pio-rules validate --record', () => {
  it('writes one canonical record a line, each reproduced by verify', async () => {
    const file = join(dir, 'validate.ndjson');
    const run = await runInProcess(['validate', proposals, '--record', file, ...decidedAt]);
    expect(run.code).toBeLessThan(2);
    const records = lines(file);
    expect(records).toHaveLength(examples.length);
    for (const line of records) {
      const record: unknown = JSON.parse(line);
      expect(canonicalJson(record)).toBe(line);
      expectSchemaValid(record);
      expect((record as { decidedAt: string }).decidedAt).toBe('2024-10-01T10:00:00.000Z');
      expect((await verifyRecord(record)).status).toBe('reproduced');
    }
    const verify = await runInProcess(['verify', file, '--lang', 'en']);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain(`${String(examples.length)} reproduced, 0 differ, 0 tampered`);
  });

  it('takes the clock of the computer when --decided-at is not given, once for the run', async () => {
    const file = join(dir, 'clock.ndjson');
    let reads = 0;
    await runInProcess(['validate', proposals, '--record', file], {
      now: () => {
        reads += 1;
        return new Date('2030-01-02T03:04:05.678Z');
      },
    });
    const instants = lines(file).map((l) => (JSON.parse(l) as { decidedAt: string }).decidedAt);
    expect(instants).toEqual(examples.map(() => '2030-01-02T03:04:05.678Z'));
    expect(reads).toBe(1);
  });
});

describe('pio-rules verify', () => {
  it('exits 1 and names the part of a tampered record, 2 for a line that is not JSON', async () => {
    const file = join(dir, 'one.ndjson');
    await runInProcess(['cofinancing', '--cost', '2400000', '--record', file, ...decidedAt]);
    const [line] = lines(file);
    const tampered = join(dir, 'tampered.ndjson');
    writeFileSync(tampered, `${line!}\n${line!.replace('"1000000.00"', '"1000000.01"')}\n`);
    const run = await runInProcess(['verify', tampered, '--json']);
    expect(run.code).toBe(1);
    const out = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o['status'])).toEqual(['reproduced', 'tampered', undefined]);
    expect(out[1]!['tampered']).toEqual(['outcome']);
    expect(out[2]).toEqual({ summary: { reproduced: 1, differs: 0, tampered: 1, unreadable: 0 } });

    const broken = join(dir, 'broken.ndjson');
    writeFileSync(broken, `${line!}\n{"format":\n`);
    const unreadable = await runInProcess(['verify', broken, '--lang', 'en']);
    expect(unreadable.code).toBe(2);
    expect(expectCleanErrors(unreadable.stderr)).toHaveLength(1);
    expect((await runInProcess(['verify'])).code).toBe(2);
    expect((await runInProcess(['verify', join(dir, 'missing.ndjson')])).code).toBe(2);
  });

  it('replays records made under a registry file when that file is given again', async () => {
    const file = join(dir, 'under-cap.ndjson');
    const cofinancing = await runInProcess([
      'cofinancing',
      '--cost',
      '2600000',
      '--record',
      file,
      ...decidedAt,
    ]);
    expect(cofinancing.code).toBe(0);
    // Made under the built-in rules: verify with the cap file says nothing is missing.
    expect((await runInProcess(['verify', file, '--parameters', capFile])).code).toBe(0);
  });
});

describe('pio-rules replay', () => {
  it('prints the impact of a raised cap: the changed decisions with amounts, then the totals', async () => {
    const file = join(dir, 'replay.ndjson');
    writeFileSync(file, '');
    const made: string[] = [];
    for (const cost of ['1000000', '2000000', '2600000', '5000000']) {
      const one = join(dir, `c${cost}.ndjson`);
      await runInProcess(['cofinancing', '--cost', cost, '--record', one, ...decidedAt]);
      made.push(...lines(one));
    }
    writeFileSync(file, `${made.join('\n')}\n`);
    const text = await runInProcess(['replay', file, '--parameters', capFile, '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(
      [
        `${file}:3: changes: maximum €1,000,000.00 → €1,300,000.00`,
        `${file}:4: changes: maximum €1,000,000.00 → €1,500,000.00`,
        '4 decisions, 2 would change; total maximum cofinancing €3,500,000.00 → €4,300,000.00',
        '',
      ].join('\n'),
    );
    const json = await runInProcess(['replay', file, '--parameters', capFile, '--json']);
    const out = json.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(5);
    expect(out[4]).toMatchObject({
      summary: {
        records: 4,
        changed: 2,
        totalMaximum: { before: '3500000.00', after: '4300000.00' },
      },
    });
  });

  it('refuses a registry file with every problem, in the language asked, exit 2', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify([
        { ...cap, id: 'Not An Id', versions: [{ ...cap.versions[0], value: 'x' }] },
        { id: 1 },
      ]),
    );
    const run = await runInProcess(['replay', proposals, '--parameters', bad, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(expectCleanErrors(run.stderr).length).toBeGreaterThan(1);
    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, '[{"id": }]');
    const broken = await runInProcess(['replay', proposals, '--parameters', malformed]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`${malformed}:1:`);
  });

  it('has its help and that of verify in both languages', async () => {
    for (const command of ['verify', 'replay']) {
      const nl = (await runInProcess([command, '--help'])).stdout;
      const en = (await runInProcess([command, '--help', '--lang', 'en'])).stdout;
      expect(nl).toContain('Gebruik: pio-rules');
      expect(en).toContain('Usage: pio-rules');
    }
  });
});

describe('the records commands on odd input', () => {
  it('verify says which rules are missing, and replays with the calendar and registry files given', async () => {
    const calendarFile = join(dir, 'calendar.json');
    writeFileSync(
      calendarFile,
      JSON.stringify([
        {
          id: '2024-2',
          year: 2024,
          kind: 'regular',
          title: { nl: 'Oproep 2024-2', en: 'Call 2024-2' },
          deadlineDate: '2024-10-31',
          status: 'published',
          source: { title: 'A notice', url: 'https://example.org/notice' },
        },
      ]),
    );
    const file = join(dir, 'validate-builtin.ndjson');
    await runInProcess(['validate', proposals, '--record', file, ...decidedAt]);
    const text = await runInProcess(['verify', file, '--calendar', calendarFile, '--lang', 'en']);
    // Made under the built-in calendar: supplying another changes nothing in verify.
    expect(text.code).toBe(0);
    const replayed = await runInProcess(['replay', file, '--calendar', calendarFile, '--json']);
    expect(replayed.code).toBe(0);
    const summary = JSON.parse(replayed.stdout.trimEnd().split('\n').at(-1)!) as {
      summary: { records: number };
    };
    expect(summary.summary.records).toBe(examples.length);

    // A record made under other rules: verify without them says what is missing (exit 1).
    const other = join(dir, 'other-rules.ndjson');
    const { recordDecision } = await import('../../src/records/index.js');
    const { readParametersFile } = await import('../../src/cli/input/rulesFiles.js');
    const parameters = await readParametersFile(capFile, 'en');
    const made = await recordDecision(
      'cofinancing',
      { estimatedCost: '2600000.00' },
      {
        decidedAt: '2024-10-01T12:00:00+02:00',
        parameters,
      },
    );
    writeFileSync(other, `${canonicalJson(made.record)}\n`);
    const missing = await runInProcess(['verify', other, '--lang', 'en']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('differs (the recorded parameters are not built in');
    expect((await runInProcess(['verify', other, '--parameters', capFile])).code).toBe(0);
  });

  it('refuses a calendar file with every problem at its place in the file', async () => {
    const bad = join(dir, 'bad-calendar.json');
    writeFileSync(
      bad,
      JSON.stringify([
        { id: 'x', year: 2024 },
        { id: 'y', deadlineDate: '2024-02-30' },
      ]),
    );
    const run = await runInProcess(['replay', proposals, '--calendar', bad, '--lang', 'en']);
    expect(run.code).toBe(2);
    const lines = expectCleanErrors(run.stderr);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.some((l) => l.includes(`${bad} [0]`))).toBe(true);
    expect(lines.some((l) => l.includes(`${bad} [1]`))).toBe(true);
    for (const path of [join(dir, 'nowhere.json'), dir]) {
      const missing = await runInProcess(['verify', proposals, '--parameters', path]);
      expect(missing.code).toBe(2);
      expect(expectCleanErrors(missing.stderr)).toHaveLength(1);
    }
  });

  it('reads records from standard input, reports unreadable ones, and names tampered ones', async () => {
    const file = join(dir, 'stdin.ndjson');
    await runInProcess(['cofinancing', '--cost', '2400000', '--record', file, ...decidedAt]);
    const [line] = lines(file);
    const tampered = line!.replace('"2400000.00"', '"2400000.01"');
    const input = `${line!}\r\n${tampered}\n\nnot json\n`;
    const verify = await runInProcess(['verify', '-', '--lang', 'en'], { stdin: input });
    expect(verify.code).toBe(2);
    expect(verify.stdout).toContain('<stdin>:1: reproduced');
    expect(verify.stdout).toContain('<stdin>:2: tampered (digest fails: outcome)');
    expect(verify.stdout).toContain('1 reproduced, 0 differ, 1 tampered, 1 unreadable');
    const replay = await runInProcess(['replay', '-', '--lang', 'en'], { stdin: input });
    expect(replay.code).toBe(2);
    expect(replay.stdout).toContain('<stdin>:2: not replayed: a digest fails');
    const json = await runInProcess(['replay', '-', '--json'], { stdin: input });
    const out = json.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o['status'])).toEqual(['unchanged', 'tampered', null, undefined]);
    expect(out.at(-1)).toMatchObject({ summary: { records: 2, tampered: 1, unreadable: 1 } });
    const empty = join(dir, 'empty.ndjson');
    writeFileSync(empty, '\n');
    const none = await runInProcess(['verify', empty, '--json', '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('holds no decision record');
    expect((await runInProcess(['verify', '-', '-'])).code).toBe(2);
    expect((await runInProcess(['replay', dir])).code).toBe(2);
  });

  it('refuses a records file that cannot be written and a bad --decided-at, exit 2', async () => {
    const nowhere = join(dir, 'no-such-dir', 'records.ndjson');
    const run = await runInProcess(['validate', proposals, '--record', nowhere, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(expectCleanErrors(run.stderr).join('\n')).toContain('cannot be written');
    const bad = await runInProcess([
      'cofinancing',
      '--cost',
      '1000',
      '--record',
      join(dir, 'x.ndjson'),
      '--decided-at',
      '2024-10-01T12:00',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--decided-at');
  });
});
