import { describe, expect, it } from 'vitest';
import {
  computeCofinancing,
  safeComputeCofinancing,
  type CofinancingInput,
  type ComputeCofinancingOptions,
} from '../../src/cofinancing/index.js';
import type { PioIssue } from '../../src/issues/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
} from '../../src/parameters/index.js';

const categories = [
  'rd-services',
  'rdi',
  'validation',
  'feasibility-study',
  'off-the-shelf',
  'other',
];

/** The issues of a refused input, as code, path and params. */
function problems(input: unknown, options: ComputeCofinancingOptions = {}) {
  const outcome = safeComputeCofinancing(input as CofinancingInput, options);
  if (outcome.success) throw new Error('expected the input to be refused');
  return outcome.issues.map((i: PioIssue) => ({ code: i.code, path: i.path, params: i.params }));
}

/** The messages of a refused input in both languages. */
function messages(input: unknown) {
  return ['nl', 'en'].map((locale) => {
    const outcome = safeComputeCofinancing(input as CofinancingInput, { locale });
    return outcome.success ? [] : outcome.issues.map((i) => i.message);
  });
}

const line = (amount: string) => ({ category: 'rd-services' as const, amount });

describe('safeComputeCofinancing issues say what was received and expected', () => {
  it('for an input that is not an object', () => {
    expect(problems(null)).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'object', received: 'null' } },
    ]);
    expect(problems('costs')).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'object', received: 'text' } },
    ]);
  });

  it('for costs and phases that are not lists, and lines and phases that are not objects', () => {
    expect(problems({ costs: 'x' })).toEqual([
      { code: 'invalid_type', path: ['costs'], params: { expected: 'array', received: 'text' } },
    ]);
    expect(problems({ phases: 7 })).toEqual([
      { code: 'invalid_type', path: ['phases'], params: { expected: 'array', received: 'number' } },
    ]);
    expect(problems({ costs: ['line'] })).toEqual([
      {
        code: 'invalid_type',
        path: ['costs', 0],
        params: { expected: 'object', received: 'text' },
      },
    ]);
    expect(problems({ phases: [null] })).toEqual([
      {
        code: 'invalid_type',
        path: ['phases', 0],
        params: { expected: 'object', received: 'null' },
      },
    ]);
  });

  it('for a category that is not one (quoted, cut to 60 characters), by its labels', () => {
    expect(problems({ costs: [{ category: 5, amount: '1' }] })).toEqual([
      {
        code: 'invalid_value',
        path: ['costs', 0, 'category'],
        params: { received: '5', expected: categories, enum: 'costCategory' },
      },
    ]);
    expect(problems({ costs: [{ category: 'hardware', amount: '1' }] })[0]?.params).toEqual({
      received: '"hardware"',
      expected: categories,
      enum: 'costCategory',
    });
    expect(problems({ costs: [{ category: 'h'.repeat(100), amount: '1' }] })[0]?.params).toEqual({
      received: JSON.stringify(`${'h'.repeat(60)}…`),
      expected: categories,
      enum: 'costCategory',
    });
    const [nl, en] = messages({ costs: [{ category: 'hardware', amount: '1' }] });
    expect(nl).toEqual([
      'Ongeldige waarde "hardware"; toegelaten: O&O-diensten, O&O&I (diensten, leveringen of werken voor onderzoek, ontwikkeling en innovatie), validatie of testen, haalbaarheidsstudie, kant-en-klare oplossing of overige.',
    ]);
    expect(en).toEqual([
      'Invalid value "hardware"; allowed: R&D services, R&D&I (services, supplies or works for research, development and innovation), validation or testing, feasibility study, off-the-shelf solution or other.',
    ]);
  });

  it('for a label that is not text, and an unknown key', () => {
    expect(problems({ costs: [{ ...line('1'), label: 7, colour: 'red' }] })).toEqual([
      {
        code: 'invalid_type',
        path: ['costs', 0, 'label'],
        params: { expected: 'text', received: 'number' },
      },
      { code: 'unknown_key', path: ['costs', 0, 'colour'], params: { key: 'colour' } },
    ]);
  });

  it('accepts a label of 200 characters and refuses an empty, blank or longer one', () => {
    const ok = computeCofinancing({ costs: [{ ...line('1'), label: 'l'.repeat(200) }] });
    expect(ok.data.eligible[0]?.label).toHaveLength(200);
    // Characters are code points: 200 emoji are 400 UTF-16 units and still fit.
    const emoji = computeCofinancing({ costs: [{ ...line('1'), label: '😀'.repeat(200) }] });
    expect(emoji.data.eligible[0]?.label).toHaveLength(400);
    expect(problems({ costs: [{ ...line('1'), label: 'l'.repeat(201) }] })).toEqual([
      {
        code: 'too_long',
        path: ['costs', 0, 'label'],
        params: { maximum: 200, unit: 'characters' },
      },
    ]);
    expect(problems({ costs: [{ ...line('1'), label: '😀'.repeat(201) }] })[0]?.code).toBe(
      'too_long',
    );
    // A lone surrogate at the end is one character of its own.
    expect(
      problems({ costs: [{ ...line('1'), label: `${'😀'.repeat(200)}\uD83D` }] })[0]?.code,
    ).toBe('too_long');
    expect(problems({ costs: [{ ...line('1'), label: '' }] })).toEqual([
      {
        code: 'too_short',
        path: ['costs', 0, 'label'],
        params: { minimum: 1, unit: 'characters' },
      },
    ]);
    expect(problems({ costs: [{ ...line('1'), label: ' \t ' }] })).toEqual([
      { code: 'invalid_format', path: ['costs', 0, 'label'], params: { format: 'not-blank' } },
    ]);
  });

  it('for a phase id that is empty or longer than 1,000 characters', () => {
    expect(problems({ phases: [{ id: '', label: 'A', costs: [line('1')] }] })).toEqual([
      {
        code: 'too_short',
        path: ['phases', 0, 'id'],
        params: { minimum: 1, unit: 'characters' },
      },
    ]);
    expect(
      problems({ phases: [{ id: 'a', label: 'l'.repeat(1_001), costs: [line('1')] }] }),
    ).toEqual([
      {
        code: 'too_long',
        path: ['phases', 0, 'label'],
        params: { maximum: 1_000, unit: 'characters' },
      },
    ]);
    const long = computeCofinancing({
      phases: [{ id: 'i'.repeat(1_000), label: 'l'.repeat(1_000), costs: [line('1')] }],
    });
    expect(long.data.phases?.[0]?.id).toHaveLength(1_000);
  });

  it('names a duplicate phase id', () => {
    const phase = { id: 'a', label: 'A', costs: [line('1')] };
    expect(problems({ phases: [phase, phase, phase] })).toEqual([
      { code: 'duplicate_id', path: ['phases', 1, 'id'], params: { id: 'a' } },
      { code: 'duplicate_id', path: ['phases', 2, 'id'], params: { id: 'a' } },
    ]);
  });

  it('lists the sources and VAT treatments it knows', () => {
    expect(problems({ costs: [line('1')], estimatedCost: '1', phases: [] })[0]).toEqual({
      code: 'invalid_value',
      path: [],
      params: {
        received: 'costs + estimatedCost + phases',
        expected: ['costs', 'estimatedCost', 'phases'],
      },
    });
    expect(problems({ estimatedCost: '1', vat: 'included' })).toEqual([
      {
        code: 'invalid_value',
        path: ['vat'],
        params: {
          received: '"included"',
          expected: ['excluded', 'non-recoverable'],
          enum: 'vatTreatment',
        },
      },
    ]);
  });

  it('for amounts: what was received, and how far an amount may go', () => {
    expect(problems({ estimatedCost: '12,50' })[0]?.params).toEqual({ received: '"12,50"' });
    expect(problems({ estimatedCost: true })[0]?.params).toEqual({ received: 'boolean' });
    expect(problems({ estimatedCost: '1.001' })[0]?.params).toEqual({ received: '1.001' });
    expect(problems({ estimatedCost: { amount: '1.001', currency: 'EUR' } })[0]).toEqual({
      code: 'amount_precision',
      path: ['estimatedCost'],
      params: { received: '1.001' },
    });
    expect(problems({ estimatedCost: '-0.01' })[0]?.params).toEqual({ amount: '-0.01' });
    expect(problems({ costs: [line('9000000000000'), line('9000000000000')] })[0]?.params).toEqual({
      received: '18000000000000.00',
      maximum: '10000000000000',
    });
  });

  it('for a call whose id is missing, not text or longer than 100 characters', () => {
    const at = (id: unknown) =>
      problems({ estimatedCost: '1' }, { at: { id, deadlineDate: '2024-04-18' } as never });
    expect(at(undefined)).toEqual([{ code: 'required', path: ['at', 'id'], params: {} }]);
    expect(at(5)).toEqual([
      {
        code: 'invalid_type',
        path: ['at', 'id'],
        params: { expected: 'text', received: 'number' },
      },
    ]);
    expect(at('i'.repeat(101))).toEqual([
      { code: 'too_long', path: ['at', 'id'], params: { maximum: 100, unit: 'characters' } },
    ]);
  });

  it('writes every message in the language asked for, amounts formatted for it', () => {
    const [nl, en] = messages({ costs: [line('-1234.5')], requested: '-1' });
    expect(nl).toEqual([
      'Het bedrag € -1.234,50 mag niet negatief zijn.',
      'Het bedrag € -1,00 mag niet negatief zijn.',
    ]);
    expect(en).toEqual([
      'The amount -€1,234.50 must not be negative.',
      'The amount -€1.00 must not be negative.',
    ]);
  });
});

describe('computeCofinancing result', () => {
  it('gives a line without label or phase no such keys', () => {
    const { data } = computeCofinancing({
      costs: [line('10'), { ...line('5'), category: 'other' as const }],
    });
    expect(Object.keys(data.eligible[0]!)).toEqual(['path', 'category', 'amount']);
    expect(Object.keys(data.excluded[0]!)).toEqual(['path', 'category', 'amount', 'reason']);
  });

  it('gives a result its keys in a stable order', () => {
    const { data } = computeCofinancing({
      phases: [{ id: 'a', label: 'A', costs: [line('10')] }],
      requested: '1',
    });
    expect(Object.keys(data)).toEqual([
      'ruleDate',
      'callId',
      'vat',
      'eligible',
      'excluded',
      'vatAmount',
      'eligibleBase',
      'rate',
      'uncapped',
      'cap',
      'capIndicative',
      'maximum',
      'capped',
      'requested',
      'granted',
      'phases',
      'parameters',
      'explanation',
    ]);
    expect(Object.keys(data.parameters[0]!)).toEqual([
      'id',
      'value',
      'validFrom',
      'status',
      'source',
    ]);
  });

  it('marks the non-recoverable VAT step as an assumption even with a published VAT rate', () => {
    const published = (id: string) => ({
      ...getDefinition(id),
      versions: getDefinition(id).versions.map((v) => ({ ...v, status: 'published' as const })),
    });
    const parameters = createParameterRegistry(
      [published('vat.standardRate'), published('cofinancing.rounding')],
      { base: defaultParameters },
    ).data;
    const { data } = computeCofinancing(
      { estimatedCost: '100', vat: 'non-recoverable' },
      { parameters },
    );
    expect(data.explanation.find((s) => s.code === 'vat_non_recoverable')?.assumption).toBe(true);
    expect(data.explanation.find((s) => s.code === 'rounded')?.assumption).toBe(false);
  });
});
