import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanErrors, expectOneErrorLine } from './helpers/assertions.js';
import { ensureCliBuilt, jsonLines, linesOf, root, runBin } from './helpers/bin.js';

// These tests run the built tool, dist/cli.js, as a child process, on real files.
const examples = join(root, 'examples/applications');
const example = (name: string) =>
  JSON.parse(readFileSync(join(examples, name), 'utf8')) as Record<string, unknown>;
const valid = example('city-pcp.json');
const late = example('invalid-late-submission.json');
const compact = (value: unknown) => JSON.stringify(value);

let dir: string;
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'pio-rules-cli-'));
}, 180_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('pio-rules validate (the built binary)', () => {
  it('accepts one valid proposal (pretty JSON): exit 0 and a summary', () => {
    const path = file('valid.json', JSON.stringify(valid, null, 2));
    const run = runBin(['validate', path]);
    expect(run.code).toBe(0);
    const lines = linesOf(run.stdout);
    expect(lines[0]).toBe(`${path}: geldig (maximale cofinanciering € 750.000,00)`);
    // The built-in calendar's 2024-2 is an announced target date: a warning says so.
    expect(lines[1]).toMatch(
      /^ {2}waarschuwing: callId: De uiterste datum van oproep 2024-2 \(donderdag 10 oktober 2024 om 24\.00 uur\) is aangekondigd als streefdatum, .* \[deadline_not_published\]$/,
    );
    expect(lines.slice(2)).toEqual(['1 geldig, 0 ongeldig']);
    expect(run.stderr).toBe('');
  });

  it('reports an invalid proposal with its issues and paths: exit 1', () => {
    const path = file('late.json', JSON.stringify(late, null, 2));
    const run = runBin(['validate', path, '--lang', 'en']);
    expect(run.code).toBe(1);
    const lines = linesOf(run.stdout);
    expect(lines[0]).toBe(`${path}: invalid (1 error)`);
    expect(lines[1]).toMatch(
      /^ {2}error: submittedAt: Submitted on Friday 11 October 2024 at .*, after the deadline of call 2024-2 \(Thursday 10 October 2024 at 24:00\)\. \[submitted_after_deadline\]$/,
    );
    expect(lines.at(-1)).toBe('0 valid, 1 invalid');
  });

  it('reads a JSON array, naming each proposal by its index', () => {
    const path = file('array.json', JSON.stringify([valid, late], null, 2));
    const run = runBin(['validate', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${path}[0]: geldig`);
    expect(run.stdout).toContain(`${path}[1]: ongeldig (1 fout)`);
    expect(run.stdout).toMatch(
      /^ {2}fout: submittedAt: Ingediend op vrijdag 11 oktober 2024 om .* \(donderdag 10 oktober 2024 om 24\.00 uur\)\. \[submitted_after_deadline\]$/m,
    );
    expect(linesOf(run.stdout).at(-1)).toBe('1 geldig, 1 ongeldig');
  });

  it('streams NDJSON (CRLF and blank lines too), naming each proposal by its line', () => {
    const path = file(
      'batch.ndjson',
      `${compact(valid)}\r\n\r\n${compact(late)}\r\n${compact(valid)}\r\n`,
    );
    const run = runBin(['validate', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${path}:1: geldig`);
    expect(run.stdout).toContain(`${path}:3: ongeldig`);
    expect(run.stdout).toContain(`${path}:4: geldig`);
    expect(linesOf(run.stdout).at(-1)).toBe('2 geldig, 1 ongeldig');
  });

  it('reports a malformed NDJSON line with its line and column, goes on, exit 2', () => {
    const path = file('bad.ndjson', `${compact(valid)}\n{"schemaVersion": }\n${compact(valid)}\n`);
    const run = runBin(['validate', path]);
    expect(run.code).toBe(2);
    expectOneErrorLine(run.stderr, `${path}:2:19: ongeldige JSON: onverwacht teken '}'`);
    expect(run.stdout).toContain(`${path}:3: geldig`);
    expect(linesOf(run.stdout).at(-1)).toBe('2 geldig, 0 ongeldig, 1 onleesbaar');
  });

  it('reports malformed JSON with the line and column of the problem, exit 2', () => {
    const path = file(
      'malformed.json',
      '{\n  "schemaVersion": "1",\n  "callId": "2024-2"\n  "applicant": {}\n}\n',
    );
    const run = runBin(['validate', path, '--lang', 'en']);
    expect(run.code).toBe(2);
    expectOneErrorLine(run.stderr, `${path}:4:3: malformed JSON: unexpected character '"'`);
    const truncated = file('truncated.json', '{\n  "a": [1, 2');
    const end = runBin(['validate', truncated, '--lang', 'en']);
    expect(end.code).toBe(2);
    expectOneErrorLine(end.stderr, `${truncated}:2:13: malformed JSON: unexpected end of the text`);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), 'bestand niet gevonden'],
    ['a directory', () => dir, 'is een map, geen bestand'],
    ['an empty file', () => file('empty.json', '\n  \n'), 'bevat geen projectvoorstel'],
  ])('refuses %s with one clear line, exit 2', (_, pathOf, fragment) => {
    const path = pathOf();
    const run = runBin(['validate', path]);
    expect(run.code).toBe(2);
    expectOneErrorLine(run.stderr, `pio-rules: ${path}: ${fragment}`);
    expect(linesOf(run.stdout).at(-1)).toBe('0 geldig, 0 ongeldig, 1 onleesbaar');
  });

  it('goes on after an unreadable file and still exits 2', () => {
    const good = file('good.json', compact(valid));
    const run = runBin(['validate', join(dir, 'missing.json'), good]);
    expect(run.code).toBe(2);
    expectCleanErrors(run.stderr);
    expect(run.stdout).toContain(`${good}:1: geldig`);
    expect(linesOf(run.stdout).at(-1)).toBe('1 geldig, 0 ongeldig, 1 onleesbaar');
  });

  it('reads standard input with -, NDJSON or one pretty document', () => {
    const ndjson = runBin(['validate', '-'], `${compact(valid)}\n${compact(late)}\n`);
    expect(ndjson.code).toBe(1);
    expect(ndjson.stdout).toContain('<stdin>:1: geldig');
    expect(ndjson.stdout).toContain('<stdin>:2: ongeldig');
    const pretty = runBin(['validate', '-', '--lang', 'en'], JSON.stringify(valid, null, 2));
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toContain('<stdin>: valid (maximum cofinancing €750,000.00)');
  });

  it('prints one JSON object per proposal and a summary with --json', () => {
    const path = file('json.ndjson', `${compact(valid)}\n${compact(late)}\nnot json\n`);
    const run = runBin(['validate', path, '--json', '--lang', 'en']);
    expect(run.code).toBe(2);
    const records = jsonLines(run.stdout);
    expect(records).toHaveLength(4);
    expect(records[0]).toMatchObject({
      source: path,
      line: 1,
      index: null,
      valid: true,
      issues: [
        expect.objectContaining({
          code: 'deadline_not_published',
          severity: 'warning',
          params: expect.objectContaining({ status: 'announced' }),
        }),
      ],
      maximum: '750000.00',
    });
    expect(records[1]).toMatchObject({ line: 2, valid: false });
    expect(records[1].issues[0]).toMatchObject({
      code: 'submitted_after_deadline',
      severity: 'error',
      path: ['submittedAt'],
    });
    expect(records[1].issues[0].message).toMatch(/^Submitted on Friday 11 October 2024 at /);
    expect(records[1].issues[0].params).toMatchObject({ callId: '2024-2', judgedBy: 'submission' });
    expect(records[2]).toMatchObject({
      line: 3,
      column: 2,
      valid: null,
      error: { code: 'invalid_json' },
    });
    expect(records[3]).toEqual({ summary: { valid: 1, invalid: 1, unreadable: 1, total: 3 } });
    expectOneErrorLine(run.stderr, `${path}:3:2: malformed JSON: unexpected character 'o'`);
  });

  it('judges a proposal without submittedAt at --at', () => {
    const draft = { ...valid };
    delete draft['submittedAt'];
    const path = file('draft.json', compact(draft));
    expect(runBin(['validate', path, '--at', '2024-10-01T12:00:00+02:00']).code).toBe(0);
    const after = runBin(['validate', path, '--at', '2024-10-11T12:00:00+02:00', '--json']);
    expect(after.code).toBe(1);
    expect(JSON.parse(linesOf(after.stdout)[0]!).issues[0]).toMatchObject({
      code: 'submitted_after_deadline',
      path: ['submittedAt'],
      params: { judgedBy: 'option' },
    });
    const text = runBin(['validate', path, '--at', '2024-10-11T12:00:00+02:00']);
    expect(linesOf(text.stdout)[1]).toMatch(
      /^ {2}fout: --at: Beoordeeld op vrijdag 11 oktober 2024 om 12\.00 uur, .* \[submitted_after_deadline\]$/,
    );
    const warned = runBin(['validate', path, '--json']);
    expect(warned.code).toBe(0);
    expect(JSON.parse(linesOf(warned.stdout)[0]!).issues[0].code).toBe('submission_time_unknown');
  });

  it('refuses an --at without offset, exit 2', () => {
    const path = file('at.json', compact(valid));
    const run = runBin(['validate', path, '--at', '2024-10-01']);
    expect(run.code).toBe(2);
    expectOneErrorLine(run.stderr, '--at: ', '[ambiguous_time]');
    expect(run.stdout).toBe('');
  });

  it('validates the example proposals as examples/applications/expected-issues.json says', () => {
    const expected = JSON.parse(readFileSync(join(examples, 'expected-issues.json'), 'utf8')) as {
      at: string;
      expected: Record<string, string[]>;
    };
    const names = Object.keys(expected.expected).sort();
    const run = runBin([
      'validate',
      ...names.map((n) => join(examples, n)),
      '--at',
      expected.at,
      '--json',
    ]);
    const records = jsonLines(run.stdout);
    const summary = records.pop();
    const invalid = names.filter((n) =>
      expected.expected[n]!.some(
        (code) =>
          code !== 'cofinancing_above_indicative_cap' &&
          code !== 'expertise_above_indicative_max' &&
          code !== 'deadline_not_published',
      ),
    );
    expect(run.code).toBe(invalid.length > 0 ? 1 : 0);
    records.forEach((record, i) => {
      const codes = record.issues.map((issue: { code: string }) => issue.code).sort();
      expect(codes, names[i]).toEqual(expected.expected[names[i]!]);
    });
    expect(summary.summary.invalid + summary.summary.valid).toBe(names.length);
  });
});
