import { describe, expect, it } from 'vitest';
import {
  builtInCalls,
  createCallCalendar,
  formatDeadline,
  getCall,
  isOnTime,
} from '../../src/calls/index.js';
import { getParameter } from '../../src/parameters/index.js';
import { recordDecision, replayRecords, verifyRecord } from '../../src/records/index.js';
import { example, expectSchemaValid } from './fixtures.js';

const decidedAt = '2024-05-02T10:00:00+02:00';
const late = '2024-04-19T00:00:00+02:00';
const last = '2024-04-18T23:59:59.999+02:00';

/** The built-in calendar with call 2024-1's deadline moved to another date. */
function movedCalendar(deadlineDate: string) {
  return createCallCalendar(
    builtInCalls.map((c) => (c.id === '2024-1' ? { ...c, deadlineDate } : c)),
  ).data;
}

describe("recordDecision('on-time')", () => {
  it('decides as isOnTime, with the deadline instant, and records its reads', async () => {
    const call = getCall('2024-1')!;
    for (const submittedAt of [last, late]) {
      const { result, record } = await recordDecision(
        'on-time',
        { submittedAt, callId: '2024-1' },
        { decidedAt, locale: 'en' },
      );
      expectSchemaValid(record);
      expect(result.success && result.data.onTime).toBe(isOnTime(call, { at: submittedAt }));
      expect(record.outcome.success && record.outcome.data['deadline']).toBe(
        call.deadline.toISOString(),
      );
      expect(record.rules.calendar?.builtIn).toBe(true);
      expect(record.trace.steps).toEqual([
        {
          type: 'rule',
          id: 'on-time',
          outcome: submittedAt === last ? 'pass' : 'fail',
          reads: ['callId', 'submittedAt'],
          text: formatDeadline(call, { locale: 'en' }),
          issues: [],
        },
      ]);
      const zone = getParameter('calls.timeZone');
      const time = getParameter('calls.deadlineTimeOfDay', { at: '2024-04-18' });
      expect(record.rules.used).toEqual([
        {
          id: 'calls.timeZone',
          validFrom: zone.validFrom,
          value: zone.value,
          status: zone.status,
          source: zone.source,
        },
        {
          id: 'calls.deadlineTimeOfDay',
          validFrom: time.validFrom,
          value: time.value,
          status: time.status,
          source: time.source,
        },
      ]);
      expect((await verifyRecord(record)).status).toBe('reproduced');
    }
  });

  it('takes a call as isOnTime does, also after JSON, or the call a submission counts for', async () => {
    const call = JSON.parse(JSON.stringify(getCall('2024-2')!)) as unknown;
    const given = await recordDecision('on-time', { submittedAt: late, call }, { decidedAt });
    expect(given.result.success && given.result.data).toMatchObject({
      callId: '2024-2',
      onTime: true,
    });
    expect(given.record.trace.steps[0]).toMatchObject({ reads: ['call', 'submittedAt'] });
    const counted = await recordDecision('on-time', { submittedAt: late }, { decidedAt });
    expect(counted.result.success && counted.result.data.callId).toBe('2024-2');
    for (const r of [given.record, counted.record]) {
      expectSchemaValid(r);
      expect((await verifyRecord(r)).status).toBe('reproduced');
    }
  });

  it('reports every problem of its input as an issue of the result', async () => {
    const { result, record } = await recordDecision(
      'on-time',
      { submittedAt: '2024-04-18T12:00', callId: '2099-9', extra: 1 },
      { decidedAt },
    );
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_key', ['extra']],
      ['ambiguous_time', ['submittedAt']],
      ['unknown_call', ['callId']],
    ]);
    expectSchemaValid(record);
    expect(record.rules.used).toEqual([]);
    const bad = await recordDecision(
      'on-time',
      {
        submittedAt: late,
        call: { id: 3, deadline: '2024-04-18T22:00:00Z', deadlineDate: '2024-13-01' },
      },
      { decidedAt },
    );
    expect(bad.result.success ? [] : bad.result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['call', 'id']],
      ['invalid_date', ['call', 'deadlineDate']],
    ]);
    expect(
      (await recordDecision('on-time', { submittedAt: late, call: 'x' }, { decidedAt })).result,
    ).toMatchObject({ success: false, issues: [{ code: 'invalid_type', path: ['call'] }] });
    const none = await recordDecision('on-time', [], { decidedAt });
    expect(none.result.success ? [] : none.result.issues.map((i) => i.code)).toEqual([
      'invalid_type',
    ]);
  });

  it('a deadline moved in a supplied calendar changes the record', async () => {
    const recorded = movedCalendar('2024-04-25');
    const { record } = await recordDecision(
      'on-time',
      { submittedAt: late, callId: '2024-1' },
      { decidedAt, calendar: recorded },
    );
    expect(record.outcome.success && record.outcome.data['onTime']).toBe(true);
    expect(record.rules.calendar?.builtIn).toBe(false);
    // Verify: the recorded calendar is needed, and with it the record is reproduced.
    expect(await verifyRecord(record)).toMatchObject({
      status: 'differs',
      rules: { calendar: 'missing' },
    });
    expect(await verifyRecord(record, { calendar: recorded })).toMatchObject({
      status: 'reproduced',
      rules: { calendar: 'supplied' },
    });
    // Replay under the built-in calendar (deadline 18 April): late now.
    const report = await replayRecords([record], { calendar: movedCalendar('2024-04-18') });
    expect(report.summary.changed).toBe(1);
    const [entry] = report.records;
    expect(entry?.status).toBe('changed');
    expect(entry?.differences).toEqual(
      expect.arrayContaining([
        { part: 'outcome', path: ['data', 'onTime'], before: true, after: false },
        {
          part: 'outcome',
          path: ['data', 'deadline'],
          before: '2024-04-25T22:00:00.000Z',
          after: '2024-04-18T22:00:00.000Z',
        },
      ]),
    );
    // The same calendar again: unchanged.
    expect((await replayRecords([record], { calendar: recorded })).summary.changed).toBe(0);
  });
});

describe('the parameter versions a validation reads', () => {
  const proposal = example('city-pcp.json') as Record<string, unknown>;

  it('lists the deadline lookups of its call beside the cited versions', async () => {
    const { record } = await recordDecision('validation', proposal, { decidedAt });
    const ids = record.rules.used.map((p) => `${p.id}@${p.validFrom}`);
    const time = getParameter('calls.deadlineTimeOfDay', { at: '2024-10-10' });
    expect(ids.slice(0, 2)).toEqual([
      `calls.timeZone@${getParameter('calls.timeZone').validFrom}`,
      `calls.deadlineTimeOfDay@${time.validFrom}`,
    ]);
    expect(ids).not.toContain(`decision.body@${getParameter('decision.body').validFrom}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the decision body when the requested amount is above the indicative cap', async () => {
    const above = {
      ...proposal,
      procurement: {
        ...(proposal['procurement'] as object),
        costs: [{ category: 'rd-services', amount: '3000000.00' }],
      },
      support: { guidance: true, cofinancing: { requested: '1200000.00' } },
    };
    const { result, record } = await recordDecision('validation', above, { decidedAt });
    expect(result.success && result.warnings.map((w) => w.code)).toContain(
      'cofinancing_above_indicative_cap',
    );
    const body = getParameter('decision.body', { at: '2024-10-10' });
    expect(record.rules.used).toContainEqual({
      id: 'decision.body',
      validFrom: body.validFrom,
      value: body.value,
      status: body.status,
      source: body.source,
    });
    expectSchemaValid(record);
    expect((await verifyRecord(record)).status).toBe('reproduced');
  });

  it('lists the programme zone of the registry for a proposal without a call', async () => {
    const draft = { ...proposal };
    delete draft['callId'];
    const { record } = await recordDecision('validation', draft, { decidedAt });
    expect(record.rules.used.filter((p) => p.id.startsWith('calls.')).map((p) => p.id)).toEqual([
      'calls.timeZone',
    ]);
  });
});
