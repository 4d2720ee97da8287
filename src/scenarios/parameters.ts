import type { IssueData, IssuePath } from '../issues/issue.js';
import { withPathPrefix } from '../issues/issue.js';
import { issue } from '../issues/issue.js';
import { listParameters } from '../parameters/read.js';
import { defaultParameters, safeCreateParameterRegistry } from '../parameters/registry.js';
import type {
  ParameterDefinition,
  ParameterRegistry,
  ParameterValue,
} from '../parameters/types.js';
import type { Scenario } from './types.js';

/**
 * The definitions of a scenario's what-if `parameters`: a single value replaces the value of
 * every version of the parameter (its dates kept); `versions` replaces the versions. Every
 * what-if version has status `assumed` and the scenario as its source: its name, and the address
 * of the sentence it cites (or, for a scenario that tests an assumption, of the version it
 * replaces), so that no what-if value passes for a published one.
 */
function definitionsOf(
  scenario: Scenario,
  overrides: NonNullable<Scenario['parameters']>,
  path: IssuePath,
  found: IssueData[],
): ParameterDefinition[] {
  const known = new Map(listParameters().map((d) => [d.id, d]));
  const definitions: ParameterDefinition[] = [];
  for (const [id, override] of Object.entries(overrides)) {
    const base = known.get(id);
    if (base === undefined) {
      found.push(issue('unknown_parameter', { id }, { path: [...path, id] }));
      continue;
    }
    const title = `What-if of the scenario "${scenario.name}" (pio-rules test)`;
    const whatIf = (replaced: ParameterDefinition['versions'][number] | undefined) =>
      Object.freeze({
        title,
        url: scenario.source?.url ?? replaced?.source.url ?? base.versions[0]?.source.url ?? '',
      });
    const versions =
      typeof override === 'object'
        ? override.versions.map((v) => ({
            value: v.value as ParameterValue,
            validFrom: v.validFrom,
            ...(v.validUntil === undefined ? {} : { validUntil: v.validUntil }),
            status: 'assumed' as const,
            source: whatIf(base.versions.find((b) => b.validFrom === v.validFrom)),
          }))
        : base.versions.map((replaced) => ({
            value: override,
            validFrom: replaced.validFrom,
            ...(replaced.validUntil === undefined ? {} : { validUntil: replaced.validUntil }),
            status: 'assumed' as const,
            source: whatIf(replaced),
          }));
    definitions.push({ ...base, versions });
  }
  return definitions;
}

/**
 * The registry of a scenario: the built-in one, or the built-in one with the scenario's what-if
 * overrides; every problem of an override is added to `found` at its path.
 *
 * @internal
 */
export function registryOfScenario(
  scenario: Scenario,
  path: IssuePath,
  found: IssueData[],
): ParameterRegistry | undefined {
  if (scenario.parameters === undefined) return defaultParameters;
  const at = [...path, 'parameters'];
  const mine: IssueData[] = [];
  const definitions = definitionsOf(scenario, scenario.parameters, at, mine);
  found.push(...mine);
  if (mine.length > 0) return undefined;
  const made = safeCreateParameterRegistry(definitions, { base: defaultParameters });
  if (made.success) return made.data;
  // Its issues point into the list of definitions given: `[i, 'versions', ...]`.
  const ids = definitions.map((d) => d.id);
  for (const problem of made.issues) {
    const [first, ...rest] = problem.path;
    const id = typeof first === 'number' ? ids[first] : undefined;
    const { message: _message, ...data } = problem;
    void _message;
    found.push(
      withPathPrefix(id === undefined ? at : [...at, id], {
        ...data,
        path: id === undefined ? problem.path : rest,
      }),
    );
  }
  return undefined;
}
