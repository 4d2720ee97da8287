import { describe, expect, it } from 'vitest';
import {
  computeCofinancing,
  safeComputeCofinancing,
  type CofinancingInput,
  type ComputeCofinancingOptions,
} from '../../src/cofinancing/index.js';
import type { PioIssue } from '../../src/issues/index.js';
import { createParameterRegistry, getDefinition } from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { hostileRegistry } from '../helpers/hostileRegistry.js';

function issuesOf(input: unknown, options: unknown = {}): readonly PioIssue[] {
  const outcome = safeComputeCofinancing(
    input as CofinancingInput,
    options as ComputeCofinancingOptions,
  );
  expect(outcome.success).toBe(false);
  expect('data' in outcome).toBe(false);
  return outcome.success ? [] : outcome.issues;
}

const summary = (issues: readonly PioIssue[]) => issues.map((i) => [i.code, i.path]);
const line = (amount: string | number) => ({ category: 'rd-services' as const, amount });

describe('safeComputeCofinancing', () => {
  it('returns the result and its warnings on success', () => {
    const outcome = safeComputeCofinancing({ estimatedCost: '1500000.00' });
    expect(outcome.success).toBe(true);
    if (!outcome.success) return;
    expect(outcome.data.maximum.amount).toBe('750000.00');
    expect(outcome.warnings).toEqual([]);
    expect(Object.isFrozen(outcome.data)).toBe(true);
  });

  it('renders the warnings in the locale asked for', () => {
    const nl = safeComputeCofinancing({ estimatedCost: '3000000', requested: '1100000' });
    const en = safeComputeCofinancing(
      { estimatedCost: '3000000', requested: '1100000' },
      { locale: 'en-GB' },
    );
    expect(nl.success && nl.warnings[0]?.message).toBe(
      'Het gevraagde bedrag van € 1.100.000,00 ligt boven het maximum van € 1.000.000,00; berekend: € 1.000.000,00.',
    );
    expect(en.success && en.warnings[0]?.message).toBe(
      'The requested amount of €1,100,000.00 is above the maximum of €1,000,000.00; computed: €1,000,000.00.',
    );
  });

  it('reports missing cost lines', () => {
    expect(summary(issuesOf({}))).toEqual([['no_cost_lines', []]]);
    expect(summary(issuesOf({ costs: [] }))).toEqual([['no_cost_lines', ['costs']]]);
    expect(summary(issuesOf({ phases: [] }))).toEqual([['no_cost_lines', ['phases']]]);
    expect(summary(issuesOf({ phases: [{ id: 'a', label: 'A', costs: [] }] }))).toEqual([
      ['no_cost_lines', ['phases', 0, 'costs']],
    ]);
  });

  it('reports a negative amount, an unknown category and a malformed amount', () => {
    expect(summary(issuesOf({ costs: [line('-0.01')] }))).toEqual([
      ['negative_amount', ['costs', 0, 'amount']],
    ]);
    expect(summary(issuesOf({ costs: [{ category: 'hardware', amount: '1' }] }))).toEqual([
      ['invalid_value', ['costs', 0, 'category']],
    ]);
    expect(summary(issuesOf({ costs: [line('12,50')] }))).toEqual([
      ['invalid_amount', ['costs', 0, 'amount']],
    ]);
    expect(summary(issuesOf({ costs: [line(0.1 + 0.2)] }))).toEqual([
      ['amount_precision', ['costs', 0, 'amount']],
    ]);
    expect(summary(issuesOf({ costs: [line('10000000000000.01')] }))).toEqual([
      ['amount_out_of_range', ['costs', 0, 'amount']],
    ]);
    expect(summary(issuesOf({ estimatedCost: '-1' }))).toEqual([
      ['negative_amount', ['estimatedCost']],
    ]);
    expect(summary(issuesOf({ estimatedCost: Number.NaN }))).toEqual([
      ['invalid_amount', ['estimatedCost']],
    ]);
    expect(summary(issuesOf({ estimatedCost: null }))).toEqual([
      ['invalid_amount', ['estimatedCost']],
    ]);
  });

  it('reports a negative requested amount as a negative amount', () => {
    const issues = issuesOf({ estimatedCost: '100', requested: '-50' });
    expect(summary(issues)).toEqual([['negative_amount', ['requested']]]);
    expect(issues[0]?.params).toEqual({ amount: '-50.00' });
  });

  it('reports every problem of the structure at once, each with its path', () => {
    const issues = issuesOf({
      costs: [
        line('100'),
        { category: 'software', amount: '1' },
        { amount: '5', label: 7, colour: 'red' },
        'line',
      ],
      vat: 'included',
      typo: true,
    });
    expect(summary(issues)).toEqual([
      ['invalid_value', ['costs', 1, 'category']],
      ['required', ['costs', 2, 'category']],
      ['invalid_type', ['costs', 2, 'label']],
      ['unknown_key', ['costs', 2, 'colour']],
      ['invalid_type', ['costs', 3]],
      ['invalid_value', ['vat']],
      ['unknown_key', ['typo']],
    ]);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
    expect(JSON.stringify(issues)).not.toMatch(/NaN|undefined/);
  });

  it('reports every problem of the amounts at once, with those of the options', () => {
    const issues = issuesOf(
      {
        costs: [line('100'), line('-3'), line('1.234'), line('x')],
        requested: '-1',
      },
      { at: '2024-13-01T00:00:00Z', capOverride: 'lots' },
    );
    expect(summary(issues)).toEqual([
      ['negative_amount', ['costs', 1, 'amount']],
      ['amount_precision', ['costs', 2, 'amount']],
      ['invalid_amount', ['costs', 3, 'amount']],
      ['negative_amount', ['requested']],
      ['invalid_amount', ['capOverride']],
      ['invalid_time', ['at']],
    ]);
  });

  it('reports a category of the wrong type and a missing amount', () => {
    expect(summary(issuesOf({ costs: [{ category: 3 }] }))).toEqual([
      ['invalid_value', ['costs', 0, 'category']],
      ['required', ['costs', 0, 'amount']],
    ]);
  });

  it('reports more than one of costs, estimatedCost and phases', () => {
    const issues = issuesOf({ estimatedCost: '10', costs: [line('10')] });
    expect(summary(issues)).toEqual([['invalid_value', []]]);
    expect(issues[0]?.params).toEqual({
      received: 'costs + estimatedCost',
      expected: ['costs', 'estimatedCost', 'phases'],
    });
    // The lines of each are still read, and their problems told.
    expect(
      summary(issuesOf({ estimatedCost: '-1', phases: [{ id: 'a', label: 'A', costs: [] }] })),
    ).toEqual([
      ['invalid_value', []],
      ['negative_amount', ['estimatedCost']],
      ['no_cost_lines', ['phases', 0, 'costs']],
    ]);
  });

  it('reports input that is not an object, and costs that are not a list', () => {
    expect(summary(issuesOf(null))).toEqual([['invalid_type', []]]);
    expect(summary(issuesOf([1]))).toEqual([['invalid_type', []]]);
    expect(summary(issuesOf(undefined))).toEqual([['required', []]]);
    expect(summary(issuesOf({ costs: 'many' }))).toEqual([['invalid_type', ['costs']]]);
    expect(summary(issuesOf({ phases: {} }))).toEqual([['invalid_type', ['phases']]]);
  });

  it('reports problems in phases', () => {
    expect(
      summary(
        issuesOf({
          phases: [
            { id: 'a', label: 'A', costs: [line('1')] },
            { id: 'b', costs: [line('x')], extra: 1 },
            { id: '', label: 'C', costs: [line('1')] },
            5,
          ],
        }),
      ),
    ).toEqual([
      ['required', ['phases', 1, 'label']],
      ['unknown_key', ['phases', 1, 'extra']],
      ['too_short', ['phases', 2, 'id']],
      ['invalid_type', ['phases', 3]],
    ]);
    expect(
      summary(
        issuesOf({
          phases: [
            { id: 'a', label: 'A', costs: [line('1')] },
            { id: 'a', label: 'B', costs: [line('x')] },
          ],
        }),
      ),
    ).toEqual([
      ['duplicate_id', ['phases', 1, 'id']],
      ['invalid_amount', ['phases', 1, 'costs', 0, 'amount']],
    ]);
  });

  it('reports a bad call, a date-less instant and a date without rules at at', () => {
    const at = (value: unknown) => issuesOf({ estimatedCost: '1' }, { at: value });
    expect(summary(at({ id: 7, deadlineDate: '2019-02-30' }))).toEqual([
      ['invalid_type', ['at', 'id']],
      ['invalid_date', ['at', 'deadlineDate']],
    ]);
    expect(summary(at({ deadlineDate: '2019-02-01' }))).toEqual([['required', ['at', 'id']]]);
    expect(summary(at({ id: '2019-1', deadlineDate: 20190201 }))).toEqual([
      ['invalid_date', ['at', 'deadlineDate']],
    ]);
    expect(summary(at('2024-04-18T23:00'))).toEqual([['ambiguous_time', ['at']]]);
    expect(summary(at('2024-02-30'))).toEqual([['invalid_date', ['at']]]);
    expect(summary(at([2024, 4, 18]))).toEqual([['invalid_time', ['at']]]);
    expect(summary(at(null))).toEqual([['invalid_time', ['at']]]);
    const none = at('2010-01-01');
    expect(summary(none)).toEqual([['no_parameter_value', ['at']]]);
    expect(none[0]?.params).toEqual({ id: 'cofinancing.eligibleCategories', at: '2010-01-01' });
  });

  it('accepts a call id of 100 characters and refuses 101', () => {
    const at = (id: string) => ({ at: { id, deadlineDate: '2024-04-18' } });
    expect(
      computeCofinancing({ estimatedCost: '1' }, at('i'.repeat(100))).data.callId,
    ).toHaveLength(100);
    const issues = issuesOf({ estimatedCost: '1' }, at('i'.repeat(101)));
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['too_long', ['at', 'id'], { maximum: 100, unit: 'characters' }],
    ]);
  });

  it('reports a registry without a cofinancing parameter at the root', () => {
    const only = createParameterRegistry([getDefinition('cofinancing.maxRate')]).data;
    expect(summary(issuesOf({ estimatedCost: '1' }, { parameters: only }))).toEqual([
      ['unknown_parameter', []],
    ]);
    expect(
      summary(issuesOf({ estimatedCost: '1' }, { parameters: only, at: '2024-01-01' })),
    ).toEqual([['unknown_parameter', []]]);
  });

  it('reports a registry that is not one, and still a bad at beside it', () => {
    expect(summary(issuesOf({ estimatedCost: '1' }, { parameters: {}, at: 'soon' }))).toEqual([
      ['invalid_type', ['parameters']],
      ['invalid_time', ['at']],
    ]);
  });

  it('reports a malformed or negative capOverride', () => {
    expect(summary(issuesOf({ estimatedCost: '1' }, { capOverride: '-1' }))).toEqual([
      ['negative_amount', ['capOverride']],
    ]);
    expect(summary(issuesOf({ estimatedCost: '1' }, { capOverride: 'lots' }))).toEqual([
      ['invalid_amount', ['capOverride']],
    ]);
  });

  it('refuses a locale it does not speak, the same way as every function', () => {
    const issues = issuesOf({ estimatedCost: '1' }, { locale: 'fr' });
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['unsupported_locale', ['locale'], { received: 'fr', expected: ['nl', 'en'] }],
    ]);
    expectCode(
      () => computeCofinancing({ estimatedCost: '1' }, { locale: 'fr' }),
      'unsupported_locale',
    );
    for (const locale of ['nl', 'nl-BE', 'nl-NL', 'en', 'en-US', 'en-GB'])
      expect(safeComputeCofinancing({ estimatedCost: '1' }, { locale }).success).toBe(true);
  });

  it('fails instead of giving a partial result when a sum is out of range', () => {
    const big = line('9000000000000');
    expect(summary(issuesOf({ costs: [big, big] }))).toEqual([['amount_out_of_range', ['costs']]]);
    const excluded = { category: 'other', amount: '9000000000000' };
    expect(summary(issuesOf({ costs: [excluded, excluded] }))).toEqual([
      ['amount_out_of_range', ['costs']],
    ]);
    expect(
      summary(
        issuesOf({
          phases: [
            { id: 'a', label: 'A', costs: [big] },
            { id: 'b', label: 'B', costs: [big] },
          ],
        }),
      ),
    ).toEqual([['amount_out_of_range', ['phases']]]);
    // One line whose VAT takes the base beyond 10^13 euro: the line is where the sum is.
    expect(summary(issuesOf({ estimatedCost: '9000000000000', vat: 'non-recoverable' }))).toEqual([
      ['amount_out_of_range', ['estimatedCost']],
    ]);
    expect(summary(issuesOf({ costs: [big], vat: 'non-recoverable' }))).toEqual([
      ['amount_out_of_range', ['costs']],
    ]);
  });

  it('reports 1,000 cost lines in one list as fine and 1,001 as too long', () => {
    const thousand = computeCofinancing({ costs: Array.from({ length: 1_000 }, () => line('1')) });
    expect(thousand.data.maximum.amount).toBe('500.00');
    const issues = issuesOf({ costs: Array.from({ length: 1_001 }, () => null) });
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['too_long', ['costs'], { maximum: 1_000, unit: 'items' }],
    ]);
  });

  it('refuses 1,001 cost lines spread over phases', () => {
    const phase = (id: string, n: number) => ({
      id,
      label: id,
      costs: Array.from({ length: n }, () => line('1')),
    });
    const issues = issuesOf({ phases: [phase('a', 500), phase('b', 501)] });
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['input_too_large', ['phases'], { limit: 'items', maximum: 1_000 }],
    ]);
    expect(
      computeCofinancing({ phases: [phase('a', 500), phase('b', 500)] }).data.maximum.amount,
    ).toBe('500.00');
  });

  it('treats null options as none', () => {
    const outcome = safeComputeCofinancing({ estimatedCost: '100' }, null as never);
    expect(outcome.success && outcome.data.maximum.amount).toBe('50.00');
  });

  it('lets an error that is not a refusal pass, thrown while reading the rules', () => {
    const parameters = hostileRegistry();
    expect(() => safeComputeCofinancing({ estimatedCost: '1' }, { parameters })).toThrow(
      RangeError,
    );
  });

  it('reports a getter of the input that throws as an unreadable input', () => {
    const hostile = {
      get costs(): never {
        throw new RangeError('boom');
      },
    };
    expect(summary(issuesOf(hostile))).toEqual([['invalid_input', ['costs']]]);
  });
});
