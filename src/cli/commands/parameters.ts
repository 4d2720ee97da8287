import { localeTables, type Locale } from '../../locales/index.js';
import { formatterOf, renderedOrThrown } from '../../locales/render.js';
import {
  defaultParameters,
  getDefinition,
  getParameter,
  listParameters,
  type ParameterValue,
  type ResolvedParameter,
} from '../../parameters/index.js';
import { ruleDateOf } from '../../parameters/read.js';
import { stringOption } from '../args.js';
import { inputError, withFlag } from '../errors.js';
import type { ExitCode } from '../io.js';
import type { CliTexts } from '../texts.js';
import { jsonText } from '../output.js';
import type { CommandContext, CommandDefinition } from './context.js';

const isText = (value: ParameterValue): value is string => typeof value === 'string';

/**
 * A parameter's value with its unit as a person reads it, in the language of the output: a
 * rate as a percentage (`50%`), an amount in euro (`€ 1.000.000,00`), a time of day
 * (`24.00 uur`), a count with what it counts (`2 oproepen per jaar`), a rounding mode and cost
 * categories by their labels; a name in both languages (unit `text`) in the output's language;
 * a time zone by its IANA name. A value of another unit (a rule, a
 * scoring scheme), or one that is not of its unit's kind, is written as JSON, without a unit.
 *
 * @param parameter - The parameter's id, unit and value.
 * @param locale - The language.
 * @param texts - The tool's texts.
 * @returns The value as text.
 */
export function valueText(
  parameter: { readonly id: string; readonly unit: string; readonly value: ParameterValue },
  locale: Locale,
  texts: CliTexts,
): string {
  const { id, unit, value } = parameter;
  const f = formatterOf(locale);
  if (unit === 'rate' && isText(value)) return f.percent(value);
  if (unit === 'EUR' && isText(value)) return f.amount(value);
  if (unit === 'time' && isText(value)) return texts.timeOfDay(f.time(value));
  if (unit === 'timeZone' && isText(value)) return value;
  if (unit === 'count' && typeof value === 'number') return texts.counted(id, f.number(value));
  if (unit === 'roundingMode' && isText(value)) return f.label('roundingMode', value);
  if (unit === 'text' && typeof value === 'object' && !Array.isArray(value)) {
    const named = (value as { readonly [key: string]: ParameterValue | undefined })[locale];
    if (typeof named === 'string') return named;
  }
  if (unit === 'categories' && Array.isArray(value) && value.every(isText))
    return f.list(
      value.map((category) => f.label('costCategory', category)),
      'and',
    );
  return JSON.stringify(value);
}

/**
 * One parameter as people read it: `id = value` (with its unit, as {@link valueText} writes it),
 * then its description, its validity, status (the library's label) and source, and its note,
 * indented.
 *
 * @param parameter - The version of a parameter.
 * @param locale - The language.
 * @param texts - The tool's texts.
 * @returns The lines, each ending in a newline; the first one
 *   `cofinancing.cap = € 1.000.000,00`.
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
    `${parameter.id} = ${valueText(parameter, locale, texts)}`,
    `  ${description}`,
    `  ${texts.validity(parameter.validFrom, parameter.validUntil)} · ${status} · ${texts.source}: ${source.title}${source.article === undefined ? '' : `, ${source.article}`} <${source.url}>`,
    ...(parameter.note === undefined ? [] : [`  ${parameter.note[locale]}`]),
  ]
    .map((line) => `${line}\n`)
    .join('');
}

function run({ values, locale, texts, io }: CommandContext): ExitCode {
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
  // A date before every rule (`--at 2016-01-01`): said, and an error, never a bare heading.
  if (date !== undefined && parameters.length === 0) {
    const earliest = listParameters({ locale })
      .map((definition) => definition.versions[0]?.validFrom ?? '')
      .filter((from) => from !== '')
      .sort()[0];
    throw inputError((m) => m.noParametersAt(date, earliest ?? ''));
  }
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
