import { describe, expect, it } from 'vitest';
import {
  createScoringScheme,
  getScoringScheme,
  validateScoringScheme,
} from '../../src/criteria/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
} from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { registryWithScheme } from './fixtures.js';

const base = {
  scale: { min: '0', max: '10' },
  totalThreshold: '6',
  criteria: [
    { id: 'fit-with-pio', weight: '0.3', threshold: '5' },
    { id: 'relevance-and-impact', weight: '0.4', threshold: '5' },
    { id: 'quality-of-approach', weight: '0.3', threshold: '5' },
  ],
};

function codes(input: unknown): string[] {
  const result = validateScoringScheme(input);
  return result.success ? [] : result.issues.map((i) => i.code);
}

describe('validateScoringScheme', () => {
  it('accepts a scheme whose weights add up to exactly 1 and normalises its numbers', () => {
    const result = validateScoringScheme({
      ...base,
      scale: { min: 0, max: 10 },
      criteria: [
        { id: 'quality-of-approach', weight: 0.3 },
        { id: 'fit-with-pio', weight: '0.30' },
        { id: 'relevance-and-impact', weight: '0.4', threshold: 5.5 },
      ],
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.scheme.criteria.map((c) => [c.id, c.weight, c.threshold])).toEqual([
      ['fit-with-pio', '0.3', null],
      ['relevance-and-impact', '0.4', '5.5'],
      ['quality-of-approach', '0.3', null],
    ]);
    expect(result.scheme.scale).toEqual({ min: '0', max: '10' });
    expect(Object.isFrozen(result.scheme)).toBe(true);
  });

  it('sums weights exactly: 0.1 + 0.2 + 0.7 is 1, not 0.9999999999999999', () => {
    expect(
      codes({
        ...base,
        criteria: [
          { id: 'fit-with-pio', weight: 0.1 },
          { id: 'relevance-and-impact', weight: 0.2 },
          { id: 'quality-of-approach', weight: 0.7 },
        ],
      }),
    ).toEqual([]);
  });

  it('reports main weights that do not add up to 1, with their sum', () => {
    const result = validateScoringScheme({
      ...base,
      criteria: base.criteria.map((c) => ({ ...c, weight: '0.3' })),
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'weights_do_not_sum',
      path: ['criteria'],
      params: { sum: '0.9', expected: '1' },
    });
    expect(result.issues[0]?.message).toBe('De gewichten tellen op tot 0.9 in plaats van 1.');
  });

  it('reports sub-criteria weights of a criterion that do not add up to 1', () => {
    const result = validateScoringScheme({
      ...base,
      criteria: [
        {
          ...base.criteria[0],
          subCriteria: [
            { id: 'need', weight: '0.5' },
            { id: 'team', weight: '0.6' },
          ],
        },
        base.criteria[1],
        base.criteria[2],
      ],
    });
    expect(
      result.success ? [] : result.issues.map((i) => [i.code, i.path, i.params['criterionId']]),
    ).toEqual([['weights_do_not_sum', ['criteria', 0, 'subCriteria'], 'fit-with-pio']]);
  });

  it('reports thresholds outside the scale, per criterion and for the total', () => {
    const result = validateScoringScheme({
      ...base,
      totalThreshold: '10.5',
      criteria: [{ ...base.criteria[0], threshold: -1 }, base.criteria[1], base.criteria[2]],
    });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['threshold_outside_scale', ['criteria', 0, 'threshold']],
      ['threshold_outside_scale', ['totalThreshold']],
    ]);
  });

  it('accepts thresholds on the very ends of the scale', () => {
    expect(
      codes({
        ...base,
        totalThreshold: '10',
        criteria: [{ ...base.criteria[0], threshold: 0 }, base.criteria[1], base.criteria[2]],
      }),
    ).toEqual([]);
  });

  it('reports every problem of a scheme in one pass', () => {
    expect(
      codes({
        scale: { min: 0, max: 10 },
        totalThreshold: 11,
        criteria: [
          { id: 'fit-with-pio', weight: '0.5', threshold: 12 },
          { id: 'fit-with-pio', weight: '0.5' },
          { id: 'innovation', weight: '0.2' },
        ],
      }).sort(),
    ).toEqual([
      'duplicate_id',
      'invalid_scheme',
      'invalid_scheme',
      'threshold_outside_scale',
      'threshold_outside_scale',
      'unknown_criterion',
      'weights_do_not_sum',
    ]);
  });

  it('names the missing main criteria', () => {
    const result = validateScoringScheme({
      ...base,
      criteria: [{ id: 'fit-with-pio', weight: 1 }],
    });
    expect(result.success ? [] : result.issues.map((i) => i.params['criterionId'])).toEqual([
      'relevance-and-impact',
      'quality-of-approach',
    ]);
  });

  it('refuses a negative weight even when the weights add up to 1', () => {
    const result = validateScoringScheme({
      ...base,
      criteria: [
        { id: 'fit-with-pio', weight: '-0.2' },
        { id: 'relevance-and-impact', weight: '0.6' },
        { id: 'quality-of-approach', weight: '0.6' },
      ],
    });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_scheme', ['criteria', 0, 'weight']],
    ]);
  });

  it('refuses a scale whose minimum is not below its maximum, without judging thresholds on it', () => {
    expect(codes({ ...base, scale: { min: 5, max: 5 } })).toEqual(['invalid_scheme']);
  });

  it('accepts own sub-criteria with a label, and refuses them without one', () => {
    const own = {
      ...base,
      criteria: [
        {
          ...base.criteria[0],
          subCriteria: [
            {
              id: 'innovation-degree',
              weight: '0.5',
              label: { nl: 'Innovatiegraad', en: 'Degree of innovation' },
            },
            { id: 'market-gap', weight: '0.5' },
          ],
        },
        base.criteria[1],
        base.criteria[2],
      ],
    };
    const result = validateScoringScheme(own);
    expect(result.success).toBe(true);
    if (result.success) {
      const subs = result.scheme.criteria[0]?.subCriteria ?? [];
      expect(subs.map((s) => s.label.en)).toEqual([
        'Degree of innovation',
        'What the market offers and why it falls short',
      ]);
      expect(subs[0]?.description).toEqual(subs[0]?.label);
    }
    const withoutLabel = structuredClone(own) as any;
    delete withoutLabel.criteria[0].subCriteria[0].label;
    const failed = validateScoringScheme(withoutLabel);
    expect(
      failed.success ? [] : failed.issues.map((i) => [i.code, i.params['criterionId']]),
    ).toEqual([['unknown_criterion', 'innovation-degree']]);
  });

  it('refuses a sub-criterion id used twice or equal to a main criterion', () => {
    expect(
      codes({
        ...base,
        criteria: [
          { ...base.criteria[0], subCriteria: [{ id: 'need', weight: 1 }] },
          { ...base.criteria[1], subCriteria: [{ id: 'need', weight: 1 }] },
          {
            ...base.criteria[2],
            subCriteria: [{ id: 'fit-with-pio', weight: 1, label: { nl: 'x', en: 'x' } }],
          },
        ],
      }),
    ).toEqual(['duplicate_id', 'duplicate_id']);
  });

  it('reports the shape problems of something that is not a scheme as invalid_scheme', () => {
    for (const input of [
      null,
      'scheme',
      { scale: { min: 0 }, criteria: [] },
      { ...base, extra: 1 },
      { ...base, scale: { min: '0,5', max: 10 } },
      { ...base, totalThreshold: Number.NaN },
    ]) {
      const result = validateScoringScheme(input);
      expect(result.success).toBe(false);
      if (!result.success)
        expect(new Set(result.issues.map((i) => i.code))).toEqual(new Set(['invalid_scheme']));
    }
  });
});

describe('createScoringScheme', () => {
  it('returns the checked scheme', () => {
    expect(createScoringScheme(base).totalThreshold).toBe('6');
  });

  it('throws one PioRulesError with every issue', () => {
    const error = expectCode(
      () =>
        createScoringScheme({ ...base, totalThreshold: 20, criteria: base.criteria.slice(0, 2) }),
      'invalid_scheme',
    );
    expect(error.issues.map((i) => i.code).sort()).toEqual([
      'invalid_scheme',
      'threshold_outside_scale',
      'weights_do_not_sum',
    ]);
  });
});

describe('getScoringScheme', () => {
  it('reads the built-in scheme: assumed, 0 to 10, weights 0.3 / 0.4 / 0.3, thresholds 5 and 6', () => {
    const inForce = getScoringScheme({ at: '2024-10-10' });
    expect(inForce.status).toBe('assumed');
    expect(inForce.parameterId).toBe('criteria.scoringScheme');
    expect(inForce.note?.en).toContain('not');
    expect(inForce.scheme.scale).toEqual({ min: '0', max: '10' });
    expect(inForce.scheme.totalThreshold).toBe('6');
    expect(inForce.scheme.criteria.map((c) => [c.id, c.weight, c.threshold])).toEqual([
      ['fit-with-pio', '0.3', '5'],
      ['relevance-and-impact', '0.4', '5'],
      ['quality-of-approach', '0.3', '5'],
    ]);
    for (const c of inForce.scheme.criteria)
      expect(c.subCriteria.map((s) => s.weight)).toEqual(['0.5', '0.5']);
  });

  it('reads a replaced scheme from a caller’s registry', () => {
    const parameters = registryWithScheme({ ...base, totalThreshold: '7' }, 'published');
    const inForce = getScoringScheme({ parameters });
    expect([inForce.status, inForce.scheme.totalThreshold, inForce.note]).toEqual([
      'published',
      '7',
      undefined,
    ]);
  });

  it('picks the version in force at a date', () => {
    const parameters = createParameterRegistry(
      [
        {
          ...getDefinition('criteria.scoringScheme'),
          versions: [
            {
              value: base,
              validFrom: '2017-01-01',
              validUntil: '2024-12-31',
              status: 'assumed',
              source: { title: 'a', url: 'https://example.org' },
            },
            {
              value: { ...base, totalThreshold: '7' },
              validFrom: '2025-01-01',
              status: 'published',
              source: { title: 'b', url: 'https://example.org' },
            },
          ],
        },
      ],
      { base: defaultParameters },
    );
    expect(getScoringScheme({ at: '2024-06-01', parameters }).scheme.totalThreshold).toBe('6');
    expect(getScoringScheme({ at: '2025-06-01', parameters }).scheme.totalThreshold).toBe('7');
    expectCode(() => getScoringScheme({ at: '2016-06-01', parameters }), 'no_parameter_value');
  });

  it('throws the scheme’s issues, with paths from the parameter id, for an invalid scheme in a registry', () => {
    const parameters = registryWithScheme({ ...base, criteria: base.criteria.slice(1) });
    const error = expectCode(() => getScoringScheme({ parameters }), 'invalid_scheme');
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_scheme', ['criteria.scoringScheme', 'criteria']],
      ['weights_do_not_sum', ['criteria.scoringScheme', 'criteria']],
    ]);
  });
});
