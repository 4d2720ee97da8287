import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  safeValidateApplication,
  validateApplication,
  type Application,
  type ValidateApplicationOptions,
  type ValidatedApplication,
} from '../../src/applications/index.js';
import type { CofinancingResult } from '../../src/cofinancing/index.js';
import {
  isPioRulesError,
  PioRulesError,
  type PioIssue,
  type Result,
  type Success,
} from '../../src/issues/index.js';
import { unfrozenPaths } from '../helpers/deeplyFrozen.js';
import {
  briefOf,
  codesInOrder,
  EXAMPLE_AT,
  exampleFiles,
  loadExample,
  publishedCalendar,
  validate,
  validDocument,
  withDoc,
} from './fixtures.js';

/** The paths of every object or array reachable from `value` that is frozen. */
function frozenPaths(value: unknown, path = '$'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return [
    ...(Object.isFrozen(value) ? [path] : []),
    ...Object.entries(value).flatMap(([key, child]) => frozenPaths(child, `${path}.${key}`)),
  ];
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the result of safeValidateApplication', () => {
  it('is { success: true, data: { application, cofinancing }, warnings } for a valid proposal', () => {
    const result = safeValidateApplication(validDocument(), { at: EXAMPLE_AT });
    expect(Object.keys(result).sort()).toEqual(['data', 'success', 'warnings']);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(Object.keys(result.data).sort()).toEqual(['application', 'cofinancing']);
    // The built-in calendar's 2024-2 is an announced target date, not a published deadline.
    expect(result.warnings.map((w) => [w.code, w.severity, w.path])).toEqual([
      ['deadline_not_published', 'warning', ['callId']],
    ]);
    expect(result.data.application.callId).toBe('2024-2');
    expect(result.data.cofinancing.maximum).toEqual({ amount: '750000.00', currency: 'EUR' });
    expect(result.data.cofinancing.requested).toEqual({ amount: '750000.00', currency: 'EUR' });
    expect([result.data.cofinancing.ruleDate, result.data.cofinancing.callId]).toEqual([
      '2024-10-10',
      '2024-2',
    ]);
  });

  it('is { success: false, issues } for an invalid one, errors first', () => {
    const result = validate(withDoc((d) => (d.applicant.subjectToProcurementLaw = false)));
    expect(Object.keys(result).sort()).toEqual(['issues', 'success']);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
      ['not_subject_to_procurement_law', 'error'],
    ]);
  });

  it('fails exactly when some issue is an error', () => {
    for (const file of exampleFiles) {
      const result = validate(loadExample(file));
      const issues = result.success ? result.warnings : result.issues;
      expect(result.success, file).toBe(!issues.some((i) => i.severity === 'error'));
      if (result.success) for (const w of issues) expect(w.severity).toBe('warning');
    }
  });

  it('narrows on success, and types its parts', () => {
    const result = safeValidateApplication(validDocument());
    expectTypeOf(result).toEqualTypeOf<Result<ValidatedApplication>>();
    if (result.success) {
      expectTypeOf(result.data.application).toEqualTypeOf<Application>();
      expectTypeOf(result.data.cofinancing).toEqualTypeOf<CofinancingResult>();
      expectTypeOf(result.warnings).toEqualTypeOf<readonly PioIssue[]>();
    } else {
      expectTypeOf(result.issues).toEqualTypeOf<readonly PioIssue[]>();
    }
    expectTypeOf(validateApplication).returns.toEqualTypeOf<Success<ValidatedApplication>>();
    expectTypeOf(validateApplication)
      .parameter(1)
      .toEqualTypeOf<ValidateApplicationOptions | undefined>();
  });

  it('carries issues whose params are typed by their code', () => {
    const result = validate(withDoc((d) => (d.submittedAt = '2024-10-12T10:00:00+02:00')));
    const [issue] = result.success ? [] : result.issues;
    if (issue?.code === 'submitted_after_deadline') {
      expectTypeOf(issue.params.judgedBy).toEqualTypeOf<'submission' | 'option'>();
      expect(issue.params.judgedBy).toBe('submission');
    } else expect.unreachable('a late proposal');
  });

  it('is frozen plain data: the proposal as parsed and its cofinancing', () => {
    const result = safeValidateApplication(validDocument(), { at: EXAMPLE_AT });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(unfrozenPaths(result.data)).toEqual([]);
    const copy = JSON.parse(JSON.stringify(result.data)) as Record<string, unknown>;
    expect(copy['application']).toMatchObject({
      callId: '2024-2',
      submittedAt: '2024-10-08T12:32:00.000Z',
    });
    const failed = validate(withDoc((d) => (d.callId = '2024-9')));
    expect(failed.success).toBe(false);
    for (const issue of failed.success ? [] : failed.issues) {
      expect(Object.isFrozen(issue)).toBe(true);
      expect(Object.isFrozen(issue.path)).toBe(true);
      expect(Object.isFrozen(issue.params)).toBe(true);
    }
  });

  it('gives fresh data for every validation', () => {
    const a = validateApplication(validDocument(), { at: EXAMPLE_AT });
    const b = validateApplication(validDocument(), { at: EXAMPLE_AT });
    expect(a).toEqual(b);
    expect(a.data).not.toBe(b.data);
    expect(a.data.application.submittedAt).not.toBe(b.data.application.submittedAt);
  });
});

describe('validateApplication', () => {
  it('returns the same success as safeValidateApplication', () => {
    for (const file of exampleFiles) {
      const safe = validate(loadExample(file));
      if (!safe.success) continue;
      const success = validateApplication(loadExample(file), {
        at: EXAMPLE_AT,
        calendar: publishedCalendar,
      });
      expect(success).toEqual(safe);
      expect(success.success).toBe(true);
    }
    const draft = withDoc((d) => delete d.submittedAt);
    expect(validateApplication(draft).warnings.map((w) => w.code)).toEqual([
      'submission_time_unknown',
      'deadline_not_published',
    ]);
  });

  it('throws PioRulesError with the same issues as the failed result, in the same locale', () => {
    for (const file of exampleFiles.filter((f) => f.includes('invalid')))
      for (const locale of ['nl-BE', 'en-US']) {
        const safe = safeValidateApplication(loadExample(file), { at: EXAMPLE_AT, locale });
        expect(safe.success).toBe(false);
        if (safe.success) continue;
        const error = thrown(() =>
          validateApplication(loadExample(file), { at: EXAMPLE_AT, locale }),
        );
        expect(error).toBeInstanceOf(PioRulesError);
        expect(isPioRulesError(error)).toBe(true);
        if (!isPioRulesError(error)) continue;
        expect(error.issues).toEqual(safe.issues);
        expect(error.code).toBe(safe.issues[0]?.code);
        expect(error.message).toContain(safe.issues[0]?.message);
      }
  });

  it('throws for every input the safe function refuses, never anything else', () => {
    for (const input of [null, 'x', 42, [], {}, 'x'.repeat(2_000_000)]) {
      const error = thrown(() => validateApplication(input));
      expect(isPioRulesError(error)).toBe(true);
    }
    expect(isPioRulesError(thrown(() => validateApplication(validDocument(), 'en' as never)))).toBe(
      true,
    );
  });
});

describe('the locale option', () => {
  const late = (): unknown => withDoc((d) => (d.submittedAt = '2024-10-12T10:00:00+02:00'));

  it('speaks Dutch for nl, nl-BE and nl-NL, and by default', () => {
    const texts = ['nl', 'nl-BE', 'nl-NL', 'NL-be', undefined].map((locale) => {
      const result = validate(late(), { locale });
      return result.success ? '' : result.issues[0]?.message;
    });
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toMatch(/^Ingediend op zaterdag 12 oktober 2024 om 10\.00 uur/);
  });

  it('speaks English for en, en-US and en-GB', () => {
    const texts = ['en', 'en-US', 'en-GB'].map((locale) => {
      const result = validate(late(), { locale });
      return result.success ? '' : result.issues[0]?.message;
    });
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toMatch(/^Submitted on Saturday 12 October 2024 at 10:00/);
  });

  it('refuses any other language with unsupported_locale at path locale, in Dutch', () => {
    for (const locale of ['fr', 'de-DE', '', 'english', 'nl_BE', 42, null, {}]) {
      const result = safeValidateApplication(validDocument(), { locale: locale as never });
      expect(briefOf(result)).toEqual([
        {
          code: 'unsupported_locale',
          path: ['locale'],
          params: expect.objectContaining({ expected: ['nl', 'en'] }),
        },
      ]);
      expect(result.success ? '' : result.issues[0]?.message).toMatch(/^Taal .* wordt niet/);
    }
    const fr = safeValidateApplication(late(), { locale: 'fr' });
    expect(briefOf(fr)[0]?.params).toEqual({ received: 'fr', expected: ['nl', 'en'] });
    const error = thrown(() => validateApplication(validDocument(), { locale: 'fr' }));
    expect(isPioRulesError(error) && error.code).toBe('unsupported_locale');
  });

  it('refuses an unsupported locale before reading the proposal', () => {
    expect(codesInOrder(safeValidateApplication(null, { locale: 'fr' }))).toEqual([
      'unsupported_locale',
    ]);
    expect(codesInOrder(safeValidateApplication('x'.repeat(2_000_000), { locale: 'fr' }))).toEqual([
      'unsupported_locale',
    ]);
  });
});

describe('what the caller passed', () => {
  it('is never changed nor frozen: the proposal', () => {
    for (const file of exampleFiles) {
      const input = loadExample(file);
      const before = structuredClone(input);
      safeValidateApplication(input, { at: EXAMPLE_AT });
      expect(input, file).toEqual(before);
      expect(frozenPaths(input), file).toEqual([]);
      input.project.title = 'changed afterwards';
      expect(input.project.title).toBe('changed afterwards');
    }
  });

  it('is never changed nor frozen: a proposal that is refused, with forbidden keys', () => {
    const input = JSON.parse(
      JSON.stringify(validDocument()).replace('{', '{"__proto__":{"x":1},"extra":[1,{"a":2}],'),
    );
    const before = structuredClone(input);
    expect(validate(input).success).toBe(false);
    expect(input).toEqual(before);
    expect(Object.hasOwn(input, '__proto__')).toBe(true);
    expect(frozenPaths(input)).toEqual([]);
  });

  it('is never changed nor frozen: the options and their lists', () => {
    const eligibleOrganisationTypes = ['municipality', 'province'] as const;
    const types = [...eligibleOrganisationTypes];
    const at = new Date('2024-10-01T10:00:00Z');
    const options = { at, locale: 'en', eligibleOrganisationTypes: types };
    validateApplication(validDocument(), options);
    expect(options).toEqual({
      at,
      locale: 'en',
      eligibleOrganisationTypes: [...eligibleOrganisationTypes],
    });
    expect(Object.isFrozen(options)).toBe(false);
    expect(Object.isFrozen(types)).toBe(false);
    expect(at.getTime()).toBe(Date.parse('2024-10-01T10:00:00Z'));
  });

  it('shares nothing with the result: the result is a copy', () => {
    const input = validDocument();
    const { data } = validateApplication(input, { at: EXAMPLE_AT });
    expect(data.application).not.toBe(input);
    expect(data.application.project).not.toBe(input.project);
    expect(data.application.procurement?.costs).not.toBe(input.procurement.costs);
    input.project.title = 'changed';
    expect(data.application.project.title).toBe(validDocument().project.title);
  });
});
