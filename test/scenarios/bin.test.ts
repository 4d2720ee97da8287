import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioTargets } from '../../src/scenarios/index.js';
import { expectCleanErrors } from '../cli/helpers/assertions.js';
import { ensureCliBuilt, linesOf, root, runBin } from '../cli/helpers/bin.js';

// These tests run the built tool, dist/cli.js, as a child process, on the corpus in scenarios/.
beforeAll(() => {
  ensureCliBuilt();
}, 180_000);

const work = mkdtempSync(join(tmpdir(), 'pio-scenarios-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A copy of a corpus file in the temporary folder, its `from:` paths made absolute. */
function copyOf(name: string, change: (text: string) => string = (t) => t): string {
  const text = readFileSync(join(root, 'scenarios', name), 'utf8').replaceAll(
    'from: ../examples/',
    `from: ${join(root, 'examples')}/`,
  );
  const target = join(work, name);
  writeFileSync(target, change(text));
  return target;
}

/** Writes a scenario file and gives its path. */
function file(name: string, text: string): string {
  const target = join(work, name);
  writeFileSync(target, text);
  return target;
}

const PROPOSAL = join(root, 'examples/applications/city-pcp.json');

/** `line:column` (from 1) where a text first holds a needle: what the tool must point to. */
function position(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  expect(offset, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split('\n');
  return `${String(before.length)}:${String((before.at(-1) ?? '').length + 1)}`;
}

/** A file as the tool names it: relative to the folder it runs in (the root). */
const where = (path: string): string => relative(root, path);

describe('pio-rules test (the built binary) on the corpus', () => {
  it('passes every scenario of scenarios/, at least 80, with one line each, exit 0', () => {
    const run = runBin(['test', 'scenarios/', '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = linesOf(run.stdout);
    const ok = lines.filter((line) => line.startsWith('ok '));
    expect(ok.length).toBeGreaterThanOrEqual(80);
    expect(lines.at(-1)).toBe(`${String(ok.length)} passed, 0 failed`);
    for (const topic of ['calls', 'eligibility', 'cofinancing', 'expertise', 'criteria'])
      expect(
        ok.some((line) => line.includes(`scenarios/${topic}.yaml:`)),
        topic,
      ).toBe(true);
  });

  it('reports nothing uncovered with --coverage, against the library’s own lists', () => {
    const run = runBin(['test', 'scenarios', '--coverage', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.failed).toBe(0);
    expect(report.uncovered).toEqual({ rules: [], codes: [], parameterVersions: [] });
    const text = runBin(['test', 'scenarios', '--coverage', '--lang', 'en']);
    expect(linesOf(text.stdout).at(-1)).toBe(
      'Coverage: every rule, issue code and parameter version is covered.',
    );
    // The targets are the library's lists: a new rule, code or version is uncovered until a
    // scenario touches it.
    const targets = scenarioTargets();
    expect(targets.rules.length).toBeGreaterThanOrEqual(17);
    expect(targets.codes).toContain('submitted_after_deadline');
    expect(targets.parameterVersions).toContain('cofinancing.cap@2020-01-01');
  });

  it('reports what a file without some scenarios leaves uncovered, exit 1', () => {
    // The eligibility file alone does not touch the deadline rules.
    const run = runBin(['test', copyOf('eligibility.yaml'), '--coverage', '--lang', 'en']);
    expect(run.code).toBe(1);
    const lines = linesOf(run.stdout);
    expect(lines).toContain('Not covered by any scenario:');
    expect(lines).toContain('  rule: on-time');
    expect(lines).toContain('  issue code: submitted_after_deadline');
    expect(lines).toContain('  parameter version: expertise.indicativeMax@2017-01-01');
    expect(lines).not.toContain('  rule: partners-distinct');
  });

  it('fails a scenario whose expected amount is changed, with what was expected and what came, exit 1', () => {
    const changed = copyOf('cofinancing.yaml', (text) => {
      const once = text.replace("maximum: '600000.00'", "maximum: '600000.01'");
      expect(once).not.toBe(text);
      return once;
    });
    const run = runBin(['test', changed, '--lang', 'en']);
    expect(run.code).toBe(1);
    const lines = linesOf(run.stdout);
    const failed = lines.findIndex((line) => line.startsWith('FAILED'));
    expect(lines[failed]).toMatch(/cofinancing\.yaml:\d+ {2}50% van de geraamde kost \(2024\)$/);
    expect(lines[failed + 1]).toBe('        maximum: expected 600000.01');
    expect(lines[failed + 2]).toBe('        received 600000.00');
    expect(lines.filter((line) => line.startsWith('FAILED'))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^\d+ passed, 1 failed$/);
    const json = JSON.parse(runBin(['test', changed, '--json']).stdout);
    const scenario = json.files[0].scenarios.find((s: { passed: boolean }) => !s.passed);
    expect(scenario.failures).toEqual([
      { expectation: 'maximum', expected: '600000.01', received: '600000.00' },
    ]);
  });

  it('fails a scenario whose expected code does not come, naming the codes that came', () => {
    const changed = copyOf('eligibility.yaml', (text) =>
      text.replace(
        'set: { applicant.organisationType: company }',
        'set: { applicant.organisationType: municipality }',
      ),
    );
    const run = runBin(['test', changed, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '        codes: expected organisation_not_eligible@applicant.organisationType',
    );
    expect(run.stdout).toContain('        received deadline_not_published@callId');
  });
});

describe('pio-rules test: a file that cannot be used', () => {
  const valid = `  - name: Twee oproepen in 2024
    source: { quote: "In 2024 mikken ze op 18 april en 10 oktober 2024.", url: "https://www.vlaio.be/pio" }
    calls: { year: 2024 }
    expect: { calls: [2024-1, 2024-2] }
`;

  it('gives file:line:col for a YAML syntax error, and runs nothing of it, exit 2', () => {
    const text = `scenarios:\n${valid}  - name: Kapot\n    expect: { calls: [2024-1\n`;
    const bad = file('syntax.yaml', text);
    const end = text.split('\n').length;
    const run = runBin(['test', bad, '--lang', 'en']);
    expect(run.code).toBe(2);
    const lines = expectCleanErrors(run.stderr);
    expect(lines.length).toBeGreaterThan(0);
    // The flow sequence of the last line is still open where the text ends (its last line, column 1).
    for (const line of lines)
      expect(line).toMatch(
        new RegExp(
          `^pio-rules: .*syntax\\.yaml:${String(end)}:1: malformed YAML: .*\\[BAD_INDENT\\]$`,
        ),
      );
    expect(run.stdout).not.toContain('ok ');
    expect(linesOf(run.stdout).at(-1)).toBe('0 passed, 0 failed, 1 file unusable');
  });

  it('gives file:line:col of an unknown key, exit 2', () => {
    const text = `scenarios:\n${valid}  - name: Tikfout\n    source: { quote: "x", url: "https://x.be" }\n    calls: { year: 2024 }\n    expect:\n      calls: [2024-1]\n      colour: red\n`;
    const bad = file('unknown-key.yaml', text);
    const run = runBin(['test', bad, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(expectCleanErrors(run.stderr)).toEqual([
      `pio-rules: ${where(bad)}:${position(text, 'colour:')}: scenarios[1].expect.colour: Unknown field "colour" (a typo?). [unknown_key]`,
    ]);
    expect(run.stdout).not.toContain('ok ');
  });

  it('gives file:line:col of an expected code that does not exist, with the nearest codes, exit 2', () => {
    const text = `scenarios:\n${valid}  - name: Onbekende code\n    source: { quote: "x", url: "https://x.be" }\n    validate: { from: ${PROPOSAL} }\n    expect:\n      codes: [organisation_not_eligble]\n`;
    const bad = file('unknown-code.yaml', text);
    const run = runBin(['test', bad, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(expectCleanErrors(run.stderr)).toEqual([
      `pio-rules: ${where(bad)}:${position(text, 'organisation_not_eligble')}: scenarios[1].expect.codes[0]: Invalid value "organisation_not_eligble"; allowed: "organisation_not_eligible". [invalid_value]`,
    ]);
    expect(run.stdout).not.toContain('ok ');
  });

  it('reports every problem of a file at once: a path not in the format, an unknown example, a bad field to set', () => {
    const text = JSON.stringify(
      {
        scenarios: [
          {
            name: 'a',
            source: { quote: 'x', url: 'https://x.be' },
            validate: { from: PROPOSAL, set: { 'applicant.colour': 'red' } },
            expect: { codes: [{ code: 'market_distortion', path: 'applicant.foo' }] },
          },
          {
            name: 'b',
            source: { quote: 'x', url: 'https://x.be' },
            validate: { from: 'nowhere.json' },
            expect: { valid: true },
          },
        ],
      },
      null,
      2,
    );
    const bad = file('many.json', text);
    const run = runBin(['test', bad, '--lang', 'en']);
    expect(run.code).toBe(2);
    const at = (needle: string): string => `pio-rules: ${where(bad)}:${position(text, needle)}: `;
    expect(expectCleanErrors(run.stderr)).toEqual([
      `${at('"applicant.foo"')}scenarios[0].expect.codes[0].path: Invalid value "applicant.foo". [invalid_value]`,
      `${at('"applicant.colour"')}scenarios[0].validate.set["applicant.colour"]: Unknown field "applicant.colour" (a typo?). [unknown_key]`,
      `${at('"nowhere.json"')}scenarios[1].validate.from: Invalid value "nowhere.json". [invalid_value]`,
    ]);
  });

  it('still runs the other files, and exits 2', () => {
    const bad = file('other-bad.yaml', 'scenarios: [\n');
    const good = file('good.yaml', `scenarios:\n${valid}`);
    const run = runBin(['test', bad, good, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(linesOf(run.stdout)).toEqual([
      expect.stringMatching(/^ok {6}.*good\.yaml:2 {2}Twee oproepen in 2024$/),
      '1 passed, 0 failed, 1 file unusable',
    ]);
  });

  it('refuses a folder without scenario files and a file that does not exist, exit 2', () => {
    const none = runBin(['test', join(root, 'api'), '--lang', 'en']);
    expect(none.code).toBe(2);
    expectCleanErrors(none.stderr);
    expect(none.stderr).toContain('no scenario file');
    const missing = runBin(['test', join(work, 'absent.yaml'), '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });
});
