import { describe, expect, it } from 'vitest';
import { issue, type IssueData } from '../../src/issues/issue.js';
import { PioRulesError } from '../../src/issues/index.js';
import { refuse } from '../../src/issues/Refusal.js';
import { outcome, succeed } from '../../src/issues/Result.js';
import { orThrow, safely } from '../../src/locales/edge.js';
import { errorOf, renderedOrThrown } from '../../src/locales/render.js';

const warning = issue(
  'cap_overridden',
  { indicativeCap: '1000000.00', cap: '1200000.00' },
  {
    severity: 'warning',
  },
);
const error = issue('unknown_call', { callId: '2031-9' }, { path: ['callId'] });

describe('safely', () => {
  it('renders the warnings of a success in the negotiated locale, keeping the data as it is', () => {
    const data = { x: 1 };
    const result = safely('en-GB', ({ locale }) => {
      expect(locale).toBe('en');
      return succeed(data, [warning]);
    });
    expect(result).toEqual({
      success: true,
      data,
      warnings: [
        {
          ...warning,
          message:
            'The indicative cap of €1,000,000.00 was replaced by decision with €1,200,000.00.',
        },
      ],
    });
    expect(result.success && result.data).toBe(data);
  });

  it('renders every issue of a failure once, errors first, defaulting to Dutch', () => {
    const result = safely(undefined, () => ({ success: false, issues: [warning, error] }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.code, i.message])).toEqual([
      ['unknown_call', 'Onbekende oproep "2031-9".'],
      [
        'cap_overridden',
        'Het richtbedrag van € 1.000.000,00 is bij beslissing vervangen door € 1.200.000,00.',
      ],
    ]);
  });

  it('turns a refusal into a failed result', () => {
    const result = safely('en', () => refuse('required', {}, ['name']));
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'required',
          severity: 'error',
          path: ['name'],
          params: {},
          message: 'This field is required.',
        },
      ],
    });
  });

  it('fails with unsupported_locale, in Dutch, for a language it does not speak, without running the body', () => {
    let ran = false;
    const result = safely('fr', () => {
      ran = true;
      return succeed(1);
    });
    expect(ran).toBe(false);
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['unsupported_locale', ['locale']],
    ]);
  });

  it('gives the body a renderer for issues its data carries', () => {
    const result = safely('en', ({ render }) => succeed(render(error).message));
    expect(result.success && result.data).toBe('Unknown call "2031-9".');
  });

  it('lets any other exception pass on', () => {
    expect(() =>
      safely('nl', () => {
        throw new RangeError('boom');
      }),
    ).toThrow(RangeError);
  });

  it('makes a failed outcome of an error among warnings', () => {
    const found: IssueData[] = [warning, error];
    const result = safely('nl', () => outcome(found, () => 'never'));
    expect(result.success).toBe(false);
  });
});

describe('orThrow', () => {
  it('returns the very success it is given', () => {
    const success = safely('nl', () => succeed(5));
    expect(orThrow(success)).toBe(success);
  });

  it('throws a PioRulesError with the same issues', () => {
    const failure = safely('en', () => ({ success: false, issues: [error, warning] }));
    let caught: unknown;
    try {
      orThrow(failure);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PioRulesError);
    expect((caught as PioRulesError).issues).toEqual(failure.success ? [] : failure.issues);
    expect((caught as PioRulesError).code).toBe('unknown_call');
  });
});

describe('renderedOrThrown', () => {
  it('returns the value of the body, given the negotiated locale', () => {
    expect(renderedOrThrown('nl-NL', (locale) => `value in ${locale}`)).toBe('value in nl');
    expect(renderedOrThrown(undefined, (locale) => locale)).toBe('nl');
  });

  it('throws a refusal as a PioRulesError rendered in the locale', () => {
    let caught: unknown;
    try {
      renderedOrThrown('en', () => refuse('unknown_call', { callId: 'x' }, ['callId']));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PioRulesError);
    expect((caught as PioRulesError).message).toBe('unknown_call [callId]: Unknown call "x".');
  });

  it('throws an unsupported locale as a PioRulesError in Dutch', () => {
    expect(() => renderedOrThrown('fr', () => 1)).toThrow(
      /^unsupported_locale \[locale\]: Taal "fr"/,
    );
  });

  it('lets any other exception pass on', () => {
    expect(() =>
      renderedOrThrown('nl', () => {
        throw new RangeError('boom');
      }),
    ).toThrow(RangeError);
  });
});

describe('errorOf', () => {
  it('makes one error of rendered issues, and of none an unreadable input', () => {
    expect(errorOf([error, warning], 'en').issues.map((i) => i.code)).toEqual([
      'unknown_call',
      'cap_overridden',
    ]);
    expect(errorOf([], 'en').code).toBe('invalid_input');
  });
});
