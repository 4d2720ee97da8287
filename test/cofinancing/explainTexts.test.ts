import { describe, expect, it } from 'vitest';
import {
  computeCofinancing,
  explainCofinancing,
  type ExplainedResult,
} from '../../src/cofinancing/index.js';
import { stepCodes } from '../../src/vocabulary/steps.js';
import { expectCode } from '../helpers/expectCode.js';

const explain = (steps: unknown, locale?: string) =>
  explainCofinancing({ explanation: steps } as ExplainedResult, locale ? { locale } : {});
const step = (code: unknown, params: unknown) => ({
  code,
  params,
  parameters: [],
  assumption: false,
});

describe('explainCofinancing texts', () => {
  it('names a labelled line and an excluded "other" line in both locales', () => {
    const { data } = computeCofinancing({
      costs: [
        { category: 'rd-services', amount: '100', label: 'Onderzoek' },
        { category: 'other', amount: '5' },
      ],
    });
    const en = explainCofinancing(data, { locale: 'en' });
    expect(en[1]).toBe('costs[0] (R&D services, "Onderzoek"): €100.00 is eligible');
    expect(en[2]).toBe(
      'costs[1] (other): €5.00 is not eligible: The category other is not eligible for cofinancing.',
    );
    const nl = explainCofinancing(data);
    expect(nl[1]).toBe('costs[0] (O&O-diensten, "Onderzoek"): € 100,00 komt in aanmerking');
    expect(nl[2]).toBe(
      'costs[1] (overige): € 5,00 komt niet in aanmerking: De categorie overige komt niet in aanmerking voor cofinanciering.',
    );
  });

  it('names a line of a phase by its path', () => {
    const { data } = computeCofinancing({
      phases: [
        {
          id: 'p1',
          label: 'Fase 1',
          costs: [
            { category: 'rd-services', amount: '10' },
            { category: 'validation', amount: '20' },
          ],
        },
      ],
    });
    expect(data.explanation.filter((s) => s.code === 'cost_line_eligible')[1]?.params).toEqual({
      line: 'phases[0].costs[1]',
      category: 'validation',
      label: null,
      amount: '20.00',
    });
    expect(explainCofinancing(data, { locale: 'en' })[2]).toBe(
      'phases[0].costs[1] (validation or testing): €20.00 is eligible',
    );
  });

  it('writes the date of a call in words in both locales', () => {
    const { data } = computeCofinancing(
      { estimatedCost: '100' },
      { at: { id: '2024-1', deadlineDate: '2024-04-18' } },
    );
    expect(explainCofinancing(data, { locale: 'en' })[0]).toBe(
      'Rules in force on the deadline of call 2024-1 (18 April 2024)',
    );
    expect(explainCofinancing(data)[0]).toBe(
      'Regels zoals van kracht op de uiterste indieningsdatum van oproep 2024-1 (18 april 2024)',
    );
  });

  it('says a committee cap was applied or not reached, in both locales', () => {
    const applied = computeCofinancing({ estimatedCost: '100' }, { capOverride: '10' }).data;
    expect(explainCofinancing(applied, { locale: 'en' })).toContain(
      '50% of €100.00 = €50.00, capped at €10.00 (decision)',
    );
    expect(explainCofinancing(applied)).toContain(
      '50% van € 100,00 = € 50,00, begrensd tot € 10,00 (beslissing)',
    );
    const below = computeCofinancing({ estimatedCost: '100' }, { capOverride: '60' }).data;
    expect(explainCofinancing(below, { locale: 'en' })).toContain(
      '50% of €100.00 = €50.00, below the cap set by decision of €60.00',
    );
    expect(explainCofinancing(below)).toContain(
      '50% van € 100,00 = € 50,00, onder het bij beslissing vastgelegde plafond van € 60,00',
    );
  });

  it('keeps Dutch and English apart', () => {
    const { data } = computeCofinancing(
      {
        phases: [
          { id: 'a', label: 'A', costs: [{ category: 'rd-services', amount: '10' }] },
          { id: 'b', label: 'B', costs: [{ category: 'off-the-shelf', amount: '10' }] },
        ],
        vat: 'non-recoverable',
        requested: '100',
      },
      { capOverride: '1', at: '2019-01-01' },
    );
    const nl = explainCofinancing(data).join('\n');
    const en = explainCofinancing(data, { locale: 'en' }).join('\n');
    for (const word of [' the ', ' of ', 'eligible', 'VAT', 'Requested', 'Phase', 'assumption'])
      expect(nl).not.toContain(word);
    for (const word of [' de ', ' van ', 'aanmerking', 'btw', 'Gevraagd', 'Fase', 'aanname'])
      expect(en).not.toContain(word);
  });
});

describe('explainCofinancing given something that is not a result', () => {
  it('refuses a result without an array of steps', () => {
    for (const [result, received] of [
      [null, 'nothing'],
      [{}, 'nothing'],
      [{ explanation: 'steps' }, 'text'],
      [7, 'nothing'],
    ] as const) {
      const issue = expectCode(() => explainCofinancing(result as never), 'invalid_type').issues[0];
      expect(issue?.path).toEqual(['explanation']);
      expect(issue?.params).toEqual({ expected: 'array', received });
    }
  });

  it('reads 10,000 steps and refuses 10,001, also as a sparse array', () => {
    const latest = step('parameters_latest', {});
    expect(explain(Array.from({ length: 10_000 }, () => latest))).toHaveLength(10_000);
    const issue = expectCode(
      () => explain(Array.from({ length: 10_001 }, () => latest)),
      'input_too_large',
    ).issues[0];
    expect(issue?.path).toEqual(['explanation']);
    expect(issue?.params).toEqual({ limit: 'items', maximum: 10_000 });
    expectCode(() => explain(new Array(2 ** 32 - 1)), 'input_too_large');
  });

  it('refuses a step that is not an object, at its index', () => {
    const issue = expectCode(
      () => explain([step('maximum', { maximum: '1.00' }), null]),
      'invalid_type',
    ).issues[0];
    expect(issue?.path).toEqual(['explanation', 1]);
    expect(issue?.params).toEqual({ expected: 'object', received: 'null' });
    const holey: unknown[] = [];
    holey[1] = step('maximum', {});
    expectCode(() => explain(holey), 'invalid_type');
  });

  it('refuses a step code it does not know: quoted and cut, or its kind', () => {
    const long = expectCode(() => explain([step('x'.repeat(100), {})]), 'invalid_value').issues[0];
    expect(long?.path).toEqual(['explanation', 0, 'code']);
    expect(long?.params).toEqual({
      received: JSON.stringify(`${'x'.repeat(60)}…`),
      expected: [...stepCodes],
    });
    const numeric = expectCode(() => explain([step(7, {})]), 'invalid_value').issues[0];
    expect(numeric?.params).toMatchObject({ received: '7' });
    const object = expectCode(() => explain([step({}, {})]), 'invalid_value').issues[0];
    expect(object?.params).toMatchObject({ received: 'object' });
    // Keys of every object are no step codes.
    for (const code of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expectCode(() => explain([step(code, {})]), 'invalid_value');
  });

  it('refuses params it cannot read, at the step’s params', () => {
    const issue = expectCode(
      () => explain([{ code: 'maximum', parameters: [], assumption: false }]),
      'invalid_input',
    ).issues[0];
    expect(issue?.path).toEqual(['explanation', 0, 'params']);
    expect(issue?.params).toEqual({ problem: 'unreadable' });
    expectCode(() => explain([step('cost_line_excluded', null)]), 'invalid_input');
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i += 1) deep = [deep];
    expectCode(() => explain([step('maximum', { maximum: deep })]), 'invalid_input');
  });

  it('lets an exception of the caller’s own getter pass', () => {
    const params = {
      get maximum(): never {
        throw new SyntaxError('mine');
      },
    };
    expect(() => explain([step('maximum', params)])).toThrow(SyntaxError);
  });

  it('writes odd params of a known code as they are, never failing', () => {
    const lines = explain([
      step('parameters_at_date', { date: 'someday' }),
      step('maximum', { maximum: 'lots' }),
      step('phase_share', { label: 'l'.repeat(1_000), phaseId: 'p', base: '1', share: '1' }),
    ]);
    expect(lines[0]).toBe('Regels zoals van kracht op someday');
    expect(lines[1]).toBe('Maximale cofinanciering: lots');
    expect(lines[2]).toContain('l'.repeat(1_000));
  });

  it('refuses a locale it does not speak', () => {
    const issue = expectCode(() => explain([], 'fr'), 'unsupported_locale').issues[0];
    expect(issue?.path).toEqual(['locale']);
    expect(explain([], 'en-US')).toEqual([]);
  });
});
