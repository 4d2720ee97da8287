import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPioRulesError } from '../../src/issues/index.js';
import {
  canonicalJson,
  recordDecision,
  replayRecords,
  sha256Hex,
  verifyRecord,
  type DecisionKind,
} from '../../src/records/index.js';

const kinds: readonly DecisionKind[] = [
  'validation',
  'cofinancing',
  'assessment',
  'quick-scan',
  'on-time',
];
const decidedAt = '2024-10-01T12:00:00+02:00';

/** What a promise ends with: `ok`, a PioRulesError's code, or `other: ...` (a defect). */
async function ending(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return isPioRulesError(error) ? error.code : `other: ${String(error)}`;
  }
}

describe('the records functions on any input', () => {
  it('recordDecision resolves or rejects with a PioRulesError, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...kinds),
        fc.anything({ withDate: true, withMap: true, withNullPrototype: true }),
        fc.anything(),
        async (kind, input, at) => {
          const end = await ending(recordDecision(kind, input, { decidedAt, at: at as never }));
          expect(end).not.toMatch(/^other/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses an `at` that JSON cannot hold with a PioRulesError (found by the property above)', async () => {
    for (const at of [Number.POSITIVE_INFINITY, Number.NaN])
      expect(await ending(recordDecision('validation', 0, { decidedAt, at }))).toBe('invalid_time');
  });

  it('verifyRecord never rejects for any value: a value that is not a record is tampered', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ withDate: true, withNullPrototype: true }), async (value) => {
        const report = await verifyRecord(value);
        expect(report.status).toBe('tampered');
      }),
      { numRuns: 300 },
    );
  });

  it('replayRecords counts anything that is not a record as tampered', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.anything(), { maxLength: 5 }), async (values) => {
        const { summary } = await replayRecords(values);
        expect(summary).toMatchObject({ records: values.length, tampered: values.length });
      }),
      { numRuns: 100 },
    );
  });

  it('canonicalJson returns text or throws a PioRulesError; sha256Hex takes any text', async () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withMap: true, withBigInt: true }), (value) => {
        try {
          expect(typeof canonicalJson(value)).toBe('string');
        } catch (error) {
          expect(isPioRulesError(error)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        expect(await sha256Hex(text)).toMatch(/^[0-9a-f]{64}$/);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses options that are not rules', async () => {
    expect(await ending(verifyRecord({}, { parameters: {} as never }))).toBe('invalid_type');
    expect(await ending(replayRecords([], { calendar: 'x' as never }))).toBe('invalid_type');
  });
});
