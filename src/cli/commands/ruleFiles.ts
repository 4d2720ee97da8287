import { readFile } from 'node:fs/promises';
import { safeCreateCallCalendar, type CallCalendar } from '../../calls/index.js';
import { formatPath, type Result } from '../../issues/index.js';
import type { Locale } from '../../locales/index.js';
import {
  defaultParameters,
  safeCreateParameterRegistry,
  type ParameterDefinition,
  type ParameterRegistry,
} from '../../parameters/index.js';
import { stringOption, type OptionValues } from '../args.js';
import { clip, FlagIssuesError, inputError } from '../errors.js';
import { malformedDocument } from '../input/readProposals.js';

/** The rules a command runs on, read from `--parameters FILE` and `--calendar FILE`. */
export interface RuleFiles {
  /** The parameter registry: the built-in one with the file's definitions over it. */
  readonly parameters?: ParameterRegistry;
  /** The calls calendar of the file (its deadlines read with `parameters`). */
  readonly calendar?: CallCalendar;
}

/** The options that name rule files. */
export const ruleFileOptions = {
  parameters: { type: 'string' },
  calendar: { type: 'string' },
} as const;

async function jsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOENT') throw inputError((m) => m.fileNotFound(file));
    if (code === 'EISDIR') throw inputError((m) => m.fileIsDirectory(file));
    throw inputError((m) => m.fileUnreadable(file, typeof code === 'string' ? code : 'error'));
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    const failure = malformedDocument(file, body);
    throw inputError((m) => failure.message(m));
  }
}

function built<T>(flag: string, file: string, result: Result<T>): T {
  if (result.success) return result.data;
  throw new FlagIssuesError(
    result.issues.map((issue) => ({
      where: `${flag} ${clip(file)}${issue.path.length === 0 ? '' : ` ${formatPath(issue.path)}`}`,
      issue,
    })),
  );
}

/**
 * Reads `--parameters FILE` (a JSON array of parameter definitions, laid over the built-in
 * registry: a definition replaces the built-in parameter of its id) and `--calendar FILE` (a JSON
 * array of calls, the calendar instead of the built-in one, its deadlines read with those
 * parameters), each checked by the library.
 *
 * @param values - The options given.
 * @param locale - The language of the library's messages.
 * @returns The registry and the calendar (each only when its option was given).
 * @throws {@link CliError} (exit code 2) for a file that cannot be read or is not JSON;
 *   {@link FlagIssuesError} with every issue the library found in it.
 */
export async function loadRuleFiles(values: OptionValues, locale: Locale): Promise<RuleFiles> {
  const parametersFile = stringOption(values, 'parameters');
  const calendarFile = stringOption(values, 'calendar');
  let parameters: ParameterRegistry | undefined;
  if (parametersFile !== undefined) {
    const definitions = (await jsonFile(parametersFile)) as readonly ParameterDefinition[];
    parameters = built(
      '--parameters',
      parametersFile,
      safeCreateParameterRegistry(definitions, { base: defaultParameters, locale }),
    );
  }
  let calendar: CallCalendar | undefined;
  if (calendarFile !== undefined) {
    const entries = await jsonFile(calendarFile);
    calendar = built(
      '--calendar',
      calendarFile,
      safeCreateCallCalendar(
        entries,
        parameters === undefined ? { locale } : { parameters, locale },
      ),
    );
  }
  return {
    ...(parameters === undefined ? {} : { parameters }),
    ...(calendar === undefined ? {} : { calendar }),
  };
}
