import { describe, expect, it } from 'vitest';
import { applicationRules } from '../../src/applications/index.js';
import {
  evaluationCriterionIds,
  exclusionCriteria,
  exclusionCriterionIds,
  getCriteria,
  innovationCriteria,
  subCriterionIds,
} from '../../src/criteria/index.js';
import { enTexts } from '../../src/criteria/text/en.js';
import { nlTexts } from '../../src/criteria/text/nl.js';
import { expectCode } from '../helpers/expectCode.js';
import { registryWithScheme } from './fixtures.js';

describe('the criteria catalogue', () => {
  it('holds the five exclusion criteria, then the three published main criteria', () => {
    expect(innovationCriteria.map((c) => [c.kind, c.id])).toEqual([
      ...exclusionCriterionIds.map((id) => ['exclusion', id]),
      ...evaluationCriterionIds.map((id) => ['evaluation', id]),
    ]);
    expect(getCriteria()).toEqual(innovationCriteria);
  });

  it('marks the main criteria published (EWI 2017) and their sub-criteria assumed', () => {
    for (const c of innovationCriteria.filter((c) => c.kind === 'evaluation')) {
      expect(c.status).toBe('published');
      expect(c.source.title).toContain('EWI');
      expect(c.subCriteria).toHaveLength(2);
      for (const sub of c.subCriteria) {
        expect(sub.status).toBe('assumed');
        expect(sub.source.title).toContain('Aanname');
      }
    }
    expect(innovationCriteria.flatMap((c) => c.subCriteria.map((s) => s.id)).sort()).toEqual(
      [...subCriterionIds].sort(),
    );
  });

  it('marks the exclusion criteria assumed, each resting on the published source of its rule', () => {
    for (const c of exclusionCriteria) {
      expect(c.status).toBe('assumed');
      expect(c.note?.en).toContain('their text was not found');
      expect(c.source.url).toMatch(/^https:\/\/www\.(vlaio|innovatieveoverheidsopdrachten)\.be/);
      expect(c.subCriteria).toEqual([]);
    }
  });

  it('maps every exclusion criterion to existing application rules, each rule at most once', () => {
    const known = applicationRules.map((r) => r.id);
    const mapped = exclusionCriteria.flatMap((c) => c.ruleIds);
    expect(mapped.every((id) => known.includes(id))).toBe(true);
    expect(new Set(mapped).size).toBe(mapped.length);
    expect(Object.fromEntries(exclusionCriteria.map((c) => [c.id, c.ruleIds]))).toEqual({
      'applicant-not-eligible': ['eligible-organisation', 'general-interest'],
      'submitted-late': ['known-call', 'on-time'],
      'commercially-available': ['not-off-the-shelf'],
      'market-distortion': ['no-market-distortion'],
      'no-procurement-foreseen': ['procurement-foreseen'],
    });
  });

  it('has a label and a description in Dutch and English for every criterion, all different', () => {
    const all = innovationCriteria.flatMap((c) => [c, ...c.subCriteria]);
    for (const c of all)
      for (const text of [c.label.nl, c.label.en, c.description.nl, c.description.en])
        expect(text.trim().length).toBeGreaterThan(3);
    expect(new Set(all.map((c) => c.label.nl)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.label.en)).size).toBe(all.length);
    for (const c of all) expect(c.label.nl).not.toBe(c.description.nl);
  });

  it('has the same keys in the Dutch and English text tables', () => {
    const keys = (value: unknown): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v).map((s) => `${k}.${s}`)])
        : [];
    expect(keys(enTexts)).toEqual(keys(nlTexts));
  });

  it('is frozen', () => {
    expect(Object.isFrozen(innovationCriteria)).toBe(true);
    expect(Object.isFrozen(innovationCriteria[0])).toBe(true);
    expect(Object.isFrozen(innovationCriteria[7]?.subCriteria[0])).toBe(true);
  });

  it('takes the sub-criteria of a replaced scheme, with its status and source', () => {
    const parameters = registryWithScheme(
      {
        scale: { min: 0, max: 5 },
        criteria: [
          {
            id: 'fit-with-pio',
            weight: '0.4',
            subCriteria: [
              {
                id: 'innovation-degree',
                weight: '1',
                label: { nl: 'Innovatiegraad', en: 'Degree of innovation' },
                description: { nl: 'Hoe nieuw?', en: 'How new?' },
              },
            ],
          },
          { id: 'relevance-and-impact', weight: '0.3' },
          { id: 'quality-of-approach', weight: '0.3' },
        ],
      },
      'published',
    );
    const criteria = getCriteria({ parameters, at: '2025-01-01' });
    const fit = criteria.find((c) => c.id === 'fit-with-pio');
    expect(
      fit?.subCriteria.map((s) => [s.id, s.label.nl, s.description.en, s.status, s.source.url]),
    ).toEqual([
      [
        'innovation-degree',
        'Innovatiegraad',
        'How new?',
        'published',
        'https://example.org/scheme',
      ],
    ]);
    expect(criteria.find((c) => c.id === 'quality-of-approach')?.subCriteria).toEqual([]);
  });

  it('throws when the scheme in force is invalid', () => {
    expectCode(
      () =>
        getCriteria({
          parameters: registryWithScheme({ scale: { min: 0, max: 1 }, criteria: [] }),
        }),
      'invalid_scheme',
    );
  });
});
