import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/helpers/fakeIo.js';

// More paths of `pio-rules test` in process: the text report of failures and coverage gaps,
// problems at places the YAML does not have, JSON nested too deep, odd example files.
const work = mkdtempSync(join(tmpdir(), 'pio-scenarios-cmd-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});
const file = (name: string, text: string): string => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};
const source = '{ quote: "x", url: "https://www.vlaio.be/pio" }';

describe('pio-rules test: the text report', () => {
  it('prints each failure with what was expected and what came, then the coverage gaps, in both languages', async () => {
    const path = file(
      'fails.yaml',
      `scenarios:\n  - name: fout\n    source: ${source}\n    calls: { year: 2024 }\n    expect: { calls: ["2024-1"] }\n`,
    );
    const nl = await runInProcess(['test', path, '--coverage']);
    const en = await runInProcess(['test', path, '--coverage', '--lang', 'en']);
    expect([nl.code, en.code]).toEqual([1, 1]);
    for (const run of [nl, en]) {
      expect(run.stdout).toContain('fails.yaml:2');
      expect(run.stdout).toContain('fout');
      expect(run.stdout).toContain('["2024-1"]');
      expect(run.stdout).toContain('["2024-1","2024-2"]');
      expect(run.stdout).toMatch(/: on-time\n/);
    }
    expect(nl.stdout).toContain('0 geslaagd, 1 mislukt');
    expect(en.stdout).toContain('0 passed, 1 failed');
    expect(nl.stdout).not.toBe(en.stdout);
  });
});

describe('pio-rules test: where a problem is', () => {
  it('points at the nearest part of a path that exists: a missing item, a scalar, an empty value', async () => {
    const path = file(
      'places.yaml',
      [
        'scenarios:',
        '  - name: leeg',
        `    source: ${source}`,
        '    calls:',
        '    expect: {}',
        '  - name: scalar',
        `    source: ${source}`,
        '    calls: { year: 2024 }',
        '    expect: { calls: 5 }',
        '',
      ].join('\n'),
    );
    const run = await runInProcess(['test', path, '--lang', 'en']);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    // The empty `calls:` of line 4, and the list expected at line 9 where a number is.
    expect(lines.some((l) => /places\.yaml:4:\d+: scenarios\[0\]\.calls/.test(l))).toBe(true);
    expect(lines.some((l) => /places\.yaml:9:\d+: scenarios\[1\]\.expect\.calls/.test(l))).toBe(
      true,
    );
  });

  it('points at line 1 for an empty file, at the map for a missing key, at an alias for what is under it', async () => {
    const empty = file('empty.yaml', '');
    const missing = file(
      'missing.yaml',
      `scenarios:\n  - name: zonder\n    source: ${source}\n    calls: { year: 2024 }\n`,
    );
    const alias = file(
      'alias.yaml',
      [
        'bron: &bron { quote: "x" }',
        'scenarios:',
        '  - name: alias',
        '    source: *bron',
        '    calls: { year: 2024 }',
        '    expect: {}',
        '',
      ].join('\n'),
    );
    const run = await runInProcess(['test', empty, missing, alias, '--lang', 'en']);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines.some((l) => /empty\.yaml:1:1: /.test(l))).toBe(true);
    // The scenario's map (line 2) for its missing expect.
    expect(lines.some((l) => /missing\.yaml:2:\d+: scenarios\[0\]\.expect: /.test(l))).toBe(true);
    // The alias (line 4) for the url missing in what it stands for.
    expect(lines.some((l) => /alias\.yaml:4:\d+: scenarios\[0\]\.source\.url: /.test(l))).toBe(
      true,
    );
  });

  it('refuses JSON nested too deep with its place', async () => {
    const path = file('deep.json', `{"scenarios": ${'['.repeat(100_001)}`);
    const run = await runInProcess(['test', path, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/deep\.json:1:\d+: malformed JSON: .*\[invalid_json\]\n$/);
    expect(run.stderr).toContain('nested too deeply');
  });

  it('runs a scenario whose example file holds a text, not a proposal: a failure, not a crash', async () => {
    file('text.json', '"not a proposal"');
    const path = file(
      'text.yaml',
      `scenarios:\n  - name: tekst\n    source: ${source}\n    validate: { from: text.json, set: { project.title: T } }\n    expect: { valid: true }\n`,
    );
    const run = await runInProcess(['test', path, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      files: { scenarios: { passed: boolean; failures: unknown[] }[] }[];
    };
    expect(report.files[0]?.scenarios[0]).toMatchObject({
      passed: false,
      failures: [{ expectation: 'valid', expected: 'true', received: 'false' }],
    });
  });
});
