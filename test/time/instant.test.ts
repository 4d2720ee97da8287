import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Refusal } from '../../src/issues/Refusal.js';
import { isCalendarDay, isoWeekday, toInstant, utc } from '../../src/time/instant.js';
import { refusedWith } from '../issues/refusalOf.js';

describe('toInstant', () => {
  it.each([
    ['2024-04-18T23:59:59.999+02:00', '2024-04-18T21:59:59.999Z'],
    ['2024-04-18T22:00:00Z', '2024-04-18T22:00:00.000Z'],
    ['2024-04-18T22:00Z', '2024-04-18T22:00:00.000Z'],
    ['2019-12-13T23:00:00.123456789-0130', '2019-12-14T00:30:00.123Z'],
    ['2019-12-13T23:00:00,5+01', '2019-12-13T22:00:00.500Z'],
    ['2024-04-18T10:00:00+14:00', '2024-04-17T20:00:00.000Z'],
    ['0050-01-01T00:00:00Z', '0050-01-01T00:00:00.000Z'],
  ])('reads %s', (input, iso) => {
    expect(toInstant(input).toISOString()).toBe(iso);
  });

  it('accepts a Date and epoch milliseconds, returning a copy', () => {
    const d = new Date(0);
    expect(toInstant(d)).not.toBe(d);
    expect(toInstant(d).getTime()).toBe(0);
    expect(toInstant(1_713_477_600_000).toISOString()).toBe('2024-04-18T22:00:00.000Z');
    expect(toInstant(-8.64e15).getTime()).toBe(-8.64e15);
  });

  it.each(['2024-04-18T23:00', '2024-04-18', '2024-04-18T23:00:00.000'])(
    'refuses %s without offset as ambiguous',
    (input) => {
      expect(refusedWith(() => toInstant(input))).toEqual({
        code: 'ambiguous_time',
        path: [],
        params: { received: input },
      });
    },
  );

  it.each<unknown>([
    new Date(Number.NaN),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1.5,
    9e15,
    '2024-02-30T10:00Z',
    '2024-13-01T10:00Z',
    '2024-04-18T24:00Z',
    '2024-04-18T10:60Z',
    '2024-04-18T10:00:60Z',
    '2024-04-18T10:00+15:00',
    '2024-04-18T10:00+14:60',
    '2024-04-18T10:00 Z',
    'yesterday',
    '',
    'x'.repeat(1_000_000),
    null,
    undefined,
    {},
    [],
    true,
  ])('refuses %s as invalid_time', (input) => {
    expect(refusedWith(() => toInstant(input)).code).toBe('invalid_time');
  });

  it('refuses at the path it is given, saying what it received in a few characters', () => {
    expect(refusedWith(() => toInstant('yesterday', ['submittedAt']))).toEqual({
      code: 'invalid_time',
      path: ['submittedAt'],
      params: { received: 'yesterday' },
    });
    expect(refusedWith(() => toInstant('x'.repeat(10_000_000))).params).toEqual({
      received: `${'x'.repeat(40)}…`,
    });
    expect(refusedWith(() => toInstant({})).params).toEqual({ received: 'object' });
    expect(refusedWith(() => toInstant(new Date(Number.NaN))).params).toEqual({
      received: 'Invalid Date',
    });
    expect(refusedWith(() => toInstant(1.5)).params).toEqual({ received: '1.5' });
  });

  it('never returns an invalid date for any string, and refuses only with its two codes', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          expect(Number.isNaN(toInstant(s).getTime())).toBe(false);
        } catch (error) {
          expect(error).toBeInstanceOf(Refusal);
          expect((error as Refusal).issues[0]?.code).toMatch(/^(invalid_time|ambiguous_time)$/);
        }
      }),
    );
  });

  it('reads every instant of years 0 to 9999 written with an offset back to itself', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (d, offset) => {
          const local = new Date(d.getTime() + offset * 60_000);
          fc.pre(local.getUTCFullYear() >= 0 && local.getUTCFullYear() <= 9999);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const hh = String(Math.floor(abs / 60)).padStart(2, '0');
          const mm = String(abs % 60).padStart(2, '0');
          const text = `${local.toISOString().slice(0, 23)}${sign}${hh}:${mm}`;
          expect(toInstant(text).getTime()).toBe(d.getTime());
        },
      ),
    );
  });
});

describe('isCalendarDay and utc', () => {
  it('tells real days from impossible ones', () => {
    expect(isCalendarDay(2024, 2, 29)).toBe(true);
    expect(isCalendarDay(2023, 2, 29)).toBe(false);
    expect(isCalendarDay(2000, 2, 29)).toBe(true);
    expect(isCalendarDay(1900, 2, 29)).toBe(false);
    expect(isCalendarDay(2024, 12, 31)).toBe(true);
    expect(isCalendarDay(2024, 13, 1)).toBe(false);
    expect(isCalendarDay(2024, 0, 1)).toBe(false);
    expect(isCalendarDay(2024, 1, 0)).toBe(false);
    expect(isCalendarDay(2024, 1.5, 1)).toBe(false);
  });

  it('counts the year 50 as the year 50, not 1950', () => {
    expect(new Date(utc(50, 0, 1)).toISOString()).toBe('0050-01-01T00:00:00.000Z');
    expect(new Date(utc(2024, 1, 29, 23, 59, 59, 999)).toISOString()).toBe(
      '2024-02-29T23:59:59.999Z',
    );
  });
});

describe('isoWeekday', () => {
  it('is the weekday a Date gives, for every day of the years 0 to 9999', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const weekday = isoWeekday(
            date.getUTCFullYear(),
            date.getUTCMonth() + 1,
            date.getUTCDate(),
          );
          expect(weekday).toBe(((date.getUTCDay() + 6) % 7) + 1);
        },
      ),
      { numRuns: 2000 },
    );
    expect(isoWeekday(2024, 10, 10)).toBe(4);
    expect(isoWeekday(2024, 2, 29)).toBe(4);
    expect(isoWeekday(2000, 3, 1)).toBe(3);
    expect(isoWeekday(1900, 3, 1)).toBe(4);
    expect(isoWeekday(0, 1, 1)).toBe(6);
    expect(isoWeekday(0, 2, 29)).toBe(2);
  });
});
