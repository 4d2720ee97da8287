import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectOneErrorLine } from './helpers/assertions.js';
import { ensureCliBuilt, linesOf, root, runBin } from './helpers/bin.js';

// These tests run the built tool, dist/cli.js, as a child process.
beforeAll(() => {
  ensureCliBuilt();
}, 180_000);

describe('pio-rules (the built binary): help, version, usage errors', () => {
  it('prints the help of the tool and of each command, exit 0', () => {
    const tool = runBin(['--help']);
    expect(tool.code).toBe(0);
    expect(tool.stdout).toContain('Gebruik: pio-rules <opdracht>');
    for (const command of [
      'calls',
      'next-deadline',
      'cofinancing',
      'validate',
      'schema',
      'parameters',
      'serve',
      'test',
    ]) {
      const help = runBin([command, '--help', '--lang', 'en']);
      expect(help.code, command).toBe(0);
      expect(help.stdout).toContain(`Usage: pio-rules ${command}`);
      expect(help.stderr).toBe('');
    }
    expect(runBin(['help', 'validate']).stdout).toContain('Gebruik: pio-rules validate');
    expect(runBin(['-h']).stdout).toContain('Opdrachten:');
  });

  it('prints the version of package.json, exit 0', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const run = runBin([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${String(version)}\n`);
    }
  });

  it.each([
    [[], 'geen opdracht gegeven'],
    [['frobnicate'], 'onbekende opdracht "frobnicate"'],
    [['calls', '--bogus'], 'onbekende optie --bogus voor calls'],
    [['calls', '--cost', '5'], 'onbekende optie --cost voor calls'],
    [['calls', '--year'], '--year verwacht een waarde'],
    [['calls', '--year', '--json'], '--year verwacht een waarde'],
    [['calls', '--year', 'twintig'], 'ongeldige waarde "twintig" voor --year'],
    [['calls', '--json=yes'], '--json neemt geen waarde'],
    [['calls', '--year', '2024', '--year', '2025'], '--year mag maar één keer'],
    [['calls', 'extra'], 'onverwacht argument "extra"'],
    [['calls', '--lang', 'fr'], '--lang: Taal "fr" wordt niet ondersteund', '[unsupported_locale]'],
    [['calls', '--lang=en_GB'], '--lang: Taal "en_GB" wordt niet ondersteund'],
    [['next-deadline', '--kind', 'special'], 'ongeldige waarde "special" voor --kind'],
    [['cofinancing'], 'geef --cost of minstens één --line'],
    [['cofinancing', '--cost', '1', '--line', 'other=1'], 'niet allebei'],
    [['cofinancing', '--line', 'rd-services'], 'ongeldige --line "rd-services"'],
    [['cofinancing', '--line', 'hardware=5'], 'onbekende kostencategorie "hardware"'],
    [['cofinancing', '--cost', '1', '--vat', 'maybe'], 'ongeldige waarde "maybe" voor --vat'],
    [['validate'], 'geef minstens één bestand'],
    [['validate', '-', '-'], 'maar één keer'],
    [['schema', '--json'], 'onbekende optie --json voor schema'],
  ] as [string[], ...string[]][])(
    'refuses %j with one clear line, exit 2',
    (args, ...fragments) => {
      const run = runBin(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expectOneErrorLine(run.stderr, ...fragments, '--help');
    },
  );

  it('reports usage errors in English with --lang en, pointing to the command help', () => {
    const run = runBin(['calls', '--bogus', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(expectOneErrorLine(run.stderr)).toBe(
      'pio-rules: unknown option --bogus for calls; see "pio-rules calls --help"',
    );
  });

  it('speaks English for any English tag (en-GB, en-US) and Dutch for nl-BE, nl-NL', () => {
    for (const tag of ['en-GB', 'en-US'])
      expect(runBin(['calls', '--year', '2016', '--lang', tag]).stdout).toBe('no calls in 2016\n');
    for (const tag of ['nl-BE', 'nl-NL'])
      expect(runBin(['calls', '--year', '2016', `--lang=${tag}`]).stdout).toBe(
        'geen oproepen in 2016\n',
      );
  });
});

describe('pio-rules calls', () => {
  it('lists the calls of a year, in Dutch by default', () => {
    const run = runBin(['calls', '--year', '2024']);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      '2024-1  donderdag 18 april 2024 om 24.00 uur (aangekondigd)  Oproep 1 van 2024',
      '2024-2  donderdag 10 oktober 2024 om 24.00 uur (aangekondigd)  Oproep 2 van 2024',
    ]);
  });

  it('lists every call, projected ones marked, in English', () => {
    const run = runBin(['calls', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2020-circular-economy');
    expect(run.stdout).toMatch(/^2027-1 .*\(expected\)/m);
  });

  it('prints JSON with ISO instants and the deadline in words', () => {
    const run = runBin(['calls', '--year', '2024', '--json', '--lang', 'en']);
    expect(run.code).toBe(0);
    const calls = JSON.parse(run.stdout);
    expect(calls.map((c: { id: string }) => c.id)).toEqual(['2024-1', '2024-2']);
    expect(calls[0].deadline).toBe('2024-04-18T22:00:00.000Z');
    expect(calls[0].deadlineText).toBe('Thursday 18 April 2024 at 24:00 (announced)');
    expect(calls[0].status).toBe('announced');
    expect(calls[0].title).toEqual({ nl: 'Oproep 1 van 2024', en: 'Call 1 of 2024' });
  });

  it('says so when a year has no calls', () => {
    const run = runBin(['calls', '--year', '2016', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('no calls in 2016\n');
    expect(JSON.parse(runBin(['calls', '--year', '2016', '--json']).stdout)).toEqual([]);
  });
});

describe('pio-rules next-deadline', () => {
  it('gives the next call after --now', () => {
    const run = runBin(['next-deadline', '--now', '2024-05-01T12:00:00+02:00']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '2024-2  donderdag 10 oktober 2024 om 24.00 uur (aangekondigd)  Oproep 2 van 2024\n',
    );
  });

  it('reads the clock without --now, and prints JSON', () => {
    const run = runBin(['next-deadline', '--json']);
    expect(run.code).toBe(0);
    const call = JSON.parse(run.stdout);
    expect(new Date(call.deadline).getTime()).toBeGreaterThan(Date.now());
  });

  it('prints null when no call of the kind follows', () => {
    const json = runBin([
      'next-deadline',
      '--now',
      '2024-05-01T12:00:00Z',
      '--kind',
      'thematic',
      '--json',
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toBeNull();
    const text = runBin([
      'next-deadline',
      '--now',
      '2024-05-01T12:00:00Z',
      '--kind',
      'thematic',
      '--lang',
      'en',
    ]);
    expect(text.stdout).toBe('no next deadline known\n');
  });

  it('refuses an instant without offset with its code and message, exit 2', () => {
    const run = runBin(['next-deadline', '--now', '2024-05-01T12:00', '--lang', 'en']);
    expect(run.code).toBe(2);
    expectOneErrorLine(run.stderr, '--now: ', 'is ambiguous', '[ambiguous_time]');
  });
});

describe('pio-rules cofinancing', () => {
  it('computes the capped maximum of an estimated cost, with its explanation', () => {
    const run = runBin(['cofinancing', '--cost', '2400000']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '50% van € 2.400.000,00 = € 1.200.000,00, begrensd tot € 1.000.000,00 (richtbedrag)',
    );
    expect(run.stdout).toContain(
      '\nMaximale cofinanciering: € 1.000.000,00\nGebruikte parameters:\n',
    );
  });

  it('leaves off-the-shelf lines out, in English, amounts typed the English way', () => {
    const run = runBin([
      'cofinancing',
      '--line',
      'rd-services=1,200,000',
      '--line',
      'off-the-shelf=300000.50',
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('is not eligible');
    expect(run.stdout).toContain('\nMaximum cofinancing: €600,000.00\nParameters used:\n');
  });

  it('reads Dutch typed amounts, VAT, requested and --at; prints JSON', () => {
    const run = runBin([
      'cofinancing',
      '--line',
      'rd-services=€ 1.000.000',
      '--line',
      'validation=200000',
      '--vat',
      'non-recoverable',
      '--requested',
      '700.000,00',
      '--at',
      '2024-10-10',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.eligibleBase).toBe('1452000.00');
    expect(result.vatAmount).toBe('252000.00');
    expect(result.maximum).toBe('726000.00');
    expect(result.granted).toBe('700000.00');
    expect(result.eligible.map((line: { amount: string }) => line.amount)).toEqual([
      '1000000.00',
      '200000.00',
    ]);
    expect(result.ruleDate).toBe('2024-10-10');
    expect(result.warnings).toEqual([]);
    expect(result.text.at(-1)).toMatch(/^Gevraagd/);
  });

  it('localizes the warnings of the JSON output', () => {
    const run = runBin([
      'cofinancing',
      '--cost',
      '100',
      '--requested',
      '80',
      '--json',
      '--lang',
      'en',
    ]);
    const result = JSON.parse(run.stdout);
    expect(result.warnings[0].code).toBe('requested_above_maximum');
    expect(result.warnings[0].message).toMatch(/^The requested amount/);
  });

  it.each([
    [['--cost', 'veel'], '--cost: ', '[invalid_amount]'],
    [['--cost', '0.005'], '--cost: ', '[invalid_amount]'],
    [['--cost', '00.005', '--lang', 'en'], '--cost: ', '[invalid_amount]'],
    [['--cost', '1.500', '--lang', 'en'], '--cost: Ambiguous amount: "1.500"', '[invalid_amount]'],
    [['--line', 'rd-services=1,500'], '--line rd-services=1,500: Dubbelzinnig', '[invalid_amount]'],
    [['--cost', '-5'], '--cost: ', '[negative_amount]'],
    [['--line', 'rd-services=1', '--line', 'other=-5'], '--line other=-5: ', '[negative_amount]'],
    [['--cost', '5', '--requested', 'x'], '--requested: ', '[invalid_amount]'],
    [['--cost', '5', '--at', '2024-13-01'], '--at: ', '[invalid_date]'],
    [['--cost', '5', '--at', '2010-01-01'], '--at: ', '[no_parameter_value]'],
  ])('refuses %j with the flag, code and message, exit 2', (args, flag, code) => {
    const run = runBin(['cofinancing', ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectOneErrorLine(run.stderr, flag, code);
  });
});

describe('pio-rules schema and parameters', () => {
  it('prints the JSON Schema the package ships', () => {
    const run = runBin(['schema']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(root, 'schemas/application.schema.json'), 'utf8'));
    expect(JSON.parse(run.stdout).title).toContain('PIO');
  });

  it('prints the parameters in force on a date, with their sources', () => {
    const run = runBin(['parameters', '--at', '2024-10-10']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Parameters die gelden op 2024-10-10:/);
    expect(run.stdout).toContain('\ncofinancing.cap = € 1.000.000,00\n');
    expect(run.stdout).toContain('\ncalls.perYear = 2 oproepen per jaar\n');
    expect(run.stdout).toContain('\ncalls.deadlineTimeOfDay = 24.00 uur\n');
    expect(run.stdout).toContain('\ncofinancing.maxRate = 50%\n');
    expect(run.stdout).toMatch(/bron: .+ <https?:\/\//);
  });

  it('prints the latest version of every parameter as JSON, in English', () => {
    const run = runBin(['parameters', '--json', '--lang', 'en']);
    expect(run.code).toBe(0);
    const parameters = JSON.parse(run.stdout);
    const rate = parameters.find((p: { id: string }) => p.id === 'cofinancing.maxRate');
    expect(rate.value).toBe('0.5');
    expect(rate.description.en).toBeTypeOf('string');
  });

  it('refuses a bad --at, exit 2', () => {
    const run = runBin(['parameters', '--at', 'yesterday', '--lang', 'en']);
    expect(run.code).toBe(2);
    expectOneErrorLine(run.stderr, '--at: ', '[invalid_time]');
  });
});
