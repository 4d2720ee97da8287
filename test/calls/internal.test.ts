import { describe, expect, it } from 'vitest';
import { calendarOf } from '../../src/calls/calendar.js';
import { findCall } from '../../src/calls/find.js';
import { defaultCallCalendar, getCall } from '../../src/calls/index.js';
import { onTime, statusAt } from '../../src/calls/status.js';
import { Refusal } from '../../src/issues/Refusal.js';
import { makeCalendar, real2027 } from './fixtures.js';

/** The issues of the refusal `run` throws. */
function refusalOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof Refusal) return error.issues;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('calendarOf', () => {
  it('gives the built-in calendar for no calendar, and a calendar as it is', () => {
    expect(calendarOf(undefined)).toBe(defaultCallCalendar);
    const calendar = makeCalendar(real2027);
    expect(calendarOf(calendar)).toBe(calendar);
  });

  it('refuses anything else with invalid_type at calendar', () => {
    for (const [given, received] of [
      [null, 'null'],
      ['calendar', 'text'],
      [{ kind: 'pio-call-calendar', entries: [] }, 'object'],
      [[], 'array'],
    ] as const)
      expect(refusalOf(() => calendarOf(given))).toEqual([
        {
          code: 'invalid_type',
          severity: 'error',
          path: ['calendar'],
          params: { expected: 'calendar', received },
        },
      ]);
  });
});

describe('findCall', () => {
  it('finds a known or a projected call as getCall does', () => {
    expect(findCall(defaultCallCalendar, '2024-1')).toEqual(getCall('2024-1'));
    expect(findCall(defaultCallCalendar, '2031-2')).toEqual(getCall('2031-2'));
    expect(findCall(defaultCallCalendar, '2031-3')).toBeUndefined();
    expect(findCall(defaultCallCalendar, 'unknown')).toBeUndefined();
  });

  it('reads the calendar it is given', () => {
    const calendar = makeCalendar(real2027);
    expect(findCall(calendar, '2027-2')?.deadlineDate).toBe('2027-11-18');
    expect(findCall(calendar, '2020-circular-economy')).toBeUndefined();
  });

  it('finds the first of two entries with one id (a calendar made by hand), frozen or not', () => {
    const [first, second] = makeCalendar(real2027).entries;
    const twice = { ...first!, id: second!.id };
    for (const freeze of [false, true]) {
      const entries = [twice, second!];
      const calendar = {
        ...makeCalendar(real2027),
        entries: freeze ? Object.freeze(entries) : entries,
      };
      expect(findCall(freeze ? Object.freeze(calendar) : calendar, second!.id)?.deadlineDate).toBe(
        first!.deadlineDate,
      );
    }
  });

  it('carries what the deadline rests on, for messages', () => {
    expect(findCall(defaultCallCalendar, '2024-2')).toMatchObject({
      deadlineDate: '2024-10-10',
      deadlineTimeOfDay: '24:00',
      timeZone: 'Europe/Brussels',
    });
  });
});

describe('statusAt and onTime', () => {
  const call = getCall('2024-2')!;
  const at = (iso: string) => new Date(iso);

  it('tell the status from openFrom and the deadline', () => {
    expect(statusAt(call, at('2024-04-18T21:59:59.999Z'))).toBe('upcoming');
    expect(statusAt(call, at('2024-04-18T22:00:00Z'))).toBe('open');
    expect(statusAt(call, at('2024-10-10T21:59:59.999Z'))).toBe('open');
    expect(statusAt(call, at('2024-10-10T22:00:00Z'))).toBe('closed');
  });

  it('are on time strictly before the deadline', () => {
    expect(onTime(call, at('2024-10-10T21:59:59.999Z'))).toBe(true);
    expect(onTime(call, at('2024-10-10T22:00:00Z'))).toBe(false);
  });
});
