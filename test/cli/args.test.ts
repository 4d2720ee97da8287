import { describe, expect, it } from 'vitest';
import {
  choiceOption,
  listOption,
  parseCommandLine,
  preScanLocale,
  stringOption,
} from '../../src/cli/args.js';
import { commandOptions } from '../../src/cli/commands/registry.js';
import { CliError, FlagIssuesError } from '../../src/cli/errors.js';
import { cli as en } from '../../src/locales/en/cli.js';

const parse = (...argv: string[]) => parseCommandLine(argv, commandOptions);

function usageText(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    const cliError = error as CliError;
    expect(cliError.exitCode).toBe(2);
    return cliError.text(en);
  }
  throw new Error('expected a usage error');
}

describe('preScanLocale', () => {
  it('finds --lang anywhere before --, in both spellings, defaulting to Dutch', () => {
    expect(preScanLocale(['calls', '--lang', 'en'])).toBe('en');
    expect(preScanLocale(['--lang=en', 'calls'])).toBe('en');
    expect(preScanLocale(['--lang=nl-BE'])).toBe('nl');
    expect(preScanLocale(['--lang', 'fr'])).toBe('nl');
    expect(preScanLocale(['--lang'])).toBe('nl');
    expect(preScanLocale(['--', '--lang', 'en'])).toBe('nl');
  });

  it('reads tags by the library rule: nl-NL and nl-BE are Dutch, en-GB and en-US English', () => {
    expect(preScanLocale(['--lang', 'en-GB'])).toBe('en');
    expect(preScanLocale(['--lang=en-US'])).toBe('en');
    expect(preScanLocale(['--lang', 'en', '--lang', 'nl-NL'])).toBe('nl');
    expect(preScanLocale(['--lang', 'en', '--lang', 'fr'])).toBe('en');
  });
});

describe('parseCommandLine', () => {
  it('reads the command, options before or after it, and repeated options in order', () => {
    const line = parse('--lang', 'en', 'cofinancing', '--line', 'a=1', '--line=b=2', '--json');
    expect(line.command).toBe('cofinancing');
    expect(line.locale).toBe('en');
    expect(line.values).toMatchObject({ line: ['a=1', 'b=2'], json: true });
    expect(line.help).toBe(false);
  });

  it('keeps files, - and everything after -- as arguments', () => {
    const line = parse('validate', 'a.json', '-', '--', '--odd-name.json');
    expect(line.positionals).toEqual(['a.json', '-', '--odd-name.json']);
  });

  it('takes a negative number as a value, not as an option', () => {
    expect(parse('cofinancing', '--cost', '-5').values['cost']).toBe('-5');
  });

  it('reads help, -h, the help command and -V', () => {
    expect(parse('help').help).toBe(true);
    expect(parse('help', 'calls')).toMatchObject({ help: true, command: 'calls' });
    expect(parse('calls', '-h').help).toBe(true);
    expect(parse('-V').version).toBe(true);
    expect(parse('--lang', 'nl').locale).toBe('nl');
  });

  it.each([
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['nl-NL', 'nl'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
  ])('reads --lang %s as %s, by negotiateLocale', (tag, locale) => {
    expect(parse('calls', '--lang', tag).locale).toBe(locale);
  });

  it('defaults to Dutch without --lang', () => {
    expect(parse('calls').locale).toBe('nl');
  });

  it.each(['fr', 'de', 'nl_BE', ''])(
    'refuses --lang %j as the library does: unsupported_locale at --lang, a usage error',
    (tag) => {
      let thrown: unknown;
      try {
        parse('calls', `--lang=${tag}`);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(FlagIssuesError);
      const error = thrown as FlagIssuesError;
      expect(error.issues.map(({ where, issue }) => [where, issue.code])).toEqual([
        ['--lang', 'unsupported_locale'],
      ]);
      expect(error.hint).toEqual({ command: 'calls' });
      // Rendered by the library, in Dutch: the tag names no language the tool speaks.
      expect(error.issues[0]?.issue.message).toMatch(/^Taal .* wordt niet ondersteund/);
    },
  );

  it.each([
    [['nope'], 'unknown command "nope"'],
    [['help', 'nope'], 'unknown command "nope"'],
    [['--bogus'], 'unknown option --bogus'],
    [['calls', '-x'], 'unknown option -x for calls'],
    [['calls', '--line', 'a=1'], 'unknown option --line for calls'],
    [['calls', '--year'], '--year needs a value'],
    [['calls', '--year', '--json'], '--year needs a value'],
    [['calls', '--json=1'], '--json takes no value'],
    [['calls', '--year', '1', '--year=2'], '--year may be given only once'],
  ])('refuses %j: %s', (argv, text) => {
    expect(usageText(() => parse(...argv))).toBe(text);
  });

  it('points the hint of an option error to the command', () => {
    try {
      parse('validate', '--nope');
    } catch (error) {
      expect((error as CliError).command).toBe('validate');
    }
  });
});

describe('option readers', () => {
  it('read strings, lists and choices', () => {
    expect(stringOption({ a: 'x' }, 'a')).toBe('x');
    expect(stringOption({ a: true }, 'a')).toBeUndefined();
    expect(listOption({ a: ['x', 'y'] }, 'a')).toEqual(['x', 'y']);
    expect(listOption({}, 'a')).toEqual([]);
    expect(choiceOption({ k: 'b' }, 'k', ['a', 'b'])).toBe('b');
    expect(choiceOption({}, 'k', ['a', 'b'])).toBeUndefined();
    expect(usageText(() => choiceOption({ k: 'c' }, 'k', ['a', 'b']))).toBe(
      'invalid value "c" for --k (expected: a, b)',
    );
  });
});
