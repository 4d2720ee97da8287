import { describe, expect, it } from 'vitest';
import {
  safeComputeCofinancing,
  type CofinancingInput,
  type ComputeCofinancingOptions,
} from '../../src/cofinancing/index.js';
import type { PioIssue } from '../../src/issues/index.js';
import { createParameterRegistry, getDefinition } from '../../src/parameters/index.js';

function issuesOf(input: unknown, options: ComputeCofinancingOptions = {}): PioIssue[] {
  const outcome = safeComputeCofinancing(input as CofinancingInput, options);
  expect(outcome.success).toBe(false);
  expect('result' in outcome).toBe(false);
  return outcome.success ? [] : [...outcome.issues];
}

const summary = (issues: readonly PioIssue[]) => issues.map((i) => [i.code, i.path]);

describe('safeComputeCofinancing', () => {
  it('returns the result on success', () => {
    const outcome = safeComputeCofinancing({ estimatedCost: '1500000.00' });
    expect(outcome.success).toBe(true);
    if (outcome.success) expect(outcome.result.maximum.amount).toBe('750000.00');
    expect(Object.isFrozen(outcome)).toBe(true);
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
    expect(summary(issuesOf({ costs: [{ category: 'rd-services', amount: '-0.01' }] }))).toEqual([
      ['negative_amount', ['costs', 0, 'amount']],
    ]);
    expect(summary(issuesOf({ costs: [{ category: 'hardware', amount: '1' }] }))).toEqual([
      ['invalid_value', ['costs', 0, 'category']],
    ]);
    expect(summary(issuesOf({ costs: [{ category: 'rd-services', amount: '12,50' }] }))).toEqual([
      ['invalid_amount', ['costs', 0, 'amount']],
    ]);
    expect(summary(issuesOf({ costs: [{ category: 'rd-services', amount: 0.1 + 0.2 }] }))).toEqual([
      ['amount_precision', ['costs', 0, 'amount']],
    ]);
    expect(summary(issuesOf({ estimatedCost: '-1' }))).toEqual([
      ['negative_amount', ['estimatedCost']],
    ]);
    expect(summary(issuesOf({ estimatedCost: Number.NaN }))).toEqual([
      ['invalid_amount', ['estimatedCost']],
    ]);
  });

  it('reports a negative requested amount', () => {
    const issues = issuesOf({ estimatedCost: '100', requested: '-50' });
    expect(summary(issues)).toEqual([['requested_negative', ['requested']]]);
    expect(issues[0]?.params).toEqual({ amount: '-50.00' });
  });

  it('reports every problem at once, each with its path', () => {
    const issues = issuesOf({
      costs: [
        { category: 'rd-services', amount: '100' },
        { category: 'validation', amount: '-3' },
        { category: 'software', amount: '1.234' },
        { amount: '5', label: 7, colour: 'red' },
        'line',
      ],
      vat: 'included',
      requested: '-1',
      at: '2024-13-01T00:00:00Z',
      typo: true,
    });
    expect(summary(issues)).toEqual([
      ['unknown_key', ['typo']],
      ['negative_amount', ['costs', 1, 'amount']],
      ['invalid_value', ['costs', 2, 'category']],
      ['amount_precision', ['costs', 2, 'amount']],
      ['unknown_key', ['costs', 3, 'colour']],
      ['required', ['costs', 3, 'category']],
      ['invalid_type', ['costs', 3, 'label']],
      ['invalid_type', ['costs', 4]],
      ['invalid_value', ['vat']],
      ['requested_negative', ['requested']],
      ['invalid_time', ['at']],
    ]);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
    expect(JSON.stringify(issues)).not.toContain('NaN');
  });

  it('reports a category of the wrong type and a missing amount', () => {
    expect(summary(issuesOf({ costs: [{ category: 3 }] }))).toEqual([
      ['invalid_type', ['costs', 0, 'category']],
      ['required', ['costs', 0, 'amount']],
    ]);
  });

  it('reports more than one of costs, estimatedCost and phases', () => {
    const issues = issuesOf({
      estimatedCost: '10',
      costs: [{ category: 'rd-services', amount: '10' }],
    });
    expect(summary(issues)).toEqual([['invalid_value', []]]);
    expect(issues[0]?.params['received']).toBe('costs + estimatedCost');
  });

  it('reports input that is not an object, and costs that are not a list', () => {
    expect(summary(issuesOf(null))).toEqual([['invalid_type', []]]);
    expect(summary(issuesOf([1]))).toEqual([['invalid_type', []]]);
    expect(summary(issuesOf({ costs: 'many' }))).toEqual([['invalid_type', ['costs']]]);
    expect(summary(issuesOf({ phases: {} }))).toEqual([['invalid_type', ['phases']]]);
  });

  it('reports problems in phases', () => {
    const issues = issuesOf({
      phases: [
        { id: 'a', label: 'A', costs: [{ category: 'rd-services', amount: '1' }] },
        { id: 'a', costs: [{ category: 'rd-services', amount: 'x' }], extra: 1 },
        { id: '', label: 'C', costs: [{ category: 'rd-services', amount: '1' }] },
        5,
      ],
    });
    expect(summary(issues)).toEqual([
      ['unknown_key', ['phases', 1, 'extra']],
      ['duplicate_id', ['phases', 1, 'id']],
      ['required', ['phases', 1, 'label']],
      ['invalid_amount', ['phases', 1, 'costs', 0, 'amount']],
      ['invalid_type', ['phases', 2, 'id']],
      ['invalid_type', ['phases', 3]],
    ]);
  });

  it('reports a bad call, a date-less instant and a date without rules', () => {
    expect(
      summary(issuesOf({ estimatedCost: '1', at: { id: 7, deadlineDate: '2019-02-30' } })),
    ).toEqual([
      ['invalid_type', ['at', 'id']],
      ['invalid_date', ['at', 'deadlineDate']],
    ]);
    expect(summary(issuesOf({ estimatedCost: '1', at: { deadlineDate: '2019-02-01' } }))).toEqual([
      ['required', ['at', 'id']],
    ]);
    expect(summary(issuesOf({ estimatedCost: '1', at: '2024-04-18T23:00' }))).toEqual([
      ['ambiguous_time', ['at']],
    ]);
    const none = issuesOf({ estimatedCost: '1', at: '2010-01-01' });
    expect(summary(none)).toEqual([['no_parameter_value', ['at']]]);
  });

  it('reports a registry without a cofinancing parameter', () => {
    const only = createParameterRegistry([getDefinition('cofinancing.maxRate')]);
    expect(summary(issuesOf({ estimatedCost: '1' }, { parameters: only }))).toEqual([
      ['unknown_parameter', []],
    ]);
  });

  it('reports a malformed or negative capOverride', () => {
    expect(summary(issuesOf({ estimatedCost: '1' }, { capOverride: '-1' }))).toEqual([
      ['negative_amount', ['options', 'capOverride']],
    ]);
    expect(summary(issuesOf({ estimatedCost: '1' }, { capOverride: 'lots' }))).toEqual([
      ['invalid_amount', ['options', 'capOverride']],
    ]);
  });

  it('fails instead of giving a partial result when a sum is out of range', () => {
    const issues = issuesOf({
      costs: [
        { category: 'rd-services', amount: '9000000000000' },
        { category: 'rd-services', amount: '9000000000000' },
      ],
    });
    expect(summary(issues)).toEqual([['amount_out_of_range', []]]);
  });

  it('rethrows an error that is not a PioRulesError', () => {
    const hostile = {
      get costs(): never {
        throw new RangeError('boom');
      },
    };
    expect(() => safeComputeCofinancing(hostile as unknown as CofinancingInput)).toThrow(
      RangeError,
    );
  });
});
