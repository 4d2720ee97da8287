import { describe, expect, it } from 'vitest';
import {
  createCallCalendar,
  getCall,
  safeCreateCallCalendar,
  type CallInput,
} from '../../src/calls/index.js';
import { getDefinition } from '../../src/parameters/index.js';
import { issuesOf, makeCalendar, registry, title } from './fixtures.js';

const call1: CallInput = {
  id: '2027-1',
  year: 2027,
  kind: 'regular',
  deadlineDate: '2027-05-06',
  title,
};

describe('safeCreateCallCalendar issues', () => {
  it('names the expected and received type of a field of the wrong type, and nothing else', () => {
    expect(issuesOf([{ ...call1, year: '2027' }])).toEqual([
      { code: 'invalid_type', path: [0, 'year'], params: { expected: 'number', received: 'text' } },
    ]);
    expect(issuesOf([{ ...call1, id: 2027 }])).toEqual([
      { code: 'invalid_type', path: [0, 'id'], params: { expected: 'text', received: 'number' } },
    ]);
  });

  it('reports a missing year as required only, without a wrong id', () => {
    const withoutYear: Record<string, unknown> = { ...call1 };
    delete withoutYear['year'];
    expect(issuesOf([withoutYear])).toEqual([{ code: 'required', path: [0, 'year'], params: {} }]);
  });

  it('gives the limits of numbers and texts', () => {
    expect(issuesOf([{ ...call1, year: 999 }])).toEqual([
      { code: 'too_small', path: [0, 'year'], params: { minimum: '1000' } },
    ]);
    expect(issuesOf([{ ...call1, year: 10_000 }])).toEqual([
      { code: 'too_big', path: [0, 'year'], params: { maximum: '9999' } },
    ]);
    expect(issuesOf([{ ...call1, title: { nl: '', en: 'x'.repeat(501) } }])).toEqual([
      { code: 'too_short', path: [0, 'title', 'nl'], params: { minimum: 1, unit: 'characters' } },
      { code: 'too_long', path: [0, 'title', 'en'], params: { maximum: 500, unit: 'characters' } },
    ]);
  });

  it('lists the allowed values of kind and status by their list, and names an unknown key', () => {
    expect(issuesOf([{ ...call1, kind: 'special', colour: 'red' }])).toEqual([
      {
        code: 'invalid_value',
        path: [0, 'kind'],
        params: { received: '"special"', expected: ['regular', 'thematic'], enum: 'callKind' },
      },
      { code: 'unknown_key', path: [0, 'colour'], params: { key: 'colour' } },
    ]);
    expect(issuesOf([{ ...call1, status: 'confirmed' }])).toEqual([
      {
        code: 'invalid_value',
        path: [0, 'status'],
        params: {
          received: '"confirmed"',
          expected: ['published', 'announced', 'projected'],
          enum: 'callDataStatus',
        },
      },
    ]);
  });

  it('asks for a date YYYY-MM-DD that is a real day, once', () => {
    for (const deadlineDate of ['2027-6-1', '2027-02-30', '2027-05-06T00:00:00Z'])
      expect(issuesOf([{ ...call1, deadlineDate }])).toEqual([
        { code: 'invalid_format', path: [0, 'deadlineDate'], params: { format: 'date' } },
      ]);
  });

  it('says which ids a regular or a thematic call may have', () => {
    expect(issuesOf([{ ...call1, id: '2027-A' }])).toEqual([
      {
        code: 'invalid_call_id',
        path: [0, 'id'],
        params: { id: '2027-A', kind: 'regular', year: 2027 },
      },
    ]);
    expect(issuesOf([{ ...call1, id: '2026-1' }])).toEqual([
      {
        code: 'invalid_call_id',
        path: [0, 'id'],
        params: { id: '2026-1', kind: 'regular', year: 2027 },
      },
    ]);
    for (const id of ['2027-3', 'Big-Call', 'a--b', '-a', 'a_b'])
      expect(issuesOf([{ ...call1, kind: 'thematic', id }])).toEqual([
        { code: 'invalid_call_id', path: [0, 'id'], params: { id, kind: 'thematic' } },
      ]);
  });

  it('gives the year and the deadline date when they do not match', () => {
    expect(issuesOf([{ ...call1, kind: 'thematic', id: 'ai', year: 2026 }])).toEqual([
      {
        code: 'call_year_mismatch',
        path: [0, 'year'],
        params: { year: 2026, deadlineDate: '2027-05-06' },
      },
    ]);
  });

  it('refuses an opening at the deadline instant and accepts one a millisecond before', () => {
    expect(issuesOf([{ ...call1, opensAt: '2027-05-06T22:00:00.000Z' }])).toEqual([
      {
        code: 'opens_after_deadline',
        path: [0, 'opensAt'],
        params: {
          opensAt: '2027-05-06T22:00:00.000Z',
          deadline: '2027-05-06T22:00:00.000Z',
          timeZone: 'Europe/Brussels',
        },
      },
    ]);
    const calendar = makeCalendar([{ ...call1, opensAt: '2027-05-06T21:59:59.999Z' }]);
    expect(getCall('2027-1', { calendar })?.opensAt?.toISOString()).toBe(
      '2027-05-06T21:59:59.999Z',
    );
  });

  it('says where an opening is not an instant', () => {
    expect(issuesOf([{ ...call1, opensAt: '2027-01-01' }])).toEqual([
      { code: 'ambiguous_time', path: [0, 'opensAt'], params: { received: '2027-01-01' } },
    ]);
    expect(issuesOf([{ ...call1, opensAt: null }])).toEqual([
      { code: 'invalid_time', path: [0, 'opensAt'], params: { received: 'null' } },
    ]);
  });

  it('reports only the bad date when a call with an opening has no valid deadline date', () => {
    expect(
      issuesOf([{ ...call1, deadlineDate: '2027-02-30', opensAt: '2027-01-01T00:00:00Z' }]),
    ).toEqual([{ code: 'invalid_format', path: [0, 'deadlineDate'], params: { format: 'date' } }]);
  });

  it('names a duplicate id at its second place', () => {
    expect(issuesOf([call1, { ...call1, deadlineDate: '2027-06-01' }])).toEqual([
      { code: 'duplicate_id', path: [1, 'id'], params: { id: '2027-1' } },
    ]);
  });

  it('says what it expected instead of a non-array', () => {
    expect(issuesOf('calls')).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'array', received: 'text' } },
    ]);
  });

  it('names the parameter and the date with no deadline time', () => {
    expect(
      issuesOf([{ ...call1, id: 'old', kind: 'thematic', year: 2010, deadlineDate: '2010-05-01' }]),
    ).toEqual([
      {
        code: 'no_parameter_value',
        path: [0, 'deadlineDate'],
        params: { id: 'calls.deadlineTimeOfDay', at: '2010-05-01' },
      },
    ]);
  });

  it('names the missing time zone parameter', () => {
    const parameters = registry([getDefinition('calls.deadlineTimeOfDay')], null);
    expect(issuesOf([call1], { parameters })).toEqual([
      { code: 'unknown_parameter', path: ['parameters'], params: { id: 'calls.timeZone' } },
    ]);
  });

  it('gives the limit that an input too large passes', () => {
    expect(issuesOf(Array.from({ length: 10_001 }, () => 0))).toEqual([
      { code: 'input_too_large', path: [], params: { limit: 'values', maximum: 10_000 } },
    ]);
  });
});

describe('createCallCalendar messages', () => {
  it('writes instants in the programme’s time zone and dates in words', () => {
    const nl = safeCreateCallCalendar([{ ...call1, opensAt: '2027-05-07T08:00:00Z' }]);
    const en = safeCreateCallCalendar([{ ...call1, opensAt: '2027-05-07T08:00:00Z' }], {
      locale: 'en',
    });
    if (nl.success || en.success) throw new Error('expected a refusal');
    expect(nl.issues[0]!.message).toBe(
      'De oproep moet openen vóór de uiterste datum (vrijdag 7 mei 2027 om 00.00 uur), maar opent op vrijdag 7 mei 2027 om 10.00 uur.',
    );
    expect(en.issues[0]!.message).toBe(
      'The call must open before its deadline (Friday 7 May 2027 at 00:00), but opens on Friday 7 May 2027 at 10:00.',
    );
  });

  it('say why a thematic id is wrong', () => {
    const thematic = { ...call1, kind: 'thematic', id: '2027-3' } as const;
    expect(() => createCallCalendar([thematic], { locale: 'en' })).toThrow(
      'Call id "2027-3" of a thematic call is made of lowercase letters, digits and hyphens, not of a year and a number.',
    );
    expect(() => createCallCalendar([thematic])).toThrow(
      'Oproep-id "2027-3" van een thematische oproep bestaat uit kleine letters, cijfers en koppeltekens, en niet uit jaar en nummer.',
    );
  });
});
