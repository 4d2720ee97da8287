import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeValidateApplication, validateApplication } from '../../src/applications/index.js';
import { explainCofinancing } from '../../src/cofinancing/index.js';
import { isPioRulesError, type IssueCode } from '../../src/issues/index.js';
import {
  EXAMPLE_AT,
  exampleFiles,
  loadExample,
  mutate,
  publishedCalendar,
  validFiles,
  withDoc,
  type Segment,
  type ValidationResult,
} from './fixtures.js';

/** Every string anywhere in a value that sits under a key `message`, with where it is. */
function messagesIn(value: unknown, path = '$', seen = new Set<object>()): [string, string][] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, child]): [string, string][] =>
    key === 'message' && typeof child === 'string'
      ? [[`${path}.${key}`, child]]
      : messagesIn(child, `${path}.${key}`, seen),
  );
}

/** Every string anywhere in a value. */
function stringsIn(value: unknown, seen = new Set<object>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((child) => stringsIn(child, seen));
}

const DUTCH = [' het ', ' van ', ' de ', ' een ', 'richtbedrag', 'ligt boven', 'cofinanciering '];
const ENGLISH = [' the ', ' is above ', 'requested', ' about ', 'committee', ' must '];

/** A proposal asking 1,100,000.00 of cofinancing: within 50% of its base, above the cap. */
function aboveTheCap(): unknown {
  return withDoc((d) => {
    d.procurement.costs = [
      { category: 'rd-services', amount: '2000000.00', label: 'Prototypes' },
      { category: 'validation', amount: '400000.00', label: 'Tests' },
    ];
    d.support.cofinancing = { requested: '1100000.00' };
  });
}

function expectLanguage(texts: readonly string[], avoid: readonly string[]): void {
  for (const text of texts)
    for (const word of avoid)
      expect(text, `${JSON.stringify(word)} in ${text}`).not.toContain(word);
}

describe('a proposal above the cap, in each language', () => {
  // Against a calendar with 2024-2 published, so the cap's advice is the only warning.
  const calendar = publishedCalendar;
  const english = safeValidateApplication(aboveTheCap(), {
    at: EXAMPLE_AT,
    locale: 'en',
    calendar,
  });
  const dutch = safeValidateApplication(aboveTheCap(), {
    at: EXAMPLE_AT,
    locale: 'nl-BE',
    calendar,
  });

  it('succeeds, with the advice of the cap as a warning', () => {
    for (const result of [english, dutch]) {
      expect(result.success).toBe(true);
      expect(result.success && result.warnings.map((w) => w.code)).toEqual([
        'cofinancing_above_indicative_cap',
      ]);
      expect(result.success && result.data.cofinancing.maximum.amount).toBe('1000000.00');
    }
  });

  it('has every message anywhere in the result in English, amounts written the English way', () => {
    const messages = messagesIn(english).map(([, text]) => text);
    expect(messages).toHaveLength(1);
    expectLanguage(messages, DUTCH);
    for (const text of messages) {
      expect(text).toContain('€1,100,000.00');
      expect(text).toContain('€1,000,000.00');
      expect(text).not.toMatch(/\d{7}\.\d{2}|€ /);
    }
    expectLanguage(
      explainCofinancing(english.success ? english.data.cofinancing : never(), {
        locale: 'en',
      }),
      DUTCH,
    );
  });

  it('has every message anywhere in the result in Dutch, amounts written the Dutch way', () => {
    const messages = messagesIn(dutch).map(([, text]) => text);
    expect(messages).toHaveLength(1);
    expectLanguage(messages, ENGLISH);
    for (const text of messages) {
      expect(text).toContain('€ 1.100.000,00');
      expect(text).toContain('€ 1.000.000,00');
      expect(text).not.toMatch(/\d{7}\.\d{2}|€\d/);
    }
    expectLanguage(
      explainCofinancing(dutch.success ? dutch.data.cofinancing : never(), { locale: 'nl-BE' }),
      ENGLISH,
    );
  });

  it('carries no text but the messages: the data speaks no language', () => {
    // The result's own strings are the proposal's, the sources' and machine values; the same
    // in both languages, so only the messages differ.
    const strip = (result: ValidationResult): unknown =>
      JSON.parse(JSON.stringify(result, (key, value: unknown) => (key === 'message' ? '' : value)));
    expect(strip(english)).toEqual(strip(dutch));
    const words = stringsIn(english).filter((s) => s.includes('ligt boven'));
    expect(words).toEqual([]);
  });

  it('has the same messages when it fails, and when the throwing twin throws', () => {
    const failing = (): unknown =>
      withDoc((d) => {
        d.procurement.costs = [{ category: 'rd-services', amount: '2000000.00' }];
        d.support.cofinancing = { requested: '1100000.00' };
        d.submittedAt = '2024-10-11T09:00:00+02:00';
      });
    for (const [locale, avoid, amount] of [
      ['en', DUTCH, '€1,100,000.00'],
      ['en-US', DUTCH, '€1,100,000.00'],
      ['nl-BE', ENGLISH, '€ 1.100.000,00'],
      ['nl', ENGLISH, '€ 1.100.000,00'],
    ] as const) {
      const result = safeValidateApplication(failing(), { at: EXAMPLE_AT, locale });
      expect(result.success).toBe(false);
      const messages = messagesIn(result).map(([, text]) => text);
      expect(messages.length).toBeGreaterThanOrEqual(3);
      expectLanguage(messages, avoid);
      expect(messages.filter((m) => m.includes(amount)).length).toBeGreaterThanOrEqual(2);
      let caught: unknown;
      try {
        validateApplication(failing(), { at: EXAMPLE_AT, locale });
      } catch (error) {
        caught = error;
      }
      expect(isPioRulesError(caught)).toBe(true);
      if (!isPioRulesError(caught)) continue;
      expectLanguage([caught.message, ...messagesIn(caught.issues).map(([, t]) => t)], avoid);
    }
  });

  it('speaks one language in every example, for every tag of that language', () => {
    for (const file of exampleFiles)
      for (const [locale, avoid] of [
        ['en', DUTCH],
        ['en-GB', DUTCH],
        ['nl-NL', ENGLISH],
        ['nl-BE', ENGLISH],
      ] as const) {
        const result = safeValidateApplication(loadExample(file), { at: EXAMPLE_AT, locale });
        expectLanguage(
          messagesIn(result).map(([, text]) => text),
          avoid,
        );
      }
  });
});

function never(): never {
  throw new Error('expected a success');
}

/** The value at a path of a document, and whether it is there. */
function lookUp(doc: unknown, path: readonly Segment[]): { present: boolean; value: unknown } {
  let current: unknown = doc;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key))
      return { present: false, value: undefined };
    current = (current as Record<Segment, unknown>)[key];
  }
  return { present: true, value: current };
}

/** Codes that point at where something is missing: only the parent must be there. */
const ABOUT_MISSING: readonly IssueCode[] = [
  'required',
  'no_procurement_foreseen',
  'submission_time_unknown',
  'economic_activities_outside_general_interest',
  'market_distortion',
];

const OPTION_PATHS = [
  'options',
  'at',
  'locale',
  'calendar',
  'parameters',
  'eligibleOrganisationTypes',
];

describe('random mutations of a valid proposal', () => {
  it('never make validation throw; every issue points into the input or at an option; success means no error', () => {
    let failures = 0;
    let successes = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...validFiles),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (file, seed, count, draft) => {
          const doc = mutate(loadExample(file), seed, count);
          if (draft && typeof doc === 'object' && doc !== null) delete doc.submittedAt;
          const before = JSON.stringify(doc);
          let result: ValidationResult | undefined;
          expect(() => {
            result = safeValidateApplication(doc, { at: EXAMPLE_AT, locale: 'en' });
          }).not.toThrow();
          const r = result!;
          expect(JSON.stringify(doc)).toBe(before);
          const issues = r.success ? r.warnings : r.issues;
          expect(r.success).toBe(!issues.some((i) => i.severity === 'error'));
          if (r.success) successes += 1;
          else failures += 1;
          for (const issue of issues) {
            const where = JSON.stringify({ code: issue.code, path: issue.path, seed, count, file });
            const [first] = issue.path;
            if (issue.path.length === 1 && OPTION_PATHS.includes(String(first))) continue;
            expect(lookUp(doc, issue.path.slice(0, -1)).present, where).toBe(true);
            if (!ABOUT_MISSING.includes(issue.code))
              expect(lookUp(doc, issue.path).present, where).toBe(true);
            expect(issue.message.length, where).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1_000, seed: 12 },
    );
    // Both kinds of result occur often enough for the property to mean something.
    expect(successes).toBeGreaterThan(50);
    expect(failures).toBeGreaterThan(300);
  });
});
