import { describe, expect, it } from 'vitest';
import {
  builtInCalls,
  createCallCalendar,
  formatDeadline,
  getCall,
} from '../../src/calls/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
} from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';

describe('formatDeadline', () => {
  it('writes the deadline in Flemish Dutch by default', () => {
    expect(formatDeadline(getCall('2024-1')!, { locale: 'nl-BE' })).toBe(
      'donderdag 18 april 2024 om 24.00 uur',
    );
    expect(formatDeadline(getCall('2024-1')!)).toBe('donderdag 18 april 2024 om 24.00 uur');
    expect(formatDeadline(getCall('2019-2')!)).toBe('vrijdag 13 december 2019 om 24.00 uur');
    expect(formatDeadline(getCall('2020-circular-economy')!)).toBe(
      'dinsdag 15 december 2020 om 24.00 uur',
    );
  });

  it('writes the deadline in English with the zone', () => {
    expect(formatDeadline(getCall('2024-1')!, { locale: 'en' })).toBe(
      'Thursday 18 April 2024, 24:00 (Brussels time)',
    );
    expect(formatDeadline(getCall('2017-2')!, { locale: 'en' })).toBe(
      'Friday 1 December 2017, 24:00 (Brussels time)',
    );
  });

  it('says when a call is projected', () => {
    expect(formatDeadline(getCall('2027-1')!)).toBe(
      'donderdag 15 april 2027 om 24.00 uur (verwacht)',
    );
    expect(formatDeadline(getCall('2027-2')!, { locale: 'en' })).toBe(
      'Thursday 14 October 2027, 24:00 (Brussels time) (expected)',
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
    const calendar = createCallCalendar(
      days.map((deadlineDate, i) => ({
        id: `t${String(i)}`,
        year: 2027,
        kind: 'thematic' as const,
        deadlineDate,
        title: { nl: 'x', en: 'x' },
      })),
    );
    const text = (locale: 'nl-BE' | 'en') =>
      days.map((_, i) =>
        formatDeadline(getCall(`t${String(i)}`, { calendar })!, { locale, calendar })
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

  it('writes the time of day and zone of the calendar’s parameters', () => {
    const def = (id: string, value: string) => ({
      ...getDefinition(id),
      versions: [{ ...getDefinition(id).versions[0]!, value }],
    });
    const parameters = createParameterRegistry(
      [def('calls.deadlineTimeOfDay', '17:00'), def('calls.timeZone', 'Asia/Tokyo')],
      { base: defaultParameters },
    );
    const calendar = createCallCalendar(builtInCalls, { parameters });
    const call = getCall('2024-1', { calendar })!;
    expect(formatDeadline(call, { calendar })).toBe(
      'donderdag 18 april 2024 om 17.00 uur (Asia/Tokyo)',
    );
    expect(formatDeadline(call, { calendar, locale: 'en' })).toBe(
      'Thursday 18 April 2024, 17:00 (Asia/Tokyo)',
    );
  });

  it('refuses an unknown locale', () => {
    expectCode(
      () => formatDeadline(getCall('2024-1')!, { locale: 'fr' as never }),
      'invalid_value',
    );
  });
});
