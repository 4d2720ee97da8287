import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { IssueData, IssuePath } from '../../src/issues/issue.js';
import { fromZodIssues } from '../../src/issues/zod.js';

/** The library's issues for a value a schema refuses, as code, path and params. */
function mapped(schema: z.ZodType, input: unknown, prefix?: IssuePath) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected the schema to refuse the input');
  return brief(fromZodIssues(parsed.error.issues, input, prefix));
}

const brief = (issues: readonly IssueData[]) =>
  issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));

describe('fromZodIssues', () => {
  it('reports a missing value as required, whether the key is absent or undefined', () => {
    const schema = z.strictObject({ a: z.string(), b: z.number() });
    expect(mapped(schema, { b: undefined })).toEqual([
      { code: 'required', path: ['a'], params: {} },
      { code: 'required', path: ['b'], params: {} },
    ]);
  });

  it('reads only own keys of the input: an inherited value is missing', () => {
    const input: unknown = Object.create({ a: 'inherited' });
    const zodIssue = {
      code: 'invalid_type',
      expected: 'string',
      path: ['a'],
      message: '',
    } as z.core.$ZodIssue;
    expect(brief(fromZodIssues([zodIssue], input))).toEqual([
      { code: 'required', path: ['a'], params: {} },
    ]);
  });

  it.each<[string, z.ZodType, unknown, string, string]>([
    ['string', z.string(), 1, 'text', 'number'],
    ['number', z.number(), 'x', 'number', 'text'],
    ['int', z.number().int(), 1.5, 'integer', 'number'],
    ['boolean', z.boolean(), null, 'boolean', 'null'],
    ['object', z.object({}), [], 'object', 'array'],
    ['array', z.array(z.string()), {}, 'array', 'object'],
    ['date', z.date(), '2024-01-01', 'date', 'text'],
    ['bigint', z.bigint(), 1, 'bigint', 'number'],
    ['null', z.null(), false, 'null', 'boolean'],
    ['symbol (no name of its own)', z.symbol(), 1, 'object', 'number'],
  ])('names the kinds of a wrong type: %s', (_, schema, input, expected, received) => {
    expect(mapped(schema, input)).toEqual([
      { code: 'invalid_type', path: [], params: { expected, received } },
    ]);
  });

  it('reports every unknown key as its own issue, at its own path', () => {
    expect(mapped(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 })).toEqual([
      { code: 'unknown_key', path: ['b'], params: { key: 'b' } },
      { code: 'unknown_key', path: ['c'], params: { key: 'c' } },
    ]);
  });

  it('gives texts and lists a length in characters or items, and numbers a bound', () => {
    const schema = z.strictObject({
      name: z.string().min(2).max(5),
      tags: z.array(z.string()).min(1).max(2),
      rate: z.number().min(0).max(1),
    });
    expect(mapped(schema, { name: 'abcdef', tags: [], rate: 2 })).toEqual([
      { code: 'too_long', path: ['name'], params: { maximum: 5, unit: 'characters' } },
      { code: 'too_short', path: ['tags'], params: { minimum: 1, unit: 'items' } },
      { code: 'too_big', path: ['rate'], params: { maximum: '1' } },
    ]);
    expect(mapped(schema, { name: 'a', tags: ['a', 'b', 'c'], rate: -1 })).toEqual([
      { code: 'too_short', path: ['name'], params: { minimum: 2, unit: 'characters' } },
      { code: 'too_long', path: ['tags'], params: { maximum: 2, unit: 'items' } },
      { code: 'too_small', path: ['rate'], params: { minimum: '0' } },
    ]);
  });

  it('names the closed list of an enum, so a locale can show its labels', () => {
    const schema = z.enum(['yes', 'partly', 'no', 'unknown'], { error: 'enum:marketAnswer' });
    expect(mapped(schema, 'maybe')).toEqual([
      {
        code: 'invalid_value',
        path: [],
        params: {
          received: '"maybe"',
          expected: ['yes', 'partly', 'no', 'unknown'],
          enum: 'marketAnswer',
        },
      },
    ]);
  });

  it('lists the values of a literal without a list name, and shows what was received safely', () => {
    expect(mapped(z.literal('1.0'), 5)).toEqual([
      { code: 'invalid_value', path: [], params: { received: '5', expected: ['1.0'] } },
    ]);
    expect(mapped(z.literal('1.0'), 'x'.repeat(100))[0]?.params).toEqual({
      received: JSON.stringify(`${'x'.repeat(60)}…`),
      expected: ['1.0'],
    });
    expect(mapped(z.object({ v: z.literal('a') }), { v: {} })[0]?.params).toEqual({
      received: 'object',
      expected: ['a'],
    });
    expect(mapped(z.object({ v: z.literal('a') }), {})).toEqual([
      { code: 'required', path: ['v'], params: {} },
    ]);
  });

  it('names the written form a pattern asks for', () => {
    const schema = z.object({ amount: z.string().regex(/^\d+\.\d{2}$/, 'amount') });
    expect(mapped(schema, { amount: '1,00' })).toEqual([
      { code: 'invalid_format', path: ['amount'], params: { format: 'amount' } },
    ]);
  });

  it('reads the code a refinement names in its params, and the format it names otherwise', () => {
    const items = z.array(z.string()).refine((list) => list.length <= 2, {
      params: { pio: 'too_long', maximum: 2, unit: 'items' },
    });
    expect(mapped(items, ['a', 'b', 'c'])).toEqual([
      { code: 'too_long', path: [], params: { maximum: 2, unit: 'items' } },
    ]);
    const text = z
      .string()
      .refine((s) => s.length <= 3, { params: { pio: 'too_long', maximum: 3 } });
    expect(mapped(text, 'abcd')).toEqual([
      { code: 'too_long', path: [], params: { maximum: 3, unit: 'characters' } },
    ]);
    expect(
      mapped(
        z.string().refine(() => false, 'call-id'),
        'x',
      ),
    ).toEqual([{ code: 'invalid_format', path: [], params: { format: 'call-id' } }]);
  });

  it('follows the union branch that got furthest', () => {
    const schema = z.union([
      z.strictObject({ kind: z.literal('a'), x: z.string(), y: z.string() }),
      z.strictObject({ kind: z.literal('b'), x: z.string() }),
    ]);
    expect(mapped(schema, { kind: 'b', x: 1 })).toEqual([
      { code: 'invalid_type', path: ['x'], params: { expected: 'text', received: 'number' } },
    ]);
    expect(mapped(z.union([z.string(), z.number()]), true)).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'text', received: 'boolean' } },
    ]);
    expect(mapped(z.object({ v: z.union([z.string(), z.number()]) }), {})).toEqual([
      { code: 'required', path: ['v'], params: {} },
    ]);
  });

  it('reports a discriminator that matches no option as a value outside the list', () => {
    const schema = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('regular'), year: z.number() }),
      z.object({ kind: z.literal('thematic'), theme: z.string() }),
    ]);
    expect(mapped(schema, { kind: 'special' })).toEqual([
      {
        code: 'invalid_value',
        path: ['kind'],
        params: { received: '"special"', expected: ['regular', 'thematic'] },
      },
    ]);
    expect(mapped(schema, {})).toEqual([{ code: 'required', path: ['kind'], params: {} }]);
    expect(mapped(schema, { kind: 'thematic', theme: 3 })).toEqual([
      { code: 'invalid_type', path: ['theme'], params: { expected: 'text', received: 'number' } },
    ]);
  });

  it('reports a union that says nothing of its branches as a value of the wrong kind', () => {
    const made = fromZodIssues([{ code: 'invalid_union', errors: [], path: [], message: '' }], 'x');
    expect(brief(made)).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'object', received: 'text' } },
    ]);
  });

  it('puts a prefix in front of every path', () => {
    const schema = z.strictObject({ amount: z.string(), extra: z.never().optional() });
    expect(mapped(schema, { amount: 1, other: 1 }, ['procurement', 'costs', 2])).toEqual([
      {
        code: 'invalid_type',
        path: ['procurement', 'costs', 2, 'amount'],
        params: { expected: 'text', received: 'number' },
      },
      {
        code: 'unknown_key',
        path: ['procurement', 'costs', 2, 'other'],
        params: { key: 'other' },
      },
    ]);
  });

  it('keeps the order zod found the issues in, with numeric paths for list positions', () => {
    const schema = z.array(z.strictObject({ id: z.string() }));
    expect(mapped(schema, [{ id: 1 }, { id: 'ok' }, {}]).map((i) => i.path)).toEqual([
      [0, 'id'],
      [2, 'id'],
    ]);
  });

  it('reports any other check as a value that is not allowed, or as required when missing', () => {
    expect(mapped(z.number().multipleOf(2), 3)).toEqual([
      { code: 'invalid_value', path: [], params: { received: '3', expected: [] } },
    ]);
    const made = fromZodIssues(
      [{ code: 'not_multiple_of', divisor: 2, path: ['n'], message: '' }],
      {},
    );
    expect(brief(made)).toEqual([{ code: 'required', path: ['n'], params: {} }]);
  });

  it('makes frozen issues without messages', () => {
    const parsed = z.object({ a: z.string() }).safeParse({});
    const [made] = fromZodIssues(parsed.error!.issues, {});
    expect(made?.severity).toBe('error');
    expect(made && 'message' in made).toBe(false);
    expect(Object.isFrozen(made)).toBe(true);
  });
});
