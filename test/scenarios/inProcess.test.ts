import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/helpers/fakeIo.js';

// `pio-rules test` run in process (the same code as the built binary of bin.test.ts), for the
// paths of the command that the corpus does not take.
const work = mkdtempSync(join(tmpdir(), 'pio-scenarios-in-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const scenario = (name: string, expected: string): string => `  - name: ${name}
    source: { quote: "In 2024 mikken ze op 18 april en 10 oktober 2024.", url: "https://www.vlaio.be/pio" }
    calls: { year: 2024 }
    expect: { calls: [${expected}] }
`;

describe('pio-rules test, in process', () => {
  it('runs the folder scenarios without arguments, and the corpus is covered', async () => {
    const run = await runInProcess(['test', '--coverage']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\n\d+ geslaagd, 0 mislukt\nDekking: elke regel/);
  });

  it('walks nested folders, in order, and skips other files', async () => {
    const folder = join(work, 'nested');
    mkdirSync(join(folder, 'b'), { recursive: true });
    writeFileSync(
      join(folder, 'b', 'two.yml'),
      `scenarios:\n${scenario('twee', '2024-1, 2024-2')}`,
    );
    writeFileSync(
      join(folder, 'a.json'),
      JSON.stringify({
        scenarios: [
          {
            name: 'een',
            source: { quote: 'x', url: 'https://x.be' },
            calls: { year: 2019 },
            expect: { calls: ['2019-1', '2019-2'] },
          },
        ],
      }),
    );
    writeFileSync(join(folder, 'notes.txt'), 'not a scenario');
    const run = await runInProcess(['test', folder, '--lang', 'en']);
    expect(run.code).toBe(0);
    const names = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('ok'))
      .map((l) => l.split('  ').at(-1));
    expect(names).toEqual(['een', 'twee']);
  });

  it('prints failures and coverage gaps as JSON with --json', async () => {
    const path = join(work, 'fail.yaml');
    writeFileSync(path, `scenarios:\n${scenario('fout', '2024-1')}`);
    const run = await runInProcess(['test', path, '--json', '--coverage']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.failed).toBe(1);
    expect(report.files[0].scenarios[0]).toMatchObject({
      name: 'fout',
      line: 2,
      decision: 'calls',
      passed: false,
      failures: [{ expectation: 'calls', expected: '["2024-1"]', received: '["2024-1","2024-2"]' }],
    });
    expect(report.uncovered.rules).toContain('on-time');
  });

  it('gives file:line:col of a YAML error and of a scenario problem, in Dutch by default', async () => {
    const broken = join(work, 'broken.yaml');
    writeFileSync(broken, 'scenarios:\n  - name: x\n    name: y\n');
    const wrong = join(work, 'wrong.yaml');
    writeFileSync(wrong, `scenarios:\n${scenario('x', '2024-1')}    colour: red\n`);
    const run = await runInProcess(['test', broken, wrong]);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/broken\.yaml:3:5: ongeldige YAML: .*\[DUPLICATE_KEY\]$/);
    expect(lines[1]).toMatch(/wrong\.yaml:6:5: scenarios\[0\]\.colour: Onbekend veld "colour"/);
    expect(run.stdout).toBe('0 geslaagd, 0 mislukt, 2 bestanden onbruikbaar\n');
  });

  it('reads a .json file as strict JSON, with file:line:col of what is wrong', async () => {
    const path = join(work, 'trailing.json');
    writeFileSync(path, '{"scenarios": [\n  {"name": "x",}\n]}\n');
    const run = await runInProcess(['test', path, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /trailing\.json:2:16: malformed JSON: unexpected character "\}" \[invalid_json\]\n$/,
    );
    const cut = join(work, 'cut.json');
    writeFileSync(cut, '{"scenarios": [');
    expect((await runInProcess(['test', cut, '--lang', 'en'])).stderr).toContain(
      'cut.json:1:16: malformed JSON: unexpected end of the text',
    );
  });

  it('refuses what it cannot read: no such file, a folder without scenarios', async () => {
    const missing = await runInProcess(['test', join(work, 'absent.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('bestand niet gevonden');
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const none = await runInProcess(['test', empty, '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no scenario file (.yaml, .yml or .json)');
  });
});
