import type { CliCommandName, CliTexts } from '../locales/cli.js';
import { cli as en } from '../locales/en/cli.js';
import type { Locale } from '../locales/index.js';
import { cli as nl } from '../locales/nl/cli.js';

export type { CliTexts } from '../locales/cli.js';

/** The commands of `pio-rules`. */
export type CommandName = CliCommandName;

/** Every command, in the order the help lists them. */
export const commandNames: readonly CommandName[] = [
  'calls',
  'next-deadline',
  'cofinancing',
  'validate',
  'schema',
  'parameters',
  'serve',
  'test',
  'verify',
  'replay',
];

/**
 * The texts of the tool in a language (the tables live in `src/locales/<lang>/cli.ts`).
 *
 * @param locale - `'nl'` or `'en'`, as `negotiateLocale` gives it.
 * @returns The table.
 */
export function textsFor(locale: Locale): CliTexts {
  return locale === 'en' ? en : nl;
}
