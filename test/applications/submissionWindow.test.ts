import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeValidateApplication } from '../../src/applications/index.js';
import { builtInCalls, callStatus, getCall, getCalls } from '../../src/calls/index.js';
import { computeCofinancing, explainCofinancing } from '../../src/cofinancing/index.js';
import type { PioIssue } from '../../src/issues/index.js';
import { reported, withDoc } from './fixtures.js';

/** The issues of the rule on-time of a proposal for `callId` submitted at `submittedAt`. */
function windowIssues(callId: string, submittedAt: string, locale = 'nl'): PioIssue[] {
  const doc = withDoc((d) => {
    d.callId = callId;
    d.submittedAt = submittedAt;
  });
  return reported(safeValidateApplication(doc, { locale })).filter((i) =>
    [
      'submitted_after_deadline',
      'submitted_before_opening',
      'deadline_not_published',
      'submission_time_unknown',
    ].includes(i.code),
  );
}

const codes = (issues: readonly PioIssue[]): string[] => issues.map((i) => i.code);

describe('a proposal for a call whose deadline is announced or projected', () => {
  it('is warned that the deadline of each call of 2024 is announced, in both languages', () => {
    for (const [id, submittedAt] of [
      ['2024-1', '2024-04-01T10:00:00+02:00'],
      ['2024-2', '2024-10-01T10:00:00+02:00'],
    ] as const) {
      expect(getCall(id)!.status).toBe('announced');
      const [nl] = windowIssues(id, submittedAt);
      expect(nl).toMatchObject({
        code: 'deadline_not_published',
        severity: 'warning',
        path: ['callId'],
        params: { callId: id, status: 'announced', deadlineTimeOfDay: '24:00' },
        source: getCall(id)!.source,
      });
      expect(nl!.message).toContain('aangekondigd');
      expect(nl!.message).not.toContain('verwacht');
      const [en] = windowIssues(id, submittedAt, 'en');
      expect(en!.message).toContain('announced');
      expect(en!.message).not.toContain('expected');
    }
  });

  it('is warned that a projected deadline is expected, naming the kind', () => {
    const [nl] = windowIssues('2027-1', '2027-03-01T10:00:00+01:00');
    expect(nl?.params).toEqual({
      callId: '2027-1',
      status: 'projected',
      deadlineDate: '2027-04-15',
      deadlineTimeOfDay: '24:00',
    });
    expect(nl!.message).toContain('verwacht');
    expect(windowIssues('2027-1', '2027-03-01T10:00:00+01:00', 'en')[0]!.message).toContain(
      'expected',
    );
    // 2017-1: its day was published only as "midden juni".
    expect(codes(windowIssues('2017-1', '2017-05-01T10:00:00+02:00'))).toEqual([
      'deadline_not_published',
    ]);
  });

  it('is still told when it is late, and the warning comes after the error', () => {
    expect(codes(windowIssues('2024-2', '2024-10-11T00:00:00+02:00'))).toEqual([
      'submitted_after_deadline',
      'deadline_not_published',
    ]);
  });

  it('is not warned for a published deadline', () => {
    for (const call of getCalls({ to: '2024-01-01T00:00:00Z' }).filter(
      (c) => c.status === 'published',
    )) {
      const before = new Date(call.deadline.getTime() - 1).toISOString();
      expect(codes(windowIssues(call.id, before)), call.id).toEqual([]);
    }
  });
});

describe('a proposal submitted before its call opened', () => {
  it('is warned for 2017-2, submitted on 1 September 2017 (it opened on 27 September)', () => {
    const issues = windowIssues('2017-2', '2017-09-01T12:00:00+02:00');
    expect(issues.map((i) => [i.code, i.severity, i.path, i.params])).toEqual([
      [
        'submitted_before_opening',
        'warning',
        ['submittedAt'],
        {
          callId: '2017-2',
          opensAt: '2017-09-26T22:00:00.000Z',
          submittedAt: '2017-09-01T10:00:00.000Z',
          timeZone: 'Europe/Brussels',
          judgedBy: 'submission',
        },
      ],
    ]);
    expect(issues[0]!.message).toBe(
      'Ingediend op vrijdag 1 september 2017 om 12.00 uur, vóór de opening van oproep 2017-2 (woensdag 27 september 2017 om 00.00 uur): dien het voorstel in zodra de oproep open is, of vraag het PIO-team of het meetelt.',
    );
    expect(windowIssues('2017-2', '2017-09-01T12:00:00+02:00', 'en')[0]!.message).toContain(
      'before call 2017-2 opened',
    );
  });

  it('is not warned from the instant the call opens', () => {
    expect(codes(windowIssues('2017-2', '2017-09-26T23:59:59.999+02:00'))).toEqual([
      'submitted_before_opening',
    ]);
    expect(codes(windowIssues('2017-2', '2017-09-27T00:00:00+02:00'))).toEqual([]);
  });

  it('says which instant it judged: a draft judged at the option at', () => {
    const draft = withDoc((d) => {
      d.callId = '2017-2';
      delete d.submittedAt;
    });
    const result = safeValidateApplication(draft, { at: '2017-09-01T12:00:00+02:00' });
    const warning = reported(result).find((i) => i.code === 'submitted_before_opening');
    expect(warning?.params).toMatchObject({ judgedBy: 'option' });
    expect(warning?.message).toMatch(/^Beoordeeld op /);
  });

  it('says nothing for a call whose opening is not known, whatever its derived openFrom', () => {
    // 2019-2 has no published opening: its openFrom is the deadline of 2019-1, a derivation.
    const call = getCall('2019-2')!;
    expect(call.opensAt).toBeUndefined();
    expect(callStatus(call, { at: '2019-01-01T12:00:00+01:00' })).toBe('upcoming');
    expect(codes(windowIssues('2019-2', '2019-01-01T12:00:00+01:00'))).toEqual([]);
    // Nor for 2024-2 submitted in 2019: only that its deadline is announced.
    expect(codes(windowIssues('2024-2', '2019-01-01T12:00:00+01:00'))).toEqual([
      'deadline_not_published',
    ]);
  });

  it('is warned exactly before the published opening of every built-in call that has one', () => {
    const opened = builtInCalls.filter((c) => c.opensAt !== undefined).map((c) => getCall(c.id)!);
    expect(opened.map((c) => c.id)).toEqual([
      '2017-1',
      '2017-2',
      '2019-1',
      '2020-circular-economy',
    ]);
    fc.assert(
      fc.property(
        fc.constantFrom(...opened),
        fc.integer({ min: -400 * 86_400_000, max: 400 * 86_400_000 }),
        (call, offset) => {
          const at = new Date(call.opensAt!.getTime() + offset);
          const found = codes(windowIssues(call.id, at.toISOString()));
          expect(found.includes('submitted_before_opening')).toBe(offset < 0);
          expect(found.includes('submitted_after_deadline')).toBe(at >= call.deadline);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('is never warned for a call without a published opening', () => {
    const unopened = getCalls({ from: '2017-01-01T00:00:00Z', to: '2030-12-31T00:00:00Z' }).filter(
      (c) => c.opensAt === undefined,
    );
    expect(unopened.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(
        fc.constantFrom(...unopened),
        fc.integer({ min: 0, max: 3 * 365 * 86_400_000 }),
        (call, before) => {
          const at = new Date(call.deadline.getTime() - 1 - before).toISOString();
          expect(codes(windowIssues(call.id, at))).not.toContain('submitted_before_opening');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the explanation of the rules applied', () => {
  it('says when the call whose deadline picked the rules is announced or projected', () => {
    const result = safeValidateApplication(withDoc(() => undefined));
    if (!result.success) throw new Error('expected a valid proposal');
    expect(result.data.cofinancing.explanation[0]).toMatchObject({
      code: 'parameters_at_call',
      params: { callId: '2024-2', date: '2024-10-10', status: 'announced' },
    });
    expect(explainCofinancing(result.data.cofinancing)[0]).toBe(
      'Regels zoals van kracht op de uiterste indieningsdatum van oproep 2024-2 (10 oktober 2024, aangekondigd)',
    );
    expect(explainCofinancing(result.data.cofinancing, { locale: 'en' })[0]).toBe(
      'Rules in force on the deadline of call 2024-2 (10 October 2024, announced)',
    );
    const line = { estimatedCost: '100000.00' };
    const at = (id: string) => computeCofinancing(line, { at: getCall(id)! }).data;
    expect(explainCofinancing(at('2027-1'), { locale: 'en' })[0]).toBe(
      'Rules in force on the deadline of call 2027-1 (15 April 2027, expected)',
    );
    expect(explainCofinancing(at('2019-2'), { locale: 'en' })[0]).toBe(
      'Rules in force on the deadline of call 2019-2 (13 December 2019)',
    );
    // A call-like `at` that says nothing of its status says nothing of it either.
    expect(
      computeCofinancing(line, { at: { id: '2024-2', deadlineDate: '2024-10-10' } }).data
        .explanation[0]?.params,
    ).toEqual({ callId: '2024-2', date: '2024-10-10' });
  });
});
