import { describe, expect, it } from 'vitest';
import { shown, typeName } from '../../src/issues/typeName.js';

describe('typeName', () => {
  it.each<[unknown, string]>([
    ['x', 'text'],
    ['', 'text'],
    [1.5, 'number'],
    [Number.NaN, 'number'],
    [true, 'boolean'],
    [null, 'null'],
    [undefined, 'nothing'],
    [[], 'array'],
    [new Array(5), 'array'],
    [{}, 'object'],
    [new Map(), 'object'],
    [new Date(0), 'date'],
    [10n, 'bigint'],
    [Symbol('s'), 'symbol'],
    [() => 1, 'function'],
  ])('names %s %s', (value, name) => {
    expect(typeName(value)).toBe(name);
  });
});

describe('shown', () => {
  it('keeps a short text whole and cuts a long one, marking the cut', () => {
    expect(shown('abc')).toBe('abc');
    expect(shown('x'.repeat(60))).toBe('x'.repeat(60));
    expect(shown('x'.repeat(61))).toBe(`${'x'.repeat(60)}…`);
    expect(shown('x'.repeat(10_000_000), 5)).toBe('xxxxx…');
  });

  it('writes numbers, booleans and bigints as text, and anything else by its kind', () => {
    expect(shown(1.5)).toBe('1.5');
    expect(shown(Number.NaN)).toBe('NaN');
    expect(shown(false)).toBe('false');
    expect(shown(12n)).toBe('12');
    expect(shown({ toString: () => 'never read' })).toBe('object');
    expect(shown([1, 2])).toBe('array');
    expect(shown(undefined)).toBe('nothing');
    expect(shown(Symbol('s'))).toBe('symbol');
  });

  it('never calls toString of an object, which could throw', () => {
    const hostile = {
      toString() {
        throw new Error('boom');
      },
    };
    expect(() => shown(hostile)).not.toThrow();
  });
});
