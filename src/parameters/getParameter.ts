import { describeType, receivedText } from '../issues/describe.js';
import { fail } from '../issues/PioRulesError.js';
import { toInstant, type InstantInput } from '../time/toInstant.js';
import { parseIsoDate, PROGRAMME_TIME_ZONE, zonedDate } from '../time/zoned.js';
import { defaultParameters } from './defaultParameters.js';
import { isParameterRegistry } from './isParameterRegistry.js';
import type {
  KnownParameterValues,
  ParameterDefinition,
  ParameterRegistry,
  ParameterValue,
  ParameterVersion,
  ResolvedParameter,
} from './types.js';

/** When a parameter is looked up: an instant, or a calendar date `YYYY-MM-DD` (Brussels). */
export type ParameterDate = InstantInput;

/** Options of {@link getParameter} and the other registry look-ups. */
export interface ParameterOptions {
  /** The registry to read (default: the built-in {@link defaultParameters}). */
  readonly parameters?: ParameterRegistry | undefined;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Brussels calendar date a parameter look-up is about.
 *
 * @param at - An instant, or a date `YYYY-MM-DD` read as a Brussels calendar date.
 * @returns The date as `YYYY-MM-DD`.
 * @throws {@link PioRulesError} `invalid_time`, `ambiguous_time` or `invalid_date`.
 * @example
 * ```ts
 * parameterDate('2023-12-31T23:30:00Z');
 * //=> '2024-01-01'
 * ```
 */
export function parameterDate(at: ParameterDate): string {
  if (typeof at === 'string' && DATE_ONLY.test(at)) {
    parseIsoDate(at);
    return at;
  }
  return zonedDate(toInstant(at), PROGRAMME_TIME_ZONE);
}

/**
 * The registry of an options object (default: the built-in one), checked to be one.
 *
 * @internal
 */
export function registryOf(options: ParameterOptions | undefined): ParameterRegistry {
  const registry = options?.parameters ?? defaultParameters;
  if (!isParameterRegistry(registry))
    fail(
      'invalid_type',
      {
        expected: 'a ParameterRegistry from createParameterRegistry',
        received: describeType(registry),
      },
      ['parameters'],
    );
  return registry;
}

/** The version of a definition in force on a Brussels calendar date, if any. */
function versionAt(def: ParameterDefinition, date: string): ParameterVersion | undefined {
  return def.versions.find(
    (v) => v.validFrom <= date && (v.validUntil === undefined || date <= v.validUntil),
  );
}

/**
 * A parameter definition with all its versions.
 *
 * @param id - Parameter id.
 * @param options - The registry to read.
 * @returns The definition.
 * @throws {@link PioRulesError} `unknown_parameter`; `invalid_type` for a `parameters` option that
 *   is not a registry.
 * @example
 * ```ts
 * getDefinition('cofinancing.cap').unit;
 * //=> 'EUR'
 * ```
 */
export function getDefinition(id: string, options: ParameterOptions = {}): ParameterDefinition {
  const def = typeof id === 'string' ? registryOf(options).definitions.get(id) : undefined;
  return def ?? fail('unknown_parameter', { id: receivedText(id, 100) });
}

/**
 * The version of a parameter in force at an instant (default: the latest version), flattened.
 *
 * @param id - Parameter id, e.g. `'cofinancing.maxRate'`.
 * @param at - An instant or a Brussels calendar date; omitted: the latest version.
 * @param options - `parameters`: another registry.
 * @returns `{ id, value, unit, validFrom, validUntil, status, source }`.
 * @throws {@link PioRulesError} `unknown_parameter`; `no_parameter_value` when no version is in
 *   force at `at`; `invalid_time`/`ambiguous_time`/`invalid_date` for a bad `at`.
 * @example
 * ```ts
 * getParameter('cofinancing.maxRate').value;
 * //=> '0.5'
 * getParameter('expertise.indicativeMax', '2018-05-01').value;
 * //=> '25000.00'
 * ```
 */
export function getParameter<K extends keyof KnownParameterValues>(
  id: K,
  at?: ParameterDate,
  options?: ParameterOptions,
): ResolvedParameter<KnownParameterValues[K] & ParameterValue>;
export function getParameter(
  id: string,
  at?: ParameterDate,
  options?: ParameterOptions,
): ResolvedParameter;
export function getParameter(
  id: string,
  at?: ParameterDate,
  options: ParameterOptions = {},
): ResolvedParameter {
  const def = getDefinition(id, options);
  const date = at === undefined ? undefined : parameterDate(at);
  const version = date === undefined ? def.versions[def.versions.length - 1] : versionAt(def, date);
  if (version === undefined) return fail('no_parameter_value', { id, at: date ?? 'latest' });
  return Object.freeze({
    id,
    value: version.value,
    unit: def.unit,
    validFrom: version.validFrom,
    validUntil: version.validUntil ?? null,
    status: version.status,
    source: version.source,
    ...(version.note === undefined ? {} : { note: version.note }),
  });
}

/** Options of {@link listParameters}. */
export interface ListParametersOptions extends ParameterOptions {
  /** Only the versions in force at this instant or date. */
  readonly at?: ParameterDate;
}

/**
 * The whole registry, sorted by id: every definition with all its versions, or, with `at`, each
 * parameter's version in force then (parameters with none are left out).
 *
 * @param options - `at` and `parameters`.
 * @returns The definitions, or the resolved parameters at `at`.
 * @example
 * ```ts
 * listParameters().map((p) => p.id).includes('cofinancing.cap');
 * //=> true
 * ```
 */
export function listParameters(options?: {
  readonly parameters?: ParameterRegistry;
}): ParameterDefinition[];
export function listParameters(
  options: ListParametersOptions & { readonly at: ParameterDate },
): ResolvedParameter[];
export function listParameters(
  options: ListParametersOptions = {},
): (ParameterDefinition | ResolvedParameter)[] {
  const registry = registryOf(options);
  const ids = [...registry.definitions.keys()].sort();
  if (options?.at === undefined) return ids.map((id) => getDefinition(id, options));
  const date = parameterDate(options.at);
  return ids.flatMap((id) => {
    const def = getDefinition(id, options);
    return versionAt(def, date) === undefined ? [] : [getParameter(id, date, options)];
  });
}
