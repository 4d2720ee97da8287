import { describe, expect, it } from 'vitest';
import * as calls from '../../src/calls/index.js';
import { withoutTheWorld } from '../helpers/withoutTheWorld.js';

describe('calls purity', () => {
  it('never reads the clock, the environment or randomness', () => {
    const result = withoutTheWorld(() => {
      const { data: calendar } = calls.createCallCalendar([
        ...calls.builtInCalls,
        {
          id: '2027-1',
          year: 2027,
          kind: 'regular',
          deadlineDate: '2027-05-06',
          title: { nl: 'x', en: 'x' },
        },
      ]);
      const call = calls.callForSubmission({ at: '2027-05-06T23:59:59.999+02:00', calendar })!;
      return {
        id: call.id,
        onTime: calls.isOnTime(call, { at: '2027-05-06T23:59:59.999+02:00' }),
        status: calls.callStatus(call, { at: '2027-01-01T00:00:00Z' }),
        text: calls.formatDeadline(call),
        next: calls.nextDeadline({ at: '2027-05-07T00:00:00+02:00', calendar })!.id,
        count: calls.getCalls({ calendar }).length,
        safe: calls.safeCreateCallCalendar([{ id: 1 }], { locale: 'en' }).success,
      };
    });
    expect(result).toEqual({
      id: '2027-1',
      onTime: true,
      status: 'open',
      text: 'donderdag 6 mei 2027 om 24.00 uur',
      next: '2027-2',
      count: 43, // 2017..2037 (ten years after 2027): 21 × 2 regular + 1 thematic
      safe: false,
    });
  });
});
