import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtInCalls,
  createCallCalendar,
  formatDeadline,
  getCall,
  getCalls,
} from '../../src/calls/index.js';
import { summaryTotal } from '../../src/cli/commands/validate.js';
import { formatPath } from '../../src/issues/index.js';
import { listParameters } from '../../src/parameters/index.js';
import { only, registry } from '../calls/fixtures.js';
import { expectCleanErrors, expectOneErrorLine } from './helpers/assertions.js';
import { jsonLines, root } from './helpers/bin.js';
import { runInProcess } from './helpers/fakeIo.js';

// Issue 13, points 5 and 9: what the command line shows a new user.

const example = (name: string) => readFileSync(join(root, 'examples/applications', name), 'utf8');
const compact = (text: string) => JSON.stringify(JSON.parse(text));
const valid = compact(example('city-pcp.json'));
const late = compact(example('invalid-late-submission.json'));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pio-rules-readable-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('validate --json: the summary', () => {
  it('counts every record in total, unreadable ones too', async () => {
    // 8 records: 1 valid, 4 invalid, 3 unreadable (a malformed line, a missing file, a folder).
    const lines = join(dir, 'eight.ndjson');
    writeFileSync(lines, [valid, late, '{}', 'not json', late, '[]'].join('\n'));
    const run = await runInProcess(['validate', lines, join(dir, 'absent.json'), dir, '--json']);
    expect(run.code).toBe(2);
    const records = jsonLines(run.stdout);
    const { summary } = records.pop() as {
      summary: { valid: number; invalid: number; unreadable: number; total: number };
    };
    expect(records).toHaveLength(8);
    const count = (v: boolean | null) => records.filter((r) => r.valid === v).length;
    expect(summary).toEqual({
      valid: count(true),
      invalid: count(false),
      unreadable: count(null),
      total: records.length,
    });
    expect(summary).toEqual({ valid: 1, invalid: 4, unreadable: 3, total: 8 });
    expect(expectCleanErrors(run.stderr)).toHaveLength(3);
  });

  it('is the sum of the three counts', () => {
    for (const [valid, invalid, unreadable] of [
      [0, 0, 0],
      [1, 4, 3],
      [0, 0, 5],
    ] as const)
      expect(summaryTotal({ valid, invalid, unreadable })).toBe(valid + invalid + unreadable);
  });
});

describe('parameters', () => {
  it('says that no rule was in force before 2017, in both languages, and exits 2', async () => {
    const dutch = await runInProcess(['parameters', '--at', '2016-01-01']);
    expect(dutch.code).toBe(2);
    expect(dutch.stdout).toBe('');
    expectOneErrorLine(dutch.stderr, 'geen enkele regel', 'gold op 2016-01-01', 'sinds 2017-01-01');
    const english = await runInProcess(['parameters', '--at', '2016-12-31', '--lang', 'en']);
    expect(english.code).toBe(2);
    expectOneErrorLine(english.stderr, 'no rule', 'in force on 2016-12-31', 'from 2017-01-01');
    const json = await runInProcess(['parameters', '--at', '2016-06-01', '--json']);
    expect(json.code).toBe(2);
    expect(json.stdout).toBe('');
    // The first day any rule is in force is where the list begins.
    const first = listParameters()
      .map((definition) => definition.versions[0]!.validFrom)
      .sort()[0]!;
    expect(first).toBe('2017-01-01');
    const day = await runInProcess(['parameters', '--at', first]);
    expect(day.code).toBe(0);
    expect(day.stdout).toMatch(/^Parameters die gelden op 2017-01-01:\n\S+ = /);
  });

  it('prints every value with its unit as a person reads it, never the unit’s code', async () => {
    const dutch = (await runInProcess(['parameters'])).stdout;
    expect(dutch).toContain('\ncalls.perYear = 2 oproepen per jaar\n');
    expect(dutch).toContain('\ncalls.deadlineTimeOfDay = 24.00 uur\n');
    expect(dutch).toContain('\ncofinancing.maxRate = 50%\n');
    expect(dutch).toContain('\ncofinancing.cap = € 1.000.000,00\n');
    expect(dutch).toContain('\nvat.standardRate = 21%\n');
    expect(dutch).toContain('\ncofinancing.rounding = naar beneden\n');
    const english = (await runInProcess(['parameters', '--lang', 'en'])).stdout;
    expect(english).toContain('\ncalls.perYear = 2 calls a year\n');
    expect(english).toContain('\ncalls.deadlineTimeOfDay = 24:00\n');
    expect(english).toContain('\ncofinancing.cap = €1,000,000.00\n');
    // No value line ends in the code of its unit (`2 count`, `24:00 time`, `0.5 rate`).
    const units = [...new Set(listParameters().map((definition) => definition.unit))];
    for (const text of [dutch, english])
      for (const line of text.split('\n').filter((l) => /^\S+ = /.test(l)))
        for (const unit of units) expect(line, line).not.toMatch(new RegExp(` ${unit}$`));
  });
});

describe('the deadline in words', () => {
  it('has one bracket after the time, never two in a row, in both languages', () => {
    // A calendar in another zone than the programme's: its deadlines name the zone.
    const parameters = registry([only('calls.timeZone', 'Europe/Paris')]);
    const paris = createCallCalendar(builtInCalls, { parameters }).data;
    const calls = [...getCalls(), ...getCalls({ calendar: paris })];
    expect(
      calls.some((call) => call.timeZone === 'Europe/Paris' && call.status === 'projected'),
    ).toBe(true);
    for (const locale of ['nl', 'en'] as const)
      for (const call of calls) {
        const text = formatDeadline(call, { locale });
        expect(text, text).not.toMatch(/\) \(/);
        expect(text, text).not.toMatch(/\(\(|\)\)/);
      }
    // A zone that is not the programme's and a status share the bracket.
    const projected = { ...getCall('2027-1')!, timeZone: 'Europe/Paris' };
    expect(formatDeadline(projected, { locale: 'en' })).toBe(
      'Thursday 15 April 2027 at 24:00 (Europe/Paris, expected)',
    );
    expect(formatDeadline(projected, { locale: 'nl' })).toBe(
      'donderdag 15 april 2027 om 24.00 uur (Europe/Paris, verwacht)',
    );
  });

  it('prints calls without doubled brackets', async () => {
    for (const lang of ['nl', 'en']) {
      const run = await runInProcess(['calls', '--lang', lang]);
      expect(run.code).toBe(0);
      for (const line of run.stdout.trimEnd().split('\n')) {
        const deadline = line.split('  ')[1]!;
        expect(deadline, line).not.toMatch(/\) \(/);
      }
    }
  });
});

describe('cofinancing: the text output', () => {
  it('says "maximum" and "berekend" / "computed", never "toegekend" / "granted"', async () => {
    for (const [lang, says] of [
      ['nl', /berekend: /],
      ['en', /computed: /],
    ] as const) {
      for (const requested of ['900000', '1200000']) {
        const run = await runInProcess([
          'cofinancing',
          '--cost',
          '2400000',
          '--requested',
          requested,
          '--lang',
          lang,
        ]);
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(says);
        expect(run.stdout).toMatch(/Maximale cofinanciering|Maximum cofinancing/);
        expect(run.stdout).not.toMatch(/toegekend|granted|awarded|toekenning/i);
      }
      const validated = await runInProcess(['validate', '-', '--lang', lang], { stdin: valid });
      expect(validated.stdout).toMatch(/maximale cofinanciering|maximum cofinancing/);
      expect(validated.stdout).not.toMatch(/toegekend|granted|awarded/i);
    }
  });

  it('lists the parameter versions used, each with its value, validity, status and source', async () => {
    for (const lang of ['nl', 'en']) {
      const args = ['cofinancing', '--cost', '2400000', '--vat', 'non-recoverable', '--lang', lang];
      const json = JSON.parse((await runInProcess([...args, '--json'])).stdout) as {
        parameters: { id: string; validFrom: string; source: { url: string } }[];
      };
      const text = (await runInProcess(args)).stdout;
      expect(json.parameters.length).toBeGreaterThan(3);
      const heading = lang === 'nl' ? 'Gebruikte parameters:' : 'Parameters used:';
      const block = text.slice(text.indexOf(`\n${heading}\n`) + heading.length + 2);
      expect(text).toContain(`\n${heading}\n`);
      const lines = block.trimEnd().split('\n');
      expect(lines).toHaveLength(json.parameters.length);
      json.parameters.forEach((used, i) => {
        expect(lines[i]).toMatch(new RegExp(`^ {2}${used.id.replace('.', '\\.')} = \\S`));
        expect(lines[i]).toContain(used.validFrom);
        expect(lines[i]).toContain(`<${used.source.url}>`);
        expect(lines[i]).toMatch(/ · (gepubliceerd|aanname|published|assumption) · /);
      });
    }
    // What docs/getting-started.md says the output lists.
    const guide = readFileSync(join(root, 'docs/getting-started.md'), 'utf8');
    expect(guide).toMatch(/parameter versions used with their\s+sources/);
  });

  it('speaks of the lines as the user typed them, not of the input the tool built', async () => {
    const lines = await runInProcess([
      'cofinancing',
      '--line',
      'rd-services=1.200.000',
      '--line',
      'off-the-shelf=300000',
    ]);
    expect(lines.stdout).toContain(
      '\n--line rd-services=1.200.000 (O&O-diensten): € 1.200.000,00 komt in aanmerking\n',
    );
    expect(lines.stdout).toContain('\n--line off-the-shelf=300000 (kant-en-klare oplossing): ');
    const cost = await runInProcess(['cofinancing', '--cost', '2400000', '--lang', 'en']);
    expect(cost.stdout).toContain('\n--cost 2400000 (R&D services): €2,400,000.00 is eligible\n');
    for (const text of [lines.stdout, cost.stdout])
      expect(text).not.toMatch(/estimatedCost|costs\[\d+\]|costs\.\d/);
    // The JSON keeps the data as the library made it; only its text speaks of the flags.
    const json = JSON.parse(
      (
        await runInProcess([
          'cofinancing',
          '--line',
          'rd-services=100',
          '--line',
          'other=50',
          '--json',
        ])
      ).stdout,
    );
    expect(json.eligible[0].path).toEqual(['costs', 0]);
    expect(json.explanation[1].params.line).toBe(formatPath(['costs', 0]));
    expect(json.text[1]).toMatch(/^--line rd-services=100 /);
    expect(json.text[2]).toMatch(/^--line other=50 /);
  });
});

describe('validate: a draft judged at --at', () => {
  it('names --at as where the instant came from, the issue at submittedAt', async () => {
    const draft = JSON.parse(valid);
    delete draft.submittedAt;
    const args = ['validate', '-', '--at', '2024-10-11T12:00:00+02:00'];
    const text = await runInProcess(args, { stdin: JSON.stringify(draft) });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /\n {2}fout: --at: Beoordeeld op vrijdag 11 oktober 2024 om 12\.00 uur, .*\[submitted_after_deadline\]\n/,
    );
    const json = await runInProcess([...args, '--json'], { stdin: JSON.stringify(draft) });
    const [record] = jsonLines(json.stdout);
    const issue = record.issues.find(
      (i: { code: string }) => i.code === 'submitted_after_deadline',
    );
    expect(issue).toMatchObject({ path: ['submittedAt'], params: { judgedBy: 'option' } });
    const submitted = await runInProcess(['validate', '-', '--lang', 'en'], { stdin: late });
    expect(submitted.stdout).toMatch(/\n {2}error: submittedAt: Submitted on /);
  });
});
