import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_EVERY } from '../../src/cli/commands/validate.js';
import { expectCleanErrors, expectOneErrorLine } from './helpers/assertions.js';
import { jsonLines, root } from './helpers/bin.js';
import { runInProcess } from './helpers/fakeIo.js';

// The same commands as the binary tests, run in process (for coverage and the paths a child
// process cannot reach: a terminal stderr, a stream that fails, a stdout that pushes back).
const example = (name: string) =>
  JSON.parse(readFileSync(join(root, 'examples/applications', name), 'utf8')) as Record<
    string,
    unknown
  >;
const valid = JSON.stringify(example('city-pcp.json'));
const late = JSON.stringify(example('invalid-late-submission.json'));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pio-rules-run-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('runCli', () => {
  it('prints help and version', async () => {
    expect((await runInProcess(['--help', '--lang', 'en'])).stdout).toContain('Commands:');
    expect((await runInProcess(['cofinancing', '-h'])).stdout).toContain('--line CATEGORIE=BEDRAG');
    expect((await runInProcess(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('refuses a missing command and an argument a command does not take', async () => {
    const none = await runInProcess([]);
    expect(none.code).toBe(2);
    expectOneErrorLine(none.stderr, 'geen opdracht gegeven; zie "pio-rules --help"');
    const extra = await runInProcess(['parameters', 'x', '--lang', 'en']);
    expect(extra.code).toBe(2);
    expectOneErrorLine(extra.stderr, 'see "pio-rules parameters --help"');
  });

  it('runs calls, next-deadline (with the injected clock), parameters and schema', async () => {
    const calls = await runInProcess(['calls', '--year', '2024']);
    expect(calls.stdout.split('\n')[0]).toBe(
      '2024-1  donderdag 18 april 2024 om 24.00 uur (aangekondigd)  Oproep 1 van 2024',
    );
    expect((await runInProcess(['calls', '--year', '2016'])).stdout).toBe(
      'geen oproepen in 2016\n',
    );
    expect((await runInProcess(['calls', '--json'])).code).toBe(0);
    const next = await runInProcess(['next-deadline', '--kind', 'regular']);
    expect(next.stdout).toMatch(/^2024-2 /);
    expect((await runInProcess(['next-deadline', '--kind', 'thematic'])).stdout).toBe(
      'geen volgende deadline gekend\n',
    );
    const later = await runInProcess(['next-deadline', '--now', '2025-01-01T00:00:00Z', '--json']);
    expect(JSON.parse(later.stdout).id).toBe('2025-1');
    const parameters = await runInProcess([
      'parameters',
      '--at',
      '2019-06-14T12:00:00+02:00',
      '--lang',
      'en',
    ]);
    expect(parameters.stdout).toMatch(/^Parameters in force on 2019-06-14:/);
    expect(parameters.stdout).toContain('since ');
    expect((await runInProcess(['parameters'])).stdout).toMatch(/^Parameters \(laatste versie\):/);
    expect(
      JSON.parse((await runInProcess(['parameters', '--at', '2024-01-01', '--json'])).stdout),
    ).not.toHaveLength(0);
    expect(JSON.parse((await runInProcess(['schema'])).stdout).$schema).toContain(
      'json-schema.org',
    );
  });

  it('runs cofinancing in both forms and reports bad lines per flag', async () => {
    const capped = await runInProcess(['cofinancing', '--cost', '2.400.000']);
    // The explanation ends with the maximum; the parameter versions used follow it.
    expect(capped.stdout).toContain(
      '\nMaximale cofinanciering: € 1.000.000,00\nGebruikte parameters:\n',
    );
    const json = await runInProcess([
      'cofinancing',
      '--line',
      'rd-services=100',
      '--line',
      'other=50',
      '--json',
    ]);
    expect(JSON.parse(json.stdout).excluded[0].reason).toBe('other_not_eligible');
    const bad = await runInProcess([
      'cofinancing',
      '--line',
      'rd-services=-1',
      '--line',
      'validation=-2',
    ]);
    expect(bad.code).toBe(2);
    expect(expectCleanErrors(bad.stderr)).toEqual([
      expect.stringMatching(/^pio-rules: --line rd-services=-1: .*\[negative_amount\]$/),
      expect.stringMatching(/^pio-rules: --line validation=-2: .*\[negative_amount\]$/),
    ]);
    const precision = await runInProcess(['cofinancing', '--cost', '12.345', '--lang', 'en']);
    expectOneErrorLine(precision.stderr, '--cost: ', '[invalid_amount]');
  });

  it('reads every amount flag by the one rule of docs/amounts.md, and exits 2 on a refused one', async () => {
    for (const lang of ['nl', 'en']) {
      for (const [args, flag, says] of [
        [
          ['--cost', '0.005'],
          '--cost: ',
          /"0\.005" (heeft|has) more|"0\.005" .*(decimalen|decimals)/,
        ],
        [['--cost', '00.005'], '--cost: ', /"00\.005"/],
        [['--line', 'rd-services=0.005'], '--line rd-services=0.005: ', /"0\.005"/],
        [['--cost', '1.500'], '--cost: ', /"1\.500" .*1[.,]500[.,]00.*1[.,]50/],
        [['--cost', '5', '--requested', '1,500'], '--requested: ', /"1,500"/],
      ] as const) {
        const run = await runInProcess(['cofinancing', ...args, '--lang', lang]);
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stdout).toBe('');
        expect(expectOneErrorLine(run.stderr, flag, '[invalid_amount]')).toMatch(says);
      }
      const read = async (cost: string): Promise<unknown> =>
        (
          JSON.parse(
            (await runInProcess(['cofinancing', '--cost', cost, '--json', '--lang', lang])).stdout,
          ) as { eligibleBase: unknown }
        ).eligibleBase;
      expect(await read('1.50')).toBe('1.50');
      expect(await read('1.500,00')).toBe('1500.00');
      expect(await read('1,500.00')).toBe('1500.00');
      expect(await read('€ 2.400.000')).toBe('2400000.00');
    }
  });

  it('says in the help of cofinancing, in both languages, how 1.500, 1.50 and 1.500,00 are read', async () => {
    const nl = (await runInProcess(['cofinancing', '--help'])).stdout;
    expect(nl).toContain('1.50 is € 1,50 en 1.500,00 is\n€ 1.500,00, maar 1.500 wordt geweigerd');
    const en = (await runInProcess(['cofinancing', '--help', '--lang', 'en'])).stdout;
    expect(en).toContain('1.50 is €1.50 and 1.500,00 is\n€1,500.00, but 1.500 is refused');
    for (const help of [nl, en]) expect(help).toMatch(/1500 .*1,5|1500 .*1\.5/);
  });

  it('validates files, arrays, NDJSON and stdin', async () => {
    const one = join(dir, 'one.json');
    writeFileSync(one, JSON.stringify(JSON.parse(valid), null, 2));
    const many = join(dir, 'many.json');
    writeFileSync(many, `[${valid},${late}]`);
    const lines = join(dir, 'lines.ndjson');
    writeFileSync(lines, `\uFEFF${valid}\n${late}\n`);
    const run = await runInProcess(['validate', one, many, lines, '-'], { stdin: `${late}\n` });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${one}: geldig`);
    expect(run.stdout).toContain(`${many}[1]: ongeldig`);
    expect(run.stdout).toContain(`${lines}:1: geldig`);
    expect(run.stdout).toContain('<stdin>:1: ongeldig');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('3 geldig, 3 ongeldig');
  });

  it('reports unreadable inputs in text and JSON, and exits 2', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "a": tru\n}');
    const run = await runInProcess(['validate', broken, join(dir, 'absent.json'), dir, '--json']);
    expect(run.code).toBe(2);
    const records = jsonLines(run.stdout);
    expect(records.map((r) => (r.error?.code as string | undefined) ?? 'summary')).toEqual([
      'invalid_json',
      'unreadable',
      'unreadable',
      'summary',
    ]);
    expect(records[0]).toMatchObject({ line: 2, column: 11 });
    expect(records[0].error.message).toBe(
      `${broken}:2:11: ongeldige JSON: onverwacht teken U+000A`,
    );
    expect(expectCleanErrors(run.stderr)).toHaveLength(3);
  });

  it('reports a stream that fails while reading as unreadable', async () => {
    const stdin = new Readable({
      read() {
        this.destroy(Object.assign(new Error('device gone'), { code: 'EIO' }));
      },
    });
    const run = await runInProcess(['validate', '-', '--lang', 'en'], { stdin });
    expect(run.code).toBe(2);
    expectOneErrorLine(run.stderr, '<stdin>: cannot be read (EIO)');
  });

  it('shows progress on a terminal stderr only when stdout is not one, and clears it', async () => {
    const input = `${'{}\n'.repeat(PROGRESS_EVERY)}{`;
    const tty = await runInProcess(['validate', '-', '--json'], { stdin: input, isTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain(`\rpio-rules: ${PROGRESS_EVERY} voorstellen gelezen…`);
    expect(tty.stderr).toContain('\r\u001b[K');
    const pipe = await runInProcess(['validate', '-'], { stdin: '{}\n'.repeat(PROGRESS_EVERY) });
    expect(pipe.code).toBe(1);
    expect(pipe.stderr).toBe('');
    const done = await runInProcess(['validate', '-'], {
      stdin: '{}\n'.repeat(PROGRESS_EVERY),
      isTTY: true,
    });
    expect(done.stderr.endsWith('\r\u001b[K')).toBe(true);
    const terminal = await runInProcess(['validate', '-'], {
      stdin: '{}\n'.repeat(PROGRESS_EVERY),
      isTTY: true,
      stdoutIsTTY: true,
    });
    expect(terminal.stderr).toBe('');
  });

  it('waits for a stdout that pushes back', async () => {
    const run = await runInProcess(['validate', '-'], {
      stdin: `${valid}\n`.repeat(30),
      backpressure: true,
    });
    expect(run.code).toBe(0);
    expect(run.drains).toBeGreaterThan(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('30 geldig, 0 ongeldig');
  });

  it.each(['nl', 'en'])('reports every usage and input error as one line, in %s', async (lang) => {
    const cases = [
      ['frobnicate'],
      ['calls', '--bogus'],
      ['calls', '--year'],
      ['calls', '--json=1'],
      ['calls', '--year', '2024', '--year', '2025'],
      ['calls', '--year', 'abc'],
      ['calls', 'extra'],
      ['cofinancing'],
      ['cofinancing', '--cost', '1', '--line', 'other=1'],
      ['cofinancing', '--line', 'rd-services'],
      ['cofinancing', '--line', 'hardware=1'],
      ['cofinancing', '--cost', '1', '--requested', 'x'],
      ['validate'],
      ['validate', '-', '-'],
      ['validate', join(dir, 'absent.json')],
      ['validate', dir],
      ['validate', '/etc/hostname/not-a-folder.json'],
    ];
    for (const args of cases) {
      const run = await runInProcess([...args, '--lang', lang]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(expectCleanErrors(run.stderr), args.join(' ')).toHaveLength(1);
    }
    const notDir = await runInProcess(['validate', '/etc/hostname/x.json', '--lang', 'en']);
    expectOneErrorLine(notDir.stderr, 'pio-rules: /etc/hostname/x.json: cannot be read (ENOTDIR)');
  });

  it('speaks the language of any tag the library accepts, and refuses others as it does', async () => {
    const british = await runInProcess(['calls', '--year', '2016', '--lang', 'en-GB']);
    expect(british.stdout).toBe('no calls in 2016\n');
    const american = await runInProcess(['cofinancing', '--cost', '100', '--lang=en-US']);
    expect(american.stdout).toContain('\nMaximum cofinancing: €50.00\nParameters used:\n');
    const dutch = await runInProcess(['calls', '--year', '2016', '--lang', 'nl-NL']);
    expect(dutch.stdout).toBe('geen oproepen in 2016\n');
    const belgian = await runInProcess(['calls', '--year', '2016', '--lang', 'nl-BE']);
    expect(belgian.stdout).toBe('geen oproepen in 2016\n');
    const french = await runInProcess(['calls', '--lang', 'fr']);
    expect(french.code).toBe(2);
    expect(french.stdout).toBe('');
    expect(expectOneErrorLine(french.stderr, '[unsupported_locale]')).toMatch(
      /^pio-rules: --lang: Taal "fr" wordt niet ondersteund.* \[unsupported_locale\]; zie "pio-rules calls --help"$/,
    );
    // A usage error speaks the last --lang the tool speaks, even beside one it does not.
    const twice = await runInProcess(['--lang', 'en', 'calls', '--lang', 'fr']);
    expect(twice.code).toBe(2);
    expectOneErrorLine(twice.stderr, '--lang may be given only once');
  });

  it('does not read the language of the environment', async () => {
    const saved = { LANG: process.env['LANG'], LC_ALL: process.env['LC_ALL'] };
    process.env['LANG'] = 'en_US.UTF-8';
    process.env['LC_ALL'] = 'en_US.UTF-8';
    try {
      expect((await runInProcess(['calls', '--year', '2016'])).stdout).toBe(
        'geen oproepen in 2016\n',
      );
    } finally {
      for (const [key, value] of Object.entries(saved))
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
    }
  });

  it('writes amounts in JSON as decimal strings, every command alike', async () => {
    const cofinancing = JSON.parse(
      (
        await runInProcess([
          'cofinancing',
          '--cost',
          '2400000',
          '--requested',
          '1.200.000',
          '--json',
        ])
      ).stdout,
    );
    expect(cofinancing).toMatchObject({
      eligibleBase: '2400000.00',
      maximum: '1000000.00',
      cap: '1000000.00',
      requested: '1200000.00',
      granted: '1000000.00',
    });
    expect(cofinancing.eligible[0].amount).toBe('2400000.00');
    expect(cofinancing.warnings[0]).toMatchObject({
      code: 'requested_above_maximum',
      params: { requested: '1200000.00' },
    });
    const validated = await runInProcess(['validate', '-', '--json'], { stdin: `${valid}\n` });
    expect(jsonLines(validated.stdout)[0].maximum).toBe('750000.00');
  });

  it('names --at as the place of a draft judged late by it', async () => {
    const draft = { ...example('city-pcp.json') };
    delete draft['submittedAt'];
    const run = await runInProcess(
      ['validate', '-', '--at', '2024-10-11T12:00:00+02:00', '--lang', 'en'],
      { stdin: `${JSON.stringify(draft)}\n` },
    );
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[1]).toMatch(
      /^ {2}error: --at: Judged on .* \[submitted_after_deadline\]$/,
    );
  });

  it('answers a huge value of any flag with one short line, exit 2, in bounded time', async () => {
    const huge = `9${'x'.repeat(10_000_000)}`;
    const cases = [
      [huge],
      ['calls', `--${huge}`],
      ['calls', '--year', huge],
      ['calls', huge],
      ['calls', '--lang', huge],
      ['next-deadline', '--now', huge],
      ['next-deadline', '--kind', huge],
      ['cofinancing', '--cost', huge],
      ['cofinancing', '--line', huge],
      ['cofinancing', '--line', `${huge}=1`],
      ['cofinancing', '--line', `other=${huge}`],
      ['cofinancing', '--cost', '1', '--requested', huge],
      ['cofinancing', '--cost', '1', '--vat', huge],
      ['cofinancing', '--cost', '1', '--at', huge],
      ['parameters', '--at', huge],
      ['validate', '-', '--at', huge],
    ];
    const started = performance.now();
    for (const args of cases) {
      const run = await runInProcess(args);
      expect(run.code, args[0]).toBe(2);
      const [line] = expectCleanErrors(run.stderr);
      expect(line!.length, args.join(' ').slice(0, 40)).toBeLessThan(600);
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('localizes the warnings of cofinancing JSON', async () => {
    const run = await runInProcess([
      'cofinancing',
      '--cost',
      '100',
      '--requested',
      '80',
      '--json',
      '--lang',
      'en',
    ]);
    expect(JSON.parse(run.stdout).warnings[0].message).toMatch(/^The requested amount/);
    const dutch = await runInProcess([
      'cofinancing',
      '--cost',
      '100',
      '--requested',
      '80',
      '--json',
    ]);
    expect(JSON.parse(dutch.stdout).warnings[0].message).toMatch(/^Het gevraagde bedrag/);
  });

  it('reports an unexpected error as one line, exit 2', async () => {
    const run = await runInProcess(['next-deadline'], {
      now: () => {
        throw new TypeError('clock broken\n    at somewhere (file.js:1:1)');
      },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pio-rules: onverwachte fout: clock broken\n');
  });
});
