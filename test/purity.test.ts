import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { withoutTheWorld } from './helpers/withoutTheWorld.js';

/**
 * The library never reads the clock, the environment, randomness or the network: with all of
 * them stubbed to throw, every step of the flow still works (validate, cofinance, assess, quick
 * scan, next deadline). Nor does the host's time zone change a result: the flow gives the same
 * answers under zones west and east of UTC (and `scripts/tz-matrix.mjs` runs the time and
 * formatting tests under several TZ and LANG pairs). That it never touches the file system or
 * any Node built-in is checked statically by the linter and by the browser bundle in the
 * consumer test.
 */

const document: unknown = JSON.parse(readFileSync('examples/applications/city-pcp.json', 'utf8'));
const scores = {
  'market-gap': 8,
  'rd-needed': 8,
  need: 8,
  'end-users-and-support-base': 8,
  team: 8,
  'procurement-route': 8,
};

/** The whole flow of an app, as plain data (Dates as ISO strings). */
function flow() {
  const at = '2024-10-01T12:00:00+02:00';
  const checked = lib.validateApplication(document, { at, locale: 'en' }).data;
  const assessment = lib.assessApplication(checked.application, { scores }, { at }).data;
  const scan = lib.innovationQuickScan({
    solutionExists: 'no',
    rdNeeded: true,
    endUserAndSupportBase: true,
    procurementForeseen: true,
  }).data;
  const next = lib.nextDeadline({ at: '2026-11-25T10:00:00+01:00' });
  const expertise = lib.computeExpertiseSupport({ requested: '35000.00' }, { locale: 'en' });
  return JSON.parse(
    JSON.stringify({
      formatted: [
        lib.formatEur(lib.eur('1234.5')),
        lib.formatEur(lib.eur('1234.5'), { locale: 'en' }),
      ],
      allocated: lib.money.allocate(lib.eur('1'), ['1', '2']).map((m) => m.amount),
      cap: lib.getParameter('cofinancing.cap', { at: '2024-10-10T12:00:00+02:00' }).value,
      parameters: lib.listParameters({ at: '2019-06-14' }).length,
      deadline: lib.getCall('2024-1')!.deadline.toISOString(),
      formattedDeadline: lib.formatDeadline(lib.getCall('2024-1')!, { locale: 'en' }),
      status: lib.callStatus(lib.getCall('2024-2')!, { at }),
      onTime: lib.isOnTime(lib.getCall('2024-2')!, { at: '2024-10-10T23:59:59+02:00' }),
      submission: lib.callForSubmission({ at })?.id,
      maximum: checked.cofinancing.maximum.amount,
      explained: lib.explainCofinancing(checked.cofinancing, { locale: 'en' }),
      decision: assessment.decision,
      motivation: lib.explainAssessment(assessment),
      quickScan: scan.light,
      quickScanText: lib.explainQuickScan(scan, { locale: 'en' }),
      expertise: expertise.warnings.map((w) => w.message),
      next: next?.id,
      nextDeadline: next?.deadline,
      calls2024: lib.getCalls({ year: 2024 }).map((c) => [c.id, c.deadline, c.openFrom]),
      error: (() => {
        try {
          lib.eur('x');
          return undefined;
        } catch (error) {
          return lib.isPioRulesError(error) ? error.issues : String(error);
        }
      })(),
    }),
  ) as Record<string, any>;
}

describe('purity', () => {
  it('runs the whole flow with the clock, environment, randomness and network stubbed to throw', () => {
    const results = withoutTheWorld(flow);
    expect(results).toMatchObject({
      formatted: ['€ 1.234,50', '€1,234.50'],
      allocated: ['0.33', '0.67'],
      cap: '1000000.00',
      deadline: '2024-04-18T22:00:00.000Z',
      status: 'open',
      onTime: true,
      submission: '2024-2',
      maximum: '750000.00',
      decision: 'admitted',
      quickScan: 'green',
      next: '2027-1',
    });
    expect(results['parameters']).toBeGreaterThan(3);
    expect(results['explained'].length).toBeGreaterThan(3);
    expect(results['motivation'].length).toBeGreaterThan(10);
    expect(results['expertise']).toHaveLength(1);
    expect(results['error'][0].code).toBe('invalid_amount');
  });

  it('notices a read of the clock, the environment, randomness or the network', () => {
    expect(() => withoutTheWorld(() => Date.now())).toThrow('the clock');
    expect(() => withoutTheWorld(() => new Date())).toThrow('the clock');
    expect(() => withoutTheWorld(() => performance.now())).toThrow('the clock');
    expect(() => withoutTheWorld(() => Math.random())).toThrow('randomness');
    expect(() => withoutTheWorld(() => process.env['TZ'])).toThrow('the environment');
    expect(() => withoutTheWorld(() => fetch('https://example.org'))).toThrow('the network');
  });
});

describe('the host time zone', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  it('changes no result of the flow', () => {
    const answers = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kathmandu'].map(
      (zone) => {
        process.env['TZ'] = zone;
        // The zone took effect in this process (else this test could not fail).
        const offset = new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset();
        return { zone, offset, results: flow() };
      },
    );
    expect(new Set(answers.map((a) => a.offset)).size).toBe(answers.length);
    for (const { zone, results } of answers.slice(1))
      expect(results, zone).toEqual(answers[0]!.results);
  });
});
