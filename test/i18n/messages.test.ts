import { describe, expect, it } from 'vitest';
import { en, formatIssueMessage, nl, pickText } from '../../src/i18n/index.js';
import {
  createIssue,
  issueCodes,
  isPioRulesError,
  localizeIssue,
  PioRulesError,
} from '../../src/issues/index.js';

describe('messages', () => {
  it.each(issueCodes)('has a Dutch and an English message for %s', (code) => {
    const params = { received: 'X', id: 'Y', callId: 'Z' };
    const nlText = formatIssueMessage(code, params, 'nl-BE');
    const enText = formatIssueMessage(code, params, 'en');
    expect(nlText.length).toBeGreaterThan(10);
    expect(enText.length).toBeGreaterThan(10);
    expect(nlText).not.toBe(enText);
  });

  it('has exactly one message per code in each table', () => {
    expect(Object.keys(nl).sort()).toEqual([...issueCodes].sort());
    expect(Object.keys(en).sort()).toEqual([...issueCodes].sort());
    expect(new Set(issueCodes).size).toBe(issueCodes.length);
  });

  it('uses snake_case codes', () => {
    for (const code of issueCodes) expect(code).toMatch(/^[a-z]+(?:_[a-z0-9]+)*$/);
  });

  it('renders missing params as ? and lists as text', () => {
    expect(formatIssueMessage('unknown_call', {}, 'en')).toBe('Unknown call "?".');
    expect(
      formatIssueMessage('invalid_value', { received: 'x', expected: ['a', 'b'] }, 'en'),
    ).toContain('"a", "b"');
    expect(formatIssueMessage('required')).toBe('Dit veld is verplicht.');
    expect(pickText({ nl: 'oproep', en: 'call' }, 'nl-BE')).toBe('oproep');
  });
});

describe('PioRulesError', () => {
  it('carries the code of its first issue and every issue', () => {
    const issues = [
      createIssue('required', { path: ['a'] }),
      createIssue('unknown_call', { params: { callId: 'x' } }),
    ];
    const error = new PioRulesError(issues);
    expect(error.code).toBe('required');
    expect(error.issues).toEqual(issues);
    expect(error.message).toBe(
      'required [a]: Dit veld is verplicht. | This field is required. (+1)',
    );
    expect(error).toBeInstanceOf(Error);
    expect(isPioRulesError(error)).toBe(true);
    expect(isPioRulesError(new Error('x'))).toBe(false);
    expect(new PioRulesError([]).code).toBe('invalid_input');
  });

  it('renders an issue again in another locale', () => {
    const issue = createIssue('unknown_call', {
      params: { callId: '2031-9' },
      severity: 'warning',
      source: { title: 't', url: 'u' },
    });
    expect(issue.message).toBe('Onbekende oproep "2031-9".');
    expect(localizeIssue(issue, 'en')).toMatchObject({
      message: 'Unknown call "2031-9".',
      severity: 'warning',
      source: { title: 't' },
    });
  });
});
