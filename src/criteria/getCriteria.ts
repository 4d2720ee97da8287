import { sources } from '../parameters/definitions/sources.js';
import { evaluationCriterionIds } from './criterionIds.js';
import { exclusionCriteria } from './exclusionCriteria.js';
import { getScoringScheme, type CriteriaOptions } from './getScoringScheme.js';
import { localized } from './internal.js';
import type { Criterion, EvaluationCriterion } from './types.js';

/**
 * The criteria catalogue: the exclusion criteria, then the three published evaluation criteria
 * (fit with the aims of PIO; relevance and potential impact; quality of the approach; EWI 2017)
 * with the sub-criteria of the scoring scheme in force (`criteria.scoringScheme`, by default the
 * assumed sub-criteria drawn from the proposal's guidance questions). Labels and descriptions in
 * Dutch and English; every criterion and sub-criterion says whether it is `published` or
 * `assumed`, and its source.
 *
 * @param options - `at` and `parameters`: which scoring scheme supplies the sub-criteria.
 * @returns The catalogue, frozen: 5 exclusion criteria, then 3 evaluation criteria.
 * @throws {@link PioRulesError} when the scoring scheme in force is invalid or missing (see
 *   {@link getScoringScheme}).
 * @example
 * ```ts
 * getCriteria()
 *   .filter((c) => c.kind === 'evaluation')
 *   .map((c) => [c.label.en, c.status]);
 * //=> [['Fit with the aims of PIO', 'published'], ['Relevance and potential impact', 'published'], ['Quality of the approach', 'published']]
 * ```
 */
export function getCriteria(options: CriteriaOptions = {}): readonly Criterion[] {
  const inForce = getScoringScheme(options);
  const evaluation = evaluationCriterionIds.map((id): EvaluationCriterion => {
    const schemeCriterion = inForce.scheme.criteria.find((c) => c.id === id);
    return Object.freeze({
      id,
      kind: 'evaluation',
      label: localized((t) => t.criteria[id].label),
      description: localized((t) => t.criteria[id].description),
      subCriteria: Object.freeze(
        (schemeCriterion?.subCriteria ?? []).map((sub) =>
          Object.freeze({ ...sub, status: inForce.status, source: inForce.source }),
        ),
      ),
      status: 'published',
      source: sources.ewi2017,
      note: localized((t) => t.evaluationNote),
    });
  });
  return Object.freeze([...exclusionCriteria, ...evaluation]);
}
