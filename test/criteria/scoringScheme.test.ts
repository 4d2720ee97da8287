import { describe, expect, it } from 'vitest';
import {
  createScoringScheme,
  getScoringScheme,
  safeCreateScoringScheme,
} from '../../src/criteria/index.js';
import type { PioIssue } from '../../src/issues/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  safeCreateParameterRegistry,
} from '../../src/parameters/index.js';
import { subCriterionIds } from '../../src/vocabulary/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { mainCriteria, registryWithScheme } from './fixtures.js';

const base = {
  scale: { min: '0', max: '10' },
  totalThreshold: '6',
  criteria: [
    { id: 'fit-with-pio', weight: '0.3', threshold: '5' },
    { id: 'relevance-and-impact', weight: '0.4', threshold: '5' },
    { id: 'quality-of-approach', weight: '0.3', threshold: '5' },
  ],
};

const brief = (issues: readonly PioIssue[]) =>
  issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));

function issuesOf(input: unknown, locale?: string): readonly PioIssue[] {
  const result = safeCreateScoringScheme(input, locale === undefined ? {} : { locale });
  return result.success ? [] : result.issues;
}

const codes = (input: unknown) => issuesOf(input).map((i) => i.code);

describe('safeCreateScoringScheme', () => {
  it('accepts a scheme whose weights add up to exactly 1 and normalises its numbers', () => {
    const result = safeCreateScoringScheme({
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
    expect(result.warnings).toEqual([]);
    expect(result.data.criteria.map((c) => [c.id, c.weight, c.threshold])).toEqual([
      ['fit-with-pio', '0.3', null],
      ['relevance-and-impact', '0.4', '5.5'],
      ['quality-of-approach', '0.3', null],
    ]);
    expect(result.data.scale).toEqual({ min: '0', max: '10' });
    expect(result.data.totalThreshold).toBe('6');
    expect(Object.isFrozen(result.data)).toBe(true);
    expect(Object.isFrozen(result.data.criteria[0])).toBe(true);
  });

  it('writes every number canonically: no trailing zeros, no exponent, no minus zero', () => {
    const result = safeCreateScoringScheme({
      scale: { min: '-0', max: '10.50' },
      totalThreshold: 1e-7,
      criteria: mainCriteria(['0.250', '0.5', '0.25']),
    });
    expect(result.success && [result.data.scale, result.data.totalThreshold]).toEqual([
      { min: '0', max: '10.5' },
      '0.0000001',
    ]);
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

  it('reports main weights that do not add up to 1, with their sum, without a criterion', () => {
    const issues = issuesOf({
      ...base,
      criteria: base.criteria.map((c) => ({ ...c, weight: '0.3' })),
    });
    expect(brief(issues)).toEqual([
      { code: 'weights_do_not_sum', path: ['criteria'], params: { sum: '0.9', expected: '1' } },
    ]);
    expect(issues[0]?.message).toBe('De gewichten tellen op tot 0,9 in plaats van 1.');
  });

  it('reports sub-criteria weights of a criterion that do not add up to 1, naming the criterion', () => {
    const scheme = {
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
    };
    const [nl] = issuesOf(scheme);
    const [en] = issuesOf(scheme, 'en-GB');
    expect(nl && brief([nl])).toEqual([
      {
        code: 'weights_do_not_sum',
        path: ['criteria', 0, 'subCriteria'],
        params: { sum: '1.1', expected: '1', criterionId: 'fit-with-pio' },
      },
    ]);
    expect(nl?.message).toBe(
      'De gewichten van de deelcriteria van Aansluiting bij de doelstellingen van PIO tellen op tot 1,1 in plaats van 1.',
    );
    expect(en?.message).toBe(
      'The weights of the sub-criteria of Fit with the aims of PIO add up to 1.1 instead of 1.',
    );
  });

  it('reports thresholds outside the scale, per criterion and for the total, with the scale', () => {
    const issues = issuesOf({
      ...base,
      totalThreshold: '10.5',
      criteria: [{ ...base.criteria[0], threshold: -1 }, base.criteria[1], base.criteria[2]],
    });
    expect(brief(issues)).toEqual([
      {
        code: 'threshold_outside_scale',
        path: ['criteria', 0, 'threshold'],
        params: { threshold: '-1', min: '0', max: '10' },
      },
      {
        code: 'threshold_outside_scale',
        path: ['totalThreshold'],
        params: { threshold: '10.5', min: '0', max: '10' },
      },
    ]);
    expect(issues[1]?.message).toBe('De drempel 10,5 ligt buiten de schaal van 0 tot 10.');
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
      }),
    ).toEqual([
      'threshold_outside_scale',
      'duplicate_id',
      'unknown_criterion',
      'missing_criterion',
      'missing_criterion',
      'weights_do_not_sum',
      'threshold_outside_scale',
    ]);
  });

  it('names a duplicate, unknown or missing main criterion', () => {
    const [fit, relevance] = mainCriteria();
    const issues = issuesOf({
      scale: { min: 0, max: 10 },
      criteria: [fit, relevance, { id: 'innovation', weight: '0.3' }, fit],
    });
    expect(brief(issues)).toEqual([
      {
        code: 'unknown_criterion',
        path: ['criteria', 2, 'id'],
        params: {
          criterionId: 'innovation',
          expected: ['fit-with-pio', 'relevance-and-impact', 'quality-of-approach'],
        },
      },
      { code: 'duplicate_id', path: ['criteria', 3, 'id'], params: { id: 'fit-with-pio' } },
      {
        code: 'missing_criterion',
        path: ['criteria'],
        params: { criterionId: 'quality-of-approach' },
      },
      { code: 'weights_do_not_sum', path: ['criteria'], params: { sum: '1.3', expected: '1' } },
    ]);
    expect(issues.map((i) => i.message).slice(0, 3)).toEqual([
      'Onbekend criterium "innovation" (verwacht: "fit-with-pio", "relevance-and-impact" of "quality-of-approach").',
      'De id "fit-with-pio" komt meer dan eens voor.',
      'Het hoofdcriterium Kwaliteit van de aanpak ontbreekt.',
    ]);
  });

  it('refuses a negative weight even when the weights add up to 1', () => {
    expect(brief(issuesOf({ ...base, criteria: mainCriteria(['-0.2', '0.6', '0.6']) }))).toEqual([
      { code: 'too_small', path: ['criteria', 0, 'weight'], params: { minimum: '0' } },
    ]);
  });

  it('refuses a scale whose minimum is not below its maximum, without judging thresholds on it', () => {
    for (const scale of [
      { min: 5, max: 5 },
      { min: '10', max: '0' },
    ])
      expect(codes({ ...base, scale })).toEqual(['scale_reversed']);
    expect(brief(issuesOf({ ...base, scale: { min: 10, max: 0 } }))).toEqual([
      { code: 'scale_reversed', path: ['scale'], params: { min: '10', max: '0' } },
    ]);
    expect(issuesOf({ ...base, scale: { min: 10, max: 0 } }, 'en')[0]?.message).toBe(
      'The minimum 10 of the scale is not below its maximum 0.',
    );
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
    const result = safeCreateScoringScheme(own);
    expect(result.success).toBe(true);
    if (result.success) {
      const subs = result.data.criteria[0]?.subCriteria ?? [];
      expect(subs.map((s) => s.label.en)).toEqual([
        'Degree of innovation',
        'What the market offers and why it falls short',
      ]);
      expect(subs[0]?.description).toEqual(subs[0]?.label);
      expect(subs[1]?.description.nl).toContain('Wat biedt de markt vandaag');
    }
    const withoutLabel = structuredClone(own) as any;
    delete withoutLabel.criteria[0].subCriteria[0].label;
    const failed = issuesOf(withoutLabel);
    expect(brief(failed)).toEqual([
      {
        code: 'unknown_criterion',
        path: ['criteria', 0, 'subCriteria', 0, 'id'],
        params: {
          criterionId: 'innovation-degree',
          expected: [...subCriterionIds],
          ownNeedsLabel: true,
        },
      },
    ]);
    expect(issuesOf(withoutLabel, 'en')[0]?.message).toBe(
      'Unknown criterion "innovation-degree" (expected: "need", "market-gap", "rd-needed", "end-users-and-support-base", "team" or "procurement-route"); an own sub-criterion needs a label.',
    );
  });

  it('describes a built-in sub-criterion given its own label by that label', () => {
    const [fit, relevance, quality] = mainCriteria();
    const label = { nl: 'Eigen behoefte', en: 'Own need' };
    const result = safeCreateScoringScheme({
      scale: { min: 0, max: 10 },
      criteria: [{ ...fit, subCriteria: [{ id: 'need', weight: 1, label }] }, relevance, quality],
    });
    expect(result.success && result.data.criteria[0]?.subCriteria[0]?.description).toEqual(label);
  });

  it('refuses a sub-criterion id used twice or equal to a main criterion', () => {
    const issues = issuesOf({
      ...base,
      criteria: [
        { ...base.criteria[0], subCriteria: [{ id: 'need', weight: 1 }] },
        { ...base.criteria[1], subCriteria: [{ id: 'need', weight: 1 }] },
        {
          ...base.criteria[2],
          subCriteria: [{ id: 'fit-with-pio', weight: 1, label: { nl: 'x', en: 'x' } }],
        },
      ],
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_id', ['criteria', 1, 'subCriteria', 0, 'id']],
      ['duplicate_id', ['criteria', 2, 'subCriteria', 0, 'id']],
    ]);
  });

  it('scores a criterion with an empty list of sub-criteria directly', () => {
    const result = safeCreateScoringScheme({
      ...base,
      criteria: [{ ...base.criteria[0], subCriteria: [] }, base.criteria[1], base.criteria[2]],
    });
    expect(result.success && result.data.criteria[0]?.subCriteria).toEqual([]);
  });

  it('reports the structure of something that is not a scheme through the one zod mapper', () => {
    const cases: [unknown, [string, (string | number)[]][]][] = [
      [null, [['invalid_type', []]]],
      ['scheme', [['invalid_type', []]]],
      [{ scale: { min: 0 }, criteria: [] }, [['required', ['scale', 'max']]]],
      [{ ...base, extra: 1 }, [['unknown_key', ['extra']]]],
      [{ ...base, scale: { min: '0,5', max: 10 } }, [['invalid_format', ['scale', 'min']]]],
      [{ ...base, totalThreshold: Number.NaN }, [['invalid_format', ['totalThreshold']]]],
      [{ ...base, totalThreshold: Infinity }, [['invalid_format', ['totalThreshold']]]],
      [{ ...base, totalThreshold: '1e3' }, [['invalid_format', ['totalThreshold']]]],
      [{ ...base, totalThreshold: true }, [['invalid_type', ['totalThreshold']]]],
      [{ ...base, totalThreshold: `1.${'0'.repeat(59)}` }, [['too_long', ['totalThreshold']]]],
      [{ ...base, criteria: [{ weight: '1' }] }, [['required', ['criteria', 0, 'id']]]],
      [{ ...base, criteria: [{ id: '', weight: '1' }] }, [['too_short', ['criteria', 0, 'id']]]],
      [
        { ...base, criteria: Array.from({ length: 101 }, () => base.criteria[0]) },
        [['too_long', ['criteria']]],
      ],
      [
        {
          ...base,
          criteria: [
            { ...base.criteria[0], subCriteria: [{ id: 'x', weight: 1, label: { nl: 'x' } }] },
          ],
        },
        [['required', ['criteria', 0, 'subCriteria', 0, 'label', 'en']]],
      ],
    ];
    for (const [input, expected] of cases)
      expect(
        issuesOf(input).map((i) => [i.code, i.path]),
        JSON.stringify(input),
      ).toEqual(expected);
  });

  it('gives a decimal of 60 characters a place and refuses one of 61', () => {
    const sixty = `5.${'0'.repeat(58)}`;
    expect(codes({ ...base, totalThreshold: sixty })).toEqual([]);
    expect(codes({ ...base, totalThreshold: `${sixty}0` })).toEqual(['too_long']);
  });

  it('reports a key that could reach a prototype, and never copies it', () => {
    const input = JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(base).slice(1)}`);
    expect(issuesOf(input).map((i) => [i.code, i.path])).toEqual([['unknown_key', ['__proto__']]]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('neither freezes nor changes the caller’s scheme', () => {
    const input = structuredClone(base);
    safeCreateScoringScheme(input);
    expect(input).toEqual(base);
    expect(Object.isFrozen(input) || Object.isFrozen(input.criteria[0])).toBe(false);
  });

  it('refuses an unsupported locale and options that are not an object', () => {
    expect(issuesOf(base, 'fr').map((i) => [i.code, i.path])).toEqual([
      ['unsupported_locale', ['locale']],
    ]);
    const result = safeCreateScoringScheme(base, 'en' as never);
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['options']],
    ]);
  });

  it('accepts the built-in scheme', () => {
    const builtIn = getDefinition('criteria.scoringScheme').versions.map((v) => v.value);
    for (const value of builtIn) expect(codes(value)).toEqual([]);
  });
});

describe('createScoringScheme', () => {
  it('returns the same success as safeCreateScoringScheme', () => {
    const made = createScoringScheme(base);
    expect(made).toEqual(safeCreateScoringScheme(base));
    expect(made.data.totalThreshold).toBe('6');
  });

  it('throws one PioRulesError with every issue, in the locale asked for', () => {
    const error = expectCode(
      () =>
        createScoringScheme(
          { ...base, totalThreshold: 20, criteria: base.criteria.slice(0, 2) },
          { locale: 'en-US' },
        ),
      'missing_criterion',
    );
    expect(error.issues.map((i) => i.code)).toEqual([
      'missing_criterion',
      'weights_do_not_sum',
      'threshold_outside_scale',
    ]);
    expect(error.issues[0]?.message).toBe('The main criterion Quality of the approach is missing.');
  });
});

describe('a scoring scheme in a parameter registry', () => {
  const withValue = (value: unknown) =>
    safeCreateParameterRegistry(
      [
        {
          ...getDefinition('criteria.scoringScheme'),
          versions: [
            {
              value: value as never,
              validFrom: '2017-01-01',
              status: 'assumed',
              source: { title: 't', url: 'https://example.org' },
            },
          ],
        },
      ],
      { base: defaultParameters },
    );

  it('is checked once, when the registry is made, with the paths of the registry', () => {
    const result = withValue({ ...base, criteria: base.criteria.slice(1) });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_criterion', [0, 'versions', 0, 'value', 'criteria']],
      ['weights_do_not_sum', [0, 'versions', 0, 'value', 'criteria']],
    ]);
  });

  it('reports a missing field as required, as everywhere, never as a scheme-specific code', () => {
    const result = withValue({ scale: { min: 0 }, criteria: [] });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['required', [0, 'versions', 0, 'value', 'scale', 'max']],
    ]);
  });

  it('is accepted when right', () => {
    expect(withValue(base).success).toBe(true);
  });
});

describe('getScoringScheme', () => {
  it('reads the built-in scheme: assumed, 0 to 10, weights 0.3 / 0.4 / 0.3, thresholds 5 and 6', () => {
    const inForce = getScoringScheme({ at: '2024-10-10' });
    expect(inForce.status).toBe('assumed');
    expect(inForce.parameterId).toBe('criteria.scoringScheme');
    expect(inForce.validFrom).toBe('2017-01-01');
    expect(inForce.validUntil).toBeNull();
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
    expect(Object.isFrozen(inForce) && Object.isFrozen(inForce.scheme)).toBe(true);
  });

  it('reads the latest version by default, and at an instant as at its Brussels date', () => {
    expect(getScoringScheme()).toEqual(getScoringScheme({ at: '2024-10-10' }));
    expect(getScoringScheme({ at: new Date('2024-10-10T12:00:00Z') }).validFrom).toBe('2017-01-01');
  });

  it('reads a replaced scheme from a caller’s registry, without a note when the version has none', () => {
    const parameters = registryWithScheme({ ...base, totalThreshold: '7' }, 'published');
    const inForce = getScoringScheme({ parameters });
    expect([inForce.status, inForce.scheme.totalThreshold, inForce.source.url]).toEqual([
      'published',
      '7',
      'https://example.org/scheme',
    ]);
    expect('note' in inForce).toBe(false);
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
    ).data;
    expect(getScoringScheme({ at: '2024-06-01', parameters }).scheme.totalThreshold).toBe('6');
    expect(getScoringScheme({ at: '2024-06-01', parameters }).validUntil).toBe('2024-12-31');
    expect(getScoringScheme({ at: '2025-06-01', parameters }).scheme.totalThreshold).toBe('7');
    const error = expectCode(
      () => getScoringScheme({ at: '2016-06-01', parameters, locale: 'en' }),
      'no_parameter_value',
    );
    expect(error.issues[0]?.message).toContain('criteria.scoringScheme');
  });

  it('refuses a bad at, a registry that is not one, options that are not an object and an unsupported locale', () => {
    expectCode(() => getScoringScheme({ at: '2024-13-01' }), 'invalid_date');
    expectCode(() => getScoringScheme({ at: '2024-10-10T12:00' }), 'ambiguous_time');
    expectCode(() => getScoringScheme({ parameters: {} as never }), 'invalid_type');
    expectCode(() => getScoringScheme(null as never), 'invalid_type');
    expectCode(() => getScoringScheme({ locale: 'fr' }), 'unsupported_locale');
  });
});
