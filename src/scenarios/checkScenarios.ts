import { guard } from '../input/guard.js';
import { optionsOf } from '../input/options.js';
import { issueCodes } from '../issues/codes.js';
import { refuse } from '../issues/Refusal.js';
import { typeName } from '../issues/typeName.js';
import { issue, type IssueData, type IssuePath } from '../issues/issue.js';
import type { Result, Success } from '../issues/Result.js';
import { fromZodIssues } from '../issues/zod.js';
import { orThrow, safely } from '../locales/edge.js';
import type { LocaleTag } from '../locales/Locale.js';
import { listParameters } from '../parameters/read.js';
import { decisionsOf, expectationsOf, scenarioDecisions, takesParameters } from './decisions.js';
import { isFormatPath } from './formatPaths.js';
import { frozenDeep } from './frozen.js';
import { registryOfScenario } from './parameters.js';
import { scenarioFileSchema, scenarioSchema } from './schema.js';
import type { ProposalLoader, Scenario, ScenarioFile } from './types.js';

/** Options of {@link checkScenarios} and {@link safeCheckScenarios}. */
export interface CheckScenariosOptions {
  /**
   * Gives the proposal an example name (`from:`) stands for, `undefined` when there is none.
   * Without it, `from:` is not checked.
   */
  readonly proposals?: ProposalLoader | undefined;
  /** The language of the messages (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/** Edit distance of two short texts (for "did you mean"). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1)
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length] as number;
}

/** The issue codes closest to a code that does not exist (at most three). */
function nearest(code: string): string[] {
  return issueCodes
    .map((c) => [c, distance(code, c)] as const)
    .filter(([, d]) => d <= Math.max(3, Math.floor(code.length / 4)))
    .sort((x, y) => x[1] - y[1])
    .slice(0, 3)
    .map(([c]) => c);
}

function checkCodes(
  list: Scenario['expect']['codes'],
  path: IssuePath,
  proposalPaths: boolean,
  found: IssueData[],
): void {
  (list ?? []).forEach((entry, i) => {
    const code = typeof entry === 'string' ? entry : entry.code;
    const at = typeof entry === 'string' ? [...path, i] : [...path, i, 'code'];
    if (!(issueCodes as readonly string[]).includes(code))
      found.push(
        issue(
          'invalid_value',
          { received: JSON.stringify(code), expected: nearest(code) },
          { path: at },
        ),
      );
    if (
      typeof entry !== 'string' &&
      entry.path !== undefined &&
      proposalPaths &&
      !isFormatPath(entry.path)
    )
      found.push(
        issue(
          'invalid_value',
          { received: JSON.stringify(entry.path), expected: [] },
          { path: [...path, i, 'path'] },
        ),
      );
  });
}

function checkProposal(
  input: {
    readonly from: string;
    readonly set?: Record<string, unknown> | undefined;
    readonly remove?: readonly string[] | undefined;
  },
  path: IssuePath,
  proposals: ProposalLoader | undefined,
  found: IssueData[],
): void {
  if (proposals !== undefined && proposals(input.from) === undefined)
    found.push(
      issue(
        'invalid_value',
        { received: JSON.stringify(input.from), expected: [] },
        { path: [...path, 'from'] },
      ),
    );
  for (const key of Object.keys(input.set ?? {}))
    if (!isFormatPath(key))
      found.push(issue('unknown_key', { key }, { path: [...path, 'set', key] }));
  (input.remove ?? []).forEach((key, i) => {
    if (!isFormatPath(key))
      found.push(
        issue(
          'invalid_value',
          { received: JSON.stringify(key), expected: [] },
          { path: [...path, 'remove', i] },
        ),
      );
  });
}

function checkScenario(
  scenario: Scenario,
  path: IssuePath,
  options: CheckScenariosOptions,
  found: IssueData[],
): void {
  const decisions = decisionsOf(scenario);
  const decision = decisions[0];
  if (decisions.length !== 1 || decision === undefined) {
    found.push(
      issue(
        'invalid_value',
        {
          received: decisions.length === 0 ? 'none' : decisions.join(', '),
          expected: [...scenarioDecisions],
        },
        { path: decisions.length === 0 ? path : [...path, decisions[1] as string] },
      ),
    );
    return;
  }
  if (scenario.source === undefined && scenario.assumption === undefined)
    found.push(issue('required', {}, { path: [...path, 'source'] }));
  if (
    scenario.assumption !== undefined &&
    !listParameters().some((d) => d.id === scenario.assumption?.parameter)
  )
    found.push(
      issue(
        'unknown_parameter',
        { id: scenario.assumption.parameter },
        { path: [...path, 'assumption', 'parameter'] },
      ),
    );
  if (!takesParameters.has(decision)) {
    if (scenario.parameters !== undefined)
      found.push(issue('unknown_key', { key: 'parameters' }, { path: [...path, 'parameters'] }));
    if (scenario.at !== undefined)
      found.push(issue('unknown_key', { key: 'at' }, { path: [...path, 'at'] }));
  } else registryOfScenario(scenario, path, found);
  const allowed = expectationsOf[decision];
  for (const key of Object.keys(scenario.expect))
    if (!allowed.includes(key))
      found.push(issue('unknown_key', { key }, { path: [...path, 'expect', key] }));
  const proposalPaths = decision === 'validate';
  checkCodes(scenario.expect.codes, [...path, 'expect', 'codes'], proposalPaths, found);
  checkCodes(scenario.expect.absent, [...path, 'expect', 'absent'], proposalPaths, found);
  if (scenario.validate !== undefined)
    checkProposal(scenario.validate, [...path, 'validate'], options.proposals, found);
  if (scenario.assess !== undefined)
    checkProposal(scenario.assess, [...path, 'assess'], options.proposals, found);
}

/**
 * Checks a scenario file (as parsed from YAML or JSON): its structure (strict objects, closed
 * lists), one decision per scenario, a source or an assumption, issue codes that exist, paths
 * that are in the proposal's format, what-if parameters the registry accepts, and (with the
 * `proposals` option) example files that exist. Every problem is reported with its path in the
 * document (`['scenarios', 3, 'expect', 'codes', 0]`).
 *
 * @param document - The parsed file: anything.
 * @param options - `proposals`, `locale`.
 * @returns `{ success: true, data: file, warnings }`, or `{ success: false, issues }` with every
 *   problem of the file.
 * @throws Nothing for a problem of its input.
 * @example
 * ```ts
 * const checked = safeCheckScenarios({
 *   scenarios: [{ name: 'x', assumption: { parameter: 'calls.timeZone' }, calls: { year: 2024 }, expect: { colour: 'red' } }],
 * });
 * !checked.success && checked.issues.map((i) => [i.code, i.path.join('.')]);
 * //=> [['unknown_key', 'scenarios.0.expect.colour']]
 * ```
 */
export function safeCheckScenarios(
  document: unknown,
  options: CheckScenariosOptions = {},
): Result<ScenarioFile> {
  return safely(options?.locale, () => {
    const given = optionsOf(options);
    const proposals: unknown = given.proposals;
    if (proposals !== undefined && typeof proposals !== 'function')
      refuse('invalid_type', { expected: 'function', received: typeName(proposals) }, [
        'proposals',
      ]);
    // A safe copy of the document (getters read once, no prototype keys), within the limits of
    // every input (1,000,000 characters, 10,000 values, depth 32).
    const guarded = guard(document);
    const copy = guarded.value;
    const parsed = scenarioFileSchema.safeParse(copy);
    const found: IssueData[] = [...guarded.issues];
    if (!parsed.success) {
      found.push(...fromZodIssues(parsed.error.issues, copy));
      // The scenarios whose structure is right are checked further, so that every problem of
      // the file is reported in one run.
      const list = (copy as { scenarios?: unknown } | null)?.scenarios;
      if (Array.isArray(list))
        list.forEach((item: unknown, i) => {
          const one = scenarioSchema.safeParse(item);
          if (one.success) checkScenario(one.data, ['scenarios', i], given, found);
        });
      return { success: false, issues: found };
    }
    parsed.data.scenarios.forEach((scenario, i) => {
      checkScenario(scenario, ['scenarios', i], given, found);
    });
    if (found.length > 0) return { success: false, issues: found };
    return { success: true, data: frozenDeep(parsed.data), warnings: [] };
  });
}

/**
 * The throwing twin of {@link safeCheckScenarios}.
 *
 * @param document - The parsed file.
 * @param options - `proposals`, `locale`.
 * @returns `{ success: true, data: file, warnings }`.
 * @throws {@link PioRulesError} with every problem of the file.
 * @example
 * ```ts
 * checkScenarios({
 *   scenarios: [{ name: 'x', assumption: { parameter: 'calls.timeZone' }, calls: { year: 2024 }, expect: { calls: ['2024-1', '2024-2'] } }],
 * }).data.scenarios.length;
 * //=> 1
 * ```
 */
export function checkScenarios(
  document: unknown,
  options: CheckScenariosOptions = {},
): Success<ScenarioFile> {
  return orThrow(safeCheckScenarios(document, options));
}
