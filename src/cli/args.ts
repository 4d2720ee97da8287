import { parseArgs } from 'node:util';
import { defaultLocale, negotiateLocale, type Locale } from '../locales/index.js';
import { renderedOrThrown } from '../locales/render.js';
import { clip, usageError, withFlag } from './errors.js';
import { commandNames, type CommandName } from './texts.js';

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

/**
 * The language asked for with `--lang`, read leniently before anything else so that even a
 * usage error is reported in that language: the last `--lang` before `--` that the library's
 * one locale rule (`negotiateLocale`) accepts; otherwise Dutch. The environment (`LANG`,
 * `LC_ALL`) is not read.
 *
 * @param argv - The arguments after `node cli.js`.
 * @returns `'nl'` or `'en'`.
 */
export function preScanLocale(argv: readonly string[]): Locale {
  let found: Locale = defaultLocale;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg?.startsWith('--lang=') ? arg.slice(7) : '';
    found = negotiateLocale(value) ?? found;
  }
  return found;
}

/**
 * The language of `--lang`, by the library's one locale rule: a BCP 47 tag of Dutch (`nl`,
 * `nl-BE`, `nl-NL`) or English (`en`, `en-GB`, `en-US`). Any other tag is refused as the
 * library refuses it everywhere (`unsupported_locale`), with a pointer to the help.
 *
 * @param tag - The value of `--lang`.
 * @param command - The command, for the pointer to its help.
 * @returns `'nl'` or `'en'`.
 * @throws {@link FlagIssuesError} `unsupported_locale`, attributed to `--lang`.
 */
function localeOption(tag: string, command: CommandName | undefined): Locale {
  return withFlag('--lang', () => renderedOrThrown(tag, (locale) => locale), { command });
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
 *   unexpected value or an option given twice; {@link FlagIssuesError} `unsupported_locale`
 *   for a `--lang` the library does not speak.
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
    throw usageError((m) => m.unknownCommand(clip(name)));
  }
  const command = first;
  const allowed: OptionSpecs = {
    ...globalOptions,
    ...(command === undefined ? {} : optionsOf[command]),
  };

  const values: Record<string, string | true | string[]> = {};
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const { name } = token;
    const rawName = clip(token.rawName);
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
  return {
    command,
    values,
    positionals,
    help: help || values['help'] === true,
    version: values['version'] === true,
    locale: typeof lang === 'string' ? localeOption(lang, command) : defaultLocale,
  };
}

/**
 * The value of an option with a value, when given once.
 *
 * @param values - The options given.
 * @param name - The long name.
 * @returns The value, or `undefined`.
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
 */
export function choiceOption<T extends string>(
  values: OptionValues,
  name: string,
  choices: readonly T[],
): T | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value))
    throw usageError((m) => m.badValue(`--${name}`, clip(value), choices.join(', ')));
  return value as T;
}
