import { z } from 'zod';
import type * as zm from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { amountSchema, costLineSchema } from '../../src/cofinancing/schema.js';
import { NOT_BLANK_PATTERN } from '../../src/input/patterns.js';
import { fromZodIssues } from '../../src/issues/zod.js';
import { costCategories } from '../../src/vocabulary/index.js';

/** The issues of a value a schema refuses, as code, path and params. */
function refused(schema: zm.ZodMiniType, value: unknown) {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a refusal');
  return fromZodIssues(parsed.error.issues, value).map((i) => [i.code, i.path, i.params]);
}

describe('the cost line of a proposal (costLineSchema(), shared with the applications format)', () => {
  it('reads a line into a Money amount', () => {
    expect(
      costLineSchema().parse({ category: 'validation', amount: '12.5', label: 'Proeftuin' }),
    ).toEqual({
      category: 'validation',
      amount: { amount: '12.50', currency: 'EUR' },
      label: 'Proeftuin',
    });
  });

  it('asks an amount of a proposal to be a non-negative decimal string with at most two decimals', () => {
    expect(amountSchema().parse('1200000.00')).toEqual({ amount: '1200000.00', currency: 'EUR' });
    expect(amountSchema().parse('9999999999999.99').amount).toBe('9999999999999.99');
    for (const text of ['-1', '1.234', '1e3', '12,50', ' 1', '10000000000000'])
      expect(refused(amountSchema(), text)).toEqual([['invalid_format', [], { format: 'amount' }]]);
    expect(refused(amountSchema(), 12)).toEqual([
      ['invalid_type', [], { expected: 'text', received: 'number' }],
    ]);
  });

  it('refuses an unknown category by its list, a missing amount, and an unknown key', () => {
    expect(refused(costLineSchema(), { category: 'hardware', label: 'x', colour: 1 })).toEqual([
      [
        'invalid_value',
        ['category'],
        {
          received: '"hardware"',
          expected: [...costCategories],
          enum: 'costCategory',
        },
      ],
      ['required', ['amount'], {}],
      ['unknown_key', ['colour'], { key: 'colour' }],
    ]);
  });

  it('asks a label to be not blank and at most 200 characters', () => {
    const withLabel = (label: string) => ({ category: 'other', amount: '1', label });
    expect(refused(costLineSchema(), withLabel(''))).toEqual([
      ['too_short', ['label'], { minimum: 1, unit: 'characters' }],
    ]);
    expect(refused(costLineSchema(), withLabel('  '))).toEqual([
      ['invalid_format', ['label'], { format: 'not-blank' }],
    ]);
    expect(refused(costLineSchema(), withLabel('x'.repeat(201)))).toEqual([
      ['too_long', ['label'], { maximum: 200, unit: 'characters' }],
    ]);
    expect(costLineSchema().parse(withLabel('😀'.repeat(200))).label).toHaveLength(400);
  });

  it('describes itself in JSON Schema as the proposal format publishes it', () => {
    const schema = z.toJSONSchema(costLineSchema(), { io: 'input', unrepresentable: 'throw' });
    expect(schema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['category', 'amount'],
      properties: {
        category: { type: 'string', enum: [...costCategories] },
        amount: {
          type: 'string',
          pattern: '^[0-9]{1,13}(?:\\.[0-9]{1,2})?$',
          description: 'Estimated amount in euro excl. VAT (geraamd bedrag excl. btw).',
        },
        // zod writes the `source` of the expression (U+2028 and U+2029 as \u escapes); the
        // application's JSON Schema writes the characters themselves.
        label: {
          type: 'string',
          minLength: 1,
          maxLength: 200,
          pattern: new RegExp(NOT_BLANK_PATTERN).source,
        },
      },
    });
  });
});
