import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { withoutTheWorld } from './helpers/withoutTheWorld.js';

/**
 * The library never reads the clock, the environment, randomness or the network: with all of
 * them stubbed to throw, every entry point still works. (That it never touches the file system
 * or any Node built-in is checked statically by the linter and by the browser bundle in the
 * consumer test.)
 */
describe('purity', () => {
  it('works with the clock, environment, randomness and network stubbed to throw', () => {
    const results = withoutTheWorld(() => ({
      formatted: lib.formatEur(lib.eur('1234.5')),
      allocated: lib.allocate(lib.eur('1'), ['1', '2']).map(String),
      cap: lib.getParameter('cofinancing.cap', '2024-10-10T12:00:00+02:00').value,
      count: lib.listParameters({ at: '2019-06-14' }).length,
      deadline: lib.endOfZonedDay('2024-04-18').toISOString(),
      error: (() => {
        try {
          lib.eur('x');
          return undefined;
        } catch (error) {
          return error;
        }
      })(),
    }));
    expect(results).toMatchObject({
      formatted: '€ 1.234,50',
      allocated: ['0.33', '0.67'],
      cap: '1000000.00',
      deadline: '2024-04-18T22:00:00.000Z',
    });
    expect(results.count).toBeGreaterThan(3);
    expect(results.error).toBeInstanceOf(lib.PioRulesError);
  });

  it('validates, computes and assesses a proposal with the world stubbed to throw', () => {
    const document: unknown = JSON.parse(
      readFileSync('examples/applications/city-pcp.json', 'utf8'),
    );
    const results = withoutTheWorld(() => {
      const checked = lib.validateApplication(document, { at: '2024-10-01T12:00:00+02:00' });
      if (!checked.success) return { valid: false };
      const assessment = lib.assessApplication(checked.application, {
        scores: {
          'market-gap': 8,
          'rd-needed': 8,
          need: 8,
          'end-users-and-support-base': 8,
          team: 8,
          'procurement-route': 8,
        },
      });
      return {
        valid: true,
        maximum: checked.cofinancing.maximum.amount,
        explained: lib.explainCofinancing(checked.cofinancing, { locale: 'en' }).length,
        decision: assessment.decision,
        motivation: lib.explainAssessment(assessment).length,
        quickScan: lib.innovationQuickScan({
          solutionExists: 'no',
          rdNeeded: true,
          endUserAndSupportBase: true,
          procurementForeseen: true,
        }).light,
        expertise: lib.computeExpertiseSupport({ requested: '35000.00' }).warnings.length,
        next: lib.nextDeadline('2026-11-25T10:00:00+01:00')?.id,
      };
    });
    expect(results).toMatchObject({
      valid: true,
      decision: 'admitted',
      quickScan: 'green',
      expertise: 1,
      next: '2027-1',
    });
    expect(results.explained).toBeGreaterThan(3);
    expect(results.motivation).toBeGreaterThan(100);
  });

  it('notices a read of the clock', () => {
    expect(() => withoutTheWorld(() => Date.now())).toThrow('the clock');
    expect(() => withoutTheWorld(() => new Date())).toThrow('the clock');
  });
});
