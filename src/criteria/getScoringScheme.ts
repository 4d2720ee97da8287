import { optionsOf } from '../input/options.js';
import type { LocaleTag } from '../locales/Locale.js';
import { renderedOrThrown } from '../locales/render.js';
import { resolve, ruleDateOf, type ParameterDate } from '../parameters/read.js';
import { registryOf } from '../parameters/registry.js';
import { toScoringScheme, type ScoringSchemeInput } from '../parameters/scoringScheme.js';
import type { ParameterRegistry } from '../parameters/types.js';
import type { ScoringSchemeInForce } from './types.js';

/** The id of the parameter that holds the scoring scheme. */
const SCHEME = 'criteria.scoringScheme';

/** Options of {@link getScoringScheme}. */
export interface GetScoringSchemeOptions {
  /**
   * When: an instant, or a calendar date `YYYY-MM-DD` in the programme's time zone; omitted, the
   * latest version.
   */
  readonly at?: ParameterDate | undefined;
  /** The registry to read (default: the built-in `defaultParameters`). */
  readonly parameters?: ParameterRegistry | undefined;
  /** The language of the messages (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * The scheme in force on a date of a registry (`undefined`: the latest version), normalised. It
 * trusts the registry: every version of the scheme was checked when the registry was made.
 *
 * @throws Refusal `unknown_parameter`, `no_parameter_value`.
 * @internal
 */
export function schemeInForce(
  registry: ParameterRegistry,
  date: string | undefined,
): ScoringSchemeInForce {
  const parameter = resolve(registry, SCHEME, date);
  return Object.freeze({
    scheme: toScoringScheme(parameter.value as unknown as ScoringSchemeInput),
    parameterId: SCHEME,
    validFrom: parameter.validFrom,
    validUntil: parameter.validUntil,
    status: parameter.status,
    source: parameter.source,
    ...(parameter.note === undefined ? {} : { note: parameter.note }),
  });
}

/**
 * The scoring scheme in force, read from the parameter registry (`criteria.scoringScheme`). The
 * built-in scheme is an assumption (scale 0–10; weights 0.3 / 0.4 / 0.3; threshold 5 per
 * criterion and 6 on the weighted total; two sub-criteria of weight 0.5 per criterion); VLAIO
 * replaces it as it replaces any parameter, without a new release:
 * `createParameterRegistry([{ ...getDefinition('criteria.scoringScheme'), versions: [...] }], { base: defaultParameters })`,
 * which checks the scheme once, when the registry is made.
 *
 * @param options - `at`, `parameters`, `locale`.
 * @returns The scheme (decimal strings, main criteria in catalogue order) with its version,
 *   status and source.
 * @throws {@link PioRulesError} `no_parameter_value` when no version is in force at `at`;
 *   `invalid_time`, `ambiguous_time` or `invalid_date` for a bad `at`; `invalid_type` for a
 *   `parameters` option that is not a registry or options that are not an object;
 *   `unsupported_locale`.
 * @example
 * ```ts
 * const inForce = getScoringScheme({ at: '2024-10-10' });
 * [inForce.status, inForce.scheme.scale.max, inForce.scheme.totalThreshold];
 * //=> ['assumed', '10', '6']
 * getScoringScheme({ at: '2016-06-01' });
 * //=> throws PioRulesError (no_parameter_value)
 * ```
 */
export function getScoringScheme(options: GetScoringSchemeOptions = {}): ScoringSchemeInForce {
  return renderedOrThrown(options?.locale, () => schemeOfOptions(optionsOf(options)));
}

/**
 * The scheme in force that options name: their registry, at their `at` (default the latest).
 *
 * @throws Refusal for a bad `parameters` or `at`, `no_parameter_value`.
 * @internal
 */
export function schemeOfOptions(given: {
  readonly at?: ParameterDate | undefined;
  readonly parameters?: ParameterRegistry | undefined;
}): ScoringSchemeInForce {
  const registry = registryOf(given.parameters);
  return schemeInForce(
    registry,
    given.at === undefined ? undefined : ruleDateOf(given.at, registry),
  );
}
