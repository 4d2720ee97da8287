import { pickText, type Locale } from '../../i18n/index.js';
import {
  getDefinition,
  getParameter,
  listParameters,
  parameterDate,
  type ResolvedParameter,
} from '../../parameters/index.js';
import { stringOption } from '../args.js';
import { withFlag } from '../errors.js';
import type { CliMessages } from '../messages.js';
import { jsonText } from '../output.js';
import type { CommandContext, CommandDefinition } from './context.js';

function valueText(value: ResolvedParameter['value']): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * One parameter as people read it: `id = value unit`, then its description, its validity,
 * status and source, indented.
 *
 * @param parameter - The version of a parameter.
 * @param locale - The language.
 * @param messages - The tool's texts.
 * @returns The lines, each ending in a newline.
 * @example
 * ```ts
 * parameterText(getParameter('cofinancing.cap'), 'en', en).split('\n')[0];
 * //=> 'cofinancing.cap = 1000000.00 EUR'
 * ```
 */
export function parameterText(
  parameter: ResolvedParameter,
  locale: Locale,
  messages: CliMessages,
): string {
  const description = pickText(getDefinition(parameter.id).description, locale);
  const { source } = parameter;
  return [
    `${parameter.id} = ${valueText(parameter.value)} ${parameter.unit}`,
    `  ${description}`,
    `  ${messages.validity(parameter.validFrom, parameter.validUntil)} · ${messages.status[parameter.status]} · ${messages.source}: ${source.title} <${source.url}>`,
    ...(parameter.note === undefined ? [] : [`  ${pickText(parameter.note, locale)}`]),
  ]
    .map((line) => `${line}\n`)
    .join('');
}

function run({ values, locale, messages, io }: CommandContext): 0 {
  const at = stringOption(values, 'at');
  const date = at === undefined ? undefined : withFlag('--at', () => parameterDate(at));
  const parameters: ResolvedParameter[] =
    date === undefined
      ? listParameters().map((definition) => getParameter(definition.id))
      : listParameters({ at: date });
  if (values['json'] === true) {
    io.stdout.write(
      jsonText(parameters.map((p) => ({ ...p, description: getDefinition(p.id).description }))),
    );
    return 0;
  }
  io.stdout.write(
    [messages.parametersHeading(date), ...parameters.map((p) => parameterText(p, locale, messages))]
      .map((block) => (block.endsWith('\n') ? block : `${block}\n`))
      .join(''),
  );
  return 0;
}

/** `pio-rules parameters [--at DATE] [--json]`: the parameter versions in force, with sources. */
export const parametersCommand: CommandDefinition = {
  options: { at: { type: 'string' }, json: { type: 'boolean' } },
  takesArguments: false,
  run,
};
