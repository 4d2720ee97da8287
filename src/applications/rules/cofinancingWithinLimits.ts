import { issue, type IssueData, withPathPrefix } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import { decisionBodyIn } from '../../parameters/read.js';
import { isAbove } from '../../cofinancing/amounts.js';
import type { CofinancingResult } from '../../cofinancing/types.js';
import type { ApplicationRule } from './ApplicationRule.js';

const REQUESTED_PATH = ['support', 'cofinancing', 'requested'];

/** The source of a parameter version the computation used (it cites both limits it applies). */
function sourceOf(result: CofinancingResult, id: string) {
  return result.parameters.find((p) => p.id === id)?.source;
}

/**
 * The requested cofinancing is at most the maximum rate of the eligible base (error) and at most
 * the indicative cap (warning: the decision committee may decide otherwise). Both limits come
 * from the cofinancing computation of the facts (`uncapped` and `cap`), never derived here; a
 * computation that failed reports its own issues, placed in the proposal.
 *
 * @internal
 */
export const cofinancingWithinLimits: ApplicationRule = {
  id: 'cofinancing-within-limits',
  // With the codes of a computation that fails: a sum beyond 10^13 euro, a parameter without a
  // value on the date of the rules.
  codes: [
    'cofinancing_above_max_rate',
    'cofinancing_above_indicative_cap',
    'amount_out_of_range',
    'no_parameter_value',
  ],
  description: {
    nl: 'De gevraagde cofinanciering is hoogstens 50% van de subsidiabele basis (de kostenlijnen van de categorieën die op de datum van de regels in aanmerking komen) en, als richtbedrag, hoogstens circa 1 miljoen euro.',
    en: 'The requested cofinancing is at most 50% of the eligible base (the cost lines of the categories eligible on the date of the rules) and, indicatively, at most about one million euro.',
  },
  source: sources.seed,
  check({ application, context, cofinancing }) {
    if (cofinancing === undefined) return [];
    // A problem of the computation as a whole (a parameter without a value on the rules' date)
    // is placed at the procurement it computes; the others already point into it.
    if (!cofinancing.success)
      return cofinancing.issues.map((i) =>
        i.path.length === 0 ? withPathPrefix(['procurement'], i) : i,
      );
    const requested = application.support?.cofinancing?.requested;
    if (requested === undefined) return [];
    const result = cofinancing.data;
    const found: IssueData[] = [];
    if (isAbove(requested, result.uncapped))
      found.push(
        issue(
          'cofinancing_above_max_rate',
          {
            requested: requested.amount,
            maximum: result.uncapped.amount,
            eligibleBase: result.eligibleBase.amount,
            rate: result.rate,
          },
          { path: REQUESTED_PATH, source: sourceOf(result, 'cofinancing.maxRate') },
        ),
      );
    if (isAbove(requested, result.cap)) {
      // Who may decide otherwise: the body in force on the date of the rules.
      const decisionBody = decisionBodyIn(context.parameters, result.ruleDate);
      found.push(
        issue(
          'cofinancing_above_indicative_cap',
          {
            requested: requested.amount,
            cap: result.cap.amount,
            ...(decisionBody === undefined ? {} : { decisionBody }),
          },
          {
            path: REQUESTED_PATH,
            severity: 'warning',
            source: sourceOf(result, 'cofinancing.cap'),
          },
        ),
      );
    }
    return found;
  },
};
