import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endOfZonedDay,
  parseIsoDate,
  startOfZonedDay,
  toInstant,
  zonedDate,
} from '../../src/time/index.js';
import { expectCode } from '../helpers/expectCode.js';

describe('toInstant', () => {
  it.each([
    ['2024-04-18T23:59:59.999+02:00', '2024-04-18T21:59:59.999Z'],
    ['2024-04-18T22:00:00Z', '2024-04-18T22:00:00.000Z'],
    ['2024-04-18T22:00Z', '2024-04-18T22:00:00.000Z'],
    ['2019-12-13T23:00:00.123456789-0130', '2019-12-14T00:30:00.123Z'],
    ['2019-12-13T23:00:00,5+01', '2019-12-13T22:00:00.500Z'],
  ])('reads %s', (input, iso) => {
    expect(toInstant(input).toISOString()).toBe(iso);
  });

  it('accepts a Date and epoch milliseconds, returning a copy', () => {
    const d = new Date(0);
    expect(toInstant(d)).not.toBe(d);
    expect(toInstant(d).getTime()).toBe(0);
    expect(toInstant(1_713_477_600_000).toISOString()).toBe('2024-04-18T22:00:00.000Z');
  });

  it.each(['2024-04-18T23:00', '2024-04-18', '2024-04-18T23:00:00.000'])(
    'refuses %s without offset as ambiguous',
    (input) => {
      expectCode(() => toInstant(input), 'ambiguous_time');
    },
  );

  it.each<unknown>([
    new Date(Number.NaN),
    Number.NaN,
    1.5,
    9e15,
    '2024-02-30T10:00Z',
    '2024-13-01T10:00Z',
    '2024-04-18T24:00Z',
    '2024-04-18T10:60Z',
    '2024-04-18T10:00+15:00',
    'yesterday',
    '',
    'x'.repeat(1_000_000),
    null,
    undefined,
    {},
  ])('refuses %s as invalid', (input) => {
    expectCode(() => toInstant(input), 'invalid_time');
  });

  it('never returns an invalid date for any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          expect(Number.isNaN(toInstant(s).getTime())).toBe(false);
        } catch (error) {
          expect((error as { code?: string }).code).toMatch(/^(invalid_time|ambiguous_time)$/);
        }
      }),
    );
  });
});

describe('zoned dates in Brussels', () => {
  it('computes 24:00 on a date as the next midnight in Brussels, in summer and in winter', () => {
    expect(endOfZonedDay('2024-04-18').toISOString()).toBe('2024-04-18T22:00:00.000Z');
    expect(endOfZonedDay('2019-12-13').toISOString()).toBe('2019-12-13T23:00:00.000Z');
    expect(startOfZonedDay('2024-03-31').toISOString()).toBe('2024-03-30T23:00:00.000Z');
    expect(endOfZonedDay('2024-03-31').toISOString()).toBe('2024-03-31T22:00:00.000Z');
    expect(endOfZonedDay('2024-10-27').toISOString()).toBe('2024-10-27T23:00:00.000Z');
  });

  it('reads the Brussels calendar date of an instant', () => {
    expect(zonedDate(new Date('2024-04-18T21:59:59.999Z'))).toBe('2024-04-18');
    expect(zonedDate(new Date('2024-04-18T22:00:00.000Z'))).toBe('2024-04-19');
    expect(zonedDate(new Date('2024-04-18T22:00:00.000Z'), 'UTC')).toBe('2024-04-18');
  });

  it('makes the end of a day the start of the next', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const day = zonedDate(d);
          const end = endOfZonedDay(day);
          expect(end.getTime()).toBeGreaterThan(d.getTime());
          expect(startOfZonedDay(day).getTime()).toBeLessThanOrEqual(d.getTime());
          expect(zonedDate(new Date(end.getTime() - 1))).toBe(day);
        },
      ),
    );
  });

  it('checks calendar dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expectCode(() => parseIsoDate('2023-02-29'), 'invalid_date');
    expectCode(() => parseIsoDate('2023-2-1'), 'invalid_date');
    expectCode(() => parseIsoDate(20230201), 'invalid_date');
    expectCode(() => endOfZonedDay('2023-02-30'), 'invalid_date');
  });
});

describe('time zones', () => {
  it('refuses an unknown time zone instead of guessing', () => {
    expectCode(() => zonedDate(new Date(0), 'Mars/Olympus_Mons'), 'invalid_input');
    expectCode(() => endOfZonedDay('2024-01-01', 'Mars/Olympus_Mons'), 'invalid_input');
  });
});

describe('the start of a day in zones whose clocks change at midnight', () => {
  const local = (instant: Date, timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(instant);

  it.each([
    // Daylight saving starts at 00:00: the day begins at 01:00 local, the instant of the change.
    ['2024-09-08', 'America/Santiago', '2024-09-08T04:00:00.000Z', '2024-09-08, 01:00'],
    ['2024-03-31', 'Asia/Beirut', '2024-03-30T22:00:00.000Z', '2024-03-31, 01:00'],
    // Daylight saving ends at 00:00 (clocks go back to 23:00): midnight happens once, after it.
    ['2024-04-07', 'America/Santiago', '2024-04-07T04:00:00.000Z', '2024-04-07, 00:00'],
    // The usual case, and a change at 02:00 that leaves midnight alone.
    ['2024-03-31', 'Europe/Brussels', '2024-03-30T23:00:00.000Z', '2024-03-31, 00:00'],
    ['2024-10-27', 'Europe/Brussels', '2024-10-26T22:00:00.000Z', '2024-10-27, 00:00'],
  ])('%s in %s starts at %s', (date, zone, iso, wall) => {
    const start = startOfZonedDay(date, zone);
    expect(start.toISOString()).toBe(iso);
    expect(local(start, zone)).toBe(wall);
    expect(zonedDate(new Date(start.getTime() - 1), zone) < date).toBe(true);
  });

  it('ends a day at its first midnight when the clocks go back over midnight into it again', () => {
    // St. John's until 2011: at 00:01 on 2 November 2008 the clocks went back to 23:01 on
    // 1 November. "24:00 on 1 November" is the first midnight; the hour after it, though dated
    // 1 November again, is late.
    const end = endOfZonedDay('2008-11-01', 'America/St_Johns');
    expect(end.toISOString()).toBe('2008-11-02T02:30:00.000Z');
    expect(zonedDate(new Date('2008-11-02T02:31:00Z'), 'America/St_Johns')).toBe('2008-11-01');
  });

  it('gives a day that never happened (Samoa skipped 30 December 2011) no length', () => {
    const start = startOfZonedDay('2011-12-30', 'Pacific/Apia');
    expect(endOfZonedDay('2011-12-30', 'Pacific/Apia').getTime()).toBe(start.getTime());
    expect(zonedDate(start, 'Pacific/Apia')).toBe('2011-12-31');
    expect(zonedDate(new Date(start.getTime() - 1), 'Pacific/Apia')).toBe('2011-12-29');
  });

  it('is the first instant of the day in every zone, for random days', () => {
    const zones = [
      'Europe/Brussels',
      'America/Santiago',
      'Asia/Beirut',
      'America/Havana',
      'America/Asuncion',
      'Asia/Tehran',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'America/St_Johns',
      'Asia/Kathmandu',
    ];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2060-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (d, zone) => {
          const day = zonedDate(d, zone);
          const start = startOfZonedDay(day, zone);
          const end = endOfZonedDay(day, zone);
          expect(zonedDate(start, zone)).toBe(day);
          expect(zonedDate(new Date(start.getTime() - 1), zone) < day).toBe(true);
          expect(start.getTime()).toBeLessThanOrEqual(d.getTime());
          // The day ends at the next day's first moment; `d` may lie after it only when the
          // clocks went back over midnight into `day` again (see the St. John's case below).
          expect(zonedDate(end, zone) > day).toBe(true);
          expect(zonedDate(new Date(end.getTime() - 1), zone)).toBe(day);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
