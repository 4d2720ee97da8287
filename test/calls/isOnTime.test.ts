import { describe, expect, it } from 'vitest';
import { getCall, isOnTime, type Call } from '../../src/calls/index.js';
import { expectCode } from '../helpers/expectCode.js';

describe('isOnTime', () => {
  const call = getCall('2024-1')!;

  it('is on time until 23:59:59.999 Brussels on the deadline date', () => {
    expect(isOnTime(call, { at: '2024-04-18T23:59:59.999+02:00' })).toBe(true);
    expect(isOnTime(call, { at: '2024-04-18T21:59:59.999Z' })).toBe(true);
    expect(isOnTime(call, { at: new Date('2024-04-18T21:59:59.999Z') })).toBe(true);
    expect(isOnTime(call, { at: Date.UTC(2024, 3, 18, 21, 59, 59, 999) })).toBe(true);
  });

  it('is late from 00:00 the next day', () => {
    expect(isOnTime(call, { at: '2024-04-19T00:00:00+02:00' })).toBe(false);
    expect(isOnTime(call, { at: '2024-04-18T22:00:00Z' })).toBe(false);
    expect(isOnTime(call, { at: '2024-04-18T17:00:00-05:00' })).toBe(false);
  });

  it('judges a call that went through JSON', () => {
    const copy: unknown = JSON.parse(JSON.stringify(call));
    expect(isOnTime(copy as Call, { at: '2024-04-18T21:59:59.999Z' })).toBe(true);
    expect(isOnTime(copy as Call, { at: '2024-04-18T22:00:00Z' })).toBe(false);
  });

  it('refuses a time without offset as ambiguous, at at', () => {
    const error = expectCode(() => isOnTime(call, { at: '2024-04-18T23:00' }), 'ambiguous_time');
    expect(error.issues[0]!.path).toEqual(['at']);
    expectCode(() => isOnTime(call, { at: '2024-04-18' }), 'ambiguous_time');
  });

  it('refuses a missing instant: the library reads no clock', () => {
    const error = expectCode(() => isOnTime(call, {} as never), 'required');
    expect(error.issues[0]!.path).toEqual(['at']);
    expectCode(() => isOnTime(call, undefined as never), 'required');
  });

  it('refuses invalid instants', () => {
    expectCode(() => isOnTime(call, { at: new Date(Number.NaN) }), 'invalid_time');
    expectCode(() => isOnTime(call, { at: Number.NaN }), 'invalid_time');
    expectCode(() => isOnTime(call, { at: '2024-02-30T12:00:00Z' }), 'invalid_time');
    expectCode(() => isOnTime(call, { at: 'yesterday' }), 'invalid_time');
    expectCode(() => isOnTime(call, { at: null as never }), 'invalid_time');
  });

  it('refuses a call whose deadline is not a valid instant, at call.deadline', () => {
    const error = expectCode(
      () => isOnTime({ ...call, deadline: new Date(Number.NaN) }, { at: 0 }),
      'invalid_time',
    );
    expect(error.issues[0]!.path).toEqual(['call', 'deadline']);
  });
});
