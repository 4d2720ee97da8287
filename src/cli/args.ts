import { parseArgs } from 'node:util';
import type { Locale } from '../i18n/index.js';
import { usageError } from './errors.js';
import { commandNames, type CommandName } from './messages.js';

/** How an option is written: a flag (`--json`) or an option with a value (`--year 2024`). */
export interface OptionSpec {
  /** `boolean` for a flag, `string` for an option with a value. */
  readonly type: 'boolean' | 'string';
  /** `true` when the option may be repeated (`--line`); its values are collected in order. */
  readonly multiple?: boolean;
  /** A one-letter alias (`h` for `--help`). */
  readonly short?: string;
}

/** The options of a command, by long name. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The options every command takes. */
export const globalOptions: OptionSpecs = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
};

/** The values of the options given, by long name: `true` for a flag, a list for a repeated option. */
export type OptionValues = Readonly<Record<string, string | true | readonly string[] | undefined>>;

/** A command line, read. */
export interface CommandLine {
  /** The command, or `undefined` when none was given. */
  readonly command: CommandName | undefined;
  /** The options given (global ones included). */
  readonly values: OptionValues;
  /** The arguments after the command. */
  readonly positionals: readonly string[];
  /** `--help` was given (or the command `help`). */
  readonly help: boolean;
  /** `--version` was given. */
  readonly version: boolean;
  /** The language of the output. */
  readonly locale: Locale;
}

const LANGUAGES: Readonly<Record<string, Locale>> = { nl: 'nl-BE', 'nl-BE': 'nl-BE', en: 'en' };

/**
 * The language asked for with `--lang`, read leniently before anything else so that even a
 * usage error is reported in that language. An unknown or missing value gives Dutch.
 *
 * @param argv - The arguments after `node cli.js`.
 * @returns `'nl-BE'` or `'en'`.
 * @example
 * ```ts
 * preScanLocale(['calls', '--lang', 'en']);
 * //=> 'en'
 * ```
 */
export function preScanLocale(argv: readonly string[]): Locale {
  let found: Locale = 'nl-BE';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg?.startsWith('--lang=') ? arg.slice(7) : '';
    if (value !== undefined && Object.hasOwn(LANGUAGES, value)) found = LANGUAGES[value] ?? found;
  }
  return found;
}

function isCommand(name: string): name is CommandName {
  return (commandNames as readonly string[]).includes(name);
}

/** A value that is in fact the next option (`--year --json`), not a negative number or `-`. */
function looksLikeOption(value: string): boolean {
  return value.startsWith('-') && value !== '-' && !/^-\d/.test(value);
}

/**
 * Reads a command line: the command, then its options and arguments, checked against the
 * command's options. Options may stand before or after the command; `--` ends the options.
 *
 * @param argv - The arguments after `node cli.js`.
 * @param optionsOf - The options of each command (global options are added).
 * @returns The command line.
 * @throws {@link CliError} (exit code 2) for an unknown command or option, a missing or
 *   unexpected value, an option given twice, or a bad `--lang`.
 * @example
 * ```ts
 * parseCommandLine(['calls', '--year', '2024'], { calls: { year: { type: 'string' } } }).values.year;
 * //=> '2024'
 * ```
 */
export function parseCommandLine(
  argv: readonly string[],
  optionsOf: Readonly<Partial<Record<CommandName, OptionSpecs>>>,
): CommandLine {
  const known: Record<string, OptionSpec> = { ...globalOptions };
  for (const specs of Object.values(optionsOf)) Object.assign(known, specs);
  const { tokens } = parseArgs({
    args: [...argv],
    options: known,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });

  const positionals: string[] = [];
  for (const token of tokens) if (token.kind === 'positional') positionals.push(token.value);
  let first = positionals.shift();
  let help = false;
  if (first === 'help') {
    help = true;
    first = positionals.shift();
  }
  if (first !== undefined && !isCommand(first)) {
    const name = first;
    throw usageError((m) => m.unknownCommand(name));
  }
  const command = first;
  const allowed: OptionSpecs = {
    ...globalOptions,
    ...(command === undefined ? {} : optionsOf[command]),
  };

  const values: Record<string, string | true | string[]> = {};
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const { name, rawName } = token;
    const spec = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
    if (spec === undefined) throw usageError((m) => m.unknownOption(rawName, command), command);
    const value = token.value;
    if (spec.type === 'boolean') {
      if (value !== undefined) throw usageError((m) => m.unexpectedValue(rawName), command);
      values[name] = true;
      continue;
    }
    if (value === undefined || (token.inlineValue !== true && looksLikeOption(value)))
      throw usageError((m) => m.missingValue(rawName), command);
    const previous = values[name];
    if (spec.multiple === true) {
      values[name] = [...(Array.isArray(previous) ? previous : []), value];
    } else {
      if (previous !== undefined) throw usageError((m) => m.repeatedOption(rawName), command);
      values[name] = value;
    }
  }

  const lang = values['lang'];
  if (typeof lang === 'string' && !Object.hasOwn(LANGUAGES, lang))
    throw usageError((m) => m.badValue('--lang', lang, 'nl, en'), command);
  return {
    command,
    values,
    positionals,
    help: help || values['help'] === true,
    version: values['version'] === true,
    locale: typeof lang === 'string' ? (LANGUAGES[lang] ?? 'nl-BE') : 'nl-BE',
  };
}

/**
 * The value of an option with a value, when given once.
 *
 * @param values - The options given.
 * @param name - The long name.
 * @returns The value, or `undefined`.
 * @example
 * ```ts
 * stringOption({ year: '2024' }, 'year');
 * //=> '2024'
 * ```
 */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The values of a repeatable option, in order.
 *
 * @param values - The options given.
 * @param name - The long name.
 * @returns The values (empty when not given).
 * @example
 * ```ts
 * listOption({ line: ['rd-services=1', 'other=2'] }, 'line').length;
 * //=> 2
 * ```
 */
export function listOption(values: OptionValues, name: string): readonly string[] {
  const value = values[name];
  return Array.isArray(value) ? (value as readonly string[]) : [];
}

/**
 * Checks that the value of an option is one of a few words.
 *
 * @param values - The options given.
 * @param name - The long name.
 * @param choices - The words allowed.
 * @returns The word, or `undefined` when the option was not given.
 * @throws {@link CliError} (exit code 2) for another value.
 * @example
 * ```ts
 * choiceOption({ kind: 'regular' }, 'kind', ['regular', 'thematic'] as const);
 * //=> 'regular'
 * ```
 */
export function choiceOption<T extends string>(
  values: OptionValues,
  name: string,
  choices: readonly T[],
): T | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value))
    throw usageError((m) => m.badValue(`--${name}`, value, choices.join(', ')));
  return value as T;
}
