import { describe, expect, it } from 'vitest';
import {
  computeExpertiseSupport,
  explainCofinancing,
  safeComputeExpertiseSupport,
  type ExpertiseInput,
} from '../../src/cofinancing/index.js';
import type { PioIssue } from '../../src/issues/index.js';
import { eur } from '../../src/money/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
} from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';

const summary = (issues: readonly PioIssue[]) => issues.map((i) => [i.code, i.path]);

describe('computeExpertiseSupport', () => {
  it('uses 25,000 euro before 2020 and 30,000 euro from 2020', () => {
    const old = computeExpertiseSupport({ requested: '28000.00' }, { at: '2019-12-31' });
    expect(old.data.indicativeMax.amount).toBe('25000.00');
    expect(old.data.aboveIndicativeMax).toBe(true);
    expect(old.warnings.map((w) => [w.code, w.severity, w.path])).toEqual([
      ['expertise_above_indicative_max', 'warning', ['requested']],
    ]);
    expect(old.warnings[0]?.params).toEqual({ requested: '28000.00', maximum: '25000.00' });
    expect(old.warnings[0]?.source?.url).toMatch(/^https?:\/\//);
    const later = computeExpertiseSupport({ requested: '28000.00' }, { at: '2020-01-01' });
    expect(later.data.indicativeMax.amount).toBe('30000.00');
    expect(later.data.aboveIndicativeMax).toBe(false);
    expect(later.warnings).toEqual([]);
    expect(later.data.requested.amount).toBe('28000.00');
  });

  it('uses the latest value by default and the deadline of a call', () => {
    const latest = computeExpertiseSupport({ requested: 30000 }).data;
    expect([latest.indicativeMax.amount, latest.ruleDate, latest.callId]).toEqual([
      '30000.00',
      null,
      null,
    ]);
    const byCall = computeExpertiseSupport(
      { requested: '25000.01' },
      { at: { id: '2018-2', deadlineDate: '2018-11-30' } },
    ).data;
    expect([byCall.ruleDate, byCall.callId, byCall.aboveIndicativeMax]).toEqual([
      '2018-11-30',
      '2018-2',
      true,
    ]);
  });

  it('explains itself with the parameter version used', () => {
    const result = computeExpertiseSupport({ requested: '10000' }, { at: '2018-05-01' }).data;
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
    expect(explainCofinancing(above.data, { locale: 'en' })).toEqual([
      'Rules: the latest version of every parameter',
      'External expertise: requested €40,000.00, above the indicative maximum of €30,000.00 (an indicative amount: the use of external expertise is agreed by mutual consultation)',
    ]);
    expect(Object.isFrozen(above.warnings[0]?.params)).toBe(true);
  });

  it('renders its warning in the locale asked for', () => {
    const en = computeExpertiseSupport({ requested: '40000' }, { locale: 'en-US' });
    expect(en.warnings[0]?.message).toBe(
      'The requested external expertise of €40,000.00 is above the indicative maximum of €30,000.00.',
    );
    const nl = computeExpertiseSupport({ requested: '40000' }, { locale: 'nl-BE' });
    expect(nl.warnings[0]?.message).toBe(
      'De gevraagde externe expertise van € 40.000,00 ligt boven het richtbedrag van € 30.000,00.',
    );
  });

  it('reads the maximum from a custom registry, an assumption there', () => {
    const registry = createParameterRegistry(
      [
        {
          ...getDefinition('expertise.indicativeMax'),
          versions: [
            {
              value: '50000',
              validFrom: '2017-01-01',
              status: 'assumed',
              source: { title: 'what-if', url: 'https://example.org' },
            },
          ],
        },
      ],
      { base: defaultParameters },
    ).data;
    const result = computeExpertiseSupport({ requested: '40000' }, { parameters: registry }).data;
    expect(result.indicativeMax.amount).toBe('50000.00');
    expect(result.explanation[1]?.assumption).toBe(true);
    expect(explainCofinancing(result).at(-1)).toBe(
      'Externe expertise: gevraagd € 40.000,00, binnen het richtbedrag van € 50.000,00 (aanname)',
    );
  });

  it('is within the indicative maximum up to the cent, and above it one cent more', () => {
    const at = computeExpertiseSupport({ requested: '30000.00' }, { at: '2024-01-01' });
    expect(at.data.aboveIndicativeMax).toBe(false);
    expect(at.warnings).toEqual([]);
    expect(at.data.explanation[1]?.code).toBe('expertise_within_indicative_max');
    const above = computeExpertiseSupport({ requested: '30000.01' }, { at: '2024-01-01' });
    expect(above.data.aboveIndicativeMax).toBe(true);
    expect(above.data.explanation[1]?.code).toBe('expertise_above_indicative_max');
    expect(computeExpertiseSupport({ requested: '100000' }).data.aboveIndicativeMax).toBe(true);
    expect(computeExpertiseSupport({ requested: '9999.99' }).data.aboveIndicativeMax).toBe(false);
  });

  it('accepts a Money and its copies', () => {
    for (const requested of [eur('1'), structuredClone(eur('1')), { ...eur('1') }])
      expect(computeExpertiseSupport({ requested }).data.requested).toEqual(eur('1'));
  });

  it('reports every problem of its input and options', () => {
    const error = expectCode(
      () => computeExpertiseSupport({ requested: '1', extra: 1 } as ExpertiseInput, { at: 'soon' }),
      'unknown_key',
    );
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_key', ['extra']],
      ['invalid_time', ['at']],
    ]);
    expect(
      expectCode(() => computeExpertiseSupport({ requested: '-1' }), 'negative_amount').issues[0]
        ?.params,
    ).toEqual({ amount: '-1.00' });
    expectCode(() => computeExpertiseSupport({} as ExpertiseInput), 'required');
    expectCode(() => computeExpertiseSupport({ requested: '1.001' }), 'amount_precision');
    expectCode(() => computeExpertiseSupport(null as unknown as ExpertiseInput), 'invalid_type');
    expectCode(
      () => computeExpertiseSupport({ requested: '1' }, { locale: 'de' }),
      'unsupported_locale',
    );
  });

  it('reports a date without rules at at, and a registry without the parameter at the root', () => {
    const none = safeComputeExpertiseSupport({ requested: '1' }, { at: '2010-01-01' });
    expect(none.success || summary(none.issues)).toEqual([['no_parameter_value', ['at']]]);
    const parameters = createParameterRegistry([getDefinition('cofinancing.cap')]).data;
    const missing = safeComputeExpertiseSupport({ requested: '1' }, { parameters });
    expect(missing.success || summary(missing.issues)).toEqual([['unknown_parameter', []]]);
    const notOne = safeComputeExpertiseSupport({ requested: 'x' }, { parameters: 7 as never });
    expect(notOne.success || summary(notOne.issues)).toEqual([
      ['invalid_amount', ['requested']],
      ['invalid_type', ['parameters']],
    ]);
  });

  it('says what it expected instead of a non-object', () => {
    const outcome = safeComputeExpertiseSupport(null as unknown as ExpertiseInput);
    expect(outcome.success || outcome.issues.map((i) => [i.path, i.params])).toEqual([
      [[], { expected: 'object', received: 'null' }],
    ]);
  });

  it('returns the same success as its safe twin', () => {
    const safe = safeComputeExpertiseSupport({ requested: '1' });
    const thrown = computeExpertiseSupport({ requested: '1' });
    expect(thrown).toEqual(safe);
  });
});
