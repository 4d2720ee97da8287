import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateApplication } from '../../src/applications/index.js';
import { createApplicationJsonSchema } from '../../src/applications/schema/applicationJsonSchema.js';
import {
  EXAMPLE_AT,
  exampleFiles,
  examplesDir,
  hasStructuralIssue,
  loadExample,
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

type Segment = string | number;
type Mutation = (doc: any, rng: () => number) => void;

function nodes(value: unknown, path: Segment[] = []): { path: Segment[]; value: unknown }[] {
  const here = path.length === 0 ? [] : [{ path, value }];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, i) => nodes(item, [...path, i]))];
  if (typeof value === 'object' && value !== null)
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, child]) => nodes(child, [...path, key])),
    ];
  return here;
}

function parentOf(doc: any, path: Segment[]): any {
  let current = doc;
  for (const key of path.slice(0, -1)) current = current[key];
  return current;
}

function setOwn(target: any, key: Segment, value: unknown): void {
  // defineProperty, so a key such as "__proto__" becomes an own key, as JSON.parse makes it.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function pick<T>(items: readonly T[], rng: () => number): T {
  return items[Math.floor(rng() * items.length)]!;
}

const wrongValues: readonly unknown[] = [42, 0.5, true, false, null, [], {}, 'text', ''];
const badStrings: readonly string[] = [
  '',
  ' ',
  '   \n',
  'abc',
  '1.234',
  '12,50',
  '-1',
  '1e3',
  '12345678901234',
  '0123.456.74',
  '0123-456-749',
  '2123.456.749',
  '2024-10-10T10:00:00',
  '2024-02-30T10:00:00Z',
  '2023-02-29T10:00:00Z',
  '2024-02-29T10:00:00+15:00',
  '2024-10-10T24:00:00Z',
  '1999-10-10T10:00:00Z',
  'x'.repeat(201),
  '😀'.repeat(200),
  '😀'.repeat(201),
  'é'.repeat(255),
  'a'.repeat(2001),
  'b'.repeat(10_001),
  'naam@domein',
  'naam@@domein.be',
  '+32 (0)9 123.45/67',
  '2',
  'PCP',
  'pcp ',
];
const goodStrings: readonly string[] = [
  '0',
  '0.5',
  '9999999999999.99',
  '1200000.00',
  '0123456749',
  '0123.456.749',
  '2024-02-29T23:59:59.999999999-14:00',
  '2024-10-10T23:59+02:00',
  'municipality',
  'ocmw',
  'pcp',
  'commercially-available',
  'non-recoverable',
  'workshops',
  'validation',
  'x'.repeat(200),
  '😀'.repeat(199),
  'a@b.be',
  '2031-1',
  'ok',
];
const extraKeys: readonly string[] = ['extra', 'titel', 'Name', '__proto__', 'constructor', ''];

const mutations: readonly Mutation[] = [
  // Remove a key (required or optional) or an array item.
  (doc, rng) => {
    const { path } = pick(nodes(doc), rng);
    const parent = parentOf(doc, path);
    const key = path[path.length - 1]!;
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  },
  // Replace a value with one of the wrong type (or, by chance, the right one).
  (doc, rng) => {
    const { path } = pick(nodes(doc), rng);
    setOwn(parentOf(doc, path), path[path.length - 1]!, structuredClone(pick(wrongValues, rng)));
  },
  // Add an unknown key to an object.
  (doc, rng) => {
    const objects = [
      { path: [] as Segment[], value: doc as unknown },
      ...nodes(doc).filter(
        (n) => typeof n.value === 'object' && n.value !== null && !Array.isArray(n.value),
      ),
    ];
    const target = pick(objects, rng).value;
    setOwn(target, pick(extraKeys, rng), pick(wrongValues, rng));
  },
  // Replace a string with one that breaks a pattern or a length.
  (doc, rng) => {
    const strings = nodes(doc).filter((n) => typeof n.value === 'string');
    const { path } = pick(strings, rng);
    setOwn(parentOf(doc, path), path[path.length - 1]!, pick(badStrings, rng));
  },
  // Replace a string with another well-formed value (which may not fit this field).
  (doc, rng) => {
    const strings = nodes(doc).filter((n) => typeof n.value === 'string');
    const { path } = pick(strings, rng);
    setOwn(parentOf(doc, path), path[path.length - 1]!, pick(goodStrings, rng));
  },
  // Grow or empty an array.
  (doc, rng) => {
    const arrays = nodes(doc).filter((n) => Array.isArray(n.value));
    if (arrays.length === 0) return;
    const array = pick(arrays, rng).value as unknown[];
    const choice = rng();
    if (choice < 0.3) array.length = 0;
    else if (choice < 0.6 && array.length > 0) array.push(structuredClone(array[0]));
    else if (array.length > 0) while (array.length <= 101) array.push(structuredClone(array[0]));
  },
];

function mutate(doc: any, seed: number, count: number): any {
  let state = seed >>> 0 || 1;
  const rng = () => {
    // xorshift32: deterministic for a seed.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  for (let i = 0; i < count; i += 1) pick(mutations, rng)(doc, rng);
  return doc;
}

describe('schemas/application.schema.json', () => {
  it('is current (run `npx tsx scripts/generate-schema.ts` after changing the zod schema)', () => {
    expect(committed).toBe(`${JSON.stringify(createApplicationJsonSchema(), null, 2)}\n`);
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
    expect(JSON.stringify(createApplicationJsonSchema())).toBe(
      JSON.stringify(createApplicationJsonSchema()),
    );
  });
});

describe('ajv and validateApplication agree on the structure', () => {
  it.each(exampleFiles)('on %s', (file) => {
    const document = loadExample(file);
    const result = validateApplication(document, { at: EXAMPLE_AT });
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
          const result = validateApplication(document, { at: EXAMPLE_AT });
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
