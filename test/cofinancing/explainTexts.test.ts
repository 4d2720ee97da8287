import { describe, expect, it } from 'vitest';
import {
  computeCofinancing,
  explainCofinancing,
  type CofinancingStep,
  type ExplainedResult,
} from '../../src/cofinancing/index.js';
import { expectCode } from '../helpers/expectCode.js';

const step = (code: string, params: Record<string, unknown>) =>
  ({ code, params, parameters: [], assumption: false }) as unknown as CofinancingStep;
const explain = (steps: unknown[], locale?: 'en' | 'nl-BE') =>
  explainCofinancing({ explanation: steps } as ExplainedResult, locale ? { locale } : {});

describe('explainCofinancing texts', () => {
  it('names a labelled line and an excluded "other" line in both locales', () => {
    const result = computeCofinancing({
      costs: [
        { category: 'rd-services', amount: '100', label: 'Onderzoek' },
        { category: 'other', amount: '5' },
      ],
    });
    const en = explainCofinancing(result, { locale: 'en' });
    expect(en[1]).toBe('costs[0] (R&D services, "Onderzoek"): €100.00 is eligible');
    expect(en[2]).toBe(
      'costs[1] (other): €5.00 is not eligible: Only R&D services and validation or testing in a test environment are eligible.',
    );
    const nl = explainCofinancing(result);
    expect(nl[2]).toBe(
      'costs[1] (overige): € 5,00 komt niet in aanmerking: Alleen O&O-diensten en validatie of testen in een testomgeving komen in aanmerking.',
    );
  });

  it('writes the date of a call as is in English and as DD/MM/YYYY in Dutch', () => {
    const at = { id: '2024-1', deadlineDate: '2024-04-18' };
    const result = computeCofinancing({ estimatedCost: '100', at });
    expect(explainCofinancing(result, { locale: 'en' })[0]).toBe(
      'Rules in force on the deadline of call 2024-1 (2024-04-18)',
    );
    expect(explainCofinancing(result)[0]).toBe(
      'Regels zoals van kracht op de uiterste indieningsdatum van oproep 2024-1 (18/04/2024)',
    );
  });

  it('says a committee cap was applied or not reached, in both locales', () => {
    const applied = computeCofinancing({ estimatedCost: '100' }, { capOverride: '10' });
    expect(explainCofinancing(applied, { locale: 'en' })).toContain(
      '50% of €100.00 = €50.00, capped at €10.00 (decision)',
    );
    expect(explainCofinancing(applied)).toContain(
      '50% van € 100,00 = € 50,00, begrensd tot € 10,00 (beslissing)',
    );
    const below = computeCofinancing({ estimatedCost: '100' }, { capOverride: '60' });
    expect(explainCofinancing(below, { locale: 'en' })).toContain(
      '50% of €100.00 = €50.00, below the cap set by decision of €60.00',
    );
    expect(explainCofinancing(below)).toContain(
      '50% van € 100,00 = € 50,00, onder het bij beslissing vastgelegde plafond van € 60,00',
    );
  });

  it('shows a null param as ?', () => {
    expect(
      explain([step('parameters_at_call', { callId: null, date: '2024-04-18' })], 'en'),
    ).toEqual(['Rules in force on the deadline of call ? (2024-04-18)']);
  });

  it('shows ? for an exact value that is not wholly a decimal', () => {
    for (const exact of ['x1.5', '1.5x']) {
      expect(explain([step('rounded', { exact, mode: 'down', result: '1.50' })], 'en')[0]).toBe(
        'Rounded to the cent (down, so the maximum rate is never exceeded): ? becomes €1.50',
      );
    }
  });

  it('leaves a date that is not wholly YYYY-MM-DD as it is in Dutch', () => {
    for (const date of ['x2024-04-18', '2024-04-18x']) {
      expect(explain([step('parameters_at_date', { date })])).toEqual([
        `Regels zoals van kracht op ${date}`,
      ]);
    }
  });

  it('treats null options as the default locale', () => {
    expect(
      explainCofinancing({ explanation: [step('maximum', { maximum: '1.00' })] }, null as never),
    ).toEqual(['Maximale cofinanciering: € 1,00']);
  });
});

describe('explainCofinancing given a malformed explanation', () => {
  it('refuses a result without an array of steps', () => {
    for (const result of [null, {}, { explanation: 'steps' }]) {
      const issue = expectCode(() => explainCofinancing(result as never), 'invalid_type').issues[0];
      expect(issue?.path).toEqual(['explanation']);
      expect(issue?.params['expected']).toBe('array');
    }
    expect(
      expectCode(() => explain('steps' as never), 'invalid_type').issues[0]?.params['received'],
    ).toBe('string');
  });

  it('reads 10,000 steps and refuses 10,001', () => {
    const latest = step('parameters_latest', {});
    expect(explain(Array.from({ length: 10_000 }, () => latest))).toHaveLength(10_000);
    const issue = expectCode(
      () => explain(Array.from({ length: 10_001 }, () => latest)),
      'input_too_large',
    ).issues[0];
    expect(issue?.path).toEqual(['explanation']);
    expect(issue?.params).toEqual({ reason: '10001 steps, at most 10000' });
  });

  it('refuses a step that is not an object, at its index', () => {
    const issue = expectCode(() => explain([step('maximum', {}), null]), 'invalid_type').issues[0];
    expect(issue?.path).toEqual(['explanation', 1]);
    expect(issue?.params).toEqual({ expected: 'object', received: 'null' });
  });

  it('says which code it received: quoted and cut to 60 characters, or its type', () => {
    const long = expectCode(() => explain([step('x'.repeat(100), {})]), 'invalid_value').issues[0];
    expect(long?.params['received']).toBe(JSON.stringify('x'.repeat(60)));
    const numeric = expectCode(() => explain([step(7 as never, {})]), 'invalid_value').issues[0];
    expect(numeric?.params['received']).toBe('number');
    expect(numeric?.path).toEqual(['explanation', 0, 'code']);
  });

  it('refuses params that are not an object, at the step’s params', () => {
    const issue = expectCode(
      () => explain([{ code: 'maximum', parameters: [], assumption: false }]),
      'invalid_type',
    ).issues[0];
    expect(issue?.path).toEqual(['explanation', 0, 'params']);
    expect(issue?.params).toEqual({ expected: 'object', received: 'undefined' });
  });

  it('accepts a param text of 1,000 characters and refuses 1,001, and a param that is an object', () => {
    const label = (n: number) => step('phase_share', { label: 'l'.repeat(n), phaseId: 'p' });
    expect(explain([label(1_000)], 'en')[0]).toContain('l'.repeat(1_000));
    const tooLong = expectCode(() => explain([label(1_001)]), 'too_long').issues[0];
    expect(tooLong?.path).toEqual(['explanation', 0, 'params', 'label']);
    expect(tooLong?.params).toEqual({ maximum: 1_000 });
    const nested = expectCode(
      () => explain([step('maximum', { maximum: { amount: '1' } })]),
      'invalid_type',
    ).issues[0];
    expect(nested?.path).toEqual(['explanation', 0, 'params', 'maximum']);
    expect(nested?.params).toEqual({
      expected: 'string, number, boolean or null',
      received: 'object',
    });
  });
});
