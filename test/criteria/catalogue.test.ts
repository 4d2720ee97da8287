import { describe, expect, it } from 'vitest';
import { applicationRules } from '../../src/applications/index.js';
import { exclusionCriteria, getCriteria } from '../../src/criteria/index.js';
import { localeTables } from '../../src/locales/index.js';
import {
  evaluationCriterionIds,
  exclusionCriterionIds,
  subCriterionIds,
} from '../../src/vocabulary/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { registryWithScheme } from './fixtures.js';

describe('getCriteria', () => {
  const catalogue = getCriteria();

  it('holds the five exclusion criteria, then the three published main criteria', () => {
    expect(catalogue.map((c) => [c.kind, c.id])).toEqual([
      ...exclusionCriterionIds.map((id) => ['exclusion', id]),
      ...evaluationCriterionIds.map((id) => ['evaluation', id]),
    ]);
    expect(catalogue.slice(0, 5)).toEqual(exclusionCriteria);
  });

  it('is the same catalogue on every call, computed again each time', () => {
    const again = getCriteria();
    expect(again).toEqual(catalogue);
    expect(again).not.toBe(catalogue);
  });

  it('marks the main criteria published (EWI 2017) and their sub-criteria assumed', () => {
    for (const c of catalogue.filter((c) => c.kind === 'evaluation')) {
      expect(c.status).toBe('published');
      expect(c.source.title).toContain('EWI');
      expect(c.note.en).toContain('scoring scheme');
      expect(c.subCriteria).toHaveLength(2);
      for (const sub of c.subCriteria) {
        expect(sub.status).toBe('assumed');
        expect(sub.source.title).toContain('Aanname');
        expect(sub.weight).toBe('0.5');
      }
    }
    expect(catalogue.flatMap((c) => c.subCriteria.map((s) => s.id)).sort()).toEqual(
      [...subCriterionIds].sort(),
    );
  });

  it('has a label and a description in Dutch and English for every criterion, all different', () => {
    const all = catalogue.flatMap((c) => [c, ...c.subCriteria]);
    for (const c of all)
      for (const text of [c.label.nl, c.label.en, c.description.nl, c.description.en])
        expect(text.trim().length).toBeGreaterThan(3);
    expect(new Set(all.map((c) => c.label.nl)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.label.en)).size).toBe(all.length);
    for (const c of all) expect(c.label.nl).not.toBe(c.description.nl);
  });

  it('takes its texts from the locale tables', () => {
    for (const c of catalogue) {
      expect(c.label.nl).toBe(localeTables.nl.criteria.criteria[c.id].label);
      expect(c.description.en).toBe(localeTables.en.criteria.criteria[c.id].description);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(catalogue)).toBe(true);
    expect(Object.isFrozen(catalogue[0])).toBe(true);
    expect(Object.isFrozen(catalogue[7]?.subCriteria)).toBe(true);
    expect(Object.isFrozen(catalogue[7]?.subCriteria[0])).toBe(true);
    expect(Object.isFrozen(catalogue[7]?.subCriteria[0]?.label)).toBe(true);
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

  it('throws when no scheme is in force, for a bad at, and for an unsupported locale', () => {
    expectCode(() => getCriteria({ at: '2016-12-31' }), 'no_parameter_value');
    expectCode(() => getCriteria({ at: 'tomorrow' }), 'invalid_time');
    expectCode(() => getCriteria({ parameters: new Map() as never }), 'invalid_type');
    expectCode(() => getCriteria({ locale: 'de' }), 'unsupported_locale');
  });
});

describe('exclusionCriteria', () => {
  it('lists the exclusion criteria of the vocabulary, in its order', () => {
    expect(exclusionCriteria.map((c) => c.id)).toEqual([...exclusionCriterionIds]);
  });

  it('marks them assumed, each resting on the published source of its first rule', () => {
    for (const c of exclusionCriteria) {
      expect(c.kind).toBe('exclusion');
      expect(c.status).toBe('assumed');
      expect(c.note.en).toContain('their text was not found');
      const first = applicationRules.find((r) => r.id === c.ruleIds[0]);
      expect(c.source).toEqual(first?.source);
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

  it('is frozen plain data', () => {
    expect(Object.isFrozen(exclusionCriteria)).toBe(true);
    for (const c of exclusionCriteria) {
      expect(Object.isFrozen(c)).toBe(true);
      expect(Object.isFrozen(c.ruleIds)).toBe(true);
    }
    expect(JSON.parse(JSON.stringify(exclusionCriteria))).toEqual(exclusionCriteria);
  });
});

describe('the criteria texts', () => {
  it('have the same keys in Dutch and English', () => {
    const keys = (value: unknown): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v).map((s) => `${k}.${s}`)])
        : [];
    expect(keys(localeTables.en.criteria)).toEqual(keys(localeTables.nl.criteria));
  });
});
