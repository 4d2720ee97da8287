import { percentOf } from '../../cofinancing/percentOf.js';
import type { CofinancingResult } from '../../cofinancing/types.js';
import type { IssuePath, PioIssue, Source } from '../../issues/PioIssue.js';
import { compare } from '../../money/arithmetic.js';
import { sources } from '../../parameters/definitions/sources.js';
import { cofinancingFor } from '../cofinancingFor.js';
import type { ApplicationRule, ApplicationRuleContext } from './ApplicationRule.js';
import { ruleIssue } from './facts.js';

const REQUESTED_PATH = ['support', 'cofinancing', 'requested'];

function sourceOf(result: CofinancingResult, id: string): Source | undefined {
  return result.parameters.find((p) => p.id === id)?.source;
}

/** Where an issue of the cofinancing computation lies in the proposal. */
function proposalPath(path: IssuePath): IssuePath {
  if (path[0] === 'costs') return ['procurement', ...path];
  if (path[0] === 'requested') return REQUESTED_PATH;
  if (path[0] === 'vat') return ['procurement', 'vat'];
  return ['procurement'];
}

function relocate(issues: readonly PioIssue[], context: ApplicationRuleContext): PioIssue[] {
  return issues.map((issue) =>
    ruleIssue(context, issue.code, {
      path: proposalPath(issue.path),
      params: issue.params,
      severity: issue.severity,
      source: issue.source,
    }),
  );
}

/**
 * Rule `cofinancing-within-limits`: the requested cofinancing is at most the maximum rate (50%)
 * of the eligible base of the procurement (`cofinancing_above_max_rate`, an error) and at most the
 * indicative cap of about one million euro (`cofinancing_above_indicative_cap`, a warning: the
 * decision committee may decide otherwise). Both limits come from the cofinancing computation
 * (`uncapped` and `cap` of its result), never derived here; a computation that fails reports its
 * own issues, placed in the proposal (for example `amount_out_of_range` when the lines add up
 * beyond 10^13 euro), whether or not cofinancing is requested.
 *
 * @example
 * ```ts
 * cofinancingWithinLimitsRule
 *   .check({ procurement: { vat: 'excluded', costs: [{ category: 'rd-services', amount: eur('1000') }] },
 *            support: { cofinancing: { requested: eur('500.01') } } }, {})
 *   .map((i) => i.code);
 * //=> ['cofinancing_above_max_rate']
 * ```
 */
export const cofinancingWithinLimitsRule: ApplicationRule = {
  id: 'cofinancing-within-limits',
  codes: ['cofinancing_above_max_rate', 'cofinancing_above_indicative_cap'],
  description: {
    nl: 'De gevraagde cofinanciering is hoogstens 50% van de subsidiabele basis (O&O-diensten en validatie) en, als richtbedrag, hoogstens circa 1 miljoen euro.',
    en: 'The requested cofinancing is at most 50% of the eligible base (R&D services and validation) and, indicatively, at most about one million euro.',
  },
  source: sources.seed,
  check(application, context) {
    const outcome = cofinancingFor(application, context);
    if (outcome === undefined) return [];
    if (!outcome.success) return relocate(outcome.issues, context);
    const requested = application.support?.cofinancing?.requested;
    if (requested === undefined) return [];
    const result = outcome.result;
    const issues: PioIssue[] = [];
    if (compare(requested, result.uncapped) > 0) {
      issues.push(
        ruleIssue(context, 'cofinancing_above_max_rate', {
          path: REQUESTED_PATH,
          params: {
            requested: requested.amount,
            maximum: result.uncapped.amount,
            eligibleBase: result.eligibleBase.amount,
            rate: result.rate,
            ratePercent: percentOf(result.rate),
          },
          source: sourceOf(result, 'cofinancing.maxRate'),
        }),
      );
    }
    if (compare(requested, result.cap) > 0) {
      issues.push(
        ruleIssue(context, 'cofinancing_above_indicative_cap', {
          path: REQUESTED_PATH,
          params: { requested: requested.amount, cap: result.cap.amount },
          severity: 'warning',
          source: sourceOf(result, 'cofinancing.cap'),
        }),
      );
    }
    return issues;
  },
};
