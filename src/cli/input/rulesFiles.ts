import { readFile, stat } from 'node:fs/promises';
import { builtInCalls } from '../../calls/builtInCalls.js';
import { safeCreateCallCalendar } from '../../calls/safeCreateCallCalendar.js';
import type { CallCalendar } from '../../calls/types.js';
import { formatPath, type PioIssue } from '../../issues/index.js';
import type { Locale } from '../../locales/index.js';
import { defaultParameters, safeCreateParameterRegistry } from '../../parameters/registry.js';
import type { ParameterDefinition, ParameterRegistry } from '../../parameters/types.js';
import { stringOption, type OptionValues } from '../args.js';
import { FlagIssuesError, inputError } from '../errors.js';
import type { CliTexts } from '../texts.js';
import { locateJsonError } from './locateJsonError.js';
import { showCharacter } from './readProposals.js';

/** The largest rules file read: 10 MB (the built-in registry is about 60 kB). */
export const MAX_RULES_FILE_BYTES = 10_000_000;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/**
 * The JSON value of a rules file, read whole (bounded) and parsed.
 *
 * @throws {@link CliError} (exit code 2) for a missing, unreadable, too large or malformed file.
 */
async function jsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) throw inputError((m) => m.fileIsDirectory(path));
    if (stats.size > MAX_RULES_FILE_BYTES)
      throw inputError((m) => m.fileUnreadable(path, `> ${String(MAX_RULES_FILE_BYTES)} bytes`));
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    const code = codeOf(error);
    if (code === 'ENOENT') throw inputError((m) => m.fileNotFound(path));
    throw inputError((m) => m.fileUnreadable(path, code));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const at = locateJsonError(text);
    const detail = (m: CliTexts): string =>
      at === undefined
        ? m.jsonUnexpectedEnd()
        : at.kind === 'end'
          ? m.jsonUnexpectedEnd()
          : at.kind === 'depth'
            ? m.jsonTooDeep()
            : m.jsonUnexpectedCharacter(showCharacter(at.character ?? ''));
    throw inputError((m) =>
      m.invalidJson(`${path}:${String(at?.line ?? 1)}:${String(at?.column ?? 1)}`, detail(m)),
    );
  }
}

function refused(path: string, issues: readonly PioIssue[]): FlagIssuesError {
  return new FlagIssuesError(
    issues.map((issue) => ({
      where: issue.path.length === 0 ? path : `${path} ${formatPath(issue.path)}`,
      issue,
    })),
  );
}

/**
 * Reads a parameter registry file (`--parameters FILE`): a JSON array of parameter definitions
 * (schemas/parameter-registry.schema.json), laid over the built-in registry. Checked as
 * `createParameterRegistry` checks them: every problem reported, nothing half-loaded.
 *
 * @param path - The file.
 * @param locale - The language of the issues.
 * @returns The registry.
 * @throws {@link CliError} or {@link FlagIssuesError} (exit code 2) with every problem.
 */
export async function readParametersFile(path: string, locale: Locale): Promise<ParameterRegistry> {
  const value = await jsonFile(path);
  const result = safeCreateParameterRegistry(value as readonly ParameterDefinition[], {
    base: defaultParameters,
    locale,
  });
  if (!result.success) throw refused(path, result.issues);
  return result.data;
}

/**
 * Reads a calls calendar file (`--calendar FILE`): a JSON array of calls
 * (schemas/call-calendar.schema.json), laid over the built-in calls (a call replaces the one of
 * its id). Checked as `createCallCalendar` checks them: every problem reported (at its place in
 * the file), nothing half-loaded.
 *
 * @param path - The file.
 * @param locale - The language of the issues.
 * @param parameters - The registry the calendar projects with.
 * @returns The calendar.
 * @throws {@link CliError} or {@link FlagIssuesError} (exit code 2) with every problem.
 */
export async function readCalendarFile(
  path: string,
  locale: Locale,
  parameters: ParameterRegistry,
): Promise<CallCalendar> {
  const value = await jsonFile(path);
  // Checked alone first, so every issue has its path in the file.
  const alone = safeCreateCallCalendar(value, { parameters, locale });
  if (!alone.success) throw refused(path, alone.issues);
  const given = value as readonly { readonly id: string }[];
  const ids = new Set(given.map((call) => call.id));
  const merged = [...builtInCalls.filter((call) => !ids.has(call.id)), ...given];
  const result = safeCreateCallCalendar(merged, { parameters, locale });
  if (!result.success) throw refused(path, result.issues);
  return result.data;
}

/** The rules of `--parameters` and `--calendar`, read from their files. */
export interface RulesFiles {
  readonly parameters: ParameterRegistry | undefined;
  readonly calendar: CallCalendar | undefined;
}

/** The options that name rules files (`serve`, `verify`, `replay`). */
export const rulesFileFlags = {
  parameters: { type: 'string' },
  calendar: { type: 'string' },
} as const;

/**
 * Reads `--parameters FILE` and `--calendar FILE` (each optional, each laid over the built-in
 * rules; the calendar projects with the registry given, or the built-in one).
 *
 * @param values - The options given.
 * @param locale - The language of the issues.
 * @returns The registry and the calendar (`undefined` when its option was not given).
 * @throws {@link CliError} or {@link FlagIssuesError} (exit code 2) with every problem.
 */
export async function rulesFiles(values: OptionValues, locale: Locale): Promise<RulesFiles> {
  const parametersPath = stringOption(values, 'parameters');
  const calendarPath = stringOption(values, 'calendar');
  const parameters =
    parametersPath === undefined ? undefined : await readParametersFile(parametersPath, locale);
  const calendar =
    calendarPath === undefined
      ? undefined
      : await readCalendarFile(calendarPath, locale, parameters ?? defaultParameters);
  return { parameters, calendar };
}
