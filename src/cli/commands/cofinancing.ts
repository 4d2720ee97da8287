import {
  explainCofinancing,
  safeComputeCofinancing,
  type CofinancingInput,
  type CofinancingResult,
  type CostLine,
} from '../../cofinancing/index.js';
import { formatPath, type IssuePath } from '../../issues/index.js';
import type { Money } from '../../money/index.js';
import { costCategories, type CostCategory } from '../../vocabulary/index.js';
import { parseAmountArgument } from '../amounts.js';
import { choiceOption, listOption, stringOption } from '../args.js';
import { clip, FlagIssuesError, flagValue, usageError } from '../errors.js';
import { localeTables, type Locale } from '../../locales/index.js';
import { getDefinition } from '../../parameters/index.js';
import { jsonText } from '../output.js';
import type { CliTexts } from '../texts.js';
import { valueText } from './parameters.js';
import type { CommandContext, CommandDefinition } from './context.js';
import { recordDecision } from '../../records/index.js';
import { decidedAtOption, RecordFile, recordOptions } from '../recordFile.js';

function isCategory(text: string): text is CostCategory {
  return (costCategories as readonly string[]).includes(text);
}

/**
 * Reads a `--line CATEGORY=AMOUNT` (the amount as {@link parseAmountArgument} reads it).
 *
 * @param text - The value of `--line`.
 * @param locale - The language amounts are typed in.
 * @returns The cost line.
 * @throws {@link CliError} (exit code 2) without `=` or with an unknown category;
 *   {@link FlagIssuesError} for a bad amount.
 */
export function parseCostLine(text: string, locale: Locale): CostLine & { readonly amount: Money } {
  const split = text.indexOf('=');
  if (split <= 0) throw usageError((m) => m.badLine(clip(text)));
  const category = text.slice(0, split).trim();
  if (!isCategory(category)) throw usageError((m) => m.badCategory(clip(category), costCategories));
  const amount = flagValue(
    `--line ${clip(text)}`,
    parseAmountArgument(text.slice(split + 1), locale),
  );
  return { category, amount };
}

/**
 * The flag a cofinancing issue is about: `--cost`, `--line VALUE`, `--requested`, `--vat`,
 * `--at`; otherwise its path (written by the library's `formatPath`).
 *
 * @param path - The issue's path in the input built from the flags (or in the options).
 * @param lines - The `--line` values, in order.
 * @returns The flag (with the value of a `--line`), or the path.
 */
export function flagOfPath(path: IssuePath, lines: readonly string[]): string {
  const [head, index] = path;
  if (head === 'costs' && typeof index === 'number')
    return `--line ${clip(lines[index] ?? '')}`.trim();
  if (head === 'costs') return '--line';
  if (head === 'estimatedCost') return '--cost';
  if (head === 'requested' || head === 'vat' || head === 'at') return `--${head}`;
  return formatPath(path);
}

async function run({ values, locale, texts, io }: CommandContext): Promise<0> {
  const cost = stringOption(values, 'cost');
  const lines = listOption(values, 'line');
  if (cost !== undefined && lines.length > 0) throw usageError((m) => m.costAndLine());
  if (cost === undefined && lines.length === 0) throw usageError((m) => m.missingCost());
  const vat = choiceOption(values, 'vat', ['excluded', 'non-recoverable'] as const);
  const requestedText = stringOption(values, 'requested');
  const at = stringOption(values, 'at');

  const costs = lines.map((line) => parseCostLine(line, locale));
  const estimatedCost =
    cost === undefined ? undefined : flagValue('--cost', parseAmountArgument(cost, locale));
  const requested =
    requestedText === undefined
      ? undefined
      : flagValue('--requested', parseAmountArgument(requestedText, locale));

  const input: CofinancingInput = {
    ...(estimatedCost === undefined ? { costs } : { estimatedCost }),
    ...(vat === undefined ? {} : { vat }),
    ...(requested === undefined ? {} : { requested }),
  };
  const options = at === undefined ? { locale } : { at, locale };
  const recordPath = stringOption(values, 'record');
  let result = safeComputeCofinancing(input, options);
  if (recordPath !== undefined && result.success) {
    // The record is written only for a computation that succeeded (a refused one is a usage
    // error of the flags); its result is the same as the one shown.
    const decidedAt = decidedAtOption(values, io, locale);
    const file = await RecordFile.open(recordPath);
    try {
      const made = await recordDecision('cofinancing', input, { ...options, decidedAt });
      result = made.result;
      await file.write(made.record);
    } finally {
      await file.close();
    }
  }
  if (!result.success) {
    throw new FlagIssuesError(
      result.issues.map((issue) => ({ where: flagOfPath(issue.path, lines), issue })),
    );
  }
  const { data, warnings } = result;
  const explanation = explainCofinancing(asTyped(data, cost, lines), { locale });
  if (values['json'] === true) {
    io.stdout.write(jsonText({ ...data, warnings, text: explanation }));
    return 0;
  }
  // The warnings (requested above the maximum) are steps of the explanation already.
  io.stdout.write(
    [...explanation, ...usedParametersText(data, locale, texts)].map((l) => `${l}\n`).join(''),
  );
  return 0;
}

/**
 * The result with its cost-line steps naming each line as it was typed (`--cost 2400000`,
 * `--line rd-services=1200000`) instead of by its place in the input the tool built
 * (`estimatedCost`, `costs[0]`): the explanation of a run speaks of what the user gave. Only the
 * explanation is changed; the data (`eligible[].path`) stays as the library made it.
 *
 * @param result - The library's result.
 * @param cost - The value of `--cost`, if given.
 * @param lines - The values of `--line`, in order.
 * @returns A copy whose cost-line steps name the flags.
 */
export function asTyped(
  result: CofinancingResult,
  cost: string | undefined,
  lines: readonly string[],
): CofinancingResult {
  const typed = new Map<string, string>(
    lines.map((line, i) => [formatPath(['costs', i]), `--line ${clip(line)}`]),
  );
  if (cost !== undefined) typed.set(formatPath(['estimatedCost']), `--cost ${clip(cost)}`);
  const explanation = result.explanation.map((step) => {
    if (step.code !== 'cost_line_eligible' && step.code !== 'cost_line_excluded') return step;
    const flag = typed.get(step.params.line);
    return flag === undefined ? step : { ...step, params: { ...step.params, line: flag } };
  }) as CofinancingResult['explanation'];
  return { ...result, explanation };
}

/**
 * The parameter versions a computation used, for the text output: a heading, then one line per
 * version with its value (as `parameters` writes it), validity, status and source.
 *
 * @param result - The library's result.
 * @param locale - The language.
 * @param texts - The tool's texts.
 * @returns The lines, without newlines (none when no parameter was used).
 */
export function usedParametersText(
  result: CofinancingResult,
  locale: Locale,
  texts: CliTexts,
): string[] {
  if (result.parameters.length === 0) return [];
  const labels = localeTables[locale].labels.enums.parameterStatus;
  return [
    texts.parametersUsed,
    ...result.parameters.map((used) => {
      const definition = getDefinition(used.id, { locale });
      const version = definition.versions.find((v) => v.validFrom === used.validFrom);
      const value = valueText({ ...used, unit: definition.unit }, locale, texts);
      const validity = texts.validity(used.validFrom, version?.validUntil ?? null);
      return `  ${used.id} = ${value} · ${validity} · ${labels[used.status]} · ${texts.source}: ${used.source.title} <${used.source.url}>`;
    }),
  ];
}

/**
 * `pio-rules cofinancing --cost X | --line CATEGORY=X ... [--vat non-recoverable]
 * [--requested X] [--at DATE] [--json]`: the maximum cofinancing with its explanation.
 */
export const cofinancingCommand: CommandDefinition = {
  options: {
    cost: { type: 'string' },
    line: { type: 'string', multiple: true },
    vat: { type: 'string' },
    requested: { type: 'string' },
    at: { type: 'string' },
    json: { type: 'boolean' },
    ...recordOptions,
  },
  takesArguments: false,
  run,
};
