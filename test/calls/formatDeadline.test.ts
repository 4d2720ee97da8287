import { describe, expect, it } from 'vitest';
import { builtInCalls, formatDeadline, getCall, type Call } from '../../src/calls/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { makeCalendar, only, registry, thematicOn } from './fixtures.js';

describe('formatDeadline', () => {
  it('writes the deadline in Dutch by default', () => {
    expect(formatDeadline(getCall('2019-1')!, { locale: 'nl-BE' })).toBe(
      'vrijdag 14 juni 2019 om 24.00 uur',
    );
    expect(formatDeadline(getCall('2019-1')!)).toBe('vrijdag 14 juni 2019 om 24.00 uur');
    expect(formatDeadline(getCall('2019-2')!)).toBe('vrijdag 13 december 2019 om 24.00 uur');
    expect(formatDeadline(getCall('2020-circular-economy')!)).toBe(
      'dinsdag 15 december 2020 om 24.00 uur',
    );
  });

  it('writes the deadline in English', () => {
    expect(formatDeadline(getCall('2019-1')!, { locale: 'en' })).toBe(
      'Friday 14 June 2019 at 24:00',
    );
    expect(formatDeadline(getCall('2017-2')!, { locale: 'en-GB' })).toBe(
      'Friday 1 December 2017 at 24:00',
    );
  });

  it('speaks every Dutch and English tag a browser gives', () => {
    const call = getCall('2019-1')!;
    for (const locale of ['nl', 'nl-BE', 'nl-NL'])
      expect(formatDeadline(call, { locale })).toBe('vrijdag 14 juni 2019 om 24.00 uur');
    for (const locale of ['en', 'en-US', 'en-GB'])
      expect(formatDeadline(call, { locale })).toBe('Friday 14 June 2019 at 24:00');
  });

  it('says when a deadline is an announced target date (both calls of 2024)', () => {
    expect(formatDeadline(getCall('2024-1')!)).toBe(
      'donderdag 18 april 2024 om 24.00 uur (aangekondigd)',
    );
    expect(formatDeadline(getCall('2024-1')!, { locale: 'en-GB' })).toBe(
      'Thursday 18 April 2024 at 24:00 (announced)',
    );
    expect(formatDeadline(getCall('2024-2')!, { locale: 'nl-BE' })).toBe(
      'donderdag 10 oktober 2024 om 24.00 uur (aangekondigd)',
    );
    expect(formatDeadline(getCall('2024-2')!, { locale: 'en' })).toBe(
      'Thursday 10 October 2024 at 24:00 (announced)',
    );
    const call: unknown = JSON.parse(JSON.stringify(getCall('2024-2')));
    expect(formatDeadline(call as Call, { locale: 'en' })).toContain('(announced)');
  });

  it('says nothing of a status it does not know (a call from elsewhere)', () => {
    const call = { ...getCall('2024-1')!, status: 'rumoured' } as unknown as Call;
    expect(formatDeadline(call, { locale: 'en' })).toBe('Thursday 18 April 2024 at 24:00');
  });

  it('says when a call is projected', () => {
    expect(formatDeadline(getCall('2027-1')!)).toBe(
      'donderdag 15 april 2027 om 24.00 uur (verwacht)',
    );
    expect(formatDeadline(getCall('2027-2')!, { locale: 'en' })).toBe(
      'Thursday 14 October 2027 at 24:00 (expected)',
    );
    expect(formatDeadline(getCall('2017-1')!)).toBe(
      'donderdag 15 juni 2017 om 24.00 uur (verwacht)',
    );
  });

  it('names every weekday and month from its own tables', () => {
    const days = [
      '2027-01-04',
      '2027-02-02',
      '2027-03-03',
      '2027-05-06',
      '2027-06-11',
      '2027-07-10',
      '2027-08-08',
    ];
    const calendar = makeCalendar(days.map((date, i) => thematicOn(date, `t${String(i)}`)));
    const text = (locale: string) =>
      days.map((_, i) =>
        formatDeadline(getCall(`t${String(i)}`, { calendar })!, { locale })
          .split(' ')
          .slice(0, 3)
          .join(' '),
      );
    expect(text('nl-BE')).toEqual([
      'maandag 4 januari',
      'dinsdag 2 februari',
      'woensdag 3 maart',
      'donderdag 6 mei',
      'vrijdag 11 juni',
      'zaterdag 10 juli',
      'zondag 8 augustus',
    ]);
    expect(text('en')).toEqual([
      'Monday 4 January',
      'Tuesday 2 February',
      'Wednesday 3 March',
      'Thursday 6 May',
      'Friday 11 June',
      'Saturday 10 July',
      'Sunday 8 August',
    ]);
  });

  it('writes the time of day and the zone of the call’s parameters', () => {
    const parameters = registry([
      only('calls.deadlineTimeOfDay', '17:00'),
      only('calls.timeZone', 'Asia/Tokyo'),
    ]);
    const call = getCall('2024-1', { calendar: makeCalendar(builtInCalls, { parameters }) })!;
    expect(formatDeadline(call)).toBe(
      'donderdag 18 april 2024 om 17.00 uur (Asia/Tokyo, aangekondigd)',
    );
    expect(formatDeadline(call, { locale: 'en' })).toBe(
      'Thursday 18 April 2024 at 17:00 (Asia/Tokyo, announced)',
    );
  });

  it('writes a call that went through JSON', () => {
    const call: unknown = JSON.parse(JSON.stringify(getCall('2027-1')));
    expect(formatDeadline(call as Call, { locale: 'en' })).toBe(
      'Thursday 15 April 2027 at 24:00 (expected)',
    );
  });

  it('refuses an unsupported locale at locale', () => {
    const error = expectCode(
      () => formatDeadline(getCall('2024-1')!, { locale: 'fr' }),
      'unsupported_locale',
    );
    expect(error.issues[0]!.path).toEqual(['locale']);
  });

  it('refuses a call whose fields cannot be written, at the field', () => {
    const call = getCall('2024-1')!;
    const broken = (fields: Record<string, unknown>): Call => ({ ...call, ...fields });
    for (const [fields, code, field] of [
      [{ deadlineDate: '2024-02-30' }, 'invalid_date', 'deadlineDate'],
      [{ deadlineDate: 20240418 }, 'invalid_date', 'deadlineDate'],
      [{ deadlineTimeOfDay: '25:00' }, 'invalid_format', 'deadlineTimeOfDay'],
      [{ deadlineTimeOfDay: undefined }, 'invalid_format', 'deadlineTimeOfDay'],
      [{ timeZone: 'Mars/Olympus' }, 'unknown_time_zone', 'timeZone'],
      [{ timeZone: 42 }, 'unknown_time_zone', 'timeZone'],
    ] as const) {
      const error = expectCode(() => formatDeadline(broken(fields)), code);
      expect(error.issues[0]!.path).toEqual(['call', field]);
    }
  });
});
