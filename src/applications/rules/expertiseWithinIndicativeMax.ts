import { computeExpertiseSupport } from '../../cofinancing/computeExpertiseSupport.js';
import { isPioRulesError } from '../../issues/PioRulesError.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';
import { ruleIssue, rulesAt } from './facts.js';

const PATH = ['support', 'externalExpertise', 'requested'];

/**
 * Rule `expertise-within-indicative-max`: the external expertise requested for the preparatory
 * track stays within the indicative maximum in force (`expertise_above_indicative_max`, a
 * warning). The comparison is the cofinancing module's `computeExpertiseSupport`.
 *
 * @example
 * ```ts
 * expertiseWithinIndicativeMaxRule
 *   .check({ support: { externalExpertise: { requested: eur('30000.01') } } }, {})
 *   .map((i) => i.code);
 * //=> ['expertise_above_indicative_max']
 * ```
 */
export const expertiseWithinIndicativeMaxRule: ApplicationRule = {
  id: 'expertise-within-indicative-max',
  codes: ['expertise_above_indicative_max'],
  description: {
    nl: 'De gevraagde externe expertise blijft binnen het richtbedrag voor het voortraject.',
    en: 'The requested external expertise stays within the indicative maximum for the preparatory track.',
  },
  source: sources.aanbod,
  check(application, context) {
    const requested = application.support?.externalExpertise?.requested;
    if (requested === undefined) return [];
    try {
      const at = rulesAt(application, context);
      const support = computeExpertiseSupport(
        { requested, ...(at === undefined ? {} : { at }) },
        { parameters: context.parameters },
      );
      return support.warnings.map((warning) =>
        ruleIssue(context, warning.code, {
          path: PATH,
          params: warning.params,
          severity: warning.severity,
          source: warning.source,
        }),
      );
    } catch (error) {
      if (!isPioRulesError(error)) throw error;
      return error.issues.map((issue) =>
        ruleIssue(context, issue.code, {
          path: PATH,
          params: issue.params,
          severity: issue.severity,
        }),
      );
    }
  },
};
