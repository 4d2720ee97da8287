import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  callForSubmission,
  callStatus,
  formatDeadline,
  getCall,
  getCalls,
  isOnTime,
  nextDeadline,
  type Call,
  type CallCalendar,
} from '../../src/calls/index.js';
import { makeCalendar } from './fixtures.js';

const from2017 = Date.UTC(2017, 0, 1);
const to2100 = Date.UTC(2101, 0, 1);
const instant = fc.integer({ min: from2017, max: to2100 - 1 });
const publishedIds = ['2017-2', '2019-1', '2019-2', '2020-circular-economy'];
const announcedIds = ['2024-1', '2024-2'];

/** Every call with a deadline in the years around an instant. */
function around(t: number, calendar?: CallCalendar): Call[] {
  const year = new Date(t).getUTCFullYear();
  return [year - 1, year, year + 1, year + 2].flatMap((y) =>
    calendar === undefined ? getCalls({ year: y }) : getCalls({ year: y, calendar }),
  );
}

function checkSubmission(t: number, calendar?: CallCalendar) {
  const call = callForSubmission(calendar === undefined ? { at: t } : { at: t, calendar });
  expect(call).toBeDefined();
  expect(call!.kind).toBe('regular');
  expect(isOnTime(call!, { at: t })).toBe(true);
  // Open, unless the call has a published opening still to come (2017-2 opened in September).
  const notYet = call!.opensAt !== undefined && t < call!.opensAt.getTime();
  expect(callStatus(call!, { at: t })).toBe(notYet ? 'upcoming' : 'open');
  for (const other of around(t, calendar)) {
    if (other.kind === 'regular' && other.deadline.getTime() < call!.deadline.getTime()) {
      // An earlier regular call must be closed already.
      expect(isOnTime(other, { at: t })).toBe(false);
      expect(callStatus(other, { at: t })).toBe('closed');
    }
  }
}

describe('calls properties', () => {
  it('callForSubmission returns a call the instant is on time for, open unless it opens later, and no earlier regular call is open', () => {
    fc.assert(
      fc.property(instant, (t) => checkSubmission(t)),
      { numRuns: 200 },
    );
  });

  it('holds for supplied calendars with arbitrary dates too', () => {
    const day = fc.integer({ min: 0, max: 364 });
    fc.assert(
      fc.property(day, day, fc.integer({ min: -400, max: 800 }), (d1, d2, offsetDays) => {
        const date = (d: number) => new Date(Date.UTC(2030, 0, 1 + d)).toISOString().slice(0, 10);
        const calendar = makeCalendar([
          {
            id: '2030-1',
            year: 2030,
            kind: 'regular',
            deadlineDate: date(d1),
            title: { nl: 'x', en: 'x' },
          },
          {
            id: '2030-2',
            year: 2030,
            kind: 'regular',
            deadlineDate: date(d2),
            title: { nl: 'x', en: 'x' },
          },
        ]);
        checkSubmission(Date.UTC(2030, 0, 1) + offsetDays * 86_400_000 + 3_600_000, calendar);
      }),
      { numRuns: 100 },
    );
  });

  it('nextDeadline is the first deadline strictly after now', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const next = nextDeadline({ at: t })!;
        expect(next.deadline.getTime()).toBeGreaterThan(t);
        const between = around(t).filter(
          (c) => c.deadline.getTime() > t && c.deadline.getTime() < next.deadline.getTime(),
        );
        expect(between).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('isOnTime is exactly "before the deadline instant"', () => {
    const calls = getCalls();
    fc.assert(
      fc.property(
        fc.constantFrom(...calls),
        fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }),
        (call, delta) => {
          const t = call.deadline.getTime() + delta;
          expect(isOnTime(call, { at: t })).toBe(delta < 0);
          expect(isOnTime(call, { at: new Date(t).toISOString() })).toBe(delta < 0);
        },
      ),
    );
  });

  it('a call is upcoming, then open from openFrom, then closed from its deadline', () => {
    const calls = getCalls();
    fc.assert(
      fc.property(fc.constantFrom(...calls), fc.integer({ min: -1, max: 1 }), (call, delta) => {
        const opens = call.openFrom.getTime();
        const closes = call.deadline.getTime();
        expect(opens).toBeLessThan(closes);
        expect(callStatus(call, { at: opens + delta })).toBe(delta < 0 ? 'upcoming' : 'open');
        expect(callStatus(call, { at: closes + delta })).toBe(delta < 0 ? 'open' : 'closed');
      }),
    );
  });

  it('a regular call opens when the regular call before it closes', () => {
    const regular = getCalls({ kind: 'regular' });
    for (let i = 1; i < regular.length; i += 1) {
      const call = regular[i]!;
      if (call.opensAt === undefined) expect(call.openFrom).toEqual(regular[i - 1]!.deadline);
    }
  });

  it('deadlines are strictly increasing', () => {
    const all = getCalls().map((c) => c.deadline.getTime());
    for (let i = 1; i < all.length; i += 1) expect(all[i]!).toBeGreaterThan(all[i - 1]!);
    fc.assert(
      fc.property(fc.integer({ min: 2017, max: 9990 }), (year) => {
        const calls = getCalls({
          from: `${String(year)}-01-01T00:00:00Z`,
          to: `${String(year + 3)}-12-31T00:00:00Z`,
        });
        const times = calls.map((c) => c.deadline.getTime());
        for (let i = 1; i < times.length; i += 1) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
      }),
      { numRuns: 100 },
    );
  });

  it('getCall and getCalls agree on every call', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2017, max: 9999 }), (year) => {
        for (const call of getCalls({ year })) expect(getCall(call.id)).toEqual(call);
      }),
      { numRuns: 60 },
    );
  });

  it('projected and announced calls never carry status published and always say so', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2017, max: 9999 }), (year) => {
        for (const call of getCalls({ year })) {
          if (publishedIds.includes(call.id)) {
            expect(call.status).toBe('published');
            expect(formatDeadline(call)).toMatch(/uur$/);
            continue;
          }
          if (announcedIds.includes(call.id)) {
            expect(call.status).toBe('announced');
            expect(call.note?.nl).toContain('aangekondigd');
            expect(call.note?.en).toContain('announced');
            expect(formatDeadline(call)).toMatch(/\(aangekondigd\)$/);
            expect(formatDeadline(call, { locale: 'en' })).toMatch(/\(announced\)$/);
            continue;
          }
          expect(call.status).toBe('projected');
          expect(call.title.nl).toContain('verwacht');
          expect(call.title.en).toContain('expected');
          expect(formatDeadline(call)).toMatch(/\(verwacht\)$/);
          expect(formatDeadline(call, { locale: 'en' })).toMatch(/\(expected\)$/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('projects a Thursday in the documented weeks, ending at 24:00 summer time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2025, max: 9999 }), (year) => {
        const [first, second] = getCalls({ year });
        for (const [call, month, minDay] of [
          [first!, 4, 15],
          [second!, 10, 8],
        ] as const) {
          const [y, m, d] = call.deadlineDate.split('-').map(Number);
          expect([y, m]).toEqual([year, month]);
          expect(d).toBeGreaterThanOrEqual(minDay);
          expect(d).toBeLessThanOrEqual(minDay + 6);
          expect(new Date(Date.UTC(y!, m! - 1, d)).getUTCDay()).toBe(4);
          // Both dates are in Brussels summer time (UTC+2): 24:00 is 22:00 UTC.
          expect(call.deadline.toISOString()).toBe(`${call.deadlineDate}T22:00:00.000Z`);
        }
      }),
      { numRuns: 150 },
    );
  });
});
