import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  recordDecision,
  replayRecords,
  verifyRecord,
  type DecisionRecord,
} from '../../src/records/index.js';
import {
  baseCents,
  cofinancingInput,
  example,
  expectSchemaValid,
  registryWithCap,
} from './fixtures.js';

const decidedAt = '2025-03-01T09:30:00+01:00';
const TWO_MILLION = 200_000_000n; // in cents

async function generated(count: number): Promise<DecisionRecord[]> {
  const inputs = fc.sample(cofinancingInput, { numRuns: count, seed: 16 });
  // The edges: exactly 2,000,000.00 (unchanged) and one euro more (changed).
  inputs.push({ estimatedCost: '2000000.00' }, { estimatedCost: '2000001.00' });
  const made: DecisionRecord[] = [];
  for (const input of inputs)
    made.push((await recordDecision('cofinancing', input, { decidedAt, at: '2025-01-01' })).record);
  return made;
}

async function* streamed(lines: readonly string[]): AsyncGenerator<unknown> {
  // One record at a time, as a stream of NDJSON lines gives them.
  for (const line of lines) yield await Promise.resolve(JSON.parse(line) as unknown);
}

describe('replayRecords', () => {
  it('with the cap raised to 1,500,000.00, changes exactly the records whose base exceeds 2,000,000.00', async () => {
    const records = await generated(1000);
    expect(records.length).toBeGreaterThanOrEqual(1000);
    for (const record of records) expectSchemaValid(record);
    const above = records.filter((r) => (baseCents(r) ?? 0n) > TWO_MILLION);
    // The set has both kinds of record, and failures (no eligible line) too.
    expect(above.length).toBeGreaterThan(100);
    expect(records.length - above.length).toBeGreaterThan(100);

    const stored = records.map((r) => canonicalJson(r));
    const same = await replayRecords(streamed(stored));
    expect(same.summary).toMatchObject({ records: records.length, changed: 0, tampered: 0 });

    const { records: replayed, summary } = await replayRecords(streamed(stored), {
      parameters: registryWithCap('1500000.00'),
    });
    const changed = replayed.filter((r) => r.status === 'changed').map((r) => r.index);
    const expected = records.flatMap((r, i) => ((baseCents(r) ?? 0n) > TWO_MILLION ? [i] : []));
    expect(changed).toEqual(expected);
    expect(summary.changed).toBe(expected.length);
    expect(summary.unchanged).toBe(records.length - expected.length);

    for (const i of expected) {
      const entry = replayed[i]!;
      const base = baseCents(records[i]!)!;
      // Before: half the base, rounded down, at most 1,000,000.00; after: at most 1,500,000.00.
      const half = base / 2n;
      const cents = (text: string | null) => BigInt(text!.replace('.', ''));
      expect(cents(entry.maximum.before)).toBe(half < 100_000_000n ? half : 100_000_000n);
      expect(cents(entry.maximum.after)).toBe(half < 150_000_000n ? half : 150_000_000n);
      expect(entry.differences.map((d) => d.path.join('.'))).toContain('data.maximum');
    }
    const total = (key: 'before' | 'after') =>
      replayed.reduce((sum, r) => sum + BigInt((r.maximum[key] ?? '0.00').replace('.', '')), 0n);
    expect(BigInt(summary.totalMaximum.before.replace('.', ''))).toBe(total('before'));
    expect(BigInt(summary.totalMaximum.after.replace('.', ''))).toBe(total('after'));
    expect(total('after')).toBeGreaterThan(total('before'));
  }, 60_000);

  it('reports codes added and removed, and counts a tampered record without replaying it', async () => {
    const { record } = await recordDecision(
      'cofinancing',
      { estimatedCost: '2400000.00', requested: '1200000.00' },
      { decidedAt },
    );
    const tampered = { ...record, outcome: { ...record.outcome, digest: '0'.repeat(64) } };
    const broken = JSON.parse(canonicalJson(record).replace('2400000.00', '2400000.01')) as unknown;
    const refused = (await recordDecision('cofinancing', { costs: [] }, { decidedAt })).record;
    const validated = (
      await recordDecision('validation', example('city-pcp.json'), { decidedAt, at: decidedAt })
    ).record;
    const under = await replayRecords([refused, validated], {
      parameters: registryWithCap('1500000.00'),
    });
    expect(under.records.map((r) => [r.status, r.maximum.before, r.codesAdded])).toEqual([
      ['unchanged', null, []],
      ['unchanged', '750000.00', []],
    ]);
    expect(under.summary).toMatchObject({ succeeded: { before: 1, after: 1 } });
    const entries: unknown[] = [];
    const report = await replayRecords([record, broken, 'not a record', tampered], {
      parameters: registryWithCap('1500000.00'),
      onRecord: (entry) => {
        entries.push(entry);
      },
    });
    expect(report.records).toEqual([]);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatchObject({
      status: 'changed',
      maximum: { before: '1000000.00', after: '1200000.00' },
      granted: { before: '1000000.00', after: '1200000.00' },
      codesRemoved: ['requested_above_maximum'],
      codesAdded: [],
    });
    expect(report.summary).toMatchObject({ records: 4, changed: 1, unchanged: 0, tampered: 3 });
    expect((await verifyRecord(broken)).tampered).toEqual(['input']);
  });
});
