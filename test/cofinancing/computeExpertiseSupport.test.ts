import { describe, expect, it } from 'vitest';
import {
  computeExpertiseSupport,
  explainCofinancing,
  type ExpertiseInput,
} from '../../src/cofinancing/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
} from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';

describe('computeExpertiseSupport', () => {
  it('uses 25,000 euro before 2020 and 30,000 euro from 2020', () => {
    const old = computeExpertiseSupport({ requested: '28000.00', at: '2019-12-31' });
    expect(old.indicativeMax.amount).toBe('25000.00');
    expect(old.aboveIndicativeMax).toBe(true);
    expect(old.warnings.map((w) => [w.code, w.severity, w.path])).toEqual([
      ['expertise_above_indicative_max', 'warning', ['requested']],
    ]);
    expect(old.warnings[0]?.params).toEqual({ requested: '28000.00', maximum: '25000.00' });
    const later = computeExpertiseSupport({ requested: '28000.00', at: '2020-01-01' });
    expect(later.indicativeMax.amount).toBe('30000.00');
    expect(later.aboveIndicativeMax).toBe(false);
    expect(later.warnings).toEqual([]);
    expect(later.requested.amount).toBe('28000.00');
  });

  it('uses the latest value by default and the deadline of a call', () => {
    expect(computeExpertiseSupport({ requested: 30000 }).indicativeMax.amount).toBe('30000.00');
    const byCall = computeExpertiseSupport({
      requested: '25000.01',
      at: { id: '2018-2', deadlineDate: '2018-11-30' },
    });
    expect([byCall.ruleDate, byCall.callId, byCall.aboveIndicativeMax]).toEqual([
      '2018-11-30',
      '2018-2',
      true,
    ]);
  });

  it('explains itself with the parameter version used', () => {
    const result = computeExpertiseSupport({ requested: '10000', at: '2018-05-01' });
    expect(result.explanation.map((s) => s.code)).toEqual([
      'parameters_at_date',
      'expertise_within_indicative_max',
    ]);
    expect(result.parameters).toEqual([
      expect.objectContaining({
        id: 'expertise.indicativeMax',
        value: '25000.00',
        validFrom: '2017-01-01',
        status: 'published',
      }),
    ]);
    expect(explainCofinancing(result)[1]).toBe(
      'Externe expertise: gevraagd € 10.000,00, binnen het richtbedrag van € 25.000,00',
    );
    const above = computeExpertiseSupport({ requested: '40000' });
    expect(explainCofinancing(above, { locale: 'en' })).toEqual([
      'Rules: the latest version of every parameter',
      'External expertise: requested €40,000.00, above the indicative maximum of €30,000.00 (the decision committee may decide otherwise)',
    ]);
    expect(Object.isFrozen(above.warnings[0]?.params)).toBe(true);
  });

  it('reads the maximum from a custom registry', () => {
    const registry = createParameterRegistry(
      [
        {
          ...getDefinition('expertise.indicativeMax'),
          versions: [
            {
              value: '50000.00',
              validFrom: '2017-01-01',
              status: 'assumed',
              source: { title: 'what-if', url: 'https://example.org' },
            },
          ],
        },
      ],
      { base: defaultParameters },
    );
    const result = computeExpertiseSupport({ requested: '40000' }, { parameters: registry });
    expect(result.indicativeMax.amount).toBe('50000.00');
    expect(result.explanation[1]?.assumption).toBe(true);
  });

  it('reports every problem of its input', () => {
    const error = expectCode(
      () =>
        computeExpertiseSupport({
          requested: '-1',
          at: 'soon',
          extra: 1,
        } as unknown as ExpertiseInput),
      'unknown_key',
    );
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_key', ['extra']],
      ['requested_negative', ['requested']],
      ['invalid_time', ['at']],
    ]);
    expectCode(() => computeExpertiseSupport({} as ExpertiseInput), 'required');
    expectCode(() => computeExpertiseSupport({ requested: '1.001' }), 'amount_precision');
    expectCode(
      () => computeExpertiseSupport({ requested: '1', at: '2012-01-01' }),
      'no_parameter_value',
    );
    expectCode(() => computeExpertiseSupport(null as unknown as ExpertiseInput), 'invalid_type');
  });
});
