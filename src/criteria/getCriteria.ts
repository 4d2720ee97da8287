import { optionsOf } from '../input/options.js';
import type { LocaleTag } from '../locales/Locale.js';
import { renderedOrThrown } from '../locales/render.js';
import { sources } from '../parameters/definitions/sources.js';
import type { ParameterDate } from '../parameters/read.js';
import { criteriaText } from '../parameters/scoringScheme.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { exclusionCriteria } from './exclusionCriteria.js';
import { schemeOfOptions } from './getScoringScheme.js';
import type { Criterion, EvaluationCriterion } from './types.js';

/** Options of {@link getCriteria}. */
export interface GetCriteriaOptions {
  /**
   * Which version of the scoring scheme supplies the sub-criteria: an instant, or a calendar date
   * `YYYY-MM-DD` in the programme's time zone; omitted, the latest version.
   */
  readonly at?: ParameterDate | undefined;
  /** The registry to read (default: the built-in `defaultParameters`). */
  readonly parameters?: ParameterRegistry | undefined;
  /** The language of the messages (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * The criteria catalogue: the exclusion criteria, then the three published evaluation criteria
 * (fit with the aims of PIO; relevance and potential impact; quality of the approach; EWI 2017)
 * with the sub-criteria of the scoring scheme in force (`criteria.scoringScheme`, by default the
 * assumed sub-criteria drawn from the proposal's guidance questions). Labels and descriptions in
 * Dutch and English; every criterion and sub-criterion says whether it is `published` or
 * `assumed`, and its source.
 *
 * @param options - `at` and `parameters`: which scoring scheme supplies the sub-criteria; `locale`.
 * @returns The catalogue, frozen: 5 exclusion criteria, then 3 evaluation criteria.
 * @throws {@link PioRulesError} `no_parameter_value` when no scheme is in force at `at`; a bad
 *   `at` (`invalid_time`, `ambiguous_time`, `invalid_date`); `invalid_type` for a `parameters`
 *   option that is not a registry; `unsupported_locale`.
 * @example
 * ```ts
 * getCriteria()
 *   .filter((c) => c.kind === 'evaluation')
 *   .map((c) => [c.label.en, c.status, c.subCriteria.length]);
 * //=> [['Fit with the aims of PIO', 'published', 2], ['Relevance and potential impact', 'published', 2], ['Quality of the approach', 'published', 2]]
 * ```
 */
export function getCriteria(options: GetCriteriaOptions = {}): readonly Criterion[] {
  return renderedOrThrown(options?.locale, () => {
    const inForce = schemeOfOptions(optionsOf(options));
    // A scheme holds the three main criteria, in the order of the catalogue.
    const evaluation = inForce.scheme.criteria.map(({ id, subCriteria }): EvaluationCriterion =>
      Object.freeze({
        id,
        kind: 'evaluation',
        label: criteriaText((t) => t.criteria[id].label),
        description: criteriaText((t) => t.criteria[id].description),
        subCriteria: Object.freeze(
          subCriteria.map((sub) =>
            Object.freeze({ ...sub, status: inForce.status, source: inForce.source }),
          ),
        ),
        status: 'published',
        source: sources.ewi2017,
        note: criteriaText((t) => t.evaluationNote),
      }),
    );
    return Object.freeze([...exclusionCriteria, ...evaluation]);
  });
}
