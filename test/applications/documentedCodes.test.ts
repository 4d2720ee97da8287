import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationRules } from '../../src/applications/index.js';
import { issueCodes } from '../../src/issues/index.js';
import {
  examplesDir,
  loadExample,
  mutate,
  reported,
  structuralCodes,
  validate,
  validFiles,
  withDoc,
} from './fixtures.js';

/**
 * Point 3b of the issue "What a new user hits": every code a proposal can get is listed in
 * docs/json-format.md. The lists there are generated from `issueCodesByGroup` and
 * `applicationRules` (scripts/docs/jsonFormat.ts, checked by `npm run docs:check`); this test
 * checks the other half: that the codes a schema-valid proposal really gets are among them.
 */

const root = resolve(examplesDir, '../..');
const doc = readFileSync(resolve(root, 'docs/json-format.md'), 'utf8');
const issuesSection = doc.slice(doc.indexOf('## Issues'), doc.indexOf('## Enterprise numbers'));
/** Every code named in the Issues section of the docs. */
const documented = new Set(
  [...issuesSection.matchAll(/`([a-z][a-z0-9_]*)`/g)]
    .map((m) => m[1]!)
    .filter((code) => (issueCodes as readonly string[]).includes(code)),
);

const schema = JSON.parse(readFileSync(resolve(root, 'schemas/application.schema.json'), 'utf8'));
const ajvAccepts = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

describe('docs/json-format.md lists every code a proposal can get', () => {
  it('names every structural code and every code of every business rule', () => {
    const expected = [...structuralCodes, ...applicationRules.flatMap((r) => r.codes)];
    expect(expected.filter((code) => !documented.has(code))).toEqual([]);
  });

  it('names amount_out_of_range, which cost lines each valid but adding up past 10^13 euro get', () => {
    const huge = withDoc((d) => {
      d.procurement.costs = [
        { category: 'rd-services', amount: '9999999999999.99' },
        { category: 'rd-services', amount: '9999999999999.99' },
      ];
    });
    expect(ajvAccepts(huge)).toBe(true);
    const codes = reported(validate(huge)).map((i) => i.code);
    expect(codes).toContain('amount_out_of_range');
    expect(documented.has('amount_out_of_range')).toBe(true);
    const rule = applicationRules.find((r) => r.codes.includes('amount_out_of_range'));
    expect(issuesSection).toContain(`| \`${String(rule?.id)}\` |`);
  });

  it('holds for 1,000 random schema-valid proposals: their codes are all listed', () => {
    let valid = 0;
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom(...validFiles),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(
          '2024-10-01T12:00:00+02:00',
          '2024-10-11T12:00:00+02:00',
          '2030-01-01T00:00:00Z',
          undefined,
        ),
        (file, seed, count, at) => {
          const document = mutate(loadExample(file), seed, count);
          if (!ajvAccepts(document)) return;
          valid += 1;
          for (const issue of reported(validate(document, { at }))) {
            seen.add(issue.code);
            expect(documented.has(issue.code), issue.code).toBe(true);
          }
        },
      ),
      { numRuns: 1_000, seed: 31 },
    );
    // Enough of them are schema-valid and get issues for the check to mean something.
    expect(valid).toBeGreaterThan(80);
    expect(seen.size).toBeGreaterThan(4);
  });

  it('has one row per business rule, in the order they run', () => {
    const table = issuesSection.slice(issuesSection.indexOf('| rule | codes |'));
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows.map((row) => row.split('|')[1]!.trim())).toEqual(
      applicationRules.map((r) => `\`${r.id}\``),
    );
  });
});
