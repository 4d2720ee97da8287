import { describe, expect, it } from 'vitest';
import { getCall } from '../../src/calls/index.js';
import { deepFreeze } from '../../src/shared/deepFreeze.js';

describe('deepFreeze', () => {
  it('freezes plain objects and arrays at every level, and survives a cycle', () => {
    const value: { a: { b: number[] }; self?: unknown } = { a: { b: [1, 2] } };
    value.self = value;
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a.b)).toBe(true);
  });

  it('leaves Dates, typed arrays and class instances as they are', () => {
    const date = new Date(0);
    const bytes = Uint8Array.from([1]);
    class Box {
      n = 1;
    }
    const box = new Box();
    deepFreeze({ date, bytes, box });
    expect(Object.isFrozen(date)).toBe(false);
    expect(Object.isFrozen(bytes)).toBe(false);
    expect(Object.isFrozen(box)).toBe(false);
  });

  it('does not walk into an object that is already frozen', () => {
    const inner = { x: 1 };
    const outer = Object.freeze({ inner });
    deepFreeze({ outer });
    expect(Object.isFrozen(inner)).toBe(false);
  });
});

describe('remembered deadlines', () => {
  it('hand out a fresh Date on every read, so changing one changes nothing', () => {
    const first = getCall('2024-1')!;
    first.deadline.setTime(0);
    expect(getCall('2024-1')!.deadline.toISOString()).toBe('2024-04-18T22:00:00.000Z');
    const projected = getCall('2031-2')!;
    projected.deadline.setTime(0);
    expect(getCall('2031-2')!.deadline.getTime()).not.toBe(0);
  });
});
