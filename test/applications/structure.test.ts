import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  applicationSchema,
  applicationStructuralCodes,
  isStructuralIssue,
  parseApplication,
  textLimits,
  validateApplication,
  type Application,
  type ApplicationDocument,
  type PartialApplication,
} from '../../src/applications/index.js';
import { guardInput } from '../../src/applications/input/guardInput.js';
import { mapZodIssues, valueAt } from '../../src/applications/input/mapZodIssues.js';
import { salvage } from '../../src/applications/input/salvage.js';
import { applicationObjectSchema } from '../../src/applications/schema/applicationSchema.js';
import { INSTANT_PATTERN } from '../../src/applications/schema/primitives.js';
import { createIssue } from '../../src/issues/index.js';
import { isMoney } from '../../src/money/index.js';
import { toInstant } from '../../src/time/index.js';
import fc from 'fast-check';
import { EXAMPLE_AT, validDocument } from './fixtures.js';

function issuesOf(doc: unknown, locale: 'nl-BE' | 'en' = 'en') {
  const result = validateApplication(doc, { at: EXAMPLE_AT, locale });
  return result.success ? [] : result.issues;
}

function summary(doc: unknown) {
  return issuesOf(doc).map((i) => ({ code: i.code, path: i.path.join('.'), params: i.params }));
}

function withDoc(change: (doc: any) => void): any {
  const doc = validDocument();
  change(doc);
  return doc;
}

describe('applicationSchema types', () => {
  it('reads an ApplicationDocument and gives an Application', () => {
    expectTypeOf<z.input<typeof applicationObjectSchema>>().toExtend<ApplicationDocument>();
    expectTypeOf<z.output<typeof applicationObjectSchema>>().toExtend<Application>();
    expectTypeOf<keyof z.input<typeof applicationObjectSchema>>().toEqualTypeOf<
      keyof ApplicationDocument
    >();
    expectTypeOf<Application>().toExtend<PartialApplication>();
  });

  it('parses amounts into Money and submittedAt into a Date', () => {
    const application = parseApplication(validDocument(), { at: EXAMPLE_AT });
    expect(isMoney(application.procurement?.costs[0]?.amount)).toBe(true);
    expect(application.procurement?.costs[0]?.amount.amount).toBe('250000.00');
    expect(application.submittedAt?.toISOString()).toBe('2024-10-08T12:32:00.000Z');
  });
});

describe('structural issues', () => {
  it('reports a missing field as required, with its path', () => {
    expect(summary(withDoc((d) => delete d.applicant.contact.email))).toEqual([
      { code: 'required', path: 'applicant.contact.email', params: { expected: 'string' } },
    ]);
  });

  it('reports a wrong type with what was expected and received', () => {
    expect(summary(withDoc((d) => (d.applicant.subjectToProcurementLaw = 'ja')))).toEqual([
      {
        code: 'invalid_type',
        path: 'applicant.subjectToProcurementLaw',
        params: { expected: 'boolean', received: 'string' },
      },
    ]);
    expect(summary(withDoc((d) => (d.partners = null)))[0]).toEqual({
      code: 'invalid_type',
      path: 'partners',
      params: { expected: 'array', received: 'null' },
    });
  });

  it('reports every unknown key, with the key', () => {
    expect(
      summary(
        withDoc((d) => {
          d.titel = 'x';
          d.project.Title = 'y';
        }),
      ),
    ).toEqual([
      { code: 'unknown_key', path: 'project.Title', params: { key: 'Title' } },
      { code: 'unknown_key', path: 'titel', params: { key: 'titel' } },
    ]);
  });

  it('counts the length of texts in characters, as JSON Schema does', () => {
    const at = (text: string) => summary(withDoc((d) => (d.project.title = text)));
    expect(at('😀'.repeat(textLimits.title))).toEqual([]);
    expect(at('😀'.repeat(textLimits.title + 1))).toEqual([
      { code: 'too_long', path: 'project.title', params: { maximum: 200 } },
    ]);
    expect(at('a'.repeat(textLimits.title + 1))[0]?.code).toBe('too_long');
    // A lone surrogate counts as one character, as ajv counts it.
    expect(at(`${'😀'.repeat(textLimits.title - 1)}\uD83D`)).toEqual([]);
    expect(at(`${'😀'.repeat(textLimits.title)}\uD83D`)[0]?.code).toBe('too_long');
    expect(at('\uD83Dx'.repeat(textLimits.title / 2))).toEqual([]);
    expect(at(`${'\uD83Dx'.repeat(textLimits.title / 2)}x`)[0]?.code).toBe('too_long');
  });

  it('refuses empty and blank texts', () => {
    expect(summary(withDoc((d) => (d.project.need = '')))).toEqual([
      { code: 'too_short', path: 'project.need', params: { minimum: 1 } },
    ]);
    expect(summary(withDoc((d) => (d.project.need = ' \n\t')))).toEqual([
      {
        code: 'invalid_format',
        path: 'project.need',
        params: { expected: 'a text that is not blank', format: 'not-blank' },
      },
    ]);
  });

  it('refuses too many or too few items', () => {
    expect(
      summary(withDoc((d) => (d.procurement.costs = []))).map((i) => [i.code, i.params]),
    ).toEqual([['too_short', { minimum: 1 }]]);
    const line = { category: 'rd-services', amount: '1.00' };
    expect(
      summary(withDoc((d) => (d.procurement.costs = Array.from({ length: 101 }, () => line)))).map(
        (i) => [i.code, i.params],
      ),
    ).toEqual([
      ['too_long', { maximum: 100 }],
      // The rules still run on the lines: 101 euro cannot carry the cofinancing asked.
      ['cofinancing_above_max_rate', expect.objectContaining({ eligibleBase: '101.00' })],
    ]);
  });

  it('refuses a value outside a list, naming the allowed ones', () => {
    expect(summary(withDoc((d) => (d.procurement.procedure = 'PCP')))).toEqual([
      {
        code: 'invalid_value',
        path: 'procurement.procedure',
        params: {
          received: '"PCP"',
          expected: [
            'pcp',
            'ppi',
            'ppi-with-validation',
            'innovation-partnership',
            'competitive-dialogue',
            'competitive-negotiation',
          ],
        },
      },
    ]);
    expect(summary(withDoc((d) => (d.applicant.organisationType = 'school')))[0]?.code).toBe(
      'invalid_value',
    );
  });

  it('refuses another schema version with unsupported_schema_version', () => {
    expect(summary(withDoc((d) => (d.schemaVersion = '2')))).toEqual([
      {
        code: 'unsupported_schema_version',
        path: 'schemaVersion',
        params: { expected: '1', received: '"2"' },
      },
    ]);
    expect(summary(withDoc((d) => (d.schemaVersion = 1)))[0]?.code).toBe(
      'unsupported_schema_version',
    );
    expect(summary(withDoc((d) => delete d.schemaVersion))[0]?.code).toBe('required');
    expect(summary(withDoc((d) => delete d.project.solutionMaturity))).toEqual([
      {
        code: 'required',
        path: 'project.solutionMaturity',
        params: { expected: ['not-existing', 'partially-existing', 'commercially-available'] },
      },
    ]);
  });

  it('refuses malformed amounts, instants, enterprise numbers, call ids, e-mails and phones', () => {
    const cases: [(d: any) => void, string][] = [
      [(d) => (d.procurement.costs[0].amount = '1.234'), 'procurement.costs.0.amount'],
      [(d) => (d.procurement.costs[0].amount = '-1'), 'procurement.costs.0.amount'],
      [(d) => (d.procurement.costs[0].amount = '12345678901234'), 'procurement.costs.0.amount'],
      [(d) => (d.support.cofinancing.requested = '1e6'), 'support.cofinancing.requested'],
      [(d) => (d.submittedAt = '2024-10-08T14:32:00'), 'submittedAt'],
      [(d) => (d.submittedAt = '2023-02-29T14:32:00Z'), 'submittedAt'],
      [(d) => (d.submittedAt = '2024-10-08T14:32:00+15:00'), 'submittedAt'],
      [(d) => (d.applicant.enterpriseNumber = '2123.456.749'), 'applicant.enterpriseNumber'],
      [(d) => (d.callId = '2024 2'), 'callId'],
      [(d) => (d.applicant.contact.email = 'naam@domein'), 'applicant.contact.email'],
      [(d) => (d.applicant.contact.phone = 'bel me'), 'applicant.contact.phone'],
    ];
    for (const [change, path] of cases) {
      const issues = summary(withDoc(change));
      expect(issues.map((i) => [i.code, i.path])).toEqual([['invalid_format', path]]);
      expect(String(issues[0]?.params['expected']).length).toBeGreaterThan(10);
      const [dutch] = validateApplication(withDoc(change), { at: EXAMPLE_AT }).success
        ? []
        : issuesOf(withDoc(change), 'nl-BE');
      expect(dutch?.message).toMatch(/^Ongeldig formaat: verwacht een /);
    }
  });

  it('accepts the leap day and offsets up to 14 hours', () => {
    expect(summary(withDoc((d) => (d.submittedAt = '2024-02-29T10:00:00-14:00')))).toEqual([]);
    expect(summary(withDoc((d) => (d.submittedAt = '2024-10-08T10:00+02:00')))).toEqual([]);
  });

  it('never lets toInstant refuse an instant the pattern accepts', () => {
    fc.assert(
      fc.property(fc.stringMatching(new RegExp(INSTANT_PATTERN)), (text) => {
        expect(toInstant(text).getTime()).not.toBeNaN();
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
    const issues = issuesOf(doc);
    expect(issues.map((i) => i.code)).toEqual([
      'invalid_type',
      'unknown_key',
      'submitted_after_deadline',
      'not_subject_to_procurement_law',
      'cofinancing_above_max_rate',
    ]);
    expect(issues.filter(isStructuralIssue).map((i) => i.code)).toEqual([
      'invalid_type',
      'unknown_key',
    ]);
  });

  it('puts warnings after errors', () => {
    const doc = withDoc((d) => {
      d.procurement.costs = [{ category: 'rd-services', amount: '3000000.00' }];
      d.support.cofinancing.requested = '1000000.01';
      d.project.title = '';
    });
    expect(issuesOf(doc).map((i) => [i.code, i.severity])).toEqual([
      ['too_short', 'error'],
      ['cofinancing_above_indicative_cap', 'warning'],
    ]);
  });

  it('renders messages in Dutch by default and in English on request', () => {
    const doc = withDoc((d) => delete d.project.title);
    const result = validateApplication(doc);
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      'Dit veld is verplicht.',
    ]);
    expect(issuesOf(doc, 'en')[0]?.message).toBe('This field is required.');
  });

  it('classifies structural codes', () => {
    expect(applicationStructuralCodes).toContain('unsupported_schema_version');
    expect(isStructuralIssue(createIssue('required'))).toBe(true);
    expect(isStructuralIssue(createIssue('unknown_call'))).toBe(false);
  });
});

describe('parseApplication', () => {
  it('returns the application or throws PioRulesError with every issue', () => {
    expect(parseApplication(validDocument(), { at: EXAMPLE_AT }).callId).toBe('2024-2');
    let caught: unknown;
    try {
      parseApplication(
        withDoc((d) => {
          delete d.callId;
          d.applicant.subjectToProcurementLaw = false;
        }),
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ name: 'PioRulesError', code: 'required' });
    expect((caught as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual([
      'required',
      'not_subject_to_procurement_law',
    ]);
  });
});

describe('internals', () => {
  it('salvages what parses: objects become partial, wrong kinds empty, leaves dropped', () => {
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

  it('finds values by path, telling a missing key from a present one', () => {
    expect(valueAt({ a: [1] }, ['a', 0])).toEqual({ present: true, value: 1 });
    expect(valueAt({ a: [1] }, ['a', 1])).toEqual({ present: false, value: undefined });
    expect(valueAt({ a: 1 }, ['a', 'b'])).toEqual({ present: false, value: undefined });
  });

  it('maps an unexpected zod issue to invalid_input', () => {
    const issues = mapZodIssues(
      [
        {
          code: 'invalid_union',
          errors: [],
          path: ['x'],
          message: 'No matching variant',
          input: 1,
        } as never,
        { code: 'custom', path: ['y'], message: 'Nope', input: 1 } as never,
        {
          code: 'too_big',
          origin: 'number',
          maximum: 5,
          path: ['z'],
          message: 'big',
          input: 6,
        } as never,
        {
          code: 'too_small',
          origin: 'number',
          minimum: 5,
          path: [Symbol.for('s')],
          message: 'small',
          input: 4,
        } as never,
        { code: 'invalid_format', format: 'regex', path: ['f'], message: 'a code' } as never,
      ],
      {},
      'en',
    );
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['invalid_input', ['x'], { reason: 'No matching variant' }],
      ['invalid_input', ['y'], { reason: 'Nope' }],
      ['too_big', ['z'], { maximum: 5 }],
      ['too_small', ['Symbol(s)'], { minimum: 5 }],
      ['invalid_format', ['f'], { expected: 'a code', format: 'a code' }],
    ]);
  });

  it('treats an explicit undefined as absent and skips inherited keys', () => {
    const doc = withDoc((d) => (d.submittedAt = undefined));
    expect(summary(doc)).toEqual([]);
    const inherited = Object.assign(Object.create({ injected: true }) as object, validDocument());
    expect(summary(inherited)).toEqual([]);
    expect(
      summary({ ...withDoc((d) => delete d.applicant), submittedAt: undefined }).map((i) => i.code),
    ).toEqual(['required']);
  });

  it('guards with custom limits', () => {
    expect(
      guardInput({ a: 'xx' }, 'en', { maxTextLength: 2, maxNodes: 10, maxDepth: 5 }).refused,
    ).toBe(true);
    expect(
      guardInput([1, 2, 3], 'en', { maxTextLength: 2, maxNodes: 3, maxDepth: 5 }).refused,
    ).toBe(true);
    expect(guardInput([1, 2], 'en', { maxTextLength: 2, maxNodes: 3, maxDepth: 5 }).refused).toBe(
      false,
    );
  });
});
