import { describe, expect, it } from 'vitest';
import { getCall, isOnTime } from '../../src/calls/index.js';
import { expectCode } from '../helpers/expectCode.js';

describe('isOnTime', () => {
  const call = getCall('2024-1')!;

  it('is on time until 23:59:59.999 Brussels on the deadline date', () => {
    expect(isOnTime(call, '2024-04-18T23:59:59.999+02:00')).toBe(true);
    expect(isOnTime(call, '2024-04-18T21:59:59.999Z')).toBe(true);
    expect(isOnTime(call, new Date('2024-04-18T21:59:59.999Z'))).toBe(true);
    expect(isOnTime(call, Date.UTC(2024, 3, 18, 21, 59, 59, 999))).toBe(true);
  });

  it('is late from 00:00 the next day', () => {
    expect(isOnTime(call, '2024-04-19T00:00:00+02:00')).toBe(false);
    expect(isOnTime(call, '2024-04-18T22:00:00Z')).toBe(false);
    expect(isOnTime(call, '2024-04-18T17:00:00-05:00')).toBe(false);
  });

  it('refuses a time without offset as ambiguous', () => {
    const error = expectCode(() => isOnTime(call, '2024-04-18T23:00'), 'ambiguous_time');
    expect(error.issues[0]!.path).toEqual(['submittedAt']);
    expectCode(() => isOnTime(call, '2024-04-18'), 'ambiguous_time');
  });

  it('refuses invalid instants', () => {
    expectCode(() => isOnTime(call, new Date(Number.NaN)), 'invalid_time');
    expectCode(() => isOnTime(call, Number.NaN), 'invalid_time');
    expectCode(() => isOnTime(call, '2024-02-30T12:00:00Z'), 'invalid_time');
    expectCode(() => isOnTime(call, 'yesterday'), 'invalid_time');
    expectCode(() => isOnTime(call, null as never), 'invalid_time');
  });

  it('refuses a call whose deadline is not a valid date', () => {
    expectCode(() => isOnTime({ ...call, deadline: new Date(Number.NaN) }, 0), 'invalid_time');
  });
});
