import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  computeCofinancing,
  costCategories,
  type CofinancingInput,
  type CofinancingResult,
} from '../../src/cofinancing/index.js';
import { guard } from '../../src/input/guard.js';
import { isPioRulesError } from '../../src/issues/index.js';
import { eur, sum } from '../../src/money/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  getParameter,
} from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';

const amounts = (result: CofinancingResult) => ({
  eligibleBase: result.eligibleBase.amount,
  uncapped: result.uncapped.amount,
  maximum: result.maximum.amount,
  capped: result.capped,
});

/** The result of a computation that must succeed. */
const data = (input: CofinancingInput, options = {}) => computeCofinancing(input, options).data;

describe('computeCofinancing', () => {
  it('caps the amount at one million euro', () => {
    const result = data({ estimatedCost: '2400000.00' });
    expect(amounts(result)).toEqual({
      eligibleBase: '2400000.00',
      uncapped: '1200000.00',
      maximum: '1000000.00',
      capped: true,
    });
    expect(result.cap.amount).toBe('1000000.00');
    expect(result.capIndicative).toBe(true);
    expect(result.rate).toBe('0.5');
  });

  it.each([
    ['1500000.00', '750000.00', '750000.00', false],
    ['1999999.99', '999999.99', '999999.99', false],
    ['2000000.00', '1000000.00', '1000000.00', false],
    ['2000001.01', '1000000.50', '1000000.00', true],
    ['0.01', '0.00', '0.00', false],
    ['0.00', '0.00', '0.00', false],
    ['9999999.99', '4999999.99', '1000000.00', true],
  ])('gives %s a maximum of %s (uncapped %s)', (cost, uncapped, maximum, capped) => {
    const result = data({ estimatedCost: cost });
    expect(result.uncapped.amount).toBe(uncapped);
    expect(result.maximum.amount).toBe(maximum);
    expect(result.capped).toBe(capped);
  });

  it('rounds 999,999.995 down to the cent, never above 50%', () => {
    const result = data({ estimatedCost: '1999999.99' });
    const rounding = result.explanation.find((s) => s.code === 'rounded');
    expect(rounding?.params).toEqual({ exact: '999999.995', mode: 'down', result: '999999.99' });
  });

  it('gives 0.00 for only off-the-shelf lines, every line excluded with its reason', () => {
    const result = data({
      costs: [
        { category: 'off-the-shelf', amount: '250000.00', label: 'Licenties' },
        { category: 'off-the-shelf', amount: '1000000.00' },
      ],
    });
    expect(result.maximum.amount).toBe('0.00');
    expect(result.eligibleBase.amount).toBe('0.00');
    expect(result.eligible).toEqual([]);
    expect(result.excluded.map((l) => [l.path, l.reason, l.amount.amount])).toEqual([
      [['costs', 0], 'off_the_shelf_not_eligible', '250000.00'],
      [['costs', 1], 'off_the_shelf_not_eligible', '1000000.00'],
    ]);
    expect(result.excluded[0]?.label).toBe('Licenties');
  });

  it('counts R&D services and validation, and excludes other costs', () => {
    const result = data({
      costs: [
        { category: 'rd-services', amount: '300000.00' },
        { category: 'validation', amount: '100000.50' },
        { category: 'other', amount: '50000.00', label: 'Catering' },
        { category: 'off-the-shelf', amount: '70000.00' },
      ],
    });
    expect(result.eligibleBase.amount).toBe('400000.50');
    expect(result.maximum.amount).toBe('200000.25');
    expect(result.eligible.map((l) => l.category)).toEqual(['rd-services', 'validation']);
    expect(result.excluded.map((l) => l.reason)).toEqual([
      'other_not_eligible',
      'off_the_shelf_not_eligible',
    ]);
    const base = result.explanation.find((s) => s.code === 'eligible_base');
    expect(base?.params).toEqual({
      net: '400000.50',
      eligibleLines: 2,
      excludedLines: 2,
      excludedAmount: '120000.00',
    });
  });

  it('treats estimatedCost as one R&D-services line', () => {
    const result = data({ estimatedCost: 1234.5 });
    expect(result.eligible).toEqual([
      expect.objectContaining({ path: ['estimatedCost'], category: 'rd-services' }),
    ]);
    expect(result.eligible[0]?.amount.amount).toBe('1234.50');
  });

  it('computes the requested amount up to the maximum and warns when it is cut', () => {
    const within = computeCofinancing({ estimatedCost: '1500000', requested: '700000' });
    expect(within.data.granted?.amount).toBe('700000.00');
    expect(within.data.requested?.amount).toBe('700000.00');
    expect(within.warnings).toEqual([]);
    const above = computeCofinancing({ estimatedCost: '1500000', requested: '800000' });
    expect(above.data.granted?.amount).toBe('750000.00');
    expect(above.warnings.map((w) => [w.code, w.severity, w.path])).toEqual([
      ['requested_above_maximum', 'warning', ['requested']],
    ]);
    expect(above.warnings[0]?.params).toEqual({
      requested: '800000.00',
      maximum: '750000.00',
      granted: '750000.00',
    });
    const equal = computeCofinancing({ estimatedCost: '1500000', requested: '750000' });
    expect(equal.warnings).toEqual([]);
    expect(equal.data.explanation.map((s) => s.code)).toContain('requested_within');
    expect(equal.data.explanation.at(-1)?.params).toEqual({
      requested: '750000.00',
      granted: '750000.00',
    });
  });

  it('cuts a request one cent above the maximum, and keeps one a cent below', () => {
    const above = computeCofinancing({ estimatedCost: '100', requested: '50.01' });
    expect(above.data.granted?.amount).toBe('50.00');
    expect(above.warnings.map((w) => w.code)).toEqual(['requested_above_maximum']);
    const below = computeCofinancing({ estimatedCost: '100', requested: '49.99' });
    expect(below.data.granted?.amount).toBe('49.99');
    expect(below.warnings).toEqual([]);
    // A longer amount is a larger one: 100.00 is above 99.99.
    const longer = computeCofinancing({ estimatedCost: '199.98', requested: '100' });
    expect(longer.data.granted?.amount).toBe('99.99');
  });

  it('has no granted amount when nothing is requested', () => {
    const result = data({ estimatedCost: '10' });
    expect('granted' in result).toBe(false);
    expect('requested' in result).toBe(false);
    expect('phases' in result).toBe(false);
    expect('warnings' in result).toBe(false);
  });

  it('applies a cap decided by the committee and records it', () => {
    const out = computeCofinancing({ estimatedCost: '4000000.00' }, { capOverride: '1500000.00' });
    const result = out.data;
    expect(result.maximum.amount).toBe('1500000.00');
    expect(result.cap.amount).toBe('1500000.00');
    expect(result.capIndicative).toBe(false);
    expect(result.capped).toBe(true);
    // Who decided: the body in force on the date of the rules (here the latest).
    const decisionBody = getParameter('decision.body').value;
    expect(out.warnings.map((w) => [w.code, w.severity, w.path, w.params])).toEqual([
      [
        'cap_overridden',
        'warning',
        ['capOverride'],
        { indicativeCap: '1000000.00', cap: '1500000.00', decisionBody },
      ],
    ]);
    expect(out.warnings[0]?.source?.url).toMatch(/^https:\/\//);
    const overridden = result.explanation.find((s) => s.code === 'cap_overridden');
    expect(overridden?.params).toEqual({
      indicativeCap: '1000000.00',
      cap: '1500000.00',
      decisionBody,
    });
    expect(overridden?.parameters.map((p) => p.id)).toEqual(['cofinancing.cap', 'decision.body']);
    const cap = result.explanation.find((s) => s.code === 'cap_applied');
    expect(cap?.params).toMatchObject({ indicative: false, cap: '1500000.00' });
    expect(cap?.parameters).toEqual([]);
  });

  it('can keep a committee cap that is not reached', () => {
    const result = data({ estimatedCost: '2400000' }, { capOverride: 2_000_000 });
    expect(result.maximum.amount).toBe('1200000.00');
    expect(result.capped).toBe(false);
    expect(result.explanation.map((s) => s.code)).toContain('cap_not_reached');
  });

  it('adds non-recoverable VAT on the eligible lines to the base, rounded down', () => {
    const result = data({
      costs: [
        { category: 'rd-services', amount: '300000.01' },
        { category: 'off-the-shelf', amount: '1000.00' },
      ],
      vat: 'non-recoverable',
    });
    // 21% of 300,000.01 = 63,000.0021 → 63,000.00; base 363,000.01; 50% = 181,500.005 → 181,500.00
    expect(result.vat).toBe('non-recoverable');
    expect(result.vatAmount.amount).toBe('63000.00');
    expect(result.eligibleBase.amount).toBe('363000.01');
    expect(result.maximum.amount).toBe('181500.00');
    const vat = result.explanation.find((s) => s.code === 'vat_non_recoverable');
    expect(vat?.params).toEqual({
      vatRate: '0.21',
      net: '300000.01',
      exact: '63000.0021',
      mode: 'down',
      vat: '63000.00',
      base: '363000.01',
    });
    expect(vat?.assumption).toBe(true);
    expect(vat?.parameters.map((p) => p.id)).toEqual(['vat.standardRate', 'cofinancing.rounding']);
  });

  it('keeps the base excl. VAT by default, marked as an assumption', () => {
    const result = data({ estimatedCost: '100' });
    expect(result.vat).toBe('excluded');
    expect(result.vatAmount.amount).toBe('0.00');
    const vat = result.explanation.find((s) => s.code === 'vat_excluded');
    expect(vat?.assumption).toBe(true);
    expect(vat?.params).toEqual({});
    expect(result.parameters.map((p) => p.id)).not.toContain('vat.standardRate');
  });

  it('uses the rules in force at an instant, a date or a call deadline', () => {
    const latest = data({ estimatedCost: '100' });
    expect([latest.ruleDate, latest.callId]).toEqual([null, null]);
    expect(latest.explanation[0]).toMatchObject({ code: 'parameters_latest', params: {} });
    const old = data({ estimatedCost: '100' }, { at: '2019-06-01T12:00:00+02:00' });
    expect(old.ruleDate).toBe('2019-06-01');
    expect(old.explanation[0]).toMatchObject({
      code: 'parameters_at_date',
      params: { date: '2019-06-01' },
    });
    expect(old.parameters.find((p) => p.id === 'cofinancing.cap')).toMatchObject({
      validFrom: '2017-01-01',
      status: 'published',
    });
    expect(old.parameters.find((p) => p.id === 'vat.standardRate')).toBeUndefined();
    expect(
      data({ estimatedCost: '100', vat: 'non-recoverable' }, { at: '2019-06-01' }).parameters.find(
        (p) => p.id === 'vat.standardRate',
      ),
    ).toMatchObject({ validFrom: '2017-01-01', status: 'assumed' });
    expect(latest.parameters.find((p) => p.id === 'cofinancing.cap')).toMatchObject({
      validFrom: '2020-01-01',
      status: 'published',
    });
    const byCall = data(
      { estimatedCost: '100' },
      { at: { id: '2019-2', deadlineDate: '2019-12-13' } },
    );
    expect([byCall.ruleDate, byCall.callId]).toEqual(['2019-12-13', '2019-2']);
    expect(byCall.explanation[0]).toMatchObject({
      code: 'parameters_at_call',
      params: { date: '2019-12-13', callId: '2019-2' },
    });
    expect(data({ estimatedCost: '100' }, { at: '2024-03-01' }).ruleDate).toBe('2024-03-01');
    expect(data({ estimatedCost: '100' }, { at: new Date('2019-12-31T23:30:00Z') }).ruleDate).toBe(
      '2020-01-01',
    );
    expect(data({ estimatedCost: '100' }, { at: 1_577_833_200_000 }).ruleDate).toBe('2020-01-01');
  });

  it('reads only the id and deadline of a whole call given as at', () => {
    const call = {
      id: '2024-1',
      deadlineDate: '2024-04-18',
      title: { nl: 'Oproep', en: 'Call' },
      kind: 'regular',
    };
    const result = data({ estimatedCost: '100' }, { at: call });
    expect([result.ruleDate, result.callId]).toEqual(['2024-04-18', '2024-1']);
  });

  it('reads the rule version of each date, also when one registry serves many dates', () => {
    const source = { title: 'what-if', url: 'https://example.org' };
    const changing = createParameterRegistry(
      [
        {
          ...getDefinition('cofinancing.maxRate'),
          versions: [
            {
              value: '0.5',
              validFrom: '2017-01-01',
              validUntil: '2025-12-31',
              status: 'assumed',
              source,
            },
            { value: '0.4', validFrom: '2026-01-01', status: 'assumed', source },
          ],
        },
      ],
      { base: defaultParameters },
    ).data;
    const maximum = (at?: string) =>
      data(
        { estimatedCost: '1000.00', vat: 'non-recoverable' },
        { parameters: changing, ...(at === undefined ? {} : { at }) },
      );
    for (let round = 0; round < 2; round += 1) {
      expect(maximum('2024-04-18').rate).toBe('0.5');
      expect(maximum('2026-04-16').rate).toBe('0.4');
      expect(maximum().rate).toBe('0.4');
      expect(maximum('2025-12-31').maximum.amount).toBe('605.00');
      expect(maximum('2026-01-01').maximum.amount).toBe('484.00');
    }
    // VAT needed or not, the parameters cited are those of the date.
    const withoutVat = data(
      { estimatedCost: '1000.00' },
      { at: '2024-04-18', parameters: changing },
    );
    expect(withoutVat.parameters.map((p) => p.id)).toEqual([
      'cofinancing.eligibleCategories',
      'cofinancing.maxRate',
      'cofinancing.rounding',
      'cofinancing.cap',
    ]);
    expect(maximum('2024-04-18').parameters.map((p) => p.id)).toEqual([
      'cofinancing.eligibleCategories',
      'vat.standardRate',
      'cofinancing.rounding',
      'cofinancing.maxRate',
      'cofinancing.cap',
    ]);
  });

  it('reads every rule value from a custom parameter registry', () => {
    const source = { title: 'what-if', url: 'https://example.org' };
    const whatIf = createParameterRegistry(
      [
        {
          ...getDefinition('cofinancing.maxRate'),
          versions: [{ value: '0.4', validFrom: '2017-01-01', status: 'assumed', source }],
        },
        {
          ...getDefinition('cofinancing.cap'),
          versions: [{ value: '500000', validFrom: '2017-01-01', status: 'assumed', source }],
        },
        {
          ...getDefinition('cofinancing.eligibleCategories'),
          versions: [
            {
              value: ['rd-services', 'validation', 'other'],
              validFrom: '2017-01-01',
              status: 'assumed',
              source,
            },
          ],
        },
        {
          ...getDefinition('cofinancing.rounding'),
          versions: [{ value: 'up', validFrom: '2017-01-01', status: 'assumed', source }],
        },
      ],
      { base: defaultParameters },
    ).data;
    const costs = [
      { category: 'rd-services', amount: '1000.01' },
      { category: 'other', amount: '100.00' },
    ] as const;
    const result = data({ costs }, { parameters: whatIf });
    // 40% of 1,100.01 = 440.004 → rounded up 440.01
    expect(result.rate).toBe('0.4');
    expect(result.uncapped.amount).toBe('440.01');
    expect(result.excluded).toEqual([]);
    // A cap written without cents is an amount all the same.
    const capped = data({ estimatedCost: '2000000' }, { parameters: whatIf });
    expect([capped.maximum.amount, capped.cap.amount]).toEqual(['500000.00', '500000.00']);
    expect(result.parameters.every((p) => p.source.title === 'what-if')).toBe(true);
    expect(data({ costs }).maximum.amount).toBe('500.00');
  });

  it('gives a category a registry leaves out the reason other_not_eligible', () => {
    const source = { title: 'what-if', url: 'https://example.org' };
    const onlyRd = createParameterRegistry(
      [
        {
          ...getDefinition('cofinancing.eligibleCategories'),
          versions: [
            { value: ['rd-services'], validFrom: '2017-01-01', status: 'assumed', source },
          ],
        },
      ],
      { base: defaultParameters },
    ).data;
    const result = data(
      { costs: [{ category: 'validation', amount: '10' }] },
      { parameters: onlyRd },
    );
    expect(result.excluded.map((l) => l.reason)).toEqual(['other_not_eligible']);
  });

  it('splits the maximum over phases so the shares add up exactly', () => {
    const result = data({
      phases: [
        {
          id: 'design',
          label: 'Oplossingsontwerp',
          costs: [{ category: 'rd-services', amount: '100000.00' }],
        },
        {
          id: 'prototype',
          label: 'Prototype',
          costs: [
            { category: 'rd-services', amount: '1000000.00' },
            { category: 'off-the-shelf', amount: '99999.00' },
          ],
        },
        {
          id: 'test',
          label: 'Testreeks',
          costs: [{ category: 'validation', amount: '1000000.00' }],
        },
      ],
    });
    expect(result.maximum.amount).toBe('1000000.00');
    expect(
      result.phases?.map((p) => [p.id, p.label, p.eligibleBase.amount, p.share.amount]),
    ).toEqual([
      ['design', 'Oplossingsontwerp', '100000.00', '47619.05'],
      ['prototype', 'Prototype', '1000000.00', '476190.48'],
      ['test', 'Testreeks', '1000000.00', '476190.47'],
    ]);
    expect(sum(result.phases!.map((p) => p.share)).amount).toBe(result.maximum.amount);
    expect(result.excluded[0]).toMatchObject({
      path: ['phases', 1, 'costs', 1],
      phaseId: 'prototype',
    });
    expect(result.eligible.map((l) => l.phaseId)).toEqual(['design', 'prototype', 'test']);
    expect(result.explanation.filter((s) => s.code === 'phase_share').map((s) => s.params)).toEqual(
      [
        { label: 'Oplossingsontwerp', phaseId: 'design', base: '100000.00', share: '47619.05' },
        { label: 'Prototype', phaseId: 'prototype', base: '1000000.00', share: '476190.48' },
        { label: 'Testreeks', phaseId: 'test', base: '1000000.00', share: '476190.47' },
      ],
    );
    expect(result.explanation.find((s) => s.code === 'phases_allocated')?.params).toEqual({
      count: 3,
      maximum: '1000000.00',
    });
  });

  it('gives every phase a zero share when nothing is eligible', () => {
    const result = data({
      phases: [
        { id: 'a', label: 'A', costs: [{ category: 'off-the-shelf', amount: '10' }] },
        { id: 'b', label: 'B', costs: [{ category: 'other', amount: '10' }] },
      ],
    });
    expect(result.phases?.map((p) => [p.eligibleBase.amount, p.share.amount])).toEqual([
      ['0.00', '0.00'],
      ['0.00', '0.00'],
    ]);
  });

  it('splits non-recoverable VAT over the phases so their bases add up to the base', () => {
    const result = data({
      phases: [
        { id: 'a', label: 'A', costs: [{ category: 'rd-services', amount: '0.01' }] },
        { id: 'b', label: 'B', costs: [{ category: 'rd-services', amount: '33333.33' }] },
        { id: 'c', label: 'C', costs: [{ category: 'off-the-shelf', amount: '5' }] },
      ],
      vat: 'non-recoverable',
    });
    const bases = result.phases!.map((p) => p.eligibleBase);
    expect(sum(bases).amount).toBe(result.eligibleBase.amount);
    expect(bases[2]?.amount).toBe('0.00');
    expect(sum(result.phases!.map((p) => p.share)).amount).toBe(result.maximum.amount);
  });

  it('returns frozen, JSON-serialisable plain data', () => {
    const result = data({ costs: [{ category: 'rd-services', amount: '10' }], requested: '10' });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.explanation)).toBe(true);
    expect(Object.isFrozen(result.explanation[0]?.params)).toBe(true);
    expect(Object.isFrozen(result.eligible[0]?.path)).toBe(true);
    expect(() => {
      (result.explanation as unknown[]).push(1);
    }).toThrow(TypeError);
    const json = JSON.parse(JSON.stringify(result));
    expect(json.maximum).toEqual({ amount: '5.00', currency: 'EUR' });
    expect(json.eligible[0].amount).toEqual({ amount: '10.00', currency: 'EUR' });
    expect(json.explanation[0].code).toBe('parameters_latest');
  });

  it('never freezes or changes what the caller passed', () => {
    const line = { category: 'rd-services' as const, amount: eur('10') };
    const costs = [line];
    const input = { costs, requested: { amount: '1.00', currency: 'EUR' as const } };
    const at = { id: '2024-1', deadlineDate: '2024-04-18' };
    const options = { at, capOverride: { amount: '2.00', currency: 'EUR' as const } };
    const before = JSON.stringify([input, options]);
    computeCofinancing(input, options);
    expect(JSON.stringify([input, options])).toBe(before);
    for (const value of [input, costs, input.requested, options, at, options.capOverride])
      expect(Object.isFrozen(value)).toBe(false);
  });

  it('gives identical results after the consumer configures its own decimal.js', () => {
    const inputs: CofinancingInput[] = [
      { estimatedCost: '1999999.99' },
      { estimatedCost: '2000001.01', requested: '999999.99' },
      {
        costs: [
          { category: 'rd-services', amount: '123456789.87' },
          { category: 'validation', amount: '0.03' },
        ],
        vat: 'non-recoverable',
      },
      {
        phases: [
          { id: 'a', label: 'A', costs: [{ category: 'rd-services', amount: '333.33' }] },
          { id: 'b', label: 'B', costs: [{ category: 'validation', amount: '666.67' }] },
        ],
      },
    ];
    const before = JSON.stringify(inputs.map((input) => computeCofinancing(input)));
    const saved = { precision: Decimal.precision, rounding: Decimal.rounding };
    try {
      Decimal.set({ precision: 5, rounding: 8 });
      const after = JSON.stringify(inputs.map((input) => computeCofinancing(input)));
      expect(after).toBe(before);
      expect(after).toContain('"amount":"999999.99"');
    } finally {
      Decimal.set(saved);
    }
    expect(Decimal.precision).toBe(saved.precision);
  });

  it('gives identical results in every host time zone', () => {
    const saved = process.env['TZ'];
    const run = () =>
      JSON.stringify(
        ['2019-12-31T23:30:00Z', '2023-12-31T23:00:00Z', 1_577_833_200_000].map((at) =>
          computeCofinancing({ estimatedCost: '2400000' }, { at }),
        ),
      );
    const results = new Set<string>();
    try {
      for (const tz of ['UTC', 'Europe/Brussels', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env['TZ'] = tz;
        results.add(run());
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
    expect(results.size).toBe(1);
    expect([...results][0]).toContain('"ruleDate":"2020-01-01"');
  });

  it('throws a PioRulesError carrying every issue', () => {
    const error = expectCode(
      () =>
        computeCofinancing({
          costs: [
            { category: 'rd-services', amount: '-5' },
            { category: 'other', amount: 'abc' },
          ],
        }),
      'negative_amount',
    );
    expect(error.issues.map((i) => i.code)).toEqual(['negative_amount', 'invalid_amount']);
    expect(isPioRulesError(error)).toBe(true);
  });

  it('returns the very success of safeComputeCofinancing', () => {
    const out = computeCofinancing({ estimatedCost: '100', requested: '60' });
    expect(out.success).toBe(true);
    expect(Object.keys(out)).toEqual(['success', 'data', 'warnings']);
  });

  it('knows the six cost categories', () => {
    expect(costCategories).toEqual([
      'rd-services',
      'rdi',
      'validation',
      'feasibility-study',
      'off-the-shelf',
      'other',
    ]);
  });

  it('accepts amounts as Money, copies of Money, numbers and strings', () => {
    const result = data({
      costs: [
        { category: 'rd-services', amount: eur('1.01') },
        { category: 'rd-services', amount: 2 },
        { category: 'validation', amount: structuredClone(eur('3.50')) },
        { category: 'validation', amount: '0.5' },
        { category: 'validation', amount: '007.10' },
      ],
    });
    expect(result.eligibleBase.amount).toBe('14.11');
    expect(result.eligible.map((l) => l.amount.amount)).toEqual([
      '1.01',
      '2.00',
      '3.50',
      '0.50',
      '7.10',
    ]);
  });

  // The boundary guard keeps decimal.js values as it keeps dates.
  it('accepts amounts as decimal.js values', () => {
    expect(guard({ amount: new Decimal(1) }).issues).toEqual([]);
    const result = data({ costs: [{ category: 'validation', amount: new Decimal('3.5') }] });
    expect(result.eligibleBase.amount).toBe('3.50');
  });
});
