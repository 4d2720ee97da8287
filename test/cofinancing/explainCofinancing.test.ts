import { describe, expect, it } from 'vitest';
import {
  cofinancingStepCodes,
  computeCofinancing,
  explainCofinancing,
  type CofinancingInput,
  type CofinancingResult,
  type CofinancingStep,
} from '../../src/cofinancing/index.js';
import { locales } from '../../src/i18n/index.js';
import { expectCode } from '../helpers/expectCode.js';

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

describe('explainCofinancing', () => {
  it.each([
    ['2400000.00', 'cap_applied'],
    ['1500000.00', 'cap_not_reached'],
    ['1999999.99', 'cap_not_reached'],
    ['2000001.01', 'cap_applied'],
    ['0.01', 'cap_not_reached'],
  ])('explains %s step by step with the parameters used', (cost, capCode) => {
    const result = computeCofinancing({ estimatedCost: cost });
    expect(codes(result)).toEqual([...base, 'rate_applied', 'rounded', capCode, 'maximum']);
    expect(ids(result)).toEqual({ ...parameterIds, [capCode]: ['cofinancing.cap'] });
    for (const locale of locales) {
      const lines = explainCofinancing(result, { locale });
      expect(lines).toHaveLength(result.explanation.length);
      expect(lines.join('\n')).not.toContain('?');
    }
  });

  it('shows the capped example in Dutch and English', () => {
    const result = computeCofinancing({ estimatedCost: '2400000.00' });
    expect(explainCofinancing(result)).toContain(
      '50% van € 2.400.000,00 = € 1.200.000,00, begrensd tot € 1.000.000,00 (richtbedrag)',
    );
    expect(explainCofinancing(result, { locale: 'en' })).toContain(
      '50% of €2,400,000.00 = €1,200,000.00, capped at €1,000,000.00 (indicative cap)',
    );
    expect(explainCofinancing(result).at(-1)).toBe('Maximale cofinanciering: € 1.000.000,00');
    const cap = result.explanation.find((s) => s.code === 'cap_applied');
    expect(cap?.params['indicative']).toBe(true);
  });

  it('shows the rounding with the exact value, the mode and the result', () => {
    const result = computeCofinancing({ estimatedCost: '1999999.99' });
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
    const small = computeCofinancing({ estimatedCost: '0.01' });
    expect(explainCofinancing(small)).toContain('Maximale cofinanciering: € 0,00');
    expect(explainCofinancing(small, { locale: 'en' })).toContain(
      'Rounded to the cent (down, so the maximum rate is never exceeded): €0.005 becomes €0.00 (assumption)',
    );
    const mid = computeCofinancing({ estimatedCost: '1500000.00' });
    expect(explainCofinancing(mid)).toContain(
      '50% van € 1.500.000,00 = € 750.000,00, onder het richtbedrag van circa € 1.000.000,00',
    );
    expect(explainCofinancing(mid, { locale: 'en' })).toContain(
      '50% of €1,500,000.00 = €750,000.00, below the indicative cap of about €1,000,000.00',
    );
  });

  it('explains every excluded off-the-shelf line with its reason', () => {
    const result = computeCofinancing({
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
    expect(result.explanation[1]?.params).toMatchObject({
      line: 'costs[0]',
      reason: 'off_the_shelf_not_eligible',
    });
    expect(ids(result)['cost_line_excluded']).toEqual(['cofinancing.eligibleCategories']);
    expect(explainCofinancing(result)[1]).toBe(
      'costs[0] (kant-en-klare oplossing, "Licentie"): € 1.000,00 komt niet in aanmerking: Kant-en-klare, commercieel beschikbare oplossingen komen niet in aanmerking voor cofinanciering.',
    );
    expect(explainCofinancing(result, { locale: 'en' })[2]).toBe(
      'costs[1] (off-the-shelf solution): €2,000.00 is not eligible: Ready-made, commercially available solutions are not eligible for cofinancing.',
    );
  });

  it('records every parameter version with its value, date, status and source', () => {
    const result = computeCofinancing({ estimatedCost: '100', at: '2018-03-01' });
    const rate = result.explanation.find((s) => s.code === 'rate_applied')?.parameters[0];
    expect(rate).toMatchObject({
      id: 'cofinancing.maxRate',
      value: '0.5',
      validFrom: '2017-01-01',
      status: 'assumed',
    });
    expect(rate?.source.url).toMatch(/^https:\/\//);
    expect(result.parameters.map((p) => p.id)).toEqual([
      'cofinancing.eligibleCategories',
      'cofinancing.maxRate',
      'cofinancing.rounding',
      'cofinancing.cap',
    ]);
    expect(explainCofinancing(result)[0]).toBe('Regels zoals van kracht op 01/03/2018');
    expect(explainCofinancing(result, { locale: 'en' })[0]).toBe('Rules in force on 2018-03-01');
  });

  it('explains VAT, a committee cap, a request, a call and phases in both locales', () => {
    const input: CofinancingInput = {
      phases: [
        { id: 'p1', label: 'Ontwerp', costs: [{ category: 'rd-services', amount: '1000000' }] },
        { id: 'p2', label: 'Test', costs: [{ category: 'validation', amount: '1500000' }] },
      ],
      vat: 'non-recoverable',
      requested: '1400000',
      at: { id: '2024-1', deadlineDate: '2024-04-18' },
    };
    const result = computeCofinancing(input, { capOverride: '1250000' });
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
      'Regels zoals van kracht op de uiterste indieningsdatum van oproep 2024-1 (18/04/2024)',
    );
    expect(en[4]).toBe(
      'Non-recoverable VAT: 21% of €2,500,000.00 = €525,000.00, rounded down to €525,000.00; base incl. VAT: €3,025,000.00 (assumption)',
    );
    expect(nl[7]).toBe(
      'Het richtbedrag van circa € 1.000.000,00 is bij beslissing vervangen door € 1.250.000,00',
    );
    expect(nl[8]).toBe(
      '50% van € 3.025.000,00 = € 1.512.500,00, begrensd tot € 1.250.000,00 (beslissing)',
    );
    expect(en[10]).toBe(
      'Requested: €1,400,000.00, more than the maximum of €1,250,000.00; granted: €1,250,000.00',
    );
    expect(nl[12]).toBe('Fase "Ontwerp" (p1): basis € 1.210.000,00, aandeel € 500.000,00');
    for (const lines of [nl, en]) expect(lines.join('\n')).not.toContain('?');
  });

  it('has a text for every step code in both locales', () => {
    const params = {
      date: '2024-01-01',
      callId: 'c',
      line: 'costs[0]',
      category: 'other',
      amount: '1.00',
      label: 'L',
      reason: 'other_not_eligible',
      net: '1.00',
      eligibleLines: 1,
      excludedLines: 0,
      excludedAmount: '0.00',
      vatPercent: '21',
      exact: '0.21',
      mode: 'halfEven',
      vat: '0.21',
      base: '1.21',
      rate: '0.125',
      ratePercent: '12.5',
      result: '0.15',
      indicativeCap: '1.00',
      cap: '1.00',
      uncapped: '0.15',
      maximum: '0.15',
      indicative: true,
      requested: '0.10',
      granted: '0.10',
      count: 1,
      phaseId: 'p',
      share: '0.15',
    };
    for (const locale of locales) {
      const explanation: CofinancingStep[] = cofinancingStepCodes.map((code) => ({
        code,
        params,
        parameters: [],
        assumption: false,
      }));
      const lines = explainCofinancing({ explanation }, { locale });
      expect(lines).toHaveLength(cofinancingStepCodes.length);
      for (const line of lines) {
        expect(line.length).toBeGreaterThan(10);
        expect(line).not.toContain('?');
      }
      expect(lines.join('\n')).toContain(locale === 'en' ? '12.5%' : '12,5%');
    }
  });

  it('renders missing or odd params as ? instead of failing', () => {
    const explanation: CofinancingStep[] = [
      {
        code: 'cost_line_excluded',
        params: { reason: 'weird' },
        parameters: [],
        assumption: false,
      },
      {
        code: 'rounded',
        params: { exact: 'n/a', mode: 'sideways' },
        parameters: [],
        assumption: false,
      },
      {
        code: 'parameters_at_date',
        params: { date: 'someday' },
        parameters: [],
        assumption: false,
      },
    ];
    const nl = explainCofinancing({ explanation });
    expect(nl[0]).toBe('? (?): ? komt niet in aanmerking: weird');
    expect(nl[1]).toContain('(sideways, ');
    expect(nl[2]).toBe('Regels zoals van kracht op someday');
    expect(explainCofinancing({ explanation }, { locale: 'en' })[0]).toBe(
      '? (?): ? is not eligible: weird',
    );
  });

  it('explains a result that went through JSON', () => {
    const result = computeCofinancing({ estimatedCost: '2400000.00' });
    const revived = JSON.parse(JSON.stringify(result)) as CofinancingResult;
    expect(explainCofinancing(revived)).toEqual(explainCofinancing(result));
  });

  it('refuses a step code it does not know', () => {
    const explanation = [
      { code: 'magic', params: {}, parameters: [], assumption: false },
    ] as unknown as CofinancingStep[];
    const error = expectCode(() => explainCofinancing({ explanation }), 'invalid_value');
    expect(error.issues[0]?.path).toEqual(['explanation', 0, 'code']);
  });
});
