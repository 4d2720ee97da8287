import { describe, expect, it } from 'vitest';
import { guard, inputLimits } from '../../src/input/guard.js';
import { refusedWith } from '../issues/refusalOf.js';

function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i += 1) value = [value];
  return value;
}

/** Runs `run` and returns how long it took, in milliseconds. */
function timed(run: () => unknown): number {
  const start = performance.now();
  try {
    run();
  } catch {
    // Only the time matters here.
  }
  return performance.now() - start;
}

describe('guard', () => {
  it('copies plain data as JSON.parse would make it', () => {
    const input = { a: [1, 'two', true, null, { b: 2.5 }], c: {} };
    const { value, issues } = guard(input);
    expect(value).toEqual(input);
    expect(value).not.toBe(input);
    expect((value as typeof input).a).not.toBe(input.a);
    expect(issues).toEqual([]);
    expect(guard('text').value).toBe('text');
    expect(guard(null).value).toBeNull();
  });

  it('has the documented default limits', () => {
    expect(inputLimits).toEqual({ maxTextLength: 1_000_000, maxNodes: 10_000, maxDepth: 32 });
    expect(Object.isFrozen(inputLimits)).toBe(true);
  });

  it('reads 10,000 values and refuses one more, in one list or spread out', () => {
    // The list itself is a value: 9,999 items and the list make 10,000.
    expect(() => guard(Array.from({ length: 9_999 }, () => 0))).not.toThrow();
    const limit = { code: 'input_too_large', params: { limit: 'values', maximum: 10_000 } };
    expect(refusedWith(() => guard(Array.from({ length: 10_000 }, () => 0)))).toMatchObject(limit);
    // The outer list, 99 inner lists and 99 × 100 items: 10,000 values.
    const spread = Array.from({ length: 99 }, () => Array.from({ length: 100 }, () => 0));
    expect(() => guard(spread)).not.toThrow();
    spread.push([0]);
    expect(refusedWith(() => guard(spread))).toMatchObject(limit);
    const wide = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));
    expect(refusedWith(() => guard(wide))).toMatchObject(limit);
  });

  it('reads nesting of 32 levels and refuses 33, at the path where it goes too deep', () => {
    expect(() => guard(nested(32))).not.toThrow();
    const refused = refusedWith(() => guard(nested(33)));
    expect(refused).toMatchObject({
      code: 'input_too_large',
      params: { limit: 'depth', maximum: 32 },
    });
    expect(refused.path).toHaveLength(32);
  });

  it('refuses 20,000-deep nesting at once, without overflowing the stack', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20_000; i += 1) deep = { next: deep };
    expect(refusedWith(() => guard(deep)).params).toEqual({ limit: 'depth', maximum: 32 });
    expect(timed(() => guard(deep))).toBeLessThan(100);
  });

  it('reads 1,000,000 characters of text, keys included, and refuses one more', () => {
    const limit = { code: 'input_too_large', params: { limit: 'text', maximum: 1_000_000 } };
    expect(() => guard(['x'.repeat(1_000_000)])).not.toThrow();
    expect(() => guard({ abc: 'x'.repeat(999_997) })).not.toThrow();
    expect(refusedWith(() => guard(['x'.repeat(1_000_001)]))).toMatchObject(limit);
    expect(refusedWith(() => guard({ abcd: 'x'.repeat(999_997) }))).toMatchObject(limit);
    expect(refusedWith(() => guard(['x'.repeat(600_000), 'y'.repeat(400_001)]))).toMatchObject({
      ...limit,
      path: [1],
    });
  });

  it('refuses a 10 MB text before copying anything', () => {
    const huge = 'x'.repeat(10_000_000);
    expect(refusedWith(() => guard({ a: huge })).params).toEqual({
      limit: 'text',
      maximum: 1_000_000,
    });
  });

  it('measures a sparse array by its length, so 2^32 - 1 empty slots are refused at once', () => {
    const sparse = new Array<unknown>(2 ** 32 - 1);
    expect(refusedWith(() => guard(sparse))).toEqual({
      code: 'input_too_large',
      path: [],
      params: { limit: 'values', maximum: 10_000 },
    });
    expect(refusedWith(() => guard({ list: new Array(1e7) })).path).toEqual(['list']);
    expect(timed(() => guard(sparse))).toBeLessThan(50);
  });

  it('copies the holes of a small sparse array as undefined', () => {
    const sparse: unknown[] = [1];
    sparse[2] = 3;
    const copy = guard(sparse).value as unknown[];
    expect(copy).toHaveLength(3);
    expect(copy[1]).toBeUndefined();
  });

  it('refuses a value that contains itself, but copies one that is shared', () => {
    const cyclic: Record<string, unknown> = { a: { b: 1 } };
    (cyclic['a'] as Record<string, unknown>)['back'] = cyclic;
    expect(refusedWith(() => guard(cyclic))).toEqual({
      code: 'invalid_input',
      path: ['a', 'back'],
      params: { problem: 'cycle' },
    });
    const list: unknown[] = [];
    list.push(list);
    expect(refusedWith(() => guard(list)).params).toEqual({ problem: 'cycle' });
    const shared = { x: 1 };
    expect(guard({ a: shared, b: [shared, shared] }).value).toEqual({
      a: { x: 1 },
      b: [{ x: 1 }, { x: 1 }],
    });
  });

  it('refuses a value whose getter throws, at its path, as unreadable', () => {
    const hostile = {
      ok: 1,
      inner: Object.defineProperty({}, 'bad', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      }),
    };
    expect(refusedWith(() => guard(hostile))).toEqual({
      code: 'invalid_input',
      path: ['inner', 'bad'],
      params: { problem: 'unreadable' },
    });
  });

  it('refuses a proxy whose traps throw as unreadable', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(refusedWith(() => guard({ p: trap }))).toMatchObject({
      code: 'invalid_input',
      params: { problem: 'unreadable' },
    });
  });

  it('reads a getter once and keeps its value', () => {
    let reads = 0;
    const input = {
      get n() {
        reads += 1;
        return 5;
      },
    };
    expect(guard(input).value).toEqual({ n: 5 });
    expect(reads).toBe(1);
    expect(Object.getOwnPropertyDescriptor(guard(input).value, 'n')).toHaveProperty('value', 5);
  });

  it('reports __proto__, constructor and prototype as unknown keys and never copies them', () => {
    const input = JSON.parse(
      '{"a":{"__proto__":{"polluted":true}},"constructor":{"prototype":{"polluted":true}},"prototype":1,"ok":2}',
    ) as unknown;
    const { value, issues } = guard(input);
    expect(value).toEqual({ a: {}, ok: 2 });
    expect(issues.map((i) => ({ code: i.code, path: i.path, params: i.params }))).toEqual([
      { code: 'unknown_key', path: ['a', '__proto__'], params: { key: '__proto__' } },
      { code: 'unknown_key', path: ['constructor'], params: { key: 'constructor' } },
      { code: 'unknown_key', path: ['prototype'], params: { key: 'prototype' } },
    ]);
    const copy = value as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(copy['a'])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('keeps a Date as it is and flattens class instances to their own enumerable data', () => {
    class Box {
      n = 1;
      get doubled() {
        return this.n * 2;
      }
    }
    const date = new Date('2024-10-10T10:00:00Z');
    const { value } = guard({ date, box: new Box(), map: new Map([['k', 1]]) });
    const copy = value as { date: unknown; box: unknown; map: unknown };
    expect(copy.date).toBe(date);
    expect(copy.box).toEqual({ n: 1 });
    expect(Object.getPrototypeOf(copy.box)).toBe(Object.prototype);
    expect(copy.map).toEqual({});
  });

  it('copies only own enumerable string keys', () => {
    const input = Object.create({ inherited: 1 }) as Record<string | symbol, unknown>;
    input['own'] = 1;
    input[Symbol('s')] = 2;
    Object.defineProperty(input, 'hidden', { value: 3, enumerable: false });
    expect(Reflect.ownKeys(guard(input).value as object)).toEqual(['own']);
  });

  it('takes other limits when given', () => {
    const small = { maxTextLength: 3, maxNodes: 3, maxDepth: 1 };
    expect(refusedWith(() => guard('abcd', small)).params).toEqual({ limit: 'text', maximum: 3 });
    expect(refusedWith(() => guard([[]], small)).params).toEqual({ limit: 'depth', maximum: 1 });
    expect(refusedWith(() => guard([1, 2, 3], small)).params).toEqual({
      limit: 'values',
      maximum: 3,
    });
  });

  it('never changes or freezes the caller’s input', () => {
    const input = {
      __proto__: null,
      list: [1, { deep: ['x'] }],
      constructor: 'kept by the caller',
    } as unknown as Record<string, unknown>;
    const before = structuredClone(input);
    const { value } = guard(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input['list'])).toBe(false);
    expect(Object.isExtensible(input['list'])).toBe(true);
    (value as { list: unknown[] }).list.push('changed in the copy');
    expect(input['list']).toHaveLength(2);
  });
});
