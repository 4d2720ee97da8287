import { describe, expect, it } from 'vitest';
import { issueCodes, type IssueCode } from '../../src/issues/index.js';
import { issue } from '../../src/issues/issue.js';
import { renderIssue, renderIssues } from '../../src/locales/render.js';
import type { Locale } from '../../src/vocabulary/index.js';
import { allSamples, samples, type Sample } from './samples.js';

const render = (s: Sample, locale: Locale) =>
  renderIssue(issue(s.code, s.params as never), locale).message;

/** A `?` that stands for a missing value: not one that ends a question ("een tikfout?"). */
const PLACEHOLDER = /(?<!\p{L})\?/u;

describe('the message of every issue code', () => {
  it('has a sample here for every code', () => {
    expect(Object.keys(samples).sort()).toEqual([...issueCodes].sort());
  });

  it.each(issueCodes)('%s reads well in Dutch and in English', (code: IssueCode) => {
    for (const s of allSamples.filter((x) => x.code === code)) {
      const nl = render(s, 'nl');
      const en = render(s, 'en');
      for (const text of [nl, en]) {
        expect(text.length, text).toBeGreaterThan(10);
        expect(text).not.toMatch(/undefined|NaN|\[object|null/);
        expect(text).not.toMatch(PLACEHOLDER);
        expect(text).toMatch(/^\p{Lu}/u);
        expect(text).toMatch(/[.)]$/);
      }
      expect(nl).not.toBe(en);
    }
  });
});

describe('values in messages', () => {
  it('formats amounts for the locale', () => {
    const s = { code: 'requested_above_maximum', params: samples.requested_above_maximum } as const;
    expect(render(s, 'nl')).toBe(
      'Het gevraagde bedrag van € 1.100.000,00 ligt boven het maximum van € 1.000.000,00; berekend: € 1.000.000,00.',
    );
    expect(render(s, 'en')).toBe(
      'The requested amount of €1,100,000.00 is above the maximum of €1,000,000.00; computed: €1,000,000.00.',
    );
  });

  it('formats rates as percentages', () => {
    const s = {
      code: 'cofinancing_above_max_rate',
      params: samples.cofinancing_above_max_rate,
    } as const;
    expect(render(s, 'nl')).toContain('50% van de subsidiabele basis van € 2.000.000,00');
    expect(render(s, 'en')).toContain('50% of the eligible base of €2,000,000.00');
  });

  it('writes instants in the local time of their zone, Brussels for the deadlines', () => {
    const s = {
      code: 'submitted_after_deadline',
      params: samples.submitted_after_deadline,
    } as const;
    expect(render(s, 'nl')).toBe(
      'Ingediend op vrijdag 11 oktober 2024 om 09.00 uur, na de uiterste datum van oproep 2024-2 (donderdag 10 oktober 2024 om 24.00 uur).',
    );
    expect(render(s, 'en')).toBe(
      'Submitted on Friday 11 October 2024 at 09:00, after the deadline of call 2024-2 (Thursday 10 October 2024 at 24:00).',
    );
    const winter = {
      code: 'opens_after_deadline',
      params: { ...samples.opens_after_deadline, opensAt: '2024-12-02T08:30:15Z' },
    } as const;
    expect(render(winter, 'nl')).toContain('maandag 2 december 2024 om 09.30.15 uur');
    expect(render(winter, 'en')).toContain('Monday 2 December 2024 at 09:30:15');
  });

  it('writes dates with the month’s name', () => {
    const s = { code: 'no_parameter_value', params: samples.no_parameter_value } as const;
    expect(render(s, 'nl')).toBe(
      'Parameter "cofinancing.cap" heeft geen waarde op 31 december 2016.',
    );
    expect(render(s, 'en')).toBe(
      'Parameter "cofinancing.cap" has no value in force on 31 December 2016.',
    );
  });

  it('names the values of a closed list by their labels, not their machine values', () => {
    const s: Sample = {
      code: 'invalid_value',
      params: {
        received: '"maybe"',
        expected: ['yes', 'partly', 'no', 'unknown'],
        enum: 'marketAnswer',
      },
    };
    expect(render(s, 'nl')).toBe(
      'Ongeldige waarde "maybe"; toegelaten: ja, gedeeltelijk, nee of onbekend.',
    );
    expect(render(s, 'en')).toBe('Invalid value "maybe"; allowed: yes, partly, no or unknown.');
    const category = { code: 'other_not_eligible', params: { category: 'other' } } as const;
    expect(render(category, 'nl')).toContain('overige');
    expect(render(category, 'en')).toContain('other');
    const organisation = {
      code: 'organisation_not_eligible',
      params: { organisationType: 'ocmw' },
    } as const;
    expect(render(organisation, 'en')).toContain('public social welfare centre (OCMW)');
  });

  it('quotes the values of a list without labels, and a value its list does not have', () => {
    expect(
      render({ code: 'invalid_value', params: { received: '"x"', expected: ['a', 'b'] } }, 'en'),
    ).toBe('Invalid value "x"; allowed: "a" or "b".');
    const unknown: Sample = {
      code: 'invalid_value',
      params: { received: '"x"', expected: ['yes', 'later'], enum: 'marketAnswer' },
    };
    expect(render(unknown, 'nl')).toBe('Ongeldige waarde "x"; toegelaten: ja of "later".');
  });

  it('names the kinds of values and the written forms in the language', () => {
    const s = { code: 'invalid_type', params: { expected: 'registry', received: 'text' } } as const;
    expect(render(s, 'nl')).toBe(
      'Verkeerd soort waarde: verwacht een parameterregister, kreeg tekst.',
    );
    expect(render(s, 'en')).toBe('Wrong kind of value: expected a parameter registry, got text.');
    expect(render({ code: 'invalid_format', params: { format: 'date' } }, 'nl')).toBe(
      'Ongeldig formaat: verwacht een datum JJJJ-MM-DD, zoals "2024-10-10".',
    );
  });

  it('writes the limits of an input in the language, numbers with its decimal sign', () => {
    const s = { code: 'input_too_large', params: samples.input_too_large } as const;
    expect(render(s, 'nl')).toBe('Invoer te groot: meer dan 1000000 tekens tekst.');
    expect(render(s, 'en')).toBe('Input too large: more than 1000000 characters of text.');
    expect(render({ code: 'too_big', params: { maximum: '1.5' } }, 'nl')).toBe(
      'Te groot: hoogstens 1,5.',
    );
    expect(render({ code: 'too_big', params: { maximum: '1.5' } }, 'en')).toBe(
      'Too big: at most 1.5.',
    );
    expect(render({ code: 'too_long', params: { maximum: 1, unit: 'characters' } }, 'nl')).toBe(
      'Te lang: hoogstens 1 teken.',
    );
    expect(render({ code: 'too_long', params: { maximum: 3, unit: 'items' } }, 'en')).toBe(
      'Too long: at most 3 items.',
    );
  });

  it('names criteria by their labels', () => {
    const s = { code: 'missing_criterion', params: samples.missing_criterion } as const;
    expect(render(s, 'nl')).not.toContain('fit-with-pio');
    expect(render(s, 'en')).not.toContain('fit-with-pio');
  });
});

describe('renderIssue and renderIssues', () => {
  it('add the message and keep everything else of the issue, frozen', () => {
    const source = { title: 'Reglement', url: 'https://example.org' };
    const data = issue(
      'unknown_call',
      { callId: '2031-9' },
      { path: ['callId'], severity: 'warning', source },
    );
    const rendered = renderIssue(data, 'en');
    expect(rendered).toEqual({ ...data, message: 'Unknown call "2031-9".' });
    expect(Object.isFrozen(rendered)).toBe(true);
    expect(data).not.toHaveProperty('message');
    expect(renderIssues([data, issue('required', {})], 'nl').map((i) => i.message)).toEqual([
      'Onbekende oproep "2031-9".',
      'Dit veld is verplicht.',
    ]);
  });
});
