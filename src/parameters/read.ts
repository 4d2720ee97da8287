import { optionsOf } from '../input/options.js';
import type { IssuePath } from '../issues/issue.js';
import { refuse } from '../issues/Refusal.js';
import { shown } from '../issues/typeName.js';
import { renderedOrThrown } from '../locales/render.js';
import type { LocaleTag } from '../locales/Locale.js';
import { toInstant, type InstantInput } from '../time/instant.js';
import { parseIsoDate, zonedDate } from '../time/zoned.js';
import { registryOf } from './registry.js';
import type {
  DecisionBodyName,
  KnownParameterId,
  KnownParameterValues,
  ParameterDefinition,
  ParameterRegistry,
  ParameterValue,
  ParameterVersion,
  ResolvedParameter,
} from './types.js';

/** When a parameter is looked up: an instant, or a calendar date `YYYY-MM-DD` (Brussels). */
export type ParameterDate = InstantInput;

/**
 * Options of {@link getParameter}, {@link getDefinition} and {@link listParameters}. Options that
 * are not an object (`null`, a string, a list) are refused with `invalid_type` at path `options`.
 */
export interface ParameterOptions {
  /**
   * When: an instant, or a calendar date `YYYY-MM-DD` in the programme's time zone; omitted,
   * the latest version of every parameter.
   */
  readonly at?: ParameterDate | undefined;
  /** The registry to read (default: the built-in {@link defaultParameters}). */
  readonly parameters?: ParameterRegistry | undefined;
  /** The language of the messages (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The programme's time zone: the latest version of `calls.timeZone` in a registry (the one source
 * of truth for "Brussels time"; checked to be a real zone when the registry was made).
 *
 * @internal
 */
export function timeZoneOf(registry: ParameterRegistry): string {
  const zone = latest(definitionOf(registry, 'calls.timeZone')).value;
  // Only a hand-made registry (never checked) can hold anything but a string here.
  return typeof zone === 'string' ? zone : '';
}

/**
 * The calendar date, in the programme's time zone, that an `at` is about.
 *
 * @throws Refusal `invalid_time`, `ambiguous_time` or `invalid_date`.
 * @internal
 */
export function ruleDateOf(
  at: unknown,
  registry: ParameterRegistry,
  path: IssuePath = ['at'],
): string {
  if (typeof at === 'string' && DATE_ONLY.test(at)) {
    parseIsoDate(at, path);
    return at;
  }
  return zonedDate(toInstant(at, path), timeZoneOf(registry));
}

/**
 * A definition of a registry.
 *
 * @throws Refusal `unknown_parameter`.
 * @internal
 */
export function definitionOf(registry: ParameterRegistry, id: unknown): ParameterDefinition {
  const def = typeof id === 'string' ? registry.definitions.get(id) : undefined;
  return def ?? refuse('unknown_parameter', { id: shown(id, 100) });
}

function latest(def: ParameterDefinition): ParameterVersion {
  return def.versions[def.versions.length - 1] as ParameterVersion;
}

function versionAt(def: ParameterDefinition, date: string): ParameterVersion | undefined {
  // The versions do not overlap: the one found is the only one. From the newest, which is
  // the one most dates ask for.
  const { versions } = def;
  for (let i = versions.length - 1; i >= 0; i -= 1) {
    const v = versions[i] as ParameterVersion;
    if (v.validFrom <= date && (v.validUntil === undefined || date <= v.validUntil)) return v;
  }
  return undefined;
}

/**
 * The version of a parameter in force on a date (`undefined`: the latest), as the registry holds
 * it (frozen, shared: a computation cites it without copying), with its id.
 *
 * @throws Refusal `unknown_parameter`, `no_parameter_value`.
 * @internal
 */
export function versionIn<K extends KnownParameterId>(
  registry: ParameterRegistry,
  id: K,
  date: string | undefined,
): ParameterVersion & { readonly value: KnownParameterValues[K] & ParameterValue };
export function versionIn(
  registry: ParameterRegistry,
  id: string,
  date: string | undefined,
): ParameterVersion;
export function versionIn(
  registry: ParameterRegistry,
  id: string,
  date: string | undefined,
): ParameterVersion {
  return inForce(definitionOf(registry, id), date);
}

/** The version of a definition in force on a date (`undefined`: the latest), if any. */
function versionOn(
  def: ParameterDefinition,
  date: string | undefined,
): ParameterVersion | undefined {
  return date === undefined ? latest(def) : versionAt(def, date);
}

/** The version of a definition in force on a date (`undefined`: the latest). */
function inForce(def: ParameterDefinition, date: string | undefined): ParameterVersion {
  return versionOn(def, date) ?? refuse('no_parameter_value', { id: def.id, at: date ?? '' });
}

/**
 * The version of `decision.body` (the body that decides on the cofinancing) in force on a date
 * (`null` or `undefined`: the latest version), with the body's name, or `undefined` when the
 * registry has no such version: a text then names no body. A registry that is not the library's
 * own may lack the parameter, so its absence is no error.
 *
 * @internal
 */
export function decisionBodyVersionIn(
  registry: ParameterRegistry,
  date: string | null | undefined,
): { readonly version: ParameterVersion; readonly name: DecisionBodyName } | undefined {
  const def = registry.definitions.get('decision.body');
  const version = def === undefined ? undefined : versionOn(def, date ?? undefined);
  const value: unknown = version?.value;
  if (version === undefined || typeof value !== 'object' || value === null) return undefined;
  // A checked registry holds `{ nl, en }`; anything else (a hand-made registry) names no body.
  const { nl, en } = value as { nl?: unknown; en?: unknown };
  return typeof nl === 'string' && typeof en === 'string'
    ? { version, name: Object.freeze({ nl, en }) }
    : undefined;
}

/**
 * The name of the body that decides on the cofinancing in force on a date (see
 * {@link decisionBodyVersionIn}), or `undefined` when the registry names none.
 *
 * @internal
 */
export function decisionBodyIn(
  registry: ParameterRegistry,
  date: string | null | undefined,
): DecisionBodyName | undefined {
  return decisionBodyVersionIn(registry, date)?.name;
}

/**
 * The version of a parameter in force on a date (`undefined`: the latest), flattened.
 *
 * @throws Refusal `unknown_parameter`, `no_parameter_value`.
 * @internal
 */
export function resolve<K extends KnownParameterId>(
  registry: ParameterRegistry,
  id: K,
  date: string | undefined,
): ResolvedParameter<KnownParameterValues[K] & ParameterValue>;
export function resolve(
  registry: ParameterRegistry,
  id: string,
  date: string | undefined,
): ResolvedParameter;
export function resolve(
  registry: ParameterRegistry,
  id: string,
  date: string | undefined,
): ResolvedParameter {
  const def = definitionOf(registry, id);
  const version = inForce(def, date);
  return Object.freeze({
    id,
    value: version.value,
    unit: def.unit,
    validFrom: version.validFrom,
    validUntil: version.validUntil ?? null,
    status: version.status,
    source: version.source,
    ...(version.otherSources === undefined ? {} : { otherSources: version.otherSources }),
    ...(version.note === undefined ? {} : { note: version.note }),
  });
}

/**
 * A parameter definition with all its versions.
 *
 * @param id - Parameter id.
 * @param options - `parameters` (the registry to read) and `locale`.
 * @returns The definition.
 * @throws {@link PioRulesError} `unknown_parameter`; `invalid_type` for a `parameters` option that
 *   is not a registry; `unsupported_locale`.
 * @example
 * ```ts
 * getDefinition('cofinancing.cap').unit;
 * //=> 'EUR'
 * ```
 */
export function getDefinition(id: string, options: ParameterOptions = {}): ParameterDefinition {
  return renderedOrThrown(options?.locale, () =>
    definitionOf(registryOf(optionsOf(options).parameters), id),
  );
}

/**
 * The version of a parameter in force at `at` (default: the latest version), flattened.
 *
 * @param id - Parameter id, e.g. `'cofinancing.maxRate'`.
 * @param options - `at` (an instant or a Brussels calendar date), `parameters`, `locale`.
 * @returns `{ id, value, unit, validFrom, validUntil, status, source, note? }`.
 * @throws {@link PioRulesError} `unknown_parameter`; `no_parameter_value` when no version is in
 *   force at `at`; `invalid_time`, `ambiguous_time` or `invalid_date` for a bad `at`;
 *   `unsupported_locale`.
 * @example
 * ```ts
 * getParameter('cofinancing.maxRate').value;
 * //=> '0.5'
 * getParameter('expertise.indicativeMax', { at: '2018-05-01' }).value;
 * //=> '25000.00'
 * ```
 */
export function getParameter<K extends KnownParameterId>(
  id: K,
  options?: ParameterOptions,
): ResolvedParameter<KnownParameterValues[K] & ParameterValue>;
export function getParameter(id: string, options?: ParameterOptions): ResolvedParameter;
export function getParameter(id: string, options: ParameterOptions = {}): ResolvedParameter {
  return renderedOrThrown(options?.locale, () => {
    const given = optionsOf(options);
    const registry = registryOf(given.parameters);
    const at: unknown = given.at;
    return resolve(registry, id, at === undefined ? undefined : ruleDateOf(at, registry));
  });
}

/**
 * The whole registry, sorted by id: every definition with all its versions, or, with `at`, each
 * parameter's version in force then (parameters with none are left out).
 *
 * @param options - `at`, `parameters`, `locale`.
 * @returns The definitions, or the resolved parameters at `at`.
 * @throws {@link PioRulesError} as {@link getParameter}.
 * @example
 * ```ts
 * listParameters().map((p) => p.id).includes('cofinancing.cap');
 * //=> true
 * listParameters({ at: '2016-06-01' }).length;
 * //=> 0
 * ```
 */
export function listParameters(
  options?: Omit<ParameterOptions, 'at'> & { readonly at?: undefined },
): ParameterDefinition[];
export function listParameters(
  options: ParameterOptions & { readonly at: ParameterDate },
): ResolvedParameter[];
export function listParameters(
  options: ParameterOptions = {},
): (ParameterDefinition | ResolvedParameter)[] {
  return renderedOrThrown(options?.locale, () => {
    const given = optionsOf(options);
    const registry = registryOf(given.parameters);
    const ids = [...registry.definitions.keys()].sort();
    const at: unknown = given.at;
    if (at === undefined) return ids.map((id) => definitionOf(registry, id));
    const date = ruleDateOf(at, registry);
    return ids.flatMap((id) =>
      versionAt(definitionOf(registry, id), date) === undefined
        ? []
        : [resolve(registry, id, date)],
    );
  });
}
