// `recordValidation` is `recordDecision('validation', …)` without the other kinds' code: the
// same record, byte for byte, for every input and every option; and a bundle of it alone
// carries no code of the assessment or the quick scan (what the web page relies on).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import esbuild from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPioRulesError } from '../../src/issues/index.js';
import { recordDecision, recordValidation, verifyRecord } from '../../src/records/index.js';
import { example, expectSchemaValid, registryWithCap } from './fixtures.js';

const decidedAt = '2024-10-01T12:00:00+02:00';
const examples = readdirSync(resolve(import.meta.dirname, '../../examples/applications'))
  .filter((name) => name.endsWith('.json') && name !== 'expected-issues.json')
  .sort();

/** What a call gives: the record and result, or the rejection's code. */
async function outcome(make: () => Promise<unknown>): Promise<unknown> {
  try {
    return await make();
  } catch (error) {
    if (isPioRulesError(error)) return { rejected: error.issues.map((i) => [i.code, i.path]) };
    throw error;
  }
}

describe('recordValidation', () => {
  it('makes the record recordDecision makes, for every example proposal', async () => {
    expect(examples.length).toBeGreaterThan(5);
    for (const name of examples) {
      const proposal = example(name);
      const options = { decidedAt, at: decidedAt, locale: 'nl' } as const;
      const own = await recordValidation(proposal, options);
      const general = await recordDecision('validation', proposal, options);
      expect(own, name).toEqual(general);
      expect(own.record.kind).toBe('validation');
      expectSchemaValid(own.record);
      expect((await verifyRecord(own.record)).status, name).toBe('reproduced');
    }
  });

  it('is recordDecision("validation") for any input and options (property)', async () => {
    const registry = registryWithCap('1500000.00');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...examples.map((name) => example(name))),
          fc.jsonValue({ maxDepth: 3 }),
        ),
        fc.record(
          {
            decidedAt: fc.constantFrom(decidedAt, 'not a time', 1_700_000_000_000),
            at: fc.constantFrom(decidedAt, '2024-04-18T18:00:00+02:00', 'later'),
            locale: fc.constantFrom('nl', 'en', 'en-GB'),
            parameters: fc.constant(registry),
          },
          { requiredKeys: [] },
        ),
        async (input, options) => {
          const given = options as Parameters<typeof recordValidation>[1];
          expect(await outcome(() => recordValidation(input, given))).toEqual(
            await outcome(() => recordDecision('validation', input, given)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves the code of the other kinds out of a bundle that uses it alone', async () => {
    const bundle = async (name: string): Promise<string> => {
      const { outputFiles } = await esbuild.build({
        stdin: {
          contents: `export { ${name} } from './src/records/index.ts';`,
          resolveDir: resolve(import.meta.dirname, '../..'),
          sourcefile: 'entry.ts',
        },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'error',
      });
      return outputFiles[0]?.text ?? '';
    };
    const own = await bundle('recordValidation');
    const general = await bundle('recordDecision');
    // Function names survive an unminified bundle: the other kinds' entry points.
    for (const name of ['safeAssessApplication', 'safeInnovationQuickScan']) {
      expect(general).toContain(`function ${name}(`);
      expect(own).not.toContain(`function ${name}(`);
    }
    expect(own).toContain('function safeValidateApplication(');
  });
});
