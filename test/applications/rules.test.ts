import { describe, expect, it } from 'vitest';
import {
  applicationRules,
  organisationEligibility,
  type ApplicationRuleId,
  type PartialApplication,
  type ValidateApplicationOptions,
} from '../../src/applications/index.js';
import { factsOf, type RuleContext } from '../../src/applications/facts.js';
import { rules, runRules } from '../../src/applications/rules/index.js';
import { calendarOf } from '../../src/calls/calendar.js';
import { createCallCalendar } from '../../src/calls/index.js';
import { issueCodes, type IssueData } from '../../src/issues/index.js';
import { eur } from '../../src/money/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  getParameter,
} from '../../src/parameters/index.js';
import { sources } from '../../src/parameters/definitions/sources.js';
import { organisationTypes, publicOrganisationTypes } from '../../src/vocabulary/index.js';
import {
  briefOf,
  codesOf,
  EXAMPLE_AT,
  reported,
  validate,
  validDocument,
  withDoc,
} from './fixtures.js';

function codesFor(doc: unknown, options: ValidateApplicationOptions = {}): string[] {
  return codesOf(validate(doc, options));
}

/** The options of a validation, resolved as validateApplication resolves its defaults. */
function contextWith(given: Partial<RuleContext> = {}): RuleContext {
  return {
    at: undefined,
    calendar: calendarOf(undefined),
    parameters: defaultParameters,
    eligibleOrganisationTypes: publicOrganisationTypes,
    ...given,
  };
}

/** The rules (all, or `only` these) on a partial proposal, as validateApplication runs them. */
function check(
  application: PartialApplication,
  given: Partial<RuleContext> = {},
  only?: readonly ApplicationRuleId[],
): IssueData[] {
  return runRules(factsOf(application, contextWith(given)), only);
}

function pairs(issues: readonly IssueData[]): [string, string][] {
  return issues.map((i) => [i.code, i.path.join('.')]);
}

/** A proposal with one rd-services line of `base` and a cofinancing request. */
function cofinancingDoc(base: string, requested: string): any {
  return withDoc((doc) => {
    doc.procurement.costs = [{ category: 'rd-services', amount: base }];
    doc.support.cofinancing = { requested };
  });
}

describe('applicationRules', () => {
  it('holds every rule once, with the ids the criteria module uses, in the order they run', () => {
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
    expect(rules.map((r) => r.id)).toEqual(ids);
  });

  it('gives every rule known codes and a description in both languages', () => {
    for (const rule of applicationRules) {
      expect(rule.codes.length).toBeGreaterThan(0);
      for (const code of rule.codes) expect(issueCodes).toContain(code);
      expect(rule.description.nl.length).toBeGreaterThan(10);
      expect(rule.description.en.length).toBeGreaterThan(10);
      expect(rule.description.nl).not.toBe(rule.description.en);
    }
  });

  it('is data: frozen, without the check functions', () => {
    expect(Object.isFrozen(applicationRules)).toBe(true);
    for (const rule of applicationRules) {
      expect(Object.isFrozen(rule)).toBe(true);
      expect('check' in rule).toBe(false);
    }
    expect(JSON.parse(JSON.stringify(applicationRules))).toEqual(applicationRules);
  });

  it('cites a source for every rule a public page states', () => {
    const withoutSource = applicationRules.filter((r) => r.source === undefined).map((r) => r.id);
    expect(withoutSource).toEqual(['valid-enterprise-numbers']);
    for (const rule of applicationRules)
      if (rule.source !== undefined) expect(rule.source.url).toMatch(/^https:\/\//);
  });

  it('reports nothing about parts that are missing, except a missing procurement', () => {
    const facts = factsOf({}, contextWith());
    for (const rule of rules) {
      const expected = rule.id === 'procurement-foreseen' ? ['no_procurement_foreseen'] : [];
      expect(
        rule.check(facts).map((i) => i.code),
        rule.id,
      ).toEqual(expected);
    }
  });

  it('reports only codes the rule declares', () => {
    const docs = [
      validDocument(),
      withDoc((d) => {
        d.applicant.subjectToProcurementLaw = false;
        d.submittedAt = '2024-10-11T00:00:00+02:00';
        d.applicant.economicActivities = { declared: true };
        d.partners = [
          { name: 'Zelf', organisationType: 'municipality', enterpriseNumber: '0207123407' },
          { name: 'Fout', organisationType: 'municipality', enterpriseNumber: '0207123408' },
        ];
        d.project.solutionMaturity = 'commercially-available';
        d.support.cofinancing.requested = '1200000.00';
        d.support.externalExpertise = { activities: ['workshops'], requested: '40000.00' };
      }),
      withDoc((d) => {
        d.callId = '2024-9';
        d.support = { guidance: false };
        delete d.procurement;
      }),
    ];
    let seen = 0;
    for (const doc of docs) {
      for (const issue of reported(validate(doc))) {
        expect(
          applicationRules.some((r) => r.codes.includes(issue.code)),
          issue.code,
        ).toBe(true);
        seen += 1;
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('declares the codes of the computations it passes on', () => {
    const def = getDefinition('expertise.indicativeMax');
    const parameters = createParameterRegistry(
      [{ ...def, versions: [{ ...def.versions.at(-1)!, validFrom: '2030-01-01' }] }],
      { base: defaultParameters },
    ).data;
    const huge = { category: 'rd-services' as const, amount: eur('9999999999999.99') };
    const facts = factsOf(
      {
        procurement: { vat: 'excluded', costs: [huge, huge] },
        support: { externalExpertise: { requested: eur('1') } },
      },
      contextWith({ parameters, at: new Date('2024-10-01T10:00:00Z') }),
    );
    const found = rules.flatMap((rule) =>
      rule.check(facts).map((i) => [rule.id, i.code, rule.codes.includes(i.code)]),
    );
    expect(found).toEqual([
      ['cofinancing-within-limits', 'amount_out_of_range', true],
      ['expertise-within-indicative-max', 'no_parameter_value', true],
    ]);
  });
});

describe('runRules', () => {
  const late = {
    callId: '2024-2',
    submittedAt: new Date('2024-10-10T22:00:00Z'),
    applicant: { subjectToProcurementLaw: false },
    project: { solutionMaturity: 'commercially-available' },
    support: { guidance: true, cofinancing: { requested: eur('1') } },
  } satisfies PartialApplication;

  it('runs every rule by default, in the order of applicationRules', () => {
    // The built-in calendar: 2024-2 is announced, so on-time also says the deadline is not published.
    expect(check(late).map((i) => i.code)).toEqual([
      'submitted_after_deadline',
      'deadline_not_published',
      'not_subject_to_procurement_law',
      'no_procurement_foreseen',
      'commercially_available_solution',
    ]);
  });

  it('runs only the rules asked for (the exclusion criteria)', () => {
    expect(check(late, {}, ['on-time', 'eligible-organisation']).map((i) => i.code)).toEqual([
      'submitted_after_deadline',
      'deadline_not_published',
      'not_subject_to_procurement_law',
    ]);
    expect(
      check(late, {}, ['not-off-the-shelf', 'procurement-foreseen']).map((i) => i.code),
    ).toEqual(['no_procurement_foreseen', 'commercially_available_solution']);
    expect(check(late, {}, [])).toEqual([]);
  });

  it('makes issues as data, without a message', () => {
    for (const issue of check(late)) {
      expect(issue).not.toHaveProperty('message');
      expect(Object.isFrozen(issue)).toBe(true);
    }
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
  ]).data;
}

describe('rule known-call', () => {
  it('accepts a call of the calendar', () => {
    expect(check({ callId: '2024-2' }, {}, ['known-call'])).toEqual([]);
    expect(codesFor(validDocument())).toEqual([]);
  });

  it('reports an unknown call, with its id and source', () => {
    const [issue] = check({ callId: '2024-9' }, {}, ['known-call']);
    expect(issue?.code).toBe('unknown_call');
    expect(issue?.path).toEqual(['callId']);
    expect(issue?.params).toEqual({ callId: '2024-9' });
    expect(issue?.source?.url).toContain('aanvraagprocedure');
    expect(codesFor(withDoc((d) => (d.callId = 'thema-2024')))).toEqual(['unknown_call']);
  });

  it('uses the calendar given', () => {
    const calendar = themaCalendar();
    expect(check({ callId: '2024-thema' }, { calendar }, ['known-call'])).toEqual([]);
    expect(pairs(check({ callId: '2024-thema' }, {}, ['known-call']))).toEqual([
      ['unknown_call', 'callId'],
    ]);
    expect(codesFor(withDoc((d) => (d.callId = '2024-thema')))).toEqual(['unknown_call']);
    expect(
      codesFor(
        withDoc((d) => (d.callId = '2024-thema')),
        { calendar },
      ),
    ).toEqual([]);
  });

  it('judges a late proposal by the deadline of a call of the calendar given', () => {
    const calendar = themaCalendar();
    const late = validate(
      withDoc((d) => {
        d.callId = '2024-thema';
        d.submittedAt = '2024-12-01T00:00:00+01:00';
      }),
      { calendar },
    );
    expect(late.success ? [] : late.issues.map((i) => [i.code, i.params])).toEqual([
      [
        'submitted_after_deadline',
        expect.objectContaining({
          callId: '2024-thema',
          deadline: '2024-11-30T23:00:00.000Z',
          deadlineDate: '2024-11-30',
        }),
      ],
    ]);
    expect(late.success ? undefined : late.issues[0]?.source).toEqual(sources.aanvraagprocedure);
  });

  it('reports a calendar whose parameters cannot place a deadline, in the locale, without throwing', () => {
    const def = getDefinition('calls.deadlineTimeOfDay');
    const parameters = createParameterRegistry(
      [{ ...def, versions: [{ ...def.versions.at(-1)!, validFrom: '2030-01-01' }] }],
      { base: defaultParameters },
    ).data;
    const calendar = createCallCalendar([], { parameters }).data;
    const english = validate(validDocument(), { calendar, locale: 'en' });
    expect(english.success).toBe(false);
    expect(briefOf(english).map((i) => [i.code, i.params])).toEqual([
      ['no_parameter_value', { id: 'calls.deadlineTimeOfDay', at: '2024-10-10' }],
    ]);
    expect(english.success ? '' : english.issues[0]?.message).toContain('has no value in force');
    const dutch = validate(validDocument(), { calendar });
    expect(dutch.success ? '' : dutch.issues[0]?.message).toContain('heeft geen waarde');
  });

  it('looks the call up again for each proposal when one options object serves several', () => {
    const options = { at: EXAMPLE_AT, calendar: themaCalendar() };
    const thema = withDoc((d) => {
      d.callId = '2024-thema';
      d.submittedAt = '2024-11-20T10:00:00+01:00';
    });
    const regular = withDoc((d) => (d.submittedAt = '2024-11-20T10:00:00+01:00'));
    expect(codesFor(thema, options)).toEqual([]);
    // In that calendar 2024-2 is projected.
    expect(codesFor(regular, options)).toEqual([
      'deadline_not_published',
      'submitted_after_deadline',
    ]);
    expect(codesFor(thema, options)).toEqual([]);
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

  it('says when the proposal was submitted and when the deadline was, as data', () => {
    const result = validate(withDoc((d) => (d.submittedAt = '2024-10-11T09:00:00+02:00')));
    expect(briefOf(result)).toEqual([
      {
        code: 'submitted_after_deadline',
        path: ['submittedAt'],
        params: {
          callId: '2024-2',
          submittedAt: '2024-10-11T07:00:00.000Z',
          deadline: '2024-10-10T22:00:00.000Z',
          deadlineDate: '2024-10-10',
          deadlineTimeOfDay: '24:00',
          timeZone: 'Europe/Brussels',
          judgedBy: 'submission',
        },
      },
    ]);
  });

  it('says it in Brussels local time, in the locale', () => {
    const doc = (): unknown => withDoc((d) => (d.submittedAt = '2024-10-11T07:00:00Z'));
    const message = (locale: string) => {
      const result = validate(doc(), { locale });
      return result.success ? '' : result.issues[0]?.message;
    };
    const dutch =
      'Ingediend op vrijdag 11 oktober 2024 om 09.00 uur, na de uiterste datum van oproep 2024-2 (donderdag 10 oktober 2024 om 24.00 uur).';
    expect(message('nl-BE')).toBe(dutch);
    expect(message('nl')).toBe(dutch);
    expect(message('en')).toBe(
      'Submitted on Friday 11 October 2024 at 09:00, after the deadline of call 2024-2 (Thursday 10 October 2024 at 24:00).',
    );
  });

  it('judges a draft at the `at` option, to the millisecond, and says so', () => {
    const draft = (): unknown => withDoc((d) => delete d.submittedAt);
    expect(codesFor(draft(), { at: '2024-10-10T23:59:59.999+02:00' })).toEqual([]);
    expect(codesFor(draft(), { at: Date.parse('2024-10-10T22:00:00.000Z') })).toEqual([
      'submitted_after_deadline',
    ]);
    const result = validate(draft(), { at: new Date('2024-10-11T07:00:00.000Z') });
    expect(result.success).toBe(false);
    if (result.success) return;
    const [issue] = result.issues;
    expect(issue?.path).toEqual(['submittedAt']);
    expect(issue?.params).toMatchObject({
      judgedBy: 'option',
      submittedAt: '2024-10-11T07:00:00.000Z',
    });
    expect(issue?.message).toMatch(/^Beoordeeld op vrijdag 11 oktober 2024 om 09\.00 uur, /);
    const english = validate(draft(), { at: '2024-10-11T09:00:00+02:00', locale: 'en-GB' });
    expect(english.success ? '' : english.issues[0]?.message).toMatch(
      /^Judged on Friday 11 October 2024 at 09:00, /,
    );
  });

  it('judges a submitted proposal by its submittedAt, not by `at`', () => {
    expect(codesFor(validDocument(), { at: '2030-01-01T00:00:00Z' })).toEqual([]);
    expect(
      codesFor(
        withDoc((d) => (d.submittedAt = '2024-10-12T10:00:00+02:00')),
        { at: '2024-10-01T10:00:00+02:00' },
      ),
    ).toEqual(['submitted_after_deadline']);
  });

  it('warns when there is no instant to judge by, and succeeds', () => {
    const draft = withDoc((d) => delete d.submittedAt);
    const result = safeValidateDraft(draft);
    expect(result.success).toBe(true);
    expect(briefOf(result)).toEqual([
      { code: 'submission_time_unknown', path: ['submittedAt'], params: {} },
    ]);
    expect(result.success && result.warnings[0]?.severity).toBe('warning');
    expect(check({ callId: '2024-9' }, {}, ['on-time'])).toEqual([]);
  });
});

/** Validates without an `at` option. */
function safeValidateDraft(doc: unknown) {
  return validate(doc, { at: undefined });
}

describe('rule eligible-organisation', () => {
  it('accepts every organisation type subject to the procurement law', () => {
    for (const { type } of organisationEligibility)
      expect(codesFor(withDoc((d) => (d.applicant.organisationType = type)))).toEqual([]);
  });

  it('refuses an applicant not subject to the procurement law, citing the VLAIO page', () => {
    const result = validate(withDoc((d) => (d.applicant.subjectToProcurementLaw = false)));
    expect(briefOf(result)).toEqual([
      {
        code: 'not_subject_to_procurement_law',
        path: ['applicant', 'subjectToProcurementLaw'],
        params: {},
      },
    ]);
    expect(result.success ? undefined : result.issues[0]?.source).toEqual({
      ...sources.eligibility,
      quote:
        'Alle Vlaamse publieke sectororganisaties die structureel moeten voldoen aan de Wet op de Overheidsopdrachten',
    });
  });

  it('marks the OCMW as an assumption', () => {
    const ocmw = organisationEligibility.find((e) => e.type === 'ocmw');
    expect(ocmw?.status).toBe('assumed');
    expect(ocmw?.source).toEqual(sources.assumption);
    expect(organisationEligibility.filter((e) => e.status === 'assumed')).toHaveLength(1);
    expect(organisationEligibility.map((e) => e.type)).toEqual([...publicOrganisationTypes]);
    for (const e of organisationEligibility) {
      expect(e.label.nl.length).toBeGreaterThan(3);
      expect(e.label.en.length).toBeGreaterThan(3);
    }
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
    const result = validate(doc, { eligibleOrganisationTypes: without });
    expect(briefOf(result)).toEqual([
      {
        code: 'organisation_not_eligible',
        path: ['applicant', 'organisationType'],
        params: { organisationType: 'ocmw' },
      },
      {
        code: 'organisation_not_eligible',
        path: ['partners', 0, 'organisationType'],
        params: { organisationType: 'ocmw' },
      },
    ]);
    expect(result.success ? '' : result.issues[0]?.message).toContain('OCMW');
  });

  it('names the type that is not eligible by its label', () => {
    const result = validate(validDocument(), {
      eligibleOrganisationTypes: ['province'],
      locale: 'en',
    });
    expect(result.success ? '' : result.issues[0]?.message).toMatch(
      /^The organisation type municipality is not eligible/,
    );
    const dutch = validate(validDocument(), { eligibleOrganisationTypes: ['province'] });
    expect(dutch.success ? '' : dutch.issues[0]?.message).toMatch(
      /^Het organisatietype gemeente komt niet in aanmerking/,
    );
  });

  it('names both problems of an applicant, and skips partners that did not parse', () => {
    const issues = check(
      {
        applicant: { organisationType: 'municipality', subjectToProcurementLaw: false },
        partners: [undefined, { organisationType: 'province' }, {}],
      },
      { eligibleOrganisationTypes: ['municipality'] },
      ['eligible-organisation'],
    );
    expect(pairs(issues)).toEqual([
      ['not_subject_to_procurement_law', 'applicant.subjectToProcurementLaw'],
      ['organisation_not_eligible', 'partners.1.organisationType'],
    ]);
  });
});

describe('the option eligibleOrganisationTypes', () => {
  it('refuses values that are not organisation types, at their place in the option', () => {
    const result = validate(validDocument(), {
      eligibleOrganisationTypes: ['municipality', 'school'] as never,
    });
    expect(briefOf(result)).toEqual([
      {
        code: 'invalid_value',
        path: ['eligibleOrganisationTypes', 1],
        params: {
          received: '"school"',
          expected: [...organisationTypes],
          enum: 'organisationType',
        },
      },
    ]);
    expect(result.success ? '' : result.issues[0]?.message).toContain('gemeente');
    const numbers = validate(validDocument(), { eligibleOrganisationTypes: [42] as never });
    expect(briefOf(numbers)[0]?.params).toMatchObject({ received: 'number' });
  });

  it('refuses an option that is not a list', () => {
    for (const given of ['municipality', 42, null, { 0: 'municipality' }]) {
      const result = validate(validDocument(), { eligibleOrganisationTypes: given as never });
      expect(briefOf(result).map((i) => [i.code, i.path])).toEqual([
        ['invalid_type', ['eligibleOrganisationTypes']],
      ]);
    }
  });

  it('refuses a very long or sparse list at once', () => {
    const started = performance.now();
    const result = validate(validDocument(), {
      eligibleOrganisationTypes: new Array(2 ** 32 - 1) as never,
    });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.success).toBe(false);
    expect(briefOf(result).map((i) => i.path[0])).toEqual(['eligibleOrganisationTypes']);
  });

  it('takes an empty list: nobody may apply', () => {
    expect(codesFor(validDocument(), { eligibleOrganisationTypes: [] })).toEqual([
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

  it('refuse work outside the tasks of general interest, pointing at the answer', () => {
    const result = validate(
      withActivities({ declared: true, withinGeneralInterest: false, marketDistortion: false }),
    );
    expect(briefOf(result)).toEqual([
      {
        code: 'economic_activities_outside_general_interest',
        path: ['applicant', 'economicActivities', 'withinGeneralInterest'],
        params: {},
      },
    ]);
    expect(result.success ? undefined : result.issues[0]?.source).toEqual(sources.eligibility);
  });

  it('refuse a result that distorts the market, pointing at the answer', () => {
    const result = validate(
      withActivities({ declared: true, withinGeneralInterest: true, marketDistortion: true }),
    );
    expect(briefOf(result)).toEqual([
      {
        code: 'market_distortion',
        path: ['applicant', 'economicActivities', 'marketDistortion'],
        params: {},
      },
    ]);
    expect(result.success ? undefined : result.issues[0]?.source).toEqual(sources.eligibility);
  });

  it('refuse declared activities that confirm neither condition', () => {
    expect(codesFor(withActivities({ declared: true }))).toEqual([
      'economic_activities_outside_general_interest',
      'market_distortion',
    ]);
  });
});

describe('rule valid-enterprise-numbers', () => {
  it('accepts valid numbers in both forms', () => {
    expect(codesFor(withDoc((d) => (d.applicant.enterpriseNumber = '0207123407')))).toEqual([]);
    expect(codesFor(withDoc((d) => (d.applicant.enterpriseNumber = '0207.123.407')))).toEqual([]);
  });

  it('refuses a number one check digit off, for the applicant and for a partner', () => {
    expect(
      briefOf(validate(withDoc((d) => (d.applicant.enterpriseNumber = '0207.123.408')))),
    ).toEqual([
      {
        code: 'invalid_enterprise_number',
        path: ['applicant', 'enterpriseNumber'],
        params: { received: '0207.123.408' },
      },
    ]);
    const issues = check({ partners: [undefined, { enterpriseNumber: '0207.432.125' }] }, {}, [
      'valid-enterprise-numbers',
    ]);
    expect(issues.map((i) => [i.code, i.path.join('.'), i.params])).toEqual([
      ['invalid_enterprise_number', 'partners.1.enterpriseNumber', { received: '0207.432.125' }],
    ]);
  });

  it('leaves a malformed number to the structure check', () => {
    // A number in no accepted form does not parse, so the rule never sees it.
    expect(codesFor(withDoc((d) => (d.applicant.enterpriseNumber = 'NL0207123407')))).toEqual([
      'invalid_format',
    ]);
    expect(
      codesFor(
        withDoc(
          (d) =>
            (d.partners = [
              { name: 'P', organisationType: 'municipality', enterpriseNumber: '0207.123' },
            ]),
        ),
      ),
    ).toEqual(['invalid_format']);
  });

  it('reads the dotted form a parsed proposal holds', () => {
    expect(
      check({ applicant: { enterpriseNumber: '0207.123.408' } }, {}, [
        'valid-enterprise-numbers',
      ]).map((i) => [i.code, i.params]),
    ).toEqual([['invalid_enterprise_number', { received: '0207.123.408' }]]);
    expect(
      check({ partners: [{ enterpriseNumber: '0207.123.407' }] }, {}, ['valid-enterprise-numbers']),
    ).toEqual([]);
  });

  it('checks a number in every form people write, and names it in its dotted form', () => {
    for (const written of ['BE 0207.123.407', 'BE0207123407', '0207 123 407', '207.123.407'])
      expect(codesFor(withDoc((d) => (d.applicant.enterpriseNumber = written)))).toEqual([]);
    expect(
      briefOf(validate(withDoc((d) => (d.applicant.enterpriseNumber = 'BE 207 123 408')))),
    ).toEqual([
      {
        code: 'invalid_enterprise_number',
        path: ['applicant', 'enterpriseNumber'],
        params: { received: '0207.123.408' },
      },
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
    const doc = withDoc((d) => {
      d.applicant.enterpriseNumber = '0207.432.124';
      d.partners = [partner('BE0207432124')];
    });
    expect(briefOf(validate(doc))).toEqual([
      {
        code: 'partner_is_applicant',
        path: ['partners', 0, 'enterpriseNumber'],
        params: { enterpriseNumber: '0207.432.124' },
      },
    ]);
  });

  it('refuses every repetition of a partner, whatever its written form', () => {
    const doc = withDoc(
      (d) =>
        (d.partners = [
          partner('0207.432.124'),
          partner('0207432124'),
          partner('0207.999.969'),
          partner('0207.432.124'),
        ]),
    );
    expect(briefOf(validate(doc))).toEqual([
      {
        code: 'duplicate_partner',
        path: ['partners', 1, 'enterpriseNumber'],
        // The parsed proposal holds every number in its dotted form.
        params: { enterpriseNumber: '0207.432.124' },
      },
      {
        code: 'duplicate_partner',
        path: ['partners', 3, 'enterpriseNumber'],
        params: { enterpriseNumber: '0207.432.124' },
      },
    ]);
  });

  it('leaves partners whose number is not in an accepted form to the structure check', () => {
    const doc = withDoc(
      (d) =>
        (d.partners = [partner('NL0123456749'), partner('NL0123456749'), partner('0207.432.124')]),
    );
    expect(codesFor(doc)).toEqual(['invalid_format', 'invalid_format']);
    // What parsed of such partners has no number: nothing to compare.
    expect(check({ applicant: {}, partners: [{}, {}] }, {}, ['partners-distinct'])).toEqual([]);
  });
});

describe('rule procurement-foreseen', () => {
  it('refuses a proposal without a procurement, with the programme as source', () => {
    const result = validate(withDoc((d) => delete d.procurement));
    expect(briefOf(result)).toEqual([
      { code: 'no_procurement_foreseen', path: ['procurement'], params: {} },
    ]);
    expect(result.success ? undefined : result.issues[0]?.source).toEqual(sources.seed);
  });

  it('accepts one with a procurement, even one that did not parse', () => {
    expect(check({ procurement: {} }, {}, ['procurement-foreseen'])).toEqual([]);
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
    const result = validate(withSupport({ guidance: false }));
    expect(briefOf(result)).toEqual([
      { code: 'no_support_requested', path: ['support'], params: {} },
    ]);
    expect(result.success ? undefined : result.issues[0]?.source).toEqual(sources.aanbod);
    expect(codesFor(withSupport({ guidance: false, cofinancing: { requested: '0.00' } }))).toEqual([
      'no_support_requested',
    ]);
    expect(codesFor(withSupport({ guidance: false, cofinancing: { requested: '0' } }))).toEqual([
      'no_support_requested',
    ]);
  });

  it('counts a cofinancing request whose amount did not parse as a request', () => {
    expect(
      check({ support: { guidance: false, cofinancing: {} } }, {}, ['support-requested']),
    ).toEqual([]);
    expect(codesFor(withSupport({ guidance: false, cofinancing: { requested: 'veel' } }))).toEqual([
      'invalid_format',
    ]);
  });
});

describe('rule not-off-the-shelf', () => {
  const offTheShelf = (requested: string): unknown =>
    withDoc((d) => {
      d.project.solutionMaturity = 'commercially-available';
      d.support.cofinancing = { requested };
    });

  it('refuses cofinancing for a commercially available solution, from one cent', () => {
    const result = validate(offTheShelf('0.01'));
    expect(briefOf(result)).toEqual([
      {
        code: 'commercially_available_solution',
        path: ['support', 'cofinancing', 'requested'],
        params: {},
      },
    ]);
    expect(result.success ? undefined : result.issues[0]?.source).toEqual({
      ...sources.seed,
      quote:
        'PIO kan zijn middelen niet inzetten voor de aankoop van kant-en-klare oplossingen die commercieel beschikbaar zijn.',
    });
  });

  it('accepts it without cofinancing (zero), and other maturities with cofinancing', () => {
    expect(codesFor(offTheShelf('0.00'))).toEqual([]);
    expect(codesFor(offTheShelf('0'))).toEqual([]);
    expect(codesFor(withDoc((d) => (d.project.solutionMaturity = 'partially-existing')))).toEqual(
      [],
    );
    expect(
      check({ project: { solutionMaturity: 'commercially-available' } }, {}, ['not-off-the-shelf']),
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
    const result = validate(cofinancingDoc('3000000.00', '1000000.01'));
    expect(result.success).toBe(true);
    if (!result.success) return;
    const cap = result.warnings.find((w) => w.code === 'cofinancing_above_indicative_cap');
    expect(cap).toMatchObject({
      severity: 'warning',
      path: ['support', 'cofinancing', 'requested'],
      params: { requested: '1000000.01', cap: '1000000.00' },
    });
    expect(cap?.source).toEqual(getParameter('cofinancing.cap', { at: '2024-10-10' }).source);
    // Said once, by the rule: the computation's own advice is not repeated.
    expect(result.warnings.map((w) => w.code)).toEqual(['cofinancing_above_indicative_cap']);
    expect(result.data.cofinancing.maximum.amount).toBe('1000000.00');
    expect(result.data.cofinancing.granted?.amount).toBe('1000000.00');
  });

  it('reports both limits when both are exceeded', () => {
    expect(codesFor(cofinancingDoc('2100000.00', '1200000.00'))).toEqual([
      'cofinancing_above_indicative_cap',
      'cofinancing_above_max_rate',
    ]);
  });

  it('gives the maximum-rate issue its numbers and the source of cofinancing.maxRate', () => {
    const result = validate(cofinancingDoc('1000.00', '600.00'));
    expect(briefOf(result)).toEqual([
      {
        code: 'cofinancing_above_max_rate',
        path: ['support', 'cofinancing', 'requested'],
        params: { requested: '600.00', maximum: '500.00', eligibleBase: '1000.00', rate: '0.5' },
      },
    ]);
    expect(result.success ? undefined : result.issues[0]?.source).toEqual(
      getParameter('cofinancing.maxRate', { at: '2024-10-10' }).source,
    );
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
    expect(briefOf(validate(doc)).map((i) => i.params)).toEqual([
      { requested: '60500.01', maximum: '60500.00', eligibleBase: '121000.00', rate: '0.5' },
    ]);
  });

  it('reports a sum of lines beyond 10^13 euro in the proposal', () => {
    const doc = withDoc((d) => {
      d.procurement.costs = [
        { category: 'rd-services', amount: '9999999999999.99' },
        { category: 'rd-services', amount: '9999999999999.99' },
      ];
    });
    const result = validate(doc);
    expect(result.success).toBe(false);
    expect(codesOf(result)).toEqual(['amount_out_of_range']);
    const [issue] = briefOf(result);
    expect(issue?.path.slice(0, 1)).toEqual(['procurement']);
    expect(['procurement', 'procurement.costs']).toContain(issue?.path.slice(0, 2).join('.'));
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

  it('places a parameter without a value on the date of the rules at the procurement', () => {
    const def = getDefinition('cofinancing.maxRate');
    const parameters = createParameterRegistry(
      [{ ...def, versions: [{ ...def.versions.at(-1)!, validFrom: '2030-01-01' }] }],
      { base: defaultParameters },
    ).data;
    const result = validate(validDocument(), { parameters });
    expect(briefOf(result)).toEqual([
      {
        code: 'no_parameter_value',
        path: ['procurement'],
        params: { id: 'cofinancing.maxRate', at: '2024-10-10' },
      },
    ]);
    expect(result.success ? '' : result.issues[0]?.message).toBe(
      'Parameter "cofinancing.maxRate" heeft geen waarde op 10 oktober 2024.',
    );
  });

  it('finds nothing to compare without a request, or without lines to compute', () => {
    const lines = {
      vat: 'excluded' as const,
      costs: [{ category: 'rd-services' as const, amount: eur('1000') }],
    };
    expect(check({ procurement: lines }, {}, ['cofinancing-within-limits'])).toEqual([]);
    expect(
      check({ support: { cofinancing: { requested: eur('1') } } }, {}, [
        'cofinancing-within-limits',
      ]),
    ).toEqual([]);
    expect(
      check(
        {
          procurement: { vat: 'excluded', costs: [{ category: 'rd-services' }] },
          support: { cofinancing: { requested: eur('1') } },
        },
        {},
        ['cofinancing-within-limits'],
      ),
    ).toEqual([]);
  });
});

describe('the facts of a proposal', () => {
  const costs = [{ category: 'rd-services' as const, amount: eur('1000'), label: 'Fase 1' }];

  it('compute nothing without a VAT treatment or complete cost lines', () => {
    expect(factsOf({ procurement: { costs } }, contextWith()).cofinancing).toBeUndefined();
    expect(
      factsOf({ procurement: { vat: 'excluded', costs: [] } }, contextWith()).cofinancing,
    ).toBeUndefined();
    for (const line of [undefined, { amount: eur('1') }, { category: 'rd-services' as const }])
      expect(
        factsOf({ procurement: { vat: 'excluded', costs: [line] } }, contextWith()).cofinancing,
      ).toBeUndefined();
  });

  it('keep the label of a line, and read the rules at the deadline of the call', () => {
    const facts = factsOf(
      { callId: '2024-2', procurement: { vat: 'excluded', costs } },
      contextWith(),
    );
    expect(facts.call?.id).toBe('2024-2');
    expect(facts.rules).toEqual({ date: '2024-10-10', callId: '2024-2', callStatus: 'announced' });
    const outcome = facts.cofinancing;
    expect(outcome?.success).toBe(true);
    if (outcome?.success !== true) return;
    expect(outcome.data.eligible[0]?.label).toBe('Fase 1');
    expect(outcome.data.eligible[0]?.path).toEqual(['procurement', 'costs', 0]);
    expect([outcome.data.ruleDate, outcome.data.callId]).toEqual(['2024-10-10', '2024-2']);
    expect(outcome.data.maximum.amount).toBe('500.00');
  });

  it('read the rules on the Brussels date of the instant judged by, without a known call', () => {
    const at = new Date('2024-10-10T22:30:00Z');
    expect(factsOf({ callId: '2024-9' }, contextWith({ at })).rules).toEqual({
      date: '2024-10-11',
      callId: null,
    });
    expect(factsOf({ submittedAt: at }, contextWith()).judgement).toEqual({
      instant: at,
      by: 'submission',
    });
    expect(factsOf({}, contextWith()).rules).toEqual({ date: null, callId: null });
  });

  it('use the parameters given', () => {
    const maxRate = getDefinition('cofinancing.maxRate');
    const parameters = createParameterRegistry(
      [
        {
          ...maxRate,
          versions: [{ ...maxRate.versions.at(-1)!, value: '0.25', validFrom: '2017-01-01' }],
        },
      ],
      { base: defaultParameters },
    ).data;
    const custom = factsOf(
      { procurement: { vat: 'excluded', costs } },
      contextWith({ parameters }),
    );
    expect(custom.cofinancing?.success && custom.cofinancing.data.maximum.amount).toBe('250.00');
    expect(codesFor(cofinancingDoc('1000.00', '250.00'), { parameters })).toEqual([]);
    expect(codesFor(cofinancingDoc('1000.00', '250.01'), { parameters })).toEqual([
      'cofinancing_above_max_rate',
    ]);
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
    const result = validate(expertise('30000.01'));
    expect(result.success).toBe(true);
    expect(briefOf(result)).toEqual([
      {
        code: 'expertise_above_indicative_max',
        path: ['support', 'externalExpertise', 'requested'],
        params: { requested: '30000.01', maximum: '30000.00' },
      },
    ]);
  });

  it('uses the maximum in force for the call (25,000 euro in 2019)', () => {
    expect(codesFor(expertise('25000.00', '2019-2', '2019-12-01T10:00:00+01:00'))).toEqual([]);
    expect(codesFor(expertise('25000.01', '2019-2', '2019-12-01T10:00:00+01:00'))).toEqual([
      'expertise_above_indicative_max',
    ]);
  });

  it('renders its message in the locale, amounts formatted for it', () => {
    const message = (locale: string) =>
      reported(validate(expertise('40000.00'), { locale }))[0]?.message;
    expect(message('en')).toBe(
      'The requested external expertise of €40,000.00 is above the indicative maximum of €30,000.00.',
    );
    expect(message('nl-BE')).toBe(
      'De gevraagde externe expertise van € 40.000,00 ligt boven het richtbedrag van € 30.000,00.',
    );
  });

  it('reports a maximum with no value in force on the date of the rules', () => {
    const def = getDefinition('expertise.indicativeMax');
    const parameters = createParameterRegistry(
      [
        {
          ...def,
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
    ).data;
    const issues = check(
      { support: { externalExpertise: { requested: eur('1') } } },
      { at: new Date('2024-01-01T00:00:00Z'), parameters },
      ['expertise-within-indicative-max'],
    );
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      [
        'no_parameter_value',
        ['support', 'externalExpertise'],
        { id: 'expertise.indicativeMax', at: '2024-01-01' },
      ],
    ]);
    const result = validate(expertise('1.00'), { parameters });
    expect(codesOf(result)).toEqual(['no_parameter_value']);
    expect(result.success).toBe(false);
  });
});
