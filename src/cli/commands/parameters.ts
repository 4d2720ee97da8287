import { localeTables, type Locale } from '../../locales/index.js';
import { renderedOrThrown } from '../../locales/render.js';
import {
  defaultParameters,
  getDefinition,
  getParameter,
  listParameters,
  type ResolvedParameter,
} from '../../parameters/index.js';
import { ruleDateOf } from '../../parameters/read.js';
import { stringOption } from '../args.js';
import { withFlag } from '../errors.js';
import type { CliTexts } from '../texts.js';
import { jsonText } from '../output.js';
import type { CommandContext, CommandDefinition } from './context.js';

function valueText(value: ResolvedParameter['value']): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * One parameter as people read it: `id = value unit`, then its description, its validity,
 * status (the library's label) and source, and its note, indented.
 *
 * @param parameter - The version of a parameter.
 * @param locale - The language.
 * @param texts - The tool's texts.
 * @returns The lines, each ending in a newline; the first one `cofinancing.cap = 1000000.00 EUR`.
 */
export function parameterText(
  parameter: ResolvedParameter,
  locale: Locale,
  texts: CliTexts,
): string {
  const description = getDefinition(parameter.id, { locale }).description[locale];
  const status = localeTables[locale].labels.enums.parameterStatus[parameter.status];
  const { source } = parameter;
  return [
    `${parameter.id} = ${valueText(parameter.value)} ${parameter.unit}`,
    `  ${description}`,
    `  ${texts.validity(parameter.validFrom, parameter.validUntil)} · ${status} · ${texts.source}: ${source.title} <${source.url}>`,
    ...(parameter.note === undefined ? [] : [`  ${parameter.note[locale]}`]),
  ]
    .map((line) => `${line}\n`)
    .join('');
}

function run({ values, locale, texts, io }: CommandContext): 0 {
  const at = stringOption(values, 'at');
  const parameters: ResolvedParameter[] = withFlag('--at', () =>
    at === undefined
      ? listParameters({ locale }).map((definition) => getParameter(definition.id, { locale }))
      : listParameters({ at, locale }),
  );
  // The heading names the programme's calendar date that `--at` is about.
  const date =
    at === undefined
      ? undefined
      : withFlag('--at', () => renderedOrThrown(locale, () => ruleDateOf(at, defaultParameters)));
  if (values['json'] === true) {
    io.stdout.write(
      jsonText(
        parameters.map((p) => ({ ...p, description: getDefinition(p.id, { locale }).description })),
      ),
    );
    return 0;
  }
  io.stdout.write(
    [texts.parametersHeading(date), ...parameters.map((p) => parameterText(p, locale, texts))]
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
