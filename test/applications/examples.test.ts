import { describe, expect, it } from 'vitest';
import { validateApplication } from '../../src/applications/index.js';
import {
  codesOf,
  EXAMPLE_AT,
  exampleFiles,
  expectedIssues,
  loadExample,
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

  it('lists the expected codes of every example, and only of existing ones', () => {
    expect(Object.keys(expectedIssues.expected).sort()).toEqual(exampleFiles);
    for (const file of exampleFiles.filter((f) => f.includes('invalid')))
      expect(expectedIssues.expected[file]?.length).toBeGreaterThan(0);
  });

  it.each(exampleFiles)('%s yields exactly its expected codes', (file) => {
    const result = validateApplication(loadExample(file), { at: EXAMPLE_AT });
    expect(codesOf(result)).toEqual(expectedIssues.expected[file]);
    expect(result.success).toBe(!file.includes('invalid'));
  });

  it.each(validFiles)('%s is valid in both locales, with its cofinancing', (file) => {
    for (const locale of ['nl-BE', 'en'] as const) {
      const result = validateApplication(loadExample(file), { at: EXAMPLE_AT, locale });
      expect(result.success).toBe(true);
      if (result.success) expect(result.cofinancing.maximum.amount).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it('gives the expected maxima for the valid examples', () => {
    const maxima = validFiles.map((file) => {
      const result = validateApplication(loadExample(file), { at: EXAMPLE_AT });
      return result.success ? result.cofinancing.maximum.amount : 'invalid';
    });
    // agency: 50% of (600,000 + 21% VAT) = 363,000; city: 50% of 1,500,000; consortium: 50% of 1,000,000.
    expect(maxima).toEqual(['363000.00', '750000.00', '500000.00']);
  });
});
