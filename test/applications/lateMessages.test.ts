import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInCalls, createCallCalendar, getCall } from '../../src/calls/index.js';
import type { PioIssue } from '../../src/issues/index.js';
import { issueMessage } from '../../src/locales/index.js';
import { only, registry } from '../calls/fixtures.js';
import { validate, withDoc } from './fixtures.js';

// Issue 13, point 4: the instant of a late proposal is written in the programme's local time
// (parameter calls.timeZone, never the host's), as people write it; a draft judged by the `at`
// option says so, and its issue is at the field the deadline is about.

const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The one `submitted_after_deadline` of a result. */
function late(result: ReturnType<typeof validate>): PioIssue<'submitted_after_deadline'> {
  const issues = result.success ? result.warnings : result.issues;
  const found = issues.filter((i) => i.code === 'submitted_after_deadline');
  expect(found).toHaveLength(1);
  return found[0] as PioIssue<'submitted_after_deadline'>;
}

const submittedAt = (instant: string): unknown => withDoc((d) => (d.submittedAt = instant));
const draft = (): unknown => withDoc((d) => delete d.submittedAt);

describe('a late proposal', () => {
  const saved = process.env['TZ'];
  afterEach(() => {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  });

  it('says when it was submitted in Brussels local time, as people write it, in each language', () => {
    const issue = late(validate(submittedAt('2024-10-11T07:00:00Z')));
    expect(issue.message).toBe(
      'Ingediend op vrijdag 11 oktober 2024 om 09.00 uur, na de uiterste datum van oproep 2024-2 (donderdag 10 oktober 2024 om 24.00 uur).',
    );
    expect(late(validate(submittedAt('2024-10-11T07:00:00Z'), { locale: 'en' })).message).toBe(
      'Submitted on Friday 11 October 2024 at 09:00, after the deadline of call 2024-2 (Thursday 10 October 2024 at 24:00).',
    );
    // The params keep the instant for machines: ISO 8601 in UTC.
    expect(issue.params.submittedAt).toBe('2024-10-11T07:00:00.000Z');
    expect(issue.params.timeZone).toBe('Europe/Brussels');
    expect(issue.path).toEqual(['submittedAt']);
  });

  it('writes seconds only when there are some, and never an ISO instant', () => {
    const message = late(validate(submittedAt('2024-10-10T22:00:05Z'))).message;
    expect(message).toMatch(/^Ingediend op vrijdag 11 oktober 2024 om 00\.00\.05 uur, /);
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse('2024-10-10T22:00:00Z'),
          max: Date.parse('2099-12-31T00:00:00Z'),
        }),
        fc.constantFrom('nl', 'en'),
        (epoch, locale) => {
          const instant = new Date(epoch).toISOString();
          const issue = late(validate(submittedAt(instant), { locale }));
          expect(issue.message).not.toMatch(ISO_INSTANT);
          expect(issue.params.submittedAt).toBe(instant);
          expect(issue.path).toEqual(['submittedAt']);
        },
      ),
      { numRuns: 200, seed: 13 },
    );
  });

  it('takes the time zone from the parameter calls.timeZone, never from the host', () => {
    const tokyo = registry([only('calls.timeZone', 'Asia/Tokyo')]);
    const calendar = createCallCalendar(
      builtInCalls.map((call) =>
        call.status === 'announced' ? { ...call, status: 'published' as const } : call,
      ),
      { parameters: tokyo },
    ).data;
    expect(getCall('2024-2', { calendar })?.timeZone).toBe('Asia/Tokyo');
    // 2024-10-10T15:00:00Z is 24:00 in Tokyo; one hour later is 01.00 on the 11th there.
    const options = { calendar, parameters: tokyo } as const;
    const inTokyo = late(validate(submittedAt('2024-10-10T16:00:00Z'), options));
    expect(inTokyo.message).toBe(
      'Ingediend op vrijdag 11 oktober 2024 om 01.00 uur, na de uiterste datum van oproep 2024-2 (donderdag 10 oktober 2024 om 24.00 uur).',
    );
    expect(inTokyo.params.timeZone).toBe('Asia/Tokyo');
    // The host's zone changes nothing.
    for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
      process.env['TZ'] = zone;
      expect(late(validate(submittedAt('2024-10-10T16:00:00Z'), options)).message).toBe(
        inTokyo.message,
      );
      expect(late(validate(submittedAt('2024-10-11T07:00:00Z'))).message).toMatch(
        /^Ingediend op vrijdag 11 oktober 2024 om 09\.00 uur, /,
      );
    }
  });

  it('is rendered the same from its stored params', () => {
    for (const locale of ['nl', 'en'] as const) {
      const issue = late(validate(submittedAt('2024-10-12T10:00:00+02:00'), { locale }));
      expect(issueMessage(JSON.parse(JSON.stringify(issue)), { locale })).toBe(issue.message);
    }
  });
});

describe('a draft judged by the `at` option', () => {
  it('says "beoordeeld op" / "judged on", never "ingediend op"', () => {
    const dutch = late(validate(draft(), { at: '2024-10-11T07:00:00Z' }));
    expect(dutch.message).toBe(
      'Beoordeeld op vrijdag 11 oktober 2024 om 09.00 uur, na de uiterste datum van oproep 2024-2 (donderdag 10 oktober 2024 om 24.00 uur).',
    );
    const english = late(validate(draft(), { at: '2024-10-11T09:00:00+02:00', locale: 'en-GB' }));
    expect(english.message).toMatch(/^Judged on Friday 11 October 2024 at 09:00, after /);
    expect(`${dutch.message} ${english.message}`).not.toMatch(/ingediend|submitted/i);
  });

  it('is at path submittedAt, with params.judgedBy naming the option, never at []', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse('2024-10-10T22:00:00Z'),
          max: Date.parse('2030-01-01T00:00:00Z'),
        }),
        fc.boolean(),
        (epoch, asDraft) => {
          const at = new Date(epoch);
          const result = asDraft
            ? validate(draft(), { at })
            : validate(submittedAt(at.toISOString()), { at: '2024-10-01T12:00:00Z' });
          const issue = late(result);
          expect(issue.path).toEqual(['submittedAt']);
          expect(issue.params.judgedBy).toBe(asDraft ? 'option' : 'submission');
          expect(issue.params.submittedAt).toBe(at.toISOString());
        },
      ),
      { numRuns: 100, seed: 4 },
    );
  });
});
