import { formatDeadline, getCalls, type Call } from '../../calls/index.js';
import type { Locale } from '../../locales/index.js';
import { stringOption } from '../args.js';
import { clip, usageError, withFlag } from '../errors.js';
import { jsonText } from '../output.js';
import type { CommandContext, CommandDefinition } from './context.js';

/**
 * A call as the tool prints it in JSON: the call itself (instants as ISO strings in UTC) plus
 * its deadline in words, in the language of the output.
 *
 * @param call - The call.
 * @param locale - The language of `deadlineText`.
 * @returns Plain data for `JSON.stringify`.
 */
export function callJson(call: Call, locale: Locale): Call & { readonly deadlineText: string } {
  return { ...call, deadlineText: formatDeadline(call, { locale }) };
}

/**
 * A call as one line: id, deadline in words, title.
 *
 * @param call - The call.
 * @param locale - The language.
 * @param idWidth - The width the id is padded to, to align a list.
 * @returns The line, without a newline: `2024-1  donderdag 18 april 2024 om 24.00 uur  Oproep 1
 *   van 2024`.
 */
export function callLine(call: Call, locale: Locale, idWidth = 0): string {
  return `${call.id.padEnd(idWidth)}  ${formatDeadline(call, { locale })}  ${call.title[locale]}`;
}

function run({ values, locale, texts, io }: CommandContext): 0 {
  const text = stringOption(values, 'year');
  let year: number | undefined;
  if (text !== undefined) {
    if (!/^[1-9]\d{3}$/.test(text))
      throw usageError((m) => m.badValue('--year', clip(text), m.expectedYear));
    year = Number(text);
  }
  const calls = withFlag('--year', () =>
    getCalls(year === undefined ? { locale } : { year, locale }),
  );
  if (values['json'] === true) {
    io.stdout.write(jsonText(calls.map((call) => callJson(call, locale))));
    return 0;
  }
  if (calls.length === 0) {
    io.stdout.write(`${texts.noCalls(year)}\n`);
    return 0;
  }
  const width = Math.max(...calls.map((call) => call.id.length));
  io.stdout.write(calls.map((call) => `${callLine(call, locale, width)}\n`).join(''));
  return 0;
}

/** `pio-rules calls [--year Y] [--json]`: the calls with their deadlines. */
export const callsCommand: CommandDefinition = {
  options: { year: { type: 'string' }, json: { type: 'boolean' } },
  takesArguments: false,
  run,
};
