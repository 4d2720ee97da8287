import { describe, expect, it } from 'vitest';
import { issueCodes } from '../../src/issues/index.js';
import { issue } from '../../src/issues/issue.js';
import { issueMessage } from '../../src/locales/index.js';
import { renderIssue } from '../../src/locales/render.js';
import { safeParseEur } from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { allSamples } from './samples.js';

const PLACEHOLDER_FREE = /undefined|NaN|\[object|null/;

describe('issueMessage', () => {
  it('renders a stored issue as the library rendered it, in either language', () => {
    for (const s of allSamples)
      for (const locale of ['nl', 'en'] as const) {
        const stored = JSON.parse(JSON.stringify({ code: s.code, params: s.params })) as {
          code: string;
          params: object;
        };
        expect(issueMessage(stored, { locale })).toBe(
          renderIssue(issue(s.code, s.params as never), locale).message,
        );
      }
  });

  it('renders an issue a public function returned, after a JSON round trip, in another language', () => {
    const failed = safeParseEur('1.500', { locale: 'en' });
    if (failed.success) throw new Error('expected a failure');
    const stored = JSON.parse(JSON.stringify(failed.issues[0])) as { code: string; params: object };
    expect(issueMessage(stored, { locale: 'en' })).toBe(failed.issues[0]?.message);
    expect(issueMessage(stored)).toBe(
      'Dubbelzinnig bedrag: "1.500" is € 1.500,00 in Nederlandse schrijfwijze maar € 1,50 in Engelse. Schrijf de decimalen erbij of laat het scheidingsteken van de duizendtallen weg (zoals "1.500,00", "1,50" of "1500").',
    );
  });

  it('defaults to Dutch and negotiates the locale as every function does', () => {
    expect(issueMessage({ code: 'required' })).toBe('Dit veld is verplicht.');
    expect(issueMessage({ code: 'required' }, { locale: 'en-GB' })).toBe('This field is required.');
    expectCode(() => issueMessage({ code: 'required' }, { locale: 'fr' }), 'unsupported_locale');
  });

  it.each(issueCodes)('never prints undefined for %s without params, but ?', (code) => {
    for (const locale of ['nl', 'en'] as const) {
      const message = issueMessage({ code }, { locale });
      expect(message.length).toBeGreaterThan(5);
      expect(message).not.toMatch(PLACEHOLDER_FREE);
    }
  });

  it('reads a missing or null param as ?, and leaves an optional one out', () => {
    expect(issueMessage({ code: 'unknown_call', params: {} }, { locale: 'en' })).toBe(
      'Unknown call "?".',
    );
    expect(issueMessage({ code: 'unknown_call', params: { callId: null } }, { locale: 'en' })).toBe(
      'Unknown call "?".',
    );
    expect(
      issueMessage({ code: 'invalid_value', params: { received: '"x"' } }, { locale: 'en' }),
    ).toBe('Invalid value "x"; allowed: "?".');
    expect(
      issueMessage({ code: 'invalid_amount', params: { received: '"x"' } }, { locale: 'en' }),
    ).toBe('Invalid amount: "x" (expected: an amount such as "1234.56").');
    expect(issueMessage({ code: 'invalid_type', params: {} }, { locale: 'en' })).toBe(
      'Wrong kind of value: expected ?, got ?.',
    );
    expect(issueMessage({ code: 'input_too_large', params: {} }, { locale: 'nl' })).toBe(
      'Invoer te groot: ?.',
    );
  });

  it('writes an instant of a stored issue as it is when its zone is missing or unknown', () => {
    const params = { opensAt: '2024-10-11T07:00:00Z', deadline: '2024-10-10T22:00:00Z' };
    expect(issueMessage({ code: 'opens_after_deadline', params }, { locale: 'en' })).toContain(
      '2024-10-11T07:00:00Z',
    );
    expect(
      issueMessage(
        { code: 'opens_after_deadline', params: { ...params, timeZone: 'Mars/Olympus_Mons' } },
        { locale: 'en' },
      ),
    ).toContain('2024-10-10T22:00:00Z');
  });

  it('takes the rest of a stored issue along, and params that are not an object as none', () => {
    const stored = {
      code: 'required',
      severity: 'error',
      path: ['a'],
      message: 'old text',
      params: 5,
    };
    expect(issueMessage(stored as never, { locale: 'en' })).toBe('This field is required.');
  });

  it('never freezes or changes the caller’s issue or params', () => {
    const params = { callId: '2031-9' };
    const stored = { code: 'unknown_call', params };
    issueMessage(stored);
    issueMessage({ code: 'unknown_call', params: { callId: null } });
    expect(Object.isFrozen(params)).toBe(false);
    expect(Object.isFrozen(stored)).toBe(false);
    expect(stored).toEqual({ code: 'unknown_call', params: { callId: '2031-9' } });
    params.callId = 'changed later';
    expect(params.callId).toBe('changed later');
  });

  it('refuses a code this version does not know, at code', () => {
    const error = expectCode(() => issueMessage({ code: 'not_a_code' }), 'invalid_value');
    expect(error.issues[0]?.path).toEqual(['code']);
    expect(error.issues[0]?.params).toEqual({ received: '"not_a_code"', expected: [] });
    for (const stored of [{ code: 'toString' }, { code: 5 }, {}, null, 'required'])
      expectCode(() => issueMessage(stored as never), 'invalid_value');
  });

  it('refuses params it cannot read as invalid_input', () => {
    const throwing = Object.defineProperty({}, 'callId', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(
      expectCode(() => issueMessage({ code: 'unknown_call', params: throwing }), 'invalid_input')
        .issues[0],
    ).toMatchObject({ path: ['params'], params: { problem: 'unreadable' } });
    expectCode(
      () =>
        issueMessage({ code: 'invalid_value', params: { received: 'x', expected: 'not a list' } }),
      'invalid_input',
    );
  });

  it('renders hostile params in bounded time', () => {
    const start = performance.now();
    const rate = `0.${'0'.repeat(1_000_000)}1`;
    const message = issueMessage({
      code: 'cofinancing_above_max_rate',
      params: { requested: '1.00', maximum: '1.00', eligibleBase: '1.00', rate },
    });
    expect(message.length).toBeGreaterThan(1_000_000);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
