import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  applicationSchema,
  MAX_COST_LINES,
  MAX_PARTNERS,
  textLimits,
  validateApplication,
  type Application,
  type ApplicationDocument,
  type PartialApplication,
} from '../../src/applications/index.js';
import { salvage } from '../../src/applications/salvage.js';
import { applicationObjectSchema } from '../../src/applications/schema/applicationSchema.js';
import { INSTANT_PATTERN } from '../../src/applications/schema/primitives.js';
import { issueCodesByGroup, isPioRulesError } from '../../src/issues/index.js';
import { Refusal } from '../../src/issues/Refusal.js';
import { isMoney } from '../../src/money/index.js';
import { toInstant } from '../../src/time/instant.js';
import {
  procurementProcedures,
  solutionMaturities,
  organisationTypes,
} from '../../src/vocabulary/index.js';
import {
  briefOf,
  codesInOrder,
  codesOf,
  EXAMPLE_AT,
  reported,
  validate,
  validDocument,
  withDoc,
} from './fixtures.js';

function summary(doc: unknown, locale = 'en') {
  return briefOf(validate(doc, { locale })).map((i) => ({
    code: i.code,
    path: i.path.join('.'),
    params: i.params,
  }));
}

function messages(doc: unknown, locale: string): string[] {
  return reported(validate(doc, { locale })).map((i) => i.message);
}

describe('applicationSchema types', () => {
  it('reads an ApplicationDocument and gives an Application', () => {
    expectTypeOf<
      z.input<ReturnType<typeof applicationObjectSchema>>
    >().toExtend<ApplicationDocument>();
    expectTypeOf<z.output<ReturnType<typeof applicationObjectSchema>>>().toExtend<Application>();
    expectTypeOf<keyof z.input<ReturnType<typeof applicationObjectSchema>>>().toEqualTypeOf<
      keyof ApplicationDocument
    >();
    expectTypeOf<Application>().toExtend<PartialApplication>();
  });

  it('parses amounts into Money and submittedAt into a Date', () => {
    const { data } = validateApplication(validDocument(), { at: EXAMPLE_AT });
    const amount = data.application.procurement?.costs[0]?.amount;
    expect(isMoney(amount)).toBe(true);
    expect(amount).toEqual({ amount: '250000.00', currency: 'EUR' });
    expect(data.application.support.cofinancing?.requested).toEqual({
      amount: '750000.00',
      currency: 'EUR',
    });
    expect(data.application.submittedAt).toBeInstanceOf(Date);
    expect(data.application.submittedAt?.toISOString()).toBe('2024-10-08T12:32:00.000Z');
  });

  it('checks the structure only with zod itself', () => {
    expect(applicationSchema.safeParse(validDocument()).success).toBe(true);
    expect(applicationSchema.safeParse({ schemaVersion: '1' }).success).toBe(false);
  });
});

describe('structural issues', () => {
  it('reports a missing field as required, with its path', () => {
    expect(summary(withDoc((d) => delete d.applicant.contact.email))).toEqual([
      {
        code: 'required',
        path: 'applicant.contact.email',
        params: { field: 'applicant.contact.email' },
      },
    ]);
    expect(summary(withDoc((d) => delete d.project.solutionMaturity))).toEqual([
      {
        code: 'required',
        path: 'project.solutionMaturity',
        params: { field: 'project.solutionMaturity' },
      },
    ]);
  });

  it('reports a wrong type with the kinds expected and received', () => {
    expect(summary(withDoc((d) => (d.applicant.subjectToProcurementLaw = 'ja')))).toEqual([
      {
        code: 'invalid_type',
        path: 'applicant.subjectToProcurementLaw',
        params: {
          expected: 'boolean',
          received: 'text',
          field: 'applicant.subjectToProcurementLaw',
        },
      },
    ]);
    expect(summary(withDoc((d) => (d.partners = null)))[0]).toEqual({
      code: 'invalid_type',
      path: 'partners',
      params: { expected: 'array', received: 'null', field: 'partners' },
    });
    expect(summary(withDoc((d) => (d.project.title = 42)))[0]).toEqual({
      code: 'invalid_type',
      path: 'project.title',
      params: { expected: 'text', received: 'number', field: 'project.title' },
    });
    expect(summary(withDoc((d) => (d.applicant = [])))[0]).toEqual({
      code: 'invalid_type',
      path: 'applicant',
      params: { expected: 'object', received: 'array', field: 'applicant' },
    });
  });

  it('names the kinds in the language of the message', () => {
    const doc = withDoc((d) => (d.project.title = 42));
    expect(messages(doc, 'nl')).toEqual([
      'Verkeerd soort waarde voor de titel: verwacht tekst, kreeg een getal.',
    ]);
    expect(messages(doc, 'en')).toEqual([
      'Wrong kind of value for the title: expected text, got a number.',
    ]);
  });

  it('reports every unknown key, with the key', () => {
    expect(
      summary(
        withDoc((d) => {
          d.titel = 'x';
          d.project.Title = 'y';
          d.project.Summary = 'z';
        }),
      ),
    ).toEqual([
      { code: 'unknown_key', path: 'project.Title', params: { key: 'Title' } },
      { code: 'unknown_key', path: 'project.Summary', params: { key: 'Summary' } },
      { code: 'unknown_key', path: 'titel', params: { key: 'titel' } },
    ]);
  });

  it('counts the length of texts in characters (code points), as JSON Schema does', () => {
    const at = (text: string) => summary(withDoc((d) => (d.project.title = text)));
    expect(at('😀'.repeat(textLimits.title))).toEqual([]);
    expect(at('😀'.repeat(textLimits.title + 1))).toEqual([
      {
        code: 'too_long',
        path: 'project.title',
        params: { maximum: 200, unit: 'characters', field: 'project.title' },
      },
    ]);
    expect(at('a'.repeat(textLimits.title + 1))[0]?.code).toBe('too_long');
    // A lone surrogate counts as one character, as ajv counts it.
    expect(at(`${'😀'.repeat(textLimits.title - 1)}\uD83D`)).toEqual([]);
    expect(at(`${'😀'.repeat(textLimits.title)}\uD83D`)[0]?.code).toBe('too_long');
    expect(at('\uD83Dx'.repeat(textLimits.title / 2))).toEqual([]);
    expect(at(`${'\uD83Dx'.repeat(textLimits.title / 2)}x`)[0]?.code).toBe('too_long');
  });

  it('says the maximum length with its unit', () => {
    const doc = withDoc((d) => (d.project.title = 'a'.repeat(201)));
    expect(messages(doc, 'nl')).toEqual(['De titel is te lang: hoogstens 200 tekens.']);
    expect(messages(doc, 'en')).toEqual(['The title is too long: at most 200 characters.']);
  });

  it('counts a lone low surrogate, and a high one before a non-surrogate, as one character each', () => {
    const title = (text: string) =>
      codesInOrder(validate(withDoc((d) => (d.project.title = text))));
    for (const unit of ['x\uDC00', '\uDC00\uDC00', '\uD800\uE000']) {
      expect(title(unit.repeat(textLimits.title / 2))).toEqual([]);
      expect(title(`${unit.repeat(textLimits.title / 2)}x`)).toEqual(['too_long']);
    }
  });

  it('counts characters beyond the Basic Multilingual Plane as one, at both ends of the range', () => {
    for (const char of ['\u{10000}', '\u{10FFFF}']) {
      const title = (n: number) =>
        codesInOrder(validate(withDoc((d) => (d.project.title = char.repeat(n)))));
      expect(title(textLimits.title)).toEqual([]);
      expect(title(textLimits.title + 1)).toEqual(['too_long']);
    }
  });

  it('applies the limit of each kind of text', () => {
    const tooLong = (change: (d: any, text: string) => void, limit: number) => {
      expect(summary(withDoc((d) => change(d, 'a'.repeat(limit))))).toEqual([]);
      return summary(withDoc((d) => change(d, 'a'.repeat(limit + 1)))).map((i) => i.params);
    };
    expect(tooLong((d, t) => (d.project.summary = t), textLimits.summary)).toEqual([
      { maximum: 2_000, unit: 'characters', field: 'project.summary' },
    ]);
    expect(tooLong((d, t) => (d.project.need = t), textLimits.answer)).toEqual([
      { maximum: 10_000, unit: 'characters', field: 'project.need' },
    ]);
    expect(tooLong((d, t) => (d.applicant.name = t), textLimits.name)).toEqual([
      { maximum: 200, unit: 'characters', field: 'applicant.name' },
    ]);
    expect(tooLong((d, t) => (d.procurement.costs[0].label = t), textLimits.label)).toEqual([
      { maximum: 200, unit: 'characters', field: 'procurement.costs[].label' },
    ]);
  });

  it('refuses empty and blank texts', () => {
    expect(summary(withDoc((d) => (d.project.need = '')))).toEqual([
      {
        code: 'too_short',
        path: 'project.need',
        params: { minimum: 1, unit: 'characters', field: 'project.need' },
      },
    ]);
    expect(
      messages(
        withDoc((d) => (d.project.need = '')),
        'nl',
      ),
    ).toEqual(['De behoefte of vraag is leeg.']);
    expect(summary(withDoc((d) => (d.project.need = ' \n\t')))).toEqual([
      { code: 'invalid_format', path: 'project.need', params: { format: 'not-blank' } },
    ]);
    expect(
      messages(
        withDoc((d) => (d.project.need = ' \n\t')),
        'nl',
      ),
    ).toEqual(['Ongeldig formaat: verwacht een tekst die niet leeg is.']);
  });

  it('refuses too many or too few items, naming the unit', () => {
    expect(
      summary(withDoc((d) => (d.procurement.costs = []))).map((i) => [i.code, i.params]),
    ).toEqual([['too_short', { minimum: 1, unit: 'items', field: 'procurement.costs' }]]);
    const line = { category: 'rd-services', amount: '1.00' };
    expect(
      summary(
        withDoc(
          (d) => (d.procurement.costs = Array.from({ length: MAX_COST_LINES + 1 }, () => line)),
        ),
      ).map((i) => [i.code, i.params]),
    ).toEqual([
      ['too_long', { maximum: 100, unit: 'items', field: 'procurement.costs' }],
      // The rules still run on the lines: 101 euro cannot carry the cofinancing asked.
      ['cofinancing_above_max_rate', expect.objectContaining({ eligibleBase: '101.00' })],
    ]);
    const partner = {
      name: 'P',
      organisationType: 'municipality',
      enterpriseNumber: '0207.432.124',
    };
    expect(
      summary(
        withDoc((d) => (d.partners = Array.from({ length: MAX_PARTNERS + 1 }, () => partner))),
      ).filter((i) => i.code === 'too_long'),
    ).toEqual([
      {
        code: 'too_long',
        path: 'partners',
        params: { maximum: 50, unit: 'items', field: 'partners' },
      },
    ]);
    expect(
      summary(
        withDoc((d) => (d.support.externalExpertise = { activities: [], requested: '1.00' })),
      ),
    ).toEqual([
      {
        code: 'too_short',
        path: 'support.externalExpertise.activities',
        params: { minimum: 1, unit: 'items', field: 'support.externalExpertise.activities' },
      },
    ]);
  });

  it('refuses a value outside a list, naming the list and the allowed values', () => {
    expect(summary(withDoc((d) => (d.procurement.procedure = 'PCP')))).toEqual([
      {
        code: 'invalid_value',
        path: 'procurement.procedure',
        params: {
          received: '"PCP"',
          expected: [...procurementProcedures],
          enum: 'procurementProcedure',
          field: 'procurement.procedure',
        },
      },
    ]);
    expect(summary(withDoc((d) => (d.applicant.organisationType = 'school')))).toEqual([
      {
        code: 'invalid_value',
        path: 'applicant.organisationType',
        params: {
          received: '"school"',
          expected: [...organisationTypes],
          enum: 'organisationType',
          field: 'applicant.organisationType',
        },
      },
    ]);
    expect(summary(withDoc((d) => (d.project.solutionMaturity = 'yes')))[0]?.params).toEqual({
      received: '"yes"',
      expected: [...solutionMaturities],
      enum: 'solutionMaturity',
      field: 'project.solutionMaturity',
    });
    for (const [change, list] of [
      [(d: any) => (d.procurement.vat = 'inclusive'), 'vatTreatment'],
      [(d: any) => (d.procurement.costs[0].category = 'rd'), 'costCategory'],
      [
        (d: any) => (d.support.externalExpertise = { activities: ['x'], requested: '1' }),
        'expertiseActivity',
      ],
    ] as const)
      expect(summary(withDoc(change))[0]?.params).toMatchObject({ enum: list });
  });

  it('lists the allowed values by their labels in the language of the message', () => {
    const doc = withDoc((d) => (d.applicant.organisationType = 'school'));
    const [dutch] = messages(doc, 'nl-BE');
    expect(dutch).toMatch(
      /^Ongeldige waarde "school" voor het type organisatie van de aanvrager; toegelaten: departement van de Vlaamse overheid, agentschap van de Vlaamse overheid, provincie, gemeente, OCMW, intercommunale, zorginstelling, ziekenhuis, /,
    );
    const [english] = messages(doc, 'en');
    expect(english).toMatch(
      /^Invalid value "school" for the type of organisation of the applicant; allowed: department of the Flemish government, /,
    );
    expect(english).toContain(', municipality, ');
    expect(english).toContain(', other public body');
    expect(english).toMatch(/, [^,]+ or [^,]+\.$/);
    expect(
      messages(
        withDoc((d) => (d.procurement.procedure = 'PCP')),
        'nl',
      )[0],
    ).toContain('toegelaten: precommercieel aankopen, ');
  });

  it('refuses another schema version with unsupported_schema_version', () => {
    expect(summary(withDoc((d) => (d.schemaVersion = '2')))).toEqual([
      {
        code: 'unsupported_schema_version',
        path: 'schemaVersion',
        params: { received: '"2"', expected: ['1'] },
      },
    ]);
    expect(summary(withDoc((d) => (d.schemaVersion = 1)))).toEqual([
      {
        code: 'unsupported_schema_version',
        path: 'schemaVersion',
        params: { received: '1', expected: ['1'] },
      },
    ]);
    expect(summary(withDoc((d) => delete d.schemaVersion))).toEqual([
      { code: 'required', path: 'schemaVersion', params: { field: 'schemaVersion' } },
    ]);
    expect(
      messages(
        withDoc((d) => (d.schemaVersion = '2')),
        'nl',
      ),
    ).toEqual(['Schemaversie "2" wordt niet ondersteund (verwacht: "1").']);
  });

  it('refuses malformed amounts, instants, enterprise numbers, call ids, e-mails and phones', () => {
    const cases: [(d: any) => void, string, string][] = [
      [(d) => (d.procurement.costs[0].amount = '1.234'), 'procurement.costs.0.amount', 'amount'],
      [(d) => (d.procurement.costs[0].amount = '-1'), 'procurement.costs.0.amount', 'amount'],
      [
        (d) => (d.procurement.costs[0].amount = '12345678901234'),
        'procurement.costs.0.amount',
        'amount',
      ],
      [(d) => (d.procurement.costs[0].amount = '1,00'), 'procurement.costs.0.amount', 'amount'],
      [(d) => (d.support.cofinancing.requested = '1e6'), 'support.cofinancing.requested', 'amount'],
      [(d) => (d.submittedAt = '2024-10-08T14:32:00'), 'submittedAt', 'instant'],
      [(d) => (d.submittedAt = '2023-02-29T14:32:00Z'), 'submittedAt', 'instant'],
      [(d) => (d.submittedAt = '2024-10-08T14:32:00+15:00'), 'submittedAt', 'instant'],
      [(d) => (d.submittedAt = '1999-10-08T14:32:00Z'), 'submittedAt', 'instant'],
      [
        (d) => (d.applicant.enterpriseNumber = '2123.456.749'),
        'applicant.enterpriseNumber',
        'enterprise-number',
      ],
      [(d) => (d.callId = '2024 2'), 'callId', 'call-id'],
      [(d) => (d.callId = '2024--2'), 'callId', 'call-id'],
      [(d) => (d.applicant.contact.email = 'naam@domein'), 'applicant.contact.email', 'email'],
      [(d) => (d.applicant.contact.phone = 'bel me'), 'applicant.contact.phone', 'phone'],
    ];
    for (const [change, path, format] of cases) {
      expect(summary(withDoc(change)), path).toEqual([
        { code: 'invalid_format', path, params: { format } },
      ]);
      const [dutch] = messages(withDoc(change), 'nl-BE');
      expect(dutch).toMatch(/^Ongeldig formaat: verwacht een /);
      const [english] = messages(withDoc(change), 'en');
      expect(english).toMatch(/^Invalid format: expected an? /);
    }
  });

  it('accepts the leap day, minutes without seconds, and offsets up to 14 hours', () => {
    expect(summary(withDoc((d) => (d.submittedAt = '2024-02-29T10:00:00-14:00')))).toEqual([]);
    expect(summary(withDoc((d) => (d.submittedAt = '2024-10-08T10:00+02:00')))).toEqual([]);
    expect(
      summary(withDoc((d) => (d.submittedAt = '2024-10-08T10:00:00.123456789+14:00'))),
    ).toEqual([]);
  });

  it('never lets toInstant refuse an instant the pattern accepts', () => {
    fc.assert(
      fc.property(fc.stringMatching(new RegExp(INSTANT_PATTERN)), (text) => {
        let refused: unknown;
        try {
          expect(toInstant(text, ['submittedAt']).getTime()).not.toBeNaN();
        } catch (error) {
          refused = error;
        }
        expect(refused instanceof Refusal ? refused.issues : refused).toBeUndefined();
      }),
      { numRuns: 2_000, seed: 3 },
    );
  });

  it('reports several problems at once, structure and rules together, errors first', () => {
    const doc = withDoc((d) => {
      d.submittedAt = '2024-10-11T00:00:00+02:00';
      d.applicant.subjectToProcurementLaw = false;
      d.project.title = 42;
      d.extra = true;
      d.support.cofinancing.requested = '750000.01';
    });
    const result = validate(doc);
    expect(codesInOrder(result)).toEqual([
      'invalid_type',
      'unknown_key',
      'submitted_after_deadline',
      'not_subject_to_procurement_law',
      'cofinancing_above_max_rate',
    ]);
    expect(
      reported(result)
        .filter((i) => (issueCodesByGroup.structure as readonly string[]).includes(i.code))
        .map((i) => i.code),
    ).toEqual(['invalid_type', 'unknown_key']);
  });

  it('puts warnings after errors', () => {
    const doc = withDoc((d) => {
      d.procurement.costs = [{ category: 'rd-services', amount: '3000000.00' }];
      d.support.cofinancing.requested = '1000000.01';
      d.project.title = '';
    });
    expect(reported(validate(doc)).map((i) => [i.code, i.severity])).toEqual([
      ['too_short', 'error'],
      ['cofinancing_above_indicative_cap', 'warning'],
    ]);
  });

  it('renders messages in Dutch by default and in English on request', () => {
    const doc = withDoc((d) => delete d.project.title);
    const result = validate(doc, { locale: undefined });
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      'De titel ontbreekt.',
    ]);
    expect(messages(doc, 'en')).toEqual(['The title is missing.']);
  });

  it('reports a present key whose value is undefined as missing, and reads the rest', () => {
    expect(
      summary(
        withDoc((d) => {
          d.project = undefined;
          d.applicant.organisationType = undefined;
        }),
      ).map((i) => [i.code, i.path]),
    ).toEqual([
      ['required', 'applicant.organisationType'],
      ['required', 'project'],
    ]);
  });

  it('treats an explicit undefined of an optional key as absent, and skips inherited keys', () => {
    expect(summary(withDoc((d) => (d.submittedAt = undefined)))).toEqual([]);
    const inherited = Object.assign(Object.create({ injected: true }) as object, validDocument());
    expect(summary(inherited)).toEqual([]);
    expect(
      summary({ ...withDoc((d) => delete d.applicant), submittedAt: undefined }).map((i) => i.code),
    ).toEqual(['required']);
  });
});

describe('salvage', () => {
  it('reads what parses: objects become partial, wrong kinds empty, leaves dropped', () => {
    expect(
      salvage(applicationSchema, {
        callId: '2024-2',
        submittedAt: 'gisteren',
        applicant: 'x',
        partners: 'y',
        procurement: { vat: 'excluded', costs: [{ category: 'rd-services', amount: 5 }, 3] },
      }),
    ).toEqual({
      callId: '2024-2',
      applicant: {},
      partners: [],
      procurement: { vat: 'excluded', costs: [{ category: 'rd-services' }, {}] },
    });
  });

  it('keeps the parsed values of the parts that parse: Money and Date', () => {
    const salvaged = salvage(
      applicationSchema,
      withDoc((d) => (d.project.title = 5)),
    ) as PartialApplication;
    expect(salvaged.submittedAt).toBeInstanceOf(Date);
    expect(salvaged.procurement?.costs?.[1]?.amount).toEqual({
      amount: '950000.00',
      currency: 'EUR',
    });
    expect(salvaged.project?.title).toBeUndefined();
    expect(salvaged.project?.need).toBe(validDocument().project.need);
  });

  it('lets a proposal with a typo still hear that it is late', () => {
    const doc = withDoc((d) => {
      d.submittedAt = '2024-10-12T10:00:00+02:00';
      d.projekt = d.project;
      delete d.project;
      d.applicant.contact.emial = d.applicant.contact.email;
    });
    expect(codesOf(validate(doc))).toEqual([
      'required',
      'submitted_after_deadline',
      'unknown_key',
      'unknown_key',
    ]);
  });

  it('reads the rest of a proposal whose applicant is null', () => {
    const doc = withDoc((d) => {
      d.applicant = null;
      d.submittedAt = '2024-10-11T00:00:00+02:00';
    });
    expect(codesInOrder(validate(doc))).toEqual(['invalid_type', 'submitted_after_deadline']);
  });

  it('reads a procurement given as undefined as absent, even when other parts do not parse', () => {
    const doc = withDoc((d) => {
      d.procurement = undefined;
      d.project.title = 5;
    });
    expect(codesInOrder(validate(doc))).toEqual(['invalid_type', 'no_procurement_foreseen']);
  });

  it('runs no rule on an input that is not an object', () => {
    for (const input of [null, [], 'x', 42, true])
      expect(codesInOrder(validate(input))).toEqual(['invalid_type']);
    expect(briefOf(validate('2024-2'))).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'object', received: 'text' } },
    ]);
  });
});

describe('validateApplication', () => {
  it('returns the success, or throws PioRulesError with every issue', () => {
    expect(validateApplication(validDocument(), { at: EXAMPLE_AT }).data.application.callId).toBe(
      '2024-2',
    );
    let caught: unknown;
    try {
      validateApplication(
        withDoc((d) => {
          delete d.callId;
          d.applicant.subjectToProcurementLaw = false;
        }),
      );
    } catch (error) {
      caught = error;
    }
    expect(isPioRulesError(caught)).toBe(true);
    expect(caught).toMatchObject({ name: 'PioRulesError', code: 'required' });
    expect((caught as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual([
      'required',
      'not_subject_to_procurement_law',
    ]);
    expect((caught as Error).message).toBe(
      'required [callId]: De id van de oproep ontbreekt. (+1)',
    );
  });
});
