import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endOfZonedDay,
  isTimeZone,
  parseIsoDate,
  startOfZonedDay,
  zonedDate,
  zonedParts,
} from '../../src/time/zoned.js';
import { refusedWith } from '../issues/refusalOf.js';

const BRUSSELS = 'Europe/Brussels';

describe('zoned dates in Brussels', () => {
  it('computes 24:00 on a date as the next midnight in Brussels, in summer and in winter', () => {
    expect(endOfZonedDay('2024-04-18', BRUSSELS).toISOString()).toBe('2024-04-18T22:00:00.000Z');
    expect(endOfZonedDay('2019-12-13', BRUSSELS).toISOString()).toBe('2019-12-13T23:00:00.000Z');
    expect(startOfZonedDay('2024-03-31', BRUSSELS).toISOString()).toBe('2024-03-30T23:00:00.000Z');
    expect(endOfZonedDay('2024-03-31', BRUSSELS).toISOString()).toBe('2024-03-31T22:00:00.000Z');
    expect(endOfZonedDay('2024-10-27', BRUSSELS).toISOString()).toBe('2024-10-27T23:00:00.000Z');
    expect(endOfZonedDay('2024-12-31', BRUSSELS).toISOString()).toBe('2024-12-31T23:00:00.000Z');
  });

  it('reads the calendar date of an instant in the zone it is given', () => {
    expect(zonedDate(new Date('2024-04-18T21:59:59.999Z'), BRUSSELS)).toBe('2024-04-18');
    expect(zonedDate(new Date('2024-04-18T22:00:00.000Z'), BRUSSELS)).toBe('2024-04-19');
    expect(zonedDate(new Date('2024-04-18T22:00:00.000Z'), 'UTC')).toBe('2024-04-18');
    expect(zonedDate(new Date('2024-04-18T22:00:00.000Z'), 'America/New_York')).toBe('2024-04-18');
  });

  it('gives the wall-clock parts of an instant, with its ISO weekday', () => {
    expect(zonedParts(new Date('2024-10-11T07:00:00Z'), BRUSSELS)).toEqual({
      year: 2024,
      month: 10,
      day: 11,
      hour: 9,
      minute: 0,
      second: 0,
      weekday: 5,
    });
    expect(zonedParts(new Date('2024-10-13T22:30:15Z'), 'UTC')).toMatchObject({
      hour: 22,
      minute: 30,
      second: 15,
      weekday: 7,
    });
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
          const day = zonedDate(d, BRUSSELS);
          const end = endOfZonedDay(day, BRUSSELS);
          expect(end.getTime()).toBeGreaterThan(d.getTime());
          expect(startOfZonedDay(day, BRUSSELS).getTime()).toBeLessThanOrEqual(d.getTime());
          expect(zonedDate(new Date(end.getTime() - 1), BRUSSELS)).toBe(day);
          expect(startOfZonedDay(zonedDate(end, BRUSSELS), BRUSSELS).getTime()).toBe(end.getTime());
        },
      ),
    );
  });

  it('refuses a date outside the years 0 to 9999', () => {
    expect(refusedWith(() => zonedDate(new Date(8.64e15), BRUSSELS)).code).toBe('invalid_time');
    expect(refusedWith(() => zonedDate(new Date(-8.64e15), 'UTC')).code).toBe('invalid_time');
    expect(zonedDate(new Date('0000-01-01T00:00:00Z'), 'UTC')).toBe('0000-01-01');
    expect(zonedDate(new Date('9999-12-31T23:59:59.999Z'), 'UTC')).toBe('9999-12-31');
  });
});

describe('parseIsoDate', () => {
  it('reads a real calendar day written YYYY-MM-DD', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('0000-01-01')).toEqual({ year: 0, month: 1, day: 1 });
  });

  it.each<unknown>([
    '2023-02-29',
    '2023-2-1',
    '2023-02-01T00:00Z',
    ' 2023-02-01',
    '',
    20230201,
    null,
  ])('refuses %s as invalid_date', (input) => {
    expect(refusedWith(() => parseIsoDate(input, ['validFrom']))).toMatchObject({
      code: 'invalid_date',
      path: ['validFrom'],
    });
  });

  it('says what it received in a few characters, and refuses a long text at once', () => {
    expect(refusedWith(() => parseIsoDate(20230201)).params).toEqual({ received: '20230201' });
    expect(refusedWith(() => parseIsoDate('9'.repeat(10_000_000))).params).toEqual({
      received: `${'9'.repeat(60)}…`,
    });
  });

  it('is checked by startOfZonedDay and endOfZonedDay', () => {
    expect(refusedWith(() => endOfZonedDay('2023-02-30', BRUSSELS)).code).toBe('invalid_date');
    expect(refusedWith(() => startOfZonedDay('2023-13-01', BRUSSELS)).code).toBe('invalid_date');
  });
});

describe('isTimeZone', () => {
  it('knows the zones of the IANA database and nothing else', () => {
    for (const zone of [BRUSSELS, 'UTC', 'America/St_Johns', 'Asia/Kathmandu'])
      expect(isTimeZone(zone)).toBe(true);
    for (const zone of ['Mars/Olympus_Mons', 'Mars+05', '', 'x'.repeat(65), 5, null, undefined])
      expect(isTimeZone(zone)).toBe(false);
  });
});

describe('time zones that are not checked', () => {
  it('refuse instead of guessing when the zone is unknown', () => {
    expect(refusedWith(() => zonedDate(new Date(0), 'Mars/Olympus_Mons')).code).toBe(
      'invalid_time',
    );
    expect(refusedWith(() => endOfZonedDay('2024-01-01', 'Mars/Olympus_Mons')).code).toBe(
      'invalid_time',
    );
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
    ['2024-03-31', BRUSSELS, '2024-03-30T23:00:00.000Z', '2024-03-31, 00:00'],
    ['2024-10-27', BRUSSELS, '2024-10-26T22:00:00.000Z', '2024-10-27, 00:00'],
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
      BRUSSELS,
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
          // clocks went back over midnight into `day` again (the St. John's case above).
          expect(zonedDate(end, zone) > day).toBe(true);
          expect(zonedDate(new Date(end.getTime() - 1), zone)).toBe(day);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
