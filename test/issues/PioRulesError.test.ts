import { describe, expect, it } from 'vitest';
import { issue } from '../../src/issues/issue.js';
import { isPioRulesError, PioRulesError, type PioIssue } from '../../src/issues/index.js';
import { renderIssue } from '../../src/locales/render.js';
import { eur } from '../../src/money/index.js';

const required = renderIssue(issue('required', {}, { path: ['applicant', 'name'] }), 'nl');
const unknownCall = renderIssue(issue('unknown_call', { callId: '2031-9' }), 'en');

describe('PioRulesError', () => {
  it('carries the code of its first issue and every issue, in order', () => {
    const error = new PioRulesError([required, unknownCall]);
    expect(error.code).toBe('required');
    expect(error.issues).toEqual([required, unknownCall]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PioRulesError');
  });

  it('says the first code, where it is, its message and how many more there are', () => {
    expect(new PioRulesError([required, unknownCall]).message).toBe(
      'required [applicant.name]: Dit veld is verplicht. (+1)',
    );
    expect(new PioRulesError([unknownCall]).message).toBe('unknown_call: Unknown call "2031-9".');
    const atIndex = renderIssue(issue('required', {}, { path: ['costs', 0, 'amount'] }), 'en');
    expect(new PioRulesError([atIndex]).message).toBe(
      'required [costs[0].amount]: This field is required.',
    );
  });

  it('is what the throwing functions throw, with the message in the caller’s locale', () => {
    let caught: unknown;
    try {
      eur('12,50', { locale: 'en-GB' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PioRulesError);
    const error = caught as PioRulesError;
    expect(error.code).toBe('invalid_amount');
    expect(error.message).toMatch(/^invalid_amount: Invalid amount: "12,50"/);
    expect(error.issues[0]?.message).toBe(error.message.replace('invalid_amount: ', ''));
  });
});

describe('isPioRulesError', () => {
  it('recognises a PioRulesError', () => {
    expect(isPioRulesError(new PioRulesError([required]))).toBe(true);
  });

  it('recognises one thrown by another copy of the library: an Error named PioRulesError with issues', () => {
    class OtherCopy extends Error {
      readonly issues: readonly PioIssue[] = [required];
      override name = 'PioRulesError';
    }
    expect(isPioRulesError(new OtherCopy('x'))).toBe(true);
    const plain = Object.assign(new Error('x'), { name: 'PioRulesError', issues: [] });
    expect(isPioRulesError(plain)).toBe(true);
  });

  it('refuses look-alikes: another error, an error without issues, a plain object', () => {
    expect(isPioRulesError(new Error('x'))).toBe(false);
    expect(isPioRulesError(Object.assign(new Error('x'), { name: 'PioRulesError' }))).toBe(false);
    expect(
      isPioRulesError(Object.assign(new Error('x'), { name: 'PioRulesError', issues: 'many' })),
    ).toBe(false);
    expect(isPioRulesError({ name: 'PioRulesError', issues: [], message: 'x' })).toBe(false);
    expect(isPioRulesError(null)).toBe(false);
    expect(isPioRulesError(undefined)).toBe(false);
    expect(isPioRulesError('PioRulesError')).toBe(false);
  });
});
