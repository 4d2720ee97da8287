import { describe, expect, it } from 'vitest';
import { validateApplication } from '../../src/applications/index.js';
import { defaultCallCalendar } from '../../src/calls/index.js';
import { issueCodes } from '../../src/issues/index.js';
import {
  codesOf,
  EXAMPLE_AT,
  exampleFiles,
  expectedIssues,
  loadExample,
  validate,
  validFiles,
} from './fixtures.js';

describe('examples/applications', () => {
  it('has the three kinds of valid proposal and several invalid ones', () => {
    expect(validFiles).toEqual([
      'agency-ppi-validation.json',
      'city-pcp.json',
      'municipalities-consortium.json',
    ]);
    expect(exampleFiles.filter((f) => f.includes('invalid')).length).toBeGreaterThanOrEqual(5);
  });

  it('lists the expected codes of every example, only of existing ones, in codes that exist', () => {
    expect(Object.keys(expectedIssues.expected).sort()).toEqual(exampleFiles);
    for (const file of exampleFiles.filter((f) => f.includes('invalid')))
      expect(expectedIssues.expected[file]?.length).toBeGreaterThan(0);
    for (const codes of Object.values(expectedIssues.expected)) {
      expect([...codes].sort()).toEqual(codes);
      for (const code of codes) expect(issueCodes).toContain(code);
    }
  });

  it.each(exampleFiles)('%s yields exactly its expected codes', (file) => {
    // Against the built-in calendar, whose 2024 calls are announced, not published.
    const result = validate(loadExample(file), { calendar: defaultCallCalendar });
    expect(codesOf(result)).toEqual(expectedIssues.expected[file]);
    expect(result.success).toBe(!file.includes('invalid'));
  });

  it.each(validFiles)('%s is valid in both languages, with its cofinancing', (file) => {
    for (const locale of ['nl-BE', 'en'] as const) {
      const { data } = validateApplication(loadExample(file), { at: EXAMPLE_AT, locale });
      expect(data.cofinancing.maximum.amount).toMatch(/^\d+\.\d{2}$/);
      expect(data.cofinancing.explanation.length).toBeGreaterThan(3);
    }
  });

  it('gives the expected maxima for the valid examples', () => {
    const maxima = validFiles.map((file) => {
      const result = validate(loadExample(file));
      return result.success ? result.data.cofinancing.maximum.amount : 'invalid';
    });
    // agency: 50% of (600,000 + 21% VAT) = 363,000; city: 50% of 1,500,000; consortium: 50% of 1,000,000.
    expect(maxima).toEqual(['363000.00', '750000.00', '500000.00']);
  });
});
