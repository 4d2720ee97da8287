import { PioRulesError } from '../issues/PioRulesError.js';
import { getParameter, type ParameterDate } from '../parameters/getParameter.js';
import type { ParameterRegistry } from '../parameters/types.js';
import type { ScoringSchemeInForce } from './types.js';
import { validateScoringScheme } from './validateScoringScheme.js';

/** The id of the parameter that holds the scoring scheme. */
export const SCORING_SCHEME_PARAMETER = 'criteria.scoringScheme';

/** Options of {@link getScoringScheme} and {@link getCriteria}. */
export interface CriteriaOptions {
  /** The instant or Brussels date whose version applies (default: the latest version). */
  readonly at?: ParameterDate | undefined;
  /** The registry to read (default: the built-in `defaultParameters`). */
  readonly parameters?: ParameterRegistry | undefined;
}

/**
 * The scoring scheme in force, read from the parameter registry (`criteria.scoringScheme`) and
 * checked. The built-in scheme is an assumption (scale 0–10; weights 0.3 / 0.4 / 0.3; threshold
 * 5 per criterion and 6 on the weighted total; two sub-criteria of weight 0.5 per criterion);
 * VLAIO replaces it as it replaces any parameter, without a new release:
 * `createParameterRegistry([{ ...getDefinition('criteria.scoringScheme'), versions: [...] }], { base: defaultParameters })`.
 *
 * @param options - `at` and `parameters`.
 * @returns The checked scheme with its version, status and source.
 * @throws {@link PioRulesError} `unknown_parameter` or `no_parameter_value`; the scheme's own
 *   issues (`invalid_scheme`, `weights_do_not_sum`, ...) with paths that start at the parameter id.
 * @example
 * ```ts
 * const inForce = getScoringScheme({ at: '2024-10-10' });
 * [inForce.status, inForce.scheme.scale.max, inForce.scheme.totalThreshold];
 * //=> ['assumed', '10', '6']
 * ```
 */
export function getScoringScheme(options: CriteriaOptions = {}): ScoringSchemeInForce {
  const parameter = getParameter(SCORING_SCHEME_PARAMETER, options?.at, {
    parameters: options?.parameters,
  });
  const result = validateScoringScheme(parameter.value);
  if (!result.success)
    throw new PioRulesError(
      result.issues.map((issue) =>
        Object.freeze({ ...issue, path: [SCORING_SCHEME_PARAMETER, ...issue.path] }),
      ),
    );
  return Object.freeze({
    scheme: result.scheme,
    parameterId: SCORING_SCHEME_PARAMETER,
    validFrom: parameter.validFrom,
    validUntil: parameter.validUntil,
    status: parameter.status,
    source: parameter.source,
    ...(parameter.note === undefined ? {} : { note: parameter.note }),
  });
}
