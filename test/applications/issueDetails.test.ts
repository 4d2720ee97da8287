import { describe, expect, it } from 'vitest';
import {
  checkApplicationRules,
  cofinancingFor,
  eligibleOrganisationRule,
  expertiseWithinIndicativeMaxRule,
  generalInterestRule,
  getApplicationRule,
  isStructuralIssue,
  noMarketDistortionRule,
  normalizeEnterpriseNumber,
  notOffTheShelfRule,
  onTimeRule,
  partnersDistinctRule,
  procurementForeseenRule,
  supportRequestedRule,
  validEnterpriseNumbersRule,
  cofinancingWithinLimitsRule,
  type ApplicationRuleId,
  type PartialApplication,
} from '../../src/applications/index.js';
import type { PioIssue } from '../../src/issues/index.js';
import { eur } from '../../src/money/index.js';
import { sources } from '../../src/parameters/definitions/sources.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  getParameter,
} from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { hostileRegistry } from '../helpers/hostileRegistry.js';

const app = (value: unknown) => value as PartialApplication;
const brief = (issues: readonly PioIssue[]) =>
  issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));

describe('generalInterestRule and noMarketDistortionRule', () => {
  it('point at the declared answer and pass it on, null when it is missing', () => {
    const declared = (answers: object) =>
      app({ applicant: { economicActivities: { declared: true, ...answers } } });
    expect(
      brief(generalInterestRule.check(declared({ withinGeneralInterest: false }), {})),
    ).toEqual([
      {
        code: 'economic_activities_outside_general_interest',
        path: ['applicant', 'economicActivities', 'withinGeneralInterest'],
        params: { withinGeneralInterest: false },
      },
    ]);
    expect(generalInterestRule.check(declared({}), {})[0]?.params).toEqual({
      withinGeneralInterest: null,
    });
    expect(brief(noMarketDistortionRule.check(declared({ marketDistortion: true }), {}))).toEqual([
      {
        code: 'market_distortion',
        path: ['applicant', 'economicActivities', 'marketDistortion'],
        params: { marketDistortion: true },
      },
    ]);
    expect(noMarketDistortionRule.check(declared({}), {})[0]?.params).toEqual({
      marketDistortion: null,
    });
  });
});

describe('notOffTheShelfRule', () => {
  it('points at the requested cofinancing and quotes the programme', () => {
    const issues = notOffTheShelfRule.check(
      app({
        project: { solutionMaturity: 'commercially-available' },
        support: { cofinancing: { requested: eur('100') } },
      }),
      {},
    );
    expect(brief(issues)).toEqual([
      {
        code: 'commercially_available_solution',
        path: ['support', 'cofinancing', 'requested'],
        params: { solutionMaturity: 'commercially-available', requested: '100.00' },
      },
    ]);
    expect(issues[0]?.source).toEqual({
      ...sources.seed,
      quote:
        'PIO kan zijn middelen niet inzetten voor de aankoop van kant-en-klare oplossingen die commercieel beschikbaar zijn.',
    });
  });
});

describe('onTimeRule', () => {
  it('warns at submittedAt, naming the call, when there is no instant to judge by', () => {
    expect(brief(onTimeRule.check(app({ callId: '2024-2' }), {}))).toEqual([
      { code: 'submission_time_unknown', path: ['submittedAt'], params: { callId: '2024-2' } },
    ]);
  });

  it('reports a late draft judged by the context instant at the root', () => {
    const issues = onTimeRule.check(app({ callId: '2024-2' }), {
      at: new Date('2024-10-11T00:00:00+02:00'),
    });
    expect(issues.map((i) => [i.path, i.params['judgedBy']])).toEqual([[[], 'at']]);
  });
});

describe('procurementForeseenRule and supportRequestedRule', () => {
  it('point at the missing part, with the programme as source', () => {
    const none = procurementForeseenRule.check(app({}), {});
    expect(brief(none)).toEqual([
      { code: 'no_procurement_foreseen', path: ['procurement'], params: {} },
    ]);
    expect(none[0]?.source).toEqual(sources.seed);
    const nothing = supportRequestedRule.check(app({ support: { guidance: false } }), {});
    expect(brief(nothing)).toEqual([
      { code: 'no_support_requested', path: ['support'], params: {} },
    ]);
    expect(nothing[0]?.source).toEqual(sources.aanbod);
  });
});

describe('validEnterpriseNumbersRule and partnersDistinctRule', () => {
  it('report a wrong check digit of the applicant at its path, with the number', () => {
    expect(
      brief(
        validEnterpriseNumbersRule.check(
          app({ applicant: { enterpriseNumber: '0123.456.748' } }),
          {},
        ),
      ),
    ).toEqual([
      {
        code: 'invalid_enterprise_number',
        path: ['applicant', 'enterpriseNumber'],
        params: { received: '0123.456.748' },
      },
    ]);
  });

  it('leave partners whose number is not in an accepted form to the structure check', () => {
    const proposal = app({
      applicant: {},
      partners: [{ enterpriseNumber: 'BE0123456749' }, { enterpriseNumber: 'BE0123456749' }],
    });
    expect(partnersDistinctRule.check(proposal, {})).toEqual([]);
  });
});

describe('eligibleOrganisationRule', () => {
  it('names the type that is not eligible, and the applicant type not subject to the law', () => {
    const proposal = app({
      applicant: { organisationType: 'municipality', subjectToProcurementLaw: false },
      partners: [{ organisationType: 'province' }],
    });
    expect(
      brief(
        eligibleOrganisationRule.check(proposal, { eligibleOrganisationTypes: ['municipality'] }),
      ),
    ).toEqual([
      {
        code: 'not_subject_to_procurement_law',
        path: ['applicant', 'subjectToProcurementLaw'],
        params: { organisationType: 'municipality' },
      },
      {
        code: 'organisation_not_eligible',
        path: ['partners', 0, 'organisationType'],
        params: { organisationType: 'province' },
      },
    ]);
    expect(
      eligibleOrganisationRule.check(app({ applicant: { subjectToProcurementLaw: false } }), {})[0]
        ?.params,
    ).toEqual({ organisationType: null });
  });

  it('turns eligible types that are not a list into an issue at options', () => {
    expect(
      brief(
        checkApplicationRules(
          app({ applicant: {} }),
          { eligibleOrganisationTypes: 'municipality' as never },
          { only: ['eligible-organisation'] },
        ),
      ),
    ).toEqual([
      {
        code: 'invalid_type',
        path: ['options', 'eligibleOrganisationTypes'],
        params: { expected: 'an array of organisation types', received: 'string' },
      },
    ]);
  });
});

describe('cofinancingWithinLimitsRule', () => {
  const proposal = (requested: string, support = true) =>
    app({
      callId: '2024-2',
      procurement: { vat: 'excluded', costs: [{ category: 'rd-services', amount: eur('1000') }] },
      ...(support ? { support: { cofinancing: { requested: eur(requested) } } } : {}),
    });

  it('gives the maximum-rate issue the source of cofinancing.maxRate', () => {
    const issues = cofinancingWithinLimitsRule.check(proposal('600'), {});
    expect(issues.map((i) => i.code)).toEqual(['cofinancing_above_max_rate']);
    expect(issues[0]?.source).toEqual(getParameter('cofinancing.maxRate', '2024-10-10').source);
  });

  it('finds nothing to check in a proposal without support', () => {
    expect(cofinancingWithinLimitsRule.check(proposal('0', false), {})).toEqual([]);
  });
});

describe('expertiseWithinIndicativeMaxRule', () => {
  it('lets an error that is not a PioRulesError through', () => {
    const parameters = hostileRegistry();
    expect(() =>
      expertiseWithinIndicativeMaxRule.check(
        app({ support: { externalExpertise: { requested: eur('1') } } }),
        { parameters },
      ),
    ).toThrow(RangeError);
  });
});

describe('checkApplicationRules and getApplicationRule given odd arguments', () => {
  it('report a proposal that is not an object as one invalid_type', () => {
    expect(brief(checkApplicationRules(null as never))).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'object', received: 'null' } },
    ]);
  });

  it('report a proposal that is a string as invalid_type, without running the rules', () => {
    expect(brief(checkApplicationRules('2024-2' as never))).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'object', received: 'string' } },
    ]);
  });

  it('treat a context that is not an object as none', () => {
    expect(checkApplicationRules(app({ callId: '2024-2' }), 'en' as never)).toEqual(
      checkApplicationRules(app({ callId: '2024-2' }), {}),
    );
    const outcome = cofinancingFor(
      app({
        procurement: { vat: 'excluded', costs: [{ category: 'rd-services', amount: eur('10') }] },
      }),
      'en' as never,
    );
    expect(outcome?.success && outcome.result.maximum.amount).toBe('5.00');
  });

  it('skip partners that are not objects', () => {
    const proposal = app({
      applicant: { enterpriseNumber: '0207.123.407' },
      partners: [null, { organisationType: 'province', enterpriseNumber: '0207.123.407' }],
    });
    expect(
      checkApplicationRules(
        proposal,
        { eligibleOrganisationTypes: ['municipality'] },
        {
          only: ['eligible-organisation', 'partners-distinct', 'valid-enterprise-numbers'],
        },
      ).map((i) => [i.code, i.path]),
    ).toEqual([
      ['organisation_not_eligible', ['partners', 1, 'organisationType']],
      ['partner_is_applicant', ['partners', 1, 'enterpriseNumber']],
    ]);
  });

  it('treat a null context and null options as none', () => {
    const issues = checkApplicationRules(app({ callId: '2024-2' }), null as never, null as never);
    expect(issues.map((i) => i.code)).toEqual([
      'submission_time_unknown',
      'no_procurement_foreseen',
    ]);
  });

  it('list the rule ids when asked for an unknown rule', () => {
    const issue = expectCode(
      () => getApplicationRule('no-such-rule' as ApplicationRuleId),
      'invalid_value',
    ).issues[0];
    expect(issue?.params['received']).toBe('no-such-rule');
    expect(issue?.params['expected']).toHaveLength(12);
    expect(issue?.params['expected']).toContain('on-time');
  });
});

describe('cofinancingFor', () => {
  const costs = [{ category: 'rd-services', amount: eur('1000'), label: 'Fase 1' }];

  it('computes nothing without a proposal object, a VAT treatment or complete cost lines', () => {
    expect(cofinancingFor(null as never, {})).toBeUndefined();
    expect(cofinancingFor(app({ procurement: { costs } }), {})).toBeUndefined();
    for (const line of [null, { amount: eur('1') }, { category: 'rd-services' }]) {
      expect(
        cofinancingFor(app({ procurement: { vat: 'excluded', costs: [line] } }), {}),
      ).toBeUndefined();
    }
  });

  it('keeps the label of a line, and reads the rules at the deadline of the call', () => {
    const outcome = cofinancingFor(
      app({ callId: '2024-2', procurement: { vat: 'excluded', costs } }),
      {},
    );
    expect(outcome?.success).toBe(true);
    if (outcome?.success) {
      expect(outcome.result.eligible[0]?.label).toBe('Fase 1');
      expect([outcome.result.ruleDate, outcome.result.callId]).toEqual(['2024-10-10', '2024-2']);
      expect(outcome.result.maximum.amount).toBe('500.00');
    }
  });

  it('uses the parameters of the context, and treats a null context as none', () => {
    const maxRate = getDefinition('cofinancing.maxRate');
    const parameters = createParameterRegistry(
      [
        {
          ...maxRate,
          versions: [{ ...maxRate.versions.at(-1)!, value: '0.25', validFrom: '2017-01-01' }],
        },
      ],
      { base: defaultParameters },
    );
    const proposal = app({ procurement: { vat: 'excluded', costs } });
    const custom = cofinancingFor(proposal, { parameters });
    expect(custom?.success && custom.result.maximum.amount).toBe('250.00');
    const none = cofinancingFor(proposal, null as never);
    expect(none?.success && none.result.maximum.amount).toBe('500.00');
  });
});

describe('normalizeEnterpriseNumber and isStructuralIssue', () => {
  it('cut a long received number to 40 characters', () => {
    expect(
      expectCode(() => normalizeEnterpriseNumber('9'.repeat(50)), 'invalid_enterprise_number')
        .issues[0]?.params,
    ).toEqual({ received: '9'.repeat(40) });
  });

  it('call nothing structural that is not an issue', () => {
    expect(isStructuralIssue(null as never)).toBe(false);
  });
});
