import { optionsOf } from '../input/options.js';
import { guard } from '../input/guard.js';
import { issue, type IssueData, type IssuePath } from '../issues/issue.js';
import { refuse } from '../issues/Refusal.js';
import { outcome, type Result, type Success } from '../issues/Result.js';
import { typeName } from '../issues/typeName.js';
import { fromZodIssues } from '../issues/zod.js';
import { orThrow, safely } from '../locales/edge.js';
import type { LocaleTag } from '../locales/Locale.js';
import { deepFreeze } from '../shared/deepFreeze.js';
import { builtInDefinitions } from './definitions/index.js';
import { checkKnownValue, parameterSchemas } from './schema.js';
import type {
  ParameterDefinition,
  ParameterRegistry,
  ParameterVersion,
  UsedParameter,
} from './types.js';

/**
 * A parameter version as a computation cites it: its {@link UsedParameter}, and the list of it
 * alone that a step citing only this version holds. Both are frozen.
 *
 * @internal
 */
export interface Citation {
  readonly used: UsedParameter;
  readonly alone: readonly UsedParameter[];
}

/** The citation of a version of the parameter `id`, made anew. */
function citationMade(id: string, version: ParameterVersion): Citation {
  const used: UsedParameter = Object.freeze({
    id,
    value: version.value,
    validFrom: version.validFrom,
    status: version.status,
    source: version.source,
  });
  return Object.freeze({ used, alone: Object.freeze([used]) });
}

/**
 * The definitions of a registry: a Map that refuses `set`, `delete` and `clear` once built (a
 * registry never changes), and that holds the citation of each of its versions, made with it:
 * every computation cites the same frozen objects instead of making its own. Still a `Map`, so
 * a registry made by another copy of this library (ESM beside CJS) is recognised.
 */
class Definitions extends Map<string, ParameterDefinition> {
  readonly #citations = new Map<ParameterVersion, Citation>();

  constructor(entries: Iterable<readonly [string, ParameterDefinition]>) {
    super();
    for (const [key, def] of entries) {
      Map.prototype.set.call(this, key, def);
      for (const version of def.versions) this.#citations.set(version, citationMade(key, version));
    }
    Object.freeze(this);
  }

  /** The citation of one of the registry's versions. */
  citation(version: ParameterVersion): Citation | undefined {
    return this.#citations.get(version);
  }

  override set(): this {
    throw new TypeError('A parameter registry cannot be changed');
  }

  override delete(): boolean {
    throw new TypeError('A parameter registry cannot be changed');
  }

  override clear(): void {
    throw new TypeError('A parameter registry cannot be changed');
  }
}

function sealed(definitions: Iterable<readonly [string, ParameterDefinition]>): ParameterRegistry {
  return Object.freeze({
    kind: 'pio-parameter-registry',
    definitions: new Definitions(definitions),
  });
}

/**
 * How a computation cites a version of the parameter `id` that it read from `registry`: the
 * citation the registry holds, or, for a registry made by another copy of this library or by
 * hand, one made for this computation.
 *
 * @internal
 */
export function citationOf(
  registry: ParameterRegistry,
  id: string,
  version: ParameterVersion,
): Citation {
  const { definitions } = registry;
  return (
    (definitions instanceof Definitions ? definitions.citation(version) : undefined) ??
    citationMade(id, version)
  );
}

/**
 * Tells whether a value is a registry made by `createParameterRegistry` (by any copy of this
 * library).
 *
 * @internal
 */
export function isParameterRegistry(value: unknown): value is ParameterRegistry {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'pio-parameter-registry' &&
    (value as { definitions?: unknown }).definitions instanceof Map
  );
}

/**
 * The built-in registry: every value the programme sets, with its dated versions and sources
 * (see `docs/rules.md`). Rule functions use it unless given another `parameters` option. Its
 * definitions are the library's own data, checked by the test suite, so it is not checked again
 * when the library loads; they are frozen, as in every registry, so that what a caller reads from
 * it (a definition, a value, a source) cannot change it for the next call.
 */
export const defaultParameters: ParameterRegistry = sealed(
  builtInDefinitions.map((d) => [d.id, deepFreeze(d)] as const),
);

/**
 * The registry of an options object's `parameters` (default: the built-in one).
 *
 * @param given - The option's value.
 * @param path - Where the option is (default `['parameters']`; `['base']` for a base registry).
 * @throws Refusal `invalid_type` for a value that is not a registry.
 * @internal
 */
export function registryOf(given: unknown, path: IssuePath = ['parameters']): ParameterRegistry {
  if (given === undefined) return defaultParameters;
  if (!isParameterRegistry(given))
    return refuse('invalid_type', { expected: 'registry', received: typeName(given) }, path);
  return given;
}

/** Every problem of checked definitions beyond their shape: ids, dates, values. */
function problems(definitions: readonly ParameterDefinition[]): IssueData[] {
  const found: IssueData[] = [];
  const seen = new Set<string>();
  definitions.forEach((def, index) => {
    if (seen.has(def.id))
      found.push(issue('duplicate_id', { id: def.id }, { path: [index, 'id'] }));
    seen.add(def.id);
    def.versions.forEach((v, i) => {
      const path = [index, 'versions', i];
      if (v.validUntil !== undefined && v.validUntil < v.validFrom)
        found.push(
          issue(
            'version_dates_reversed',
            { validFrom: v.validFrom, validUntil: v.validUntil },
            { path: [...path, 'validUntil'] },
          ),
        );
      const previous = def.versions[i - 1];
      if (previous !== undefined && (previous.validUntil ?? '9999-12-31') >= v.validFrom)
        found.push(
          issue('versions_overlap', { id: def.id, version: i }, { path: [...path, 'validFrom'] }),
        );
      found.push(...checkKnownValue(def.id, v.value, [...path, 'value']));
    });
  });
  return found;
}

/**
 * Options of {@link createParameterRegistry}. Options that are not an object (`null`, a string, a
 * list) are refused with `invalid_type` at path `options`.
 */
export interface CreateParameterRegistryOptions {
  /**
   * A registry to start from: its parameters stay unless `definitions` names the same id, which
   * then replaces the whole parameter (all its versions). Without one, the registry holds only
   * `definitions` (pass `defaultParameters` to build on the built-in values).
   */
  readonly base?: ParameterRegistry | undefined;
  /** The language of the messages (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * Makes a parameter registry from definitions, checking every one: ids, texts, sources, dates,
 * versions sorted and not overlapping, and the values of the parameters this library reads
 * (rates, amounts, the time zone, the projection rule, the scoring scheme). Use it to load
 * VLAIO's own values, or to run a what-if on top of the built-in registry. Every problem is
 * reported, and nothing of a registry with one is kept.
 *
 * @param definitions - Parameter definitions (for example read from a JSON file).
 * @param options - `base`: a registry whose other parameters are kept; `locale`.
 * @returns `{ success: true, data: registry, warnings }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * safeCreateParameterRegistry([{ id: 'x' }] as never).success;
 * //=> false
 * ```
 */
export function safeCreateParameterRegistry(
  definitions: readonly ParameterDefinition[],
  options: CreateParameterRegistryOptions = {},
): Result<ParameterRegistry> {
  return safely(options?.locale, () => {
    const { base: given } = optionsOf(options);
    // No base: nothing but the definitions given (not the built-in registry).
    const base = given === undefined ? undefined : registryOf(given, ['base']);
    const { value, issues } = guard(definitions);
    const parsed = parameterSchemas().definitions.safeParse(value);
    if (!parsed.success)
      return { success: false, issues: [...issues, ...fromZodIssues(parsed.error.issues, value)] };
    const checked = parsed.data as readonly ParameterDefinition[];
    return outcome([...issues, ...problems(checked)], () => {
      const map = new Map(base?.definitions);
      for (const def of checked) map.set(def.id, deepFreeze(def));
      return sealed(map);
    });
  });
}

/**
 * Makes a parameter registry: {@link safeCreateParameterRegistry}, throwing.
 *
 * @param definitions - Parameter definitions.
 * @param options - `base` and `locale`.
 * @returns The success: `data` is the frozen registry.
 * @throws {@link PioRulesError} with every problem: `required`, `invalid_type`, `unknown_key`,
 *   `invalid_format`, `duplicate_id`, `versions_overlap`, `version_dates_reversed`,
 *   `unknown_time_zone`, the scheme's codes, `input_too_large`, `unsupported_locale`.
 * @example
 * ```ts
 * const whatIf = createParameterRegistry(
 *   [{ ...getDefinition('cofinancing.maxRate'), versions: [{ value: '0.6', validFrom: '2027-01-01', status: 'assumed', source: { title: 'what-if', url: 'https://example.org' } }] }],
 *   { base: defaultParameters },
 * ).data;
 * getParameter('cofinancing.maxRate', { at: '2027-06-01', parameters: whatIf }).value;
 * //=> '0.6'
 * ```
 */
export function createParameterRegistry(
  definitions: readonly ParameterDefinition[],
  options: CreateParameterRegistryOptions = {},
): Success<ParameterRegistry> {
  return orThrow(safeCreateParameterRegistry(definitions, options));
}
