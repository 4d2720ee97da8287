import { describe, expect, it } from 'vitest';
import {
  computeCofinancing,
  explainCofinancing,
  type CofinancingInput,
  type CofinancingResult,
  type CofinancingStep,
  type ComputeCofinancingOptions,
  type StepCode,
  type StepParams,
} from '../../src/cofinancing/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
} from '../../src/parameters/index.js';
import { locales } from '../../src/vocabulary/index.js';
import { stepCodes } from '../../src/vocabulary/steps.js';

const compute = (input: CofinancingInput, options: ComputeCofinancingOptions = {}) =>
  computeCofinancing(input, options).data;
const codes = (result: CofinancingResult) => result.explanation.map((s) => s.code);
const ids = (result: CofinancingResult) =>
  Object.fromEntries(
    result.explanation
      .filter((s) => s.parameters.length > 0)
      .map((s) => [s.code, s.parameters.map((p) => p.id)]),
  );

const base = ['parameters_latest', 'cost_line_eligible', 'eligible_base', 'vat_excluded'];
const parameterIds = {
  cost_line_eligible: ['cofinancing.eligibleCategories'],
  eligible_base: ['cofinancing.eligibleCategories'],
  rate_applied: ['cofinancing.maxRate'],
  rounded: ['cofinancing.rounding'],
};

/** One step of every code, with params as the library makes them. */
const samples: { readonly [S in StepCode]: StepParams[S] } = {
  parameters_latest: {},
  parameters_at_date: { date: '2024-01-01' },
  parameters_at_call: { callId: '2024-1', date: '2024-04-18' },
  cost_line_eligible: { line: 'costs[0]', category: 'rd-services', label: 'L', amount: '1.00' },
  cost_line_excluded: {
    line: 'costs[1]',
    category: 'other',
    label: null,
    amount: '1.00',
    reason: 'other_not_eligible',
  },
  eligible_base: { net: '1.00', eligibleLines: 1, excludedLines: 0, excludedAmount: '0.00' },
  vat_excluded: {},
  vat_non_recoverable: {
    vatRate: '0.21',
    net: '1.00',
    exact: '0.21',
    mode: 'halfEven',
    vat: '0.21',
    base: '1.21',
  },
  rate_applied: { rate: '0.125', base: '1.21', exact: '0.15125' },
  rounded: { mode: 'halfEven', exact: '0.15125', result: '0.15' },
  cap_overridden: { indicativeCap: '1.00', cap: '2.00' },
  cap_applied: { rate: '0.125', base: '1.21', uncapped: '0.15', cap: '0.10', indicative: true },
  cap_not_reached: { rate: '0.125', base: '1.21', uncapped: '0.15', cap: '1.00', indicative: true },
  maximum: { maximum: '0.15' },
  requested_within: { requested: '0.10', granted: '0.10' },
  requested_cut: { requested: '0.20', maximum: '0.15', granted: '0.15' },
  phases_allocated: { count: 1, maximum: '0.15' },
  phase_share: { label: 'Fase', phaseId: 'p', base: '1.21', share: '0.15' },
  expertise_within_indicative_max: { requested: '1.00', maximum: '2.00' },
  expertise_above_indicative_max: { requested: '3.00', maximum: '2.00' },
};

const stepOf = (code: StepCode, assumption = false) =>
  ({ code, params: samples[code], parameters: [], assumption }) as CofinancingStep;

describe('explainCofinancing', () => {
  it.each([
    ['2400000.00', 'cap_applied'],
    ['1500000.00', 'cap_not_reached'],
    ['1999999.99', 'cap_not_reached'],
    ['2000001.01', 'cap_applied'],
    ['0.01', 'cap_not_reached'],
  ])('explains %s step by step with the parameters used', (cost, capCode) => {
    const result = compute({ estimatedCost: cost });
    expect(codes(result)).toEqual([...base, 'rate_applied', 'rounded', capCode, 'maximum']);
    expect(ids(result)).toEqual({ ...parameterIds, [capCode]: ['cofinancing.cap'] });
    for (const locale of locales) {
      const lines = explainCofinancing(result, { locale });
      expect(lines).toHaveLength(result.explanation.length);
      expect(lines.join('\n')).not.toMatch(/undefined|NaN|\?/);
    }
  });

  it('shows the capped example in Dutch and English', () => {
    const result = compute({ estimatedCost: '2400000.00' });
    expect(explainCofinancing(result)).toContain(
      '50% van € 2.400.000,00 = € 1.200.000,00, begrensd tot € 1.000.000,00 (richtbedrag)',
    );
    expect(explainCofinancing(result, { locale: 'en' })).toContain(
      '50% of €2,400,000.00 = €1,200,000.00, capped at €1,000,000.00 (indicative cap)',
    );
    expect(explainCofinancing(result).at(-1)).toBe('Maximale cofinanciering: € 1.000.000,00');
    expect(explainCofinancing(result, { locale: 'en-GB' }).at(-1)).toBe(
      'Maximum cofinancing: €1,000,000.00',
    );
    const cap = result.explanation.find((s) => s.code === 'cap_applied');
    expect(cap?.params).toMatchObject({ indicative: true });
  });

  it('shows the rounding with the exact value, the mode and the result', () => {
    const result = compute({ estimatedCost: '1999999.99' });
    const [nl, en] = locales.map((locale) =>
      explainCofinancing(result, { locale }).find((l) => /^(?:Afgerond|Rounded)/.test(l)),
    );
    expect(nl).toBe(
      'Afgerond op de cent (naar beneden, zodat het maximumpercentage nooit wordt overschreden): € 999.999,995 wordt € 999.999,99 (aanname)',
    );
    expect(en).toBe(
      'Rounded to the cent (down, so the maximum rate is never exceeded): €999,999.995 becomes €999,999.99 (assumption)',
    );
  });

  it('explains 0.01 and 1,500,000.00 in both locales', () => {
    const small = compute({ estimatedCost: '0.01' });
    expect(explainCofinancing(small)).toContain('Maximale cofinanciering: € 0,00');
    expect(explainCofinancing(small, { locale: 'en' })).toContain(
      'Rounded to the cent (down, so the maximum rate is never exceeded): €0.005 becomes €0.00 (assumption)',
    );
    const mid = compute({ estimatedCost: '1500000.00' });
    expect(explainCofinancing(mid)).toContain(
      '50% van € 1.500.000,00 = € 750.000,00, onder het richtbedrag van circa € 1.000.000,00',
    );
    expect(explainCofinancing(mid, { locale: 'en' })).toContain(
      '50% of €1,500,000.00 = €750,000.00, below the indicative cap of about €1,000,000.00',
    );
  });

  it('explains every excluded off-the-shelf line with its reason', () => {
    const result = compute({
      costs: [
        { category: 'off-the-shelf', amount: '1000', label: 'Licentie' },
        { category: 'off-the-shelf', amount: '2000' },
      ],
    });
    expect(codes(result)).toEqual([
      'parameters_latest',
      'cost_line_excluded',
      'cost_line_excluded',
      'eligible_base',
      'vat_excluded',
      'rate_applied',
      'rounded',
      'cap_not_reached',
      'maximum',
    ]);
    expect(result.explanation[1]?.params).toEqual({
      line: 'costs[0]',
      category: 'off-the-shelf',
      label: 'Licentie',
      amount: '1000.00',
      reason: 'off_the_shelf_not_eligible',
    });
    expect(ids(result)['cost_line_excluded']).toEqual(['cofinancing.eligibleCategories']);
    expect(explainCofinancing(result)[1]).toBe(
      'costs[0] (kant-en-klare oplossing, "Licentie"): € 1.000,00 komt niet in aanmerking: Kant-en-klare, commercieel beschikbare oplossingen komen niet in aanmerking voor cofinanciering.',
    );
    expect(explainCofinancing(result, { locale: 'en' })[2]).toBe(
      'costs[1] (off-the-shelf solution): €2,000.00 is not eligible: Ready-made, commercially available solutions are not eligible for cofinancing.',
    );
    expect(explainCofinancing(result)[3]).toBe(
      'Subsidiabele basis exclusief btw: € 0,00 (0 kostenlijnen in aanmerking; 2 uitgesloten, samen € 3.000,00)',
    );
  });

  it('records every parameter version with its value, date, status and source', () => {
    const result = compute({ estimatedCost: '100' }, { at: '2018-03-01' });
    const rate = result.explanation.find((s) => s.code === 'rate_applied')?.parameters[0];
    expect(rate).toMatchObject({
      id: 'cofinancing.maxRate',
      value: '0.5',
      validFrom: '2017-01-01',
      status: 'published',
    });
    expect(rate?.source.url).toMatch(/^https:\/\//);
    const rounded = result.explanation.find((s) => s.code === 'rounded')?.parameters[0];
    expect(rounded).toMatchObject({ id: 'cofinancing.rounding', status: 'assumed' });
    expect(result.parameters.map((p) => p.id)).toEqual([
      'cofinancing.eligibleCategories',
      'cofinancing.maxRate',
      'cofinancing.rounding',
      'cofinancing.cap',
    ]);
    expect(explainCofinancing(result)[0]).toBe('Regels zoals van kracht op 1 maart 2018');
    expect(explainCofinancing(result, { locale: 'en' })[0]).toBe('Rules in force on 1 March 2018');
    // Before 2024 the rate is published too (EWI 2017): its step is no assumption; the
    // rounding is one, and its step says so.
    expect(explainCofinancing(result)[4]).toBe(
      'Maximaal 50% van de basis: 50% van € 100,00 = € 50,00',
    );
    expect(explainCofinancing(result)[5]).toMatch(/ \(aanname\)$/);
  });

  it('explains VAT, a committee cap, a request, a call and phases in both locales', () => {
    const result = compute(
      {
        phases: [
          { id: 'p1', label: 'Ontwerp', costs: [{ category: 'rd-services', amount: '1000000' }] },
          { id: 'p2', label: 'Test', costs: [{ category: 'validation', amount: '1500000' }] },
        ],
        vat: 'non-recoverable',
        requested: '1400000',
      },
      { capOverride: '1250000', at: { id: '2024-1', deadlineDate: '2024-04-18' } },
    );
    expect(codes(result)).toEqual([
      'parameters_at_call',
      'cost_line_eligible',
      'cost_line_eligible',
      'eligible_base',
      'vat_non_recoverable',
      'rate_applied',
      'rounded',
      'cap_overridden',
      'cap_applied',
      'maximum',
      'requested_cut',
      'phases_allocated',
      'phase_share',
      'phase_share',
    ]);
    const nl = explainCofinancing(result);
    const en = explainCofinancing(result, { locale: 'en' });
    expect(nl[0]).toBe(
      'Regels zoals van kracht op de uiterste indieningsdatum van oproep 2024-1 (18 april 2024)',
    );
    expect(en[0]).toBe('Rules in force on the deadline of call 2024-1 (18 April 2024)');
    expect(en[4]).toBe(
      'Non-recoverable VAT: 21% of €2,500,000.00 = €525,000.00, rounded down to €525,000.00; base incl. VAT: €3,025,000.00 (assumption)',
    );
    expect(nl[4]).toBe(
      'Niet-recupereerbare btw: 21% van € 2.500.000,00 = € 525.000,00, naar beneden afgerond tot € 525.000,00; basis inclusief btw: € 3.025.000,00 (aanname)',
    );
    expect(nl[7]).toBe(
      'Het richtbedrag van circa € 1.000.000,00 is bij beslissing van het beslissingscomité bij het Fonds voor Innoveren en Ondernemen vervangen door € 1.250.000,00',
    );
    expect(nl[8]).toBe(
      '50% van € 3.025.000,00 = € 1.512.500,00, begrensd tot € 1.250.000,00 (beslissing)',
    );
    expect(en[10]).toBe(
      'Requested: €1,400,000.00, more than the maximum of €1,250,000.00; computed: €1,250,000.00',
    );
    expect(nl[10]).toBe(
      'Gevraagd: € 1.400.000,00, meer dan het maximum van € 1.250.000,00; berekend: € 1.250.000,00',
    );
    expect(nl[11]).toBe(
      'Verdeeld over 2 fasen naar verhouding van hun basis (grootste rest); de aandelen tellen exact op tot € 1.250.000,00',
    );
    expect(nl[12]).toBe('Fase "Ontwerp" (p1): basis € 1.210.000,00, aandeel € 500.000,00');
    expect(en[13]).toBe('Phase "Test" (p2): base €1,815,000.00, share €750,000.00');
    for (const lines of [nl, en]) expect(lines.join('\n')).not.toMatch(/undefined|NaN|\?/);
  });

  it('says a request within the maximum was computed as asked', () => {
    const result = compute({ estimatedCost: '100', requested: '10' });
    expect(explainCofinancing(result).at(-1)).toBe(
      'Gevraagd: € 10,00, binnen het maximum; berekend: € 10,00',
    );
    expect(explainCofinancing(result, { locale: 'en' }).at(-1)).toBe(
      'Requested: €10.00, within the maximum; computed: €10.00',
    );
  });

  it('names one cost line and one phase in the singular', () => {
    const result = compute({
      phases: [{ id: 'p', label: 'Eén', costs: [{ category: 'rd-services', amount: '10' }] }],
    });
    const nl = explainCofinancing(result);
    const en = explainCofinancing(result, { locale: 'en' });
    expect(nl[2]).toContain('(1 kostenlijn in aanmerking;');
    expect(en[2]).toContain('(1 eligible cost line;');
    expect(nl.at(-2)).toContain('Verdeeld over 1 fase naar');
    expect(en.at(-2)).toContain('Split over 1 phase in');
  });

  it('writes a rate with trailing zeros as a plain percentage', () => {
    const rate = (value: string) =>
      createParameterRegistry(
        [
          {
            ...getDefinition('cofinancing.maxRate'),
            versions: [{ ...getDefinition('cofinancing.maxRate').versions.at(-1)!, value }],
          },
        ],
        { base: defaultParameters },
      ).data;
    for (const [value, nl, en] of [
      ['0.1250', '12,5%', '12.5%'],
      ['0.500', '50%', '50%'],
      ['0.12', '12%', '12%'],
    ] as const) {
      const result = compute({ estimatedCost: '1000' }, { parameters: rate(value) });
      expect(result.rate).toBe(value);
      expect(explainCofinancing(result)[4]).toMatch(new RegExp(`^Maximaal ${nl} van de basis`));
      expect(explainCofinancing(result, { locale: 'en' })[4]).toMatch(
        new RegExp(`^At most ${en.replace('.', '\\.')} of the base`),
      );
    }
  });

  it('has a text for every step code in both locales', () => {
    const explanation = stepCodes.map((code) => stepOf(code));
    expect(new Set(explanation.map((s) => s.code)).size).toBe(stepCodes.length);
    for (const locale of locales) {
      const lines = explainCofinancing({ explanation }, { locale });
      expect(lines).toHaveLength(stepCodes.length);
      for (const line of lines) {
        expect(line.length).toBeGreaterThan(10);
        expect(line).not.toMatch(/undefined|NaN|\?/);
      }
      expect(lines.join('\n')).toContain(locale === 'en' ? '12.5%' : '12,5%');
    }
  });

  it('ends a step that rests on an assumption with (aanname) / (assumption)', () => {
    const explanation = [stepOf('maximum', true), stepOf('maximum')];
    expect(explainCofinancing({ explanation })).toEqual([
      'Maximale cofinanciering: € 0,15 (aanname)',
      'Maximale cofinanciering: € 0,15',
    ]);
    expect(explainCofinancing({ explanation }, { locale: 'en' })[0]).toBe(
      'Maximum cofinancing: €0.15 (assumption)',
    );
  });

  it('explains a result that went through JSON', () => {
    const result = compute(
      {
        phases: [
          { id: 'a', label: 'A', costs: [{ category: 'rd-services', amount: '10', label: 'x' }] },
        ],
        vat: 'non-recoverable',
        requested: '7',
      },
      { capOverride: '5' },
    );
    const revived = JSON.parse(JSON.stringify(result)) as CofinancingResult;
    for (const locale of locales)
      expect(explainCofinancing(revived, { locale })).toEqual(
        explainCofinancing(result, { locale }),
      );
  });

  it('treats null options as the default locale', () => {
    expect(explainCofinancing({ explanation: [stepOf('maximum')] }, null as never)).toEqual([
      'Maximale cofinanciering: € 0,15',
    ]);
  });
});
