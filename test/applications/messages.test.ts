import { describe, expect, it } from 'vitest';
import {
  applicationRules,
  applicationStructuralCodes,
  validateApplication,
} from '../../src/applications/index.js';
import { formatIssueMessage } from '../../src/i18n/index.js';
import { issueCodes, type PioIssue } from '../../src/issues/index.js';
import { EXAMPLE_AT, exampleFiles, loadExample } from './fixtures.js';

/** The param names a message reads, found by rendering it with a recording proxy. */
function paramsRead(issue: PioIssue, locale: 'nl-BE' | 'en'): string[] {
  const read = new Set<string>();
  const recorder = new Proxy(issue.params, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key) as unknown;
    },
  });
  formatIssueMessage(issue.code, recorder, locale);
  return [...read];
}

const reportable = [
  ...new Set([...applicationStructuralCodes, ...applicationRules.flatMap((r) => r.codes)]),
];

describe('messages of the applications module', () => {
  it.each(reportable)('%s has a Dutch and an English message', (code) => {
    expect(issueCodes).toContain(code);
    const nl = formatIssueMessage(code, {}, 'nl-BE');
    const en = formatIssueMessage(code, {}, 'en');
    expect(nl.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(nl).not.toBe(en);
  });

  it('gives every message of every example all the values it shows, in both locales', () => {
    let checked = 0;
    for (const file of exampleFiles) {
      for (const locale of ['nl-BE', 'en'] as const) {
        const result = validateApplication(loadExample(file), { at: EXAMPLE_AT, locale });
        const issues = result.success ? result.warnings : result.issues;
        for (const issue of issues) {
          for (const key of paramsRead(issue, locale))
            expect(issue.params, `${issue.code}.${key}`).toHaveProperty(key);
          expect(issue.message).toBe(formatIssueMessage(issue.code, issue.params, locale));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('shows the values in the text', () => {
    const doc = loadExample('invalid-partners.json');
    const result = validateApplication(doc, { at: EXAMPLE_AT });
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      'Ongeldig ondernemingsnummer 0207.999.968 (KBO: 10 cijfers met geldige controlecijfers, bv. 0123.456.749).',
      'Partner 0207177746 is de aanvrager zelf.',
      'Partner 0207432124 staat meer dan eens vermeld.',
    ]);
  });
});
