import {
  costCategories,
  explainCofinancing,
  safeComputeCofinancing,
  type CofinancingInput,
  type CostCategory,
  type CostLine,
} from '../../cofinancing/index.js';
import { localizeIssue, type IssuePath } from '../../issues/index.js';
import type { Money } from '../../money/index.js';
import { parameterDate } from '../../parameters/index.js';
import { parseAmountArgument } from '../amounts.js';
import { choiceOption, listOption, stringOption } from '../args.js';
import { FlagIssuesError, usageError, withFlag } from '../errors.js';
import { formatPath, jsonText } from '../output.js';
import type { CommandContext, CommandDefinition } from './context.js';

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
 * @example
 * ```ts
 * parseCostLine('rd-services=1200000', 'nl-BE').amount.amount;
 * //=> '1200000.00'
 * ```
 */
export function parseCostLine(
  text: string,
  locale: CommandContext['locale'],
): CostLine & { readonly amount: Money } {
  const split = text.indexOf('=');
  if (split <= 0) throw usageError((m) => m.badLine(text));
  const category = text.slice(0, split).trim();
  if (!isCategory(category)) throw usageError((m) => m.badCategory(category, costCategories));
  const amount = withFlag(`--line ${text}`, () =>
    parseAmountArgument(text.slice(split + 1), locale),
  );
  return { category, amount };
}

/**
 * The flag a cofinancing issue is about: `--cost`, `--line VALUE`, `--requested`, `--vat`,
 * `--at`; otherwise its path.
 *
 * @param path - The issue's path in the input built from the flags.
 * @param lines - The `--line` values, in order.
 * @returns The flag (with the value of a `--line`), or the path.
 * @example
 * ```ts
 * flagOfPath(['costs', 1, 'amount'], ['rd-services=1', 'other=-5']);
 * //=> '--line other=-5'
 * ```
 */
export function flagOfPath(path: IssuePath, lines: readonly string[]): string {
  const [head, index] = path;
  if (head === 'costs' && typeof index === 'number') return `--line ${lines[index] ?? ''}`.trim();
  if (head === 'costs') return '--line';
  if (head === 'estimatedCost') return '--cost';
  if (head === 'requested' || head === 'vat' || head === 'at') return `--${head}`;
  return formatPath(path);
}

function run({ values, locale, io }: CommandContext): 0 {
  const cost = stringOption(values, 'cost');
  const lines = listOption(values, 'line');
  if (cost !== undefined && lines.length > 0) throw usageError((m) => m.costAndLine());
  if (cost === undefined && lines.length === 0) throw usageError((m) => m.missingCost());
  const vat = choiceOption(values, 'vat', ['excluded', 'non-recoverable'] as const);
  const requestedText = stringOption(values, 'requested');
  const at = stringOption(values, 'at');

  const costs = lines.map((line) => parseCostLine(line, locale));
  const estimatedCost =
    cost === undefined ? undefined : withFlag('--cost', () => parseAmountArgument(cost, locale));
  const requested =
    requestedText === undefined
      ? undefined
      : withFlag('--requested', () => parseAmountArgument(requestedText, locale));
  if (at !== undefined) withFlag('--at', () => parameterDate(at));

  const input: CofinancingInput = {
    ...(estimatedCost === undefined ? { costs } : { estimatedCost }),
    ...(vat === undefined ? {} : { vat }),
    ...(requested === undefined ? {} : { requested }),
    ...(at === undefined ? {} : { at }),
  };
  const outcome = safeComputeCofinancing(input);
  if (!outcome.success) {
    throw new FlagIssuesError(
      outcome.issues.map((issue) => ({ where: flagOfPath(issue.path, lines), issue })),
    );
  }
  const { result } = outcome;
  const explanation = explainCofinancing(result, { locale });
  if (values['json'] === true) {
    io.stdout.write(
      jsonText({
        ...result,
        warnings: result.warnings.map((warning) => localizeIssue(warning, locale)),
        text: explanation,
      }),
    );
    return 0;
  }
  // The warnings (requested above the maximum) are steps of the explanation already.
  io.stdout.write(explanation.map((line) => `${line}\n`).join(''));
  return 0;
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
  },
  takesArguments: false,
  run,
};
