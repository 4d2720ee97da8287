import { describe, expect, it } from 'vitest';
import {
  applicationRules,
  checkApplicationRules,
  cofinancingWithinLimitsRule,
  eligibleOrganisationRule,
  expertiseWithinIndicativeMaxRule,
  generalInterestRule,
  getApplicationRule,
  knownCallRule,
  noMarketDistortionRule,
  notOffTheShelfRule,
  onTimeRule,
  organisationEligibility,
  parseApplication,
  partnersDistinctRule,
  procurementForeseenRule,
  supportRequestedRule,
  validateApplication,
  validEnterpriseNumbersRule,
  type ApplicationRuleId,
  type PartialApplication,
} from '../../src/applications/index.js';
import { callOf } from '../../src/applications/rules/facts.js';
import { createCallCalendar } from '../../src/calls/index.js';
import { issueCodes } from '../../src/issues/index.js';
import { eur } from '../../src/money/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
} from '../../src/parameters/index.js';
import { sources } from '../../src/parameters/definitions/sources.js';
import { EXAMPLE_AT, validDocument } from './fixtures.js';

function codesFor(doc: unknown, options: Parameters<typeof validateApplication>[1] = {}): string[] {
  const result = validateApplication(doc, { at: EXAMPLE_AT, ...options });
  return (result.success ? result.warnings : result.issues).map((i) => i.code).sort();
}

function withDoc(change: (doc: any) => void): any {
  const doc = validDocument();
  change(doc);
  return doc;
}

/** A proposal with one rd-services line of `base` and a cofinancing request. */
function cofinancingDoc(base: string, requested: string): any {
  return withDoc((doc) => {
    doc.procurement.costs = [{ category: 'rd-services', amount: base }];
    doc.support.cofinancing = { requested };
  });
}

describe('applicationRules', () => {
  it('holds every rule once, with the ids the criteria module uses', () => {
    const ids = applicationRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'known-call',
      'on-time',
      'eligible-organisation',
      'general-interest',
      'no-market-distortion',
      'valid-enterprise-numbers',
      'partners-distinct',
      'procurement-foreseen',
      'support-requested',
      'not-off-the-shelf',
      'cofinancing-within-limits',
      'expertise-within-indicative-max',
    ]);
    for (const id of ids) expect(getApplicationRule(id).id).toBe(id);
  });

  it('gives every rule known codes, a description in both languages', () => {
    for (const rule of applicationRules) {
      expect(rule.codes.length).toBeGreaterThan(0);
      for (const code of rule.codes) expect(issueCodes).toContain(code);
      expect(rule.description.nl.length).toBeGreaterThan(10);
      expect(rule.description.en.length).toBeGreaterThan(10);
    }
  });

  it('reports nothing about parts that are missing, except a missing procurement', () => {
    for (const rule of applicationRules) {
      const expected = rule.id === 'procurement-foreseen' ? ['no_procurement_foreseen'] : [];
      expect(rule.check({}, {}).map((i) => i.code)).toEqual(expected);
    }
  });

  it('reports only codes the rule declares', () => {
    const docs = [
      validDocument(),
      withDoc((d) => {
        d.applicant.subjectToProcurementLaw = false;
        d.submittedAt = '2024-10-11T00:00:00+02:00';
      }),
    ];
    for (const doc of docs) {
      const result = validateApplication(doc, { at: EXAMPLE_AT });
      const issues = result.success ? result.warnings : result.issues;
      for (const issue of issues)
        expect(applicationRules.some((r) => r.codes.includes(issue.code))).toBe(true);
    }
  });
});

describe('checkApplicationRules', () => {
  const late = parseApplication(validDocument(), { at: EXAMPLE_AT });

  it('runs every rule by default', () => {
    expect(checkApplicationRules(late)).toEqual([]);
    const lateDraft = { ...late, submittedAt: undefined };
    expect(
      checkApplicationRules(lateDraft, { at: new Date('2024-10-10T22:00:00Z') }).map((i) => i.code),
    ).toEqual(['submitted_after_deadline']);
  });

  it('runs only the rules asked for (the exclusion criteria)', () => {
    const partial: PartialApplication = {
      callId: '2024-2',
      submittedAt: new Date('2024-10-10T22:00:00Z'),
      applicant: { subjectToProcurementLaw: false },
      project: { solutionMaturity: 'commercially-available' },
      support: { guidance: true, cofinancing: { requested: eur('1') } },
    };
    const only: ApplicationRuleId[] = ['on-time', 'eligible-organisation'];
    expect(checkApplicationRules(partial, {}, { only }).map((i) => i.code)).toEqual([
      'submitted_after_deadline',
      'not_subject_to_procurement_law',
    ]);
    expect(
      checkApplicationRules(
        partial,
        {},
        { only: ['not-off-the-shelf', 'procurement-foreseen'] },
      ).map((i) => i.code),
    ).toEqual(['no_procurement_foreseen', 'commercially_available_solution']);
  });

  it('renders messages in the context locale', () => {
    const [issue] = checkApplicationRules(
      { callId: '1999-9' },
      { locale: 'en' },
      { only: ['known-call'] },
    );
    expect(issue?.message).toBe('Unknown call "1999-9".');
  });

  it('turns a PioRulesError thrown by a rule into issues, in the locale', () => {
    const registry = createParameterRegistry(
      [
        {
          ...getDefinition('calls.timeZone'),
          versions: [
            {
              value: 'Europe/Brussels',
              validFrom: '2030-01-01',
              status: 'assumed',
              source: sources.assumption,
            },
          ],
        },
      ],
      { base: defaultParameters },
    );
    const calendar = createCallCalendar([], { parameters: registry });
    const issues = checkApplicationRules(
      { callId: '2024-2' },
      { calendar, locale: 'en' },
      { only: ['known-call'] },
    );
    expect(issues.map((i) => i.code)).toEqual(['no_parameter_value']);
    expect(issues[0]?.message).toContain('has no value in force');
    const [nl] = checkApplicationRules({ callId: '2024-2' }, { calendar }, { only: ['on-time'] });
    expect(nl?.message).toContain('heeft geen waarde');
  });

  it('reports an expertise maximum with no value in force (no rules at that date)', () => {
    const registry = createParameterRegistry(
      [
        {
          ...getDefinition('expertise.indicativeMax'),
          versions: [
            {
              value: '30000.00',
              validFrom: '2030-01-01',
              status: 'assumed',
              source: sources.assumption,
            },
          ],
        },
      ],
      { base: defaultParameters },
    );
    const issues = checkApplicationRules(
      { support: { externalExpertise: { requested: eur('1') } } },
      { at: new Date('2024-01-01T00:00:00Z'), parameters: registry },
      { only: ['expertise-within-indicative-max'] },
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['no_parameter_value', 'support.externalExpertise.requested'],
    ]);
  });
});

describe('a broken calendar object', () => {
  const broken = { kind: 'pio-call-calendar', entries: null } as never;

  it('makes checkApplicationRules throw the programmer error', () => {
    expect(() =>
      checkApplicationRules({ callId: '2024-2' }, { calendar: broken }, { only: ['known-call'] }),
    ).toThrow(TypeError);
    expect(() =>
      checkApplicationRules(
        { callId: '2024-2', support: { externalExpertise: { requested: eur('1') } } },
        { calendar: broken },
        { only: ['expertise-within-indicative-max'] },
      ),
    ).toThrow(TypeError);
  });

  it('never makes validateApplication throw', () => {
    const result = validateApplication(validDocument(), { calendar: broken, locale: 'en' });
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual(['invalid_input']);
    expect(result.success ? '' : result.issues[0]?.message).toContain('unexpected error');
    const throwsText = {
      kind: 'pio-call-calendar',
      get entries(): never {
        throw 'not an Error'; // eslint-disable-line @typescript-eslint/only-throw-error
      },
    } as never;
    const dutch = validateApplication(validDocument(), { calendar: throwsText });
    expect(dutch.success ? '' : dutch.issues[0]?.message).toBe(
      'Ongeldige invoer: an unexpected error while validating (string).',
    );
  });
});

/** A calendar with one thematic call of its own, `2024-thema`. */
function themaCalendar() {
  return createCallCalendar([
    {
      id: '2024-thema',
      year: 2024,
      kind: 'thematic',
      title: { nl: 'Thematische oproep', en: 'Thematic call' },
      deadlineDate: '2024-11-30',
    },
  ]);
}

describe('rule known-call', () => {
  it('accepts a call of the calendar', () => {
    expect(knownCallRule.check({ callId: '2024-2' }, {})).toEqual([]);
  });

  it('reports an unknown call, with its source', () => {
    const [issue] = knownCallRule.check({ callId: '2024-9' }, {});
    expect(issue?.code).toBe('unknown_call');
    expect(issue?.path).toEqual(['callId']);
    expect(issue?.source?.url).toContain('aanvraagprocedure');
    expect(codesFor(withDoc((d) => (d.callId = 'thema-2024')))).toEqual(['unknown_call']);
  });

  it('looks the call up again when one context is reused for another call or calendar', () => {
    const calendar = themaCalendar();
    const context: { calendar?: typeof calendar } = {};
    const codes = (callId: string) => knownCallRule.check({ callId }, context).map((i) => i.code);
    expect(codes('2024-thema')).toEqual(['unknown_call']);
    context.calendar = calendar;
    expect(codes('2024-thema')).toEqual([]);
    expect(codes('2024-2')).toEqual([]);
    expect(codes('2024-thema')).toEqual([]);
    delete context.calendar;
    expect(codes('2024-thema')).toEqual(['unknown_call']);
  });

  it('gives each proposal its own call when one context serves several', () => {
    const context = {};
    expect(callOf({ callId: '2024-1' }, context)?.id).toBe('2024-1');
    expect(callOf({ callId: '2024-2' }, context)?.id).toBe('2024-2');
    expect(callOf({ callId: '2024-2' }, context)?.id).toBe('2024-2');
    expect(callOf({ callId: '2024-1' }, context)?.id).toBe('2024-1');
    expect(callOf({}, context)).toBeUndefined();
  });

  it('takes a context that is not an object without failing', () => {
    const application = { callId: '2024-2', submittedAt: new Date('2024-10-01T10:00:00Z') };
    for (const rule of applicationRules)
      for (const context of ['x', 42, true])
        expect(Array.isArray(rule.check(application, context as never))).toBe(true);
  });

  it('uses the calendar given', () => {
    const calendar = themaCalendar();
    expect(knownCallRule.check({ callId: '2024-thema' }, { calendar })).toEqual([]);
    expect(knownCallRule.check({ callId: '2024-thema' }, {}).map((i) => i.code)).toEqual([
      'unknown_call',
    ]);
    expect(
      codesFor(
        withDoc((d) => (d.callId = '2024-thema')),
        { calendar },
      ),
    ).toEqual([]);
    const late = validateApplication(
      withDoc((d) => {
        d.callId = '2024-thema';
        d.submittedAt = '2024-12-01T00:00:00+01:00';
      }),
      { calendar },
    );
    expect(late.success ? [] : late.issues.map((i) => [i.code, i.source?.url])).toEqual([
      ['submitted_after_deadline', sources.aanvraagprocedure.url],
    ]);
  });
});

describe('rule on-time', () => {
  it('is on time until 23:59:59.999 Brussels time on the deadline date, late from 24:00', () => {
    expect(codesFor(withDoc((d) => (d.submittedAt = '2024-10-10T23:59:59.999+02:00')))).toEqual([]);
    expect(codesFor(withDoc((d) => (d.submittedAt = '2024-10-10T21:59:59.999Z')))).toEqual([]);
    expect(codesFor(withDoc((d) => (d.submittedAt = '2024-10-11T00:00:00.000+02:00')))).toEqual([
      'submitted_after_deadline',
    ]);
    expect(codesFor(withDoc((d) => (d.submittedAt = '2024-10-10T22:00:00Z')))).toEqual([
      'submitted_after_deadline',
    ]);
  });

  it('follows the winter time of a December deadline (2019-2, CET)', () => {
    const doc = (at: string): unknown =>
      withDoc((d) => {
        d.callId = '2019-2';
        d.submittedAt = at;
        delete d.support.externalExpertise;
      });
    expect(codesFor(doc('2019-12-13T22:59:59.999Z'))).toEqual([]);
    expect(codesFor(doc('2019-12-13T23:00:00.000Z'))).toEqual(['submitted_after_deadline']);
  });

  it('says when and why, in the locale', () => {
    const result = validateApplication(
      withDoc((d) => (d.submittedAt = '2024-10-11T00:00:00+02:00')),
      { locale: 'en' },
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    const [issue] = result.issues;
    expect(issue?.path).toEqual(['submittedAt']);
    expect(issue?.params).toMatchObject({
      callId: '2024-2',
      submittedAt: '2024-10-10T22:00:00.000Z',
      deadlineInstant: '2024-10-10T22:00:00.000Z',
      judgedBy: 'submittedAt',
    });
    expect(issue?.message).toContain('Thursday 10 October 2024, 24:00 (Brussels time)');
  });

  it('judges a draft at the `at` option, to the millisecond', () => {
    const draft = withDoc((d) => delete d.submittedAt);
    expect(codesFor(draft, { at: '2024-10-10T23:59:59.999+02:00' })).toEqual([]);
    expect(codesFor(draft, { at: Date.parse('2024-10-10T22:00:00.000Z') })).toEqual([
      'submitted_after_deadline',
    ]);
    const result = validateApplication(draft, { at: new Date('2024-10-10T22:00:00.000Z') });
    expect(result.success ? [] : result.issues[0]?.params['judgedBy']).toBe('at');
  });

  it('warns when there is no instant to judge by', () => {
    const draft = withDoc((d) => delete d.submittedAt);
    const result = validateApplication(draft);
    expect(result.success).toBe(true);
    if (result.success)
      expect(result.warnings.map((w) => w.code)).toEqual(['submission_time_unknown']);
    expect(onTimeRule.check({ callId: '2024-9' }, {})).toEqual([]);
  });
});

describe('rule eligible-organisation', () => {
  it('accepts every organisation type subject to the procurement law', () => {
    for (const { type } of organisationEligibility)
      expect(codesFor(withDoc((d) => (d.applicant.organisationType = type)))).toEqual([]);
  });

  it('refuses an applicant not subject to the procurement law, citing the VLAIO page', () => {
    const result = validateApplication(
      withDoc((d) => (d.applicant.subjectToProcurementLaw = false)),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.code)).toEqual(['not_subject_to_procurement_law']);
    expect(result.issues[0]?.source).toEqual(sources.eligibility);
    expect(result.issues[0]?.path).toEqual(['applicant', 'subjectToProcurementLaw']);
  });

  it('marks the OCMW as an assumption', () => {
    const ocmw = organisationEligibility.find((e) => e.type === 'ocmw');
    expect(ocmw?.status).toBe('assumed');
    expect(ocmw?.source).toEqual(sources.assumption);
    expect(organisationEligibility.filter((e) => e.status === 'assumed')).toHaveLength(1);
  });

  it('refuses a type left out of eligibleOrganisationTypes, for the applicant and partners', () => {
    const without = organisationEligibility.map((e) => e.type).filter((t) => t !== 'ocmw');
    const doc = withDoc((d) => {
      d.applicant.organisationType = 'ocmw';
      d.partners = [
        { name: 'OCMW Kempenveld', organisationType: 'ocmw', enterpriseNumber: '0207.432.124' },
        {
          name: 'Gemeente Netedonk',
          organisationType: 'municipality',
          enterpriseNumber: '0207.999.969',
        },
      ];
    });
    expect(codesFor(doc)).toEqual([]);
    const issues = eligibleOrganisationRule.check(parseApplication(doc, { at: EXAMPLE_AT }), {
      eligibleOrganisationTypes: without,
    });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['organisation_not_eligible', 'applicant.organisationType'],
      ['organisation_not_eligible', 'partners.0.organisationType'],
    ]);
    expect(codesFor(doc, { eligibleOrganisationTypes: without })).toEqual([
      'organisation_not_eligible',
      'organisation_not_eligible',
    ]);
  });
});

describe('rules general-interest and no-market-distortion', () => {
  const withActivities = (activities: unknown): unknown =>
    withDoc((d) => (d.applicant.economicActivities = activities));

  it('accept an organisation without economic activities', () => {
    expect(codesFor(withActivities({ declared: false }))).toEqual([]);
    expect(
      codesFor(
        withActivities({ declared: false, withinGeneralInterest: false, marketDistortion: true }),
      ),
    ).toEqual([]);
  });

  it('accept declared activities within general interest and without market distortion', () => {
    expect(
      codesFor(
        withActivities({ declared: true, withinGeneralInterest: true, marketDistortion: false }),
      ),
    ).toEqual([]);
  });

  it('refuse work outside the tasks of general interest', () => {
    expect(
      codesFor(
        withActivities({ declared: true, withinGeneralInterest: false, marketDistortion: false }),
      ),
    ).toEqual(['economic_activities_outside_general_interest']);
  });

  it('refuse a result that distorts the market', () => {
    expect(
      codesFor(
        withActivities({ declared: true, withinGeneralInterest: true, marketDistortion: true }),
      ),
    ).toEqual(['market_distortion']);
  });

  it('refuse declared activities that confirm neither condition', () => {
    expect(codesFor(withActivities({ declared: true }))).toEqual([
      'economic_activities_outside_general_interest',
      'market_distortion',
    ]);
    const [issue] = generalInterestRule.check(
      { applicant: { economicActivities: { declared: true } } },
      {},
    );
    expect(issue?.params).toEqual({ withinGeneralInterest: null });
    expect(
      noMarketDistortionRule.check({ applicant: { economicActivities: { declared: true } } }, {})[0]
        ?.source,
    ).toEqual(sources.eligibility);
  });
});

describe('rule valid-enterprise-numbers', () => {
  it('accepts valid numbers in both forms', () => {
    expect(codesFor(withDoc((d) => (d.applicant.enterpriseNumber = '0207123407')))).toEqual([]);
  });

  it('refuses a number one check digit off, for the applicant and for a partner', () => {
    expect(codesFor(withDoc((d) => (d.applicant.enterpriseNumber = '0207.123.408')))).toEqual([
      'invalid_enterprise_number',
    ]);
    const issues = validEnterpriseNumbersRule.check(
      { partners: [undefined, { enterpriseNumber: '0207.432.125' }] },
      {},
    );
    expect(issues.map((i) => [i.code, i.path.join('.'), i.params['received']])).toEqual([
      ['invalid_enterprise_number', 'partners.1.enterpriseNumber', '0207.432.125'],
    ]);
  });

  it('leaves a malformed number to the structure check', () => {
    expect(
      validEnterpriseNumbersRule.check({ applicant: { enterpriseNumber: 'BE0207123407' } }, {}),
    ).toEqual([]);
    expect(codesFor(withDoc((d) => (d.applicant.enterpriseNumber = 'BE0207123407')))).toEqual([
      'invalid_format',
    ]);
  });
});

describe('rule partners-distinct', () => {
  const partner = (enterpriseNumber: string) => ({
    name: 'Partner',
    organisationType: 'municipality',
    enterpriseNumber,
  });

  it('accepts distinct partners, and no partners', () => {
    expect(
      codesFor(withDoc((d) => (d.partners = [partner('0207.432.124'), partner('0207.999.969')]))),
    ).toEqual([]);
    expect(codesFor(withDoc((d) => (d.partners = [])))).toEqual([]);
  });

  it('refuses the applicant as its own partner, whatever the written form', () => {
    const issues = partnersDistinctRule.check(
      {
        applicant: { enterpriseNumber: '0207.123.407' },
        partners: [{ enterpriseNumber: '0207123407' }],
      },
      {},
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['partner_is_applicant', 'partners.0.enterpriseNumber'],
    ]);
  });

  it('refuses every repetition of a partner', () => {
    const doc = withDoc(
      (d) =>
        (d.partners = [
          partner('0207.432.124'),
          partner('0207432124'),
          partner('0207.999.969'),
          partner('0207.432.124'),
        ]),
    );
    const result = validateApplication(doc, { at: EXAMPLE_AT });
    expect(
      result.success ? [] : result.issues.map((i) => [i.code, i.path[1], i.params['firstIndex']]),
    ).toEqual([
      ['duplicate_partner', 1, 0],
      ['duplicate_partner', 3, 0],
    ]);
  });
});

describe('rule procurement-foreseen', () => {
  it('refuses a proposal without a procurement', () => {
    expect(codesFor(withDoc((d) => delete d.procurement))).toEqual(['no_procurement_foreseen']);
  });

  it('accepts one with a procurement', () => {
    expect(procurementForeseenRule.check({ procurement: {} }, {})).toEqual([]);
  });
});

describe('rule support-requested', () => {
  const withSupport = (support: unknown): unknown => withDoc((d) => (d.support = support));

  it('accepts guidance alone, external expertise alone, cofinancing alone', () => {
    expect(codesFor(withSupport({ guidance: true }))).toEqual([]);
    expect(
      codesFor(
        withSupport({
          guidance: false,
          externalExpertise: { activities: ['workshops'], requested: '0.00' },
        }),
      ),
    ).toEqual([]);
    expect(codesFor(withSupport({ guidance: false, cofinancing: { requested: '0.01' } }))).toEqual(
      [],
    );
  });

  it('refuses a proposal that asks nothing, cofinancing of zero included', () => {
    expect(codesFor(withSupport({ guidance: false }))).toEqual(['no_support_requested']);
    expect(codesFor(withSupport({ guidance: false, cofinancing: { requested: '0.00' } }))).toEqual([
      'no_support_requested',
    ]);
  });

  it('counts a cofinancing request whose amount did not parse as a request', () => {
    expect(
      supportRequestedRule.check({ support: { guidance: false, cofinancing: {} } }, {}),
    ).toEqual([]);
  });
});

describe('rule not-off-the-shelf', () => {
  const offTheShelf = (requested: string): unknown =>
    withDoc((d) => {
      d.project.solutionMaturity = 'commercially-available';
      d.support.cofinancing = { requested };
    });

  it('refuses cofinancing for a commercially available solution, from one cent', () => {
    expect(codesFor(offTheShelf('0.01'))).toEqual(['commercially_available_solution']);
  });

  it('accepts it without cofinancing (zero), and other maturities with cofinancing', () => {
    expect(codesFor(offTheShelf('0.00'))).toEqual([]);
    expect(codesFor(withDoc((d) => (d.project.solutionMaturity = 'partially-existing')))).toEqual(
      [],
    );
    expect(
      notOffTheShelfRule.check({ project: { solutionMaturity: 'commercially-available' } }, {}),
    ).toEqual([]);
  });
});

describe('rule cofinancing-within-limits', () => {
  it('accepts exactly 50% of the eligible base and refuses one cent more', () => {
    expect(codesFor(cofinancingDoc('1000000.00', '500000.00'))).toEqual([]);
    expect(codesFor(cofinancingDoc('1000000.00', '500000.01'))).toEqual([
      'cofinancing_above_max_rate',
    ]);
  });

  it('rounds 50% down to the cent, as the cofinancing module does', () => {
    // 50% of 1,000,000.01 is 500,000.005: the maximum is 500,000.00.
    expect(codesFor(cofinancingDoc('1000000.01', '500000.00'))).toEqual([]);
    expect(codesFor(cofinancingDoc('1000000.01', '500000.01'))).toEqual([
      'cofinancing_above_max_rate',
    ]);
  });

  it('warns above the indicative cap, to the cent, without failing', () => {
    expect(codesFor(cofinancingDoc('3000000.00', '1000000.00'))).toEqual([]);
    const result = validateApplication(cofinancingDoc('3000000.00', '1000000.01'), {
      at: EXAMPLE_AT,
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map((w) => [w.code, w.severity, w.params])).toEqual([
      [
        'cofinancing_above_indicative_cap',
        'warning',
        { requested: '1000000.01', cap: '1000000.00' },
      ],
    ]);
    expect(result.warnings[0]?.source?.url).toBeDefined();
  });

  it('reports both limits when both are exceeded', () => {
    expect(codesFor(cofinancingDoc('2100000.00', '1200000.00'))).toEqual([
      'cofinancing_above_indicative_cap',
      'cofinancing_above_max_rate',
    ]);
  });

  it('takes the base from the cofinancing module: only eligible lines, VAT when not recoverable', () => {
    const doc = withDoc((d) => {
      d.procurement.costs = [
        { category: 'validation', amount: '100000.00' },
        { category: 'off-the-shelf', amount: '900000.00' },
        { category: 'other', amount: '50000.00' },
      ];
      d.procurement.vat = 'non-recoverable';
      d.support.cofinancing = { requested: '60500.00' };
    });
    expect(codesFor(doc)).toEqual([]);
    doc.support.cofinancing.requested = '60500.01';
    const result = validateApplication(doc, { at: EXAMPLE_AT });
    expect(result.success ? [] : result.issues.map((i) => i.params)).toEqual([
      {
        requested: '60500.01',
        maximum: '60500.00',
        eligibleBase: '121000.00',
        rate: '0.5',
        ratePercent: '50',
      },
    ]);
  });

  it('reports a failed computation at its place in the proposal', () => {
    const issues = cofinancingWithinLimitsRule.check(
      {
        procurement: {
          vat: 'excluded',
          costs: Array.from({ length: 2 }, () => ({
            category: 'rd-services' as const,
            amount: eur('9999999999999.99'),
          })),
        },
        support: { cofinancing: { requested: eur('1') } },
      },
      {},
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['amount_out_of_range', 'procurement'],
    ]);
  });

  it('places the issues of a failed computation in the proposal', () => {
    const issues = cofinancingWithinLimitsRule.check(
      {
        procurement: {
          vat: 'bogus' as never,
          costs: [{ category: 'rd-services', amount: eur('-1') }],
        },
        support: { cofinancing: { requested: eur('-2') } },
      },
      { locale: 'en' },
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['negative_amount', 'procurement.costs.0.amount'],
        ['requested_negative', 'support.cofinancing.requested'],
        ['invalid_value', 'procurement.vat'],
      ]),
    );
  });

  it('reports a failed computation even when no cofinancing is requested', () => {
    const doc = withDoc((d) => {
      d.procurement.costs = [
        { category: 'rd-services', amount: '9999999999999.99' },
        { category: 'rd-services', amount: '9999999999999.99' },
      ];
      delete d.support.cofinancing;
    });
    expect(codesFor(doc)).toEqual(['amount_out_of_range']);
  });

  it('skips what it cannot compute', () => {
    expect(
      cofinancingWithinLimitsRule.check({ support: { cofinancing: { requested: eur('1') } } }, {}),
    ).toEqual([]);
    expect(
      cofinancingWithinLimitsRule.check(
        {
          procurement: { vat: 'excluded', costs: [{ category: 'rd-services' }] },
          support: { cofinancing: { requested: eur('1') } },
        },
        {},
      ),
    ).toEqual([]);
  });
});

describe('rule expertise-within-indicative-max', () => {
  const expertise = (
    requested: string,
    callId = '2024-2',
    submittedAt = '2024-10-08T10:00:00+02:00',
  ): unknown =>
    withDoc((d) => {
      d.callId = callId;
      d.submittedAt = submittedAt;
      d.support.externalExpertise = { activities: ['workshops'], requested };
    });

  it('accepts the indicative maximum exactly and warns one cent above it', () => {
    expect(codesFor(expertise('30000.00'))).toEqual([]);
    const result = validateApplication(expertise('30000.01'), { at: EXAMPLE_AT });
    expect(result.success).toBe(true);
    if (result.success)
      expect(result.warnings.map((w) => [w.code, w.path.join('.'), w.params])).toEqual([
        [
          'expertise_above_indicative_max',
          'support.externalExpertise.requested',
          { requested: '30000.01', maximum: '30000.00' },
        ],
      ]);
  });

  it('uses the maximum in force for the call (25,000 euro in 2019)', () => {
    expect(codesFor(expertise('25000.00', '2019-2', '2019-12-01T10:00:00+01:00'))).toEqual([]);
    expect(codesFor(expertise('25000.01', '2019-2', '2019-12-01T10:00:00+01:00'))).toEqual([
      'expertise_above_indicative_max',
    ]);
  });

  it('renders its message in the locale', () => {
    const [issue] = expertiseWithinIndicativeMaxRule.check(
      { support: { externalExpertise: { requested: eur('40000') } } },
      { locale: 'en' },
    );
    expect(issue?.message).toBe(
      'Requested external expertise 40000.00 is above the indicative maximum 30000.00.',
    );
  });
});
