import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildApplicationJsonSchema } from '../../scripts/applicationJsonSchema.js';
import {
  exampleFiles,
  examplesDir,
  hasStructuralIssue,
  loadExample,
  mutate,
  validate,
  validFiles,
} from './fixtures.js';

const schemaFile = resolve(examplesDir, '../../schemas/application.schema.json');
const committed = readFileSync(schemaFile, 'utf8');
const schema = JSON.parse(committed) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const ajvValidate = ajv.compile(schema);

function ajvAccepts(document: unknown): boolean {
  return ajvValidate(document);
}

describe('schemas/application.schema.json', () => {
  it('is current (run `npx tsx scripts/generate-schema.ts` after changing the zod schema)', () => {
    expect(committed).toBe(`${JSON.stringify(buildApplicationJsonSchema(), null, 2)}\n`);
  });

  it('is JSON Schema 2020-12 that ajv compiles in strict mode', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof ajvValidate).toBe('function');
  });

  it('says which rules only validateApplication checks', () => {
    const description = String(schema['description']);
    for (const words of ['deadline', 'eligible', 'cofinancing', '50%', 'indicative cap', 'mod 97'])
      expect(description).toContain(words);
  });

  it('has a stable key order', () => {
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', 'title', 'description', 'type']);
    expect(JSON.stringify(buildApplicationJsonSchema())).toBe(
      JSON.stringify(buildApplicationJsonSchema()),
    );
  });
});

describe('ajv and validateApplication agree on the structure', () => {
  it.each(exampleFiles)('on %s', (file) => {
    const document = loadExample(file);
    const result = validate(document);
    expect(ajvAccepts(document)).toBe(!hasStructuralIssue(result));
  });

  it('accepts every valid example', () => {
    for (const file of validFiles) expect(ajvAccepts(loadExample(file))).toBe(true);
  });

  it('on 1,500 generated mutations of the valid examples', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...validFiles),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 3 }),
        (file, seed, count) => {
          const document = mutate(loadExample(file), seed, count);
          const ajvVerdict = ajvAccepts(document);
          const result = validate(document);
          runs += 1;
          if (ajvVerdict) accepted += 1;
          expect(
            { ajv: ajvVerdict, structural: hasStructuralIssue(result) },
            JSON.stringify({
              file,
              seed,
              count,
              errors: ajvValidate.errors,
              issues: result.success ? [] : result.issues,
            }),
          ).toEqual({ ajv: ajvVerdict, structural: !ajvVerdict });
        },
      ),
      { numRuns: 1_500, seed: 20_241_010 },
    );
    expect(runs).toBe(1_500);
    // Both verdicts occur often enough for the agreement to mean something.
    expect(accepted).toBeGreaterThan(50);
    expect(runs - accepted).toBeGreaterThan(750);
  });
});
