import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationInputLimits, validateApplication } from '../../src/applications/index.js';
import { EXAMPLE_AT, validDocument } from './fixtures.js';

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayPrototypeKeys = Object.getOwnPropertyNames(Array.prototype).sort();

function expectPrototypesUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayPrototypeKeys);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
}

function expectResult(input: unknown): ReturnType<typeof validateApplication> {
  let result: ReturnType<typeof validateApplication> | undefined;
  expect(() => {
    result = validateApplication(input, { at: EXAMPLE_AT });
  }).not.toThrow();
  expect(result).toBeDefined();
  const r = result!;
  expect(typeof r.success).toBe('boolean');
  if (!r.success) {
    expect(r.issues.length).toBeGreaterThan(0);
    for (const issue of r.issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(Array.isArray(issue.path)).toBe(true);
    }
  }
  return r;
}

function codes(result: ReturnType<typeof validateApplication>): string[] {
  return result.success ? [] : result.issues.map((i) => i.code);
}

describe('validateApplication never throws', () => {
  beforeAll(expectPrototypesUntouched);
  afterAll(expectPrototypesUntouched);

  it('for 10,000 arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectResult(value);
      }),
      { numRuns: 10_000, seed: 5 },
    );
  });

  it('for 2,000 arbitrary JavaScript values, including odd objects and keys', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype')),
        }),
        (value) => {
          expectResult(value);
        },
      ),
      { numRuns: 2_000, seed: 6 },
    );
  });

  it('for 3,000 valid proposals with one part replaced by arbitrary JSON', () => {
    const paths: (string | number)[][] = [
      [],
      ['applicant'],
      ['applicant', 'contact'],
      ['applicant', 'economicActivities'],
      ['project'],
      ['procurement'],
      ['procurement', 'costs'],
      ['procurement', 'costs', 0],
      ['procurement', 'costs', 0, 'amount'],
      ['support'],
      ['support', 'cofinancing'],
      ['submittedAt'],
      ['callId'],
      ['partners'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const doc = validDocument();
        if (path.length === 0) doc.applicant = value;
        else {
          let parent = doc;
          for (const key of path.slice(0, -1)) parent = parent[key];
          parent[path[path.length - 1]!] = value;
        }
        expectResult(doc);
      }),
      { numRuns: 3_000, seed: 7 },
    );
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'een projectvoorstel'],
    ['an empty string', ''],
    ['a JSON text (not parsed)', JSON.stringify({ schemaVersion: '1' })],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a boolean', true],
    ['an array', [1, 2, 3]],
    ['an empty object', {}],
    ['a symbol', Symbol('x')],
    ['a function', () => 1],
    ['a bigint', 10n],
    ['a Date', new Date(0)],
    ['a Map', new Map([['callId', '2024-2']])],
    ['a null-prototype object', Object.create(null) as object],
  ])('for %s', (_name, value) => {
    const result = expectResult(value);
    expect(result.success).toBe(false);
  });

  it('for a cyclic object, refused as invalid_input', () => {
    const doc = validDocument();
    doc.applicant.contact.self = doc;
    expect(codes(expectResult(doc))).toEqual(['invalid_input']);
    const list: unknown[] = [];
    list.push(list);
    expect(codes(expectResult({ partners: list }))).toEqual(['invalid_input']);
  });

  it('accepts a value shared twice without a cycle', () => {
    const doc = validDocument();
    const partner = {
      name: 'Gemeente Kempenveld',
      organisationType: 'municipality',
      enterpriseNumber: '0207.432.124',
    };
    doc.partners = [partner, partner];
    expect(codes(expectResult(doc))).toEqual(['duplicate_partner']);
  });

  it('for getters and proxies that throw', () => {
    const doc = validDocument();
    Object.defineProperty(doc.project, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(codes(expectResult(doc))).toEqual(['invalid_input']);
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(codes(expectResult(trap))).toEqual(['invalid_input']);
  });

  it('for bad options', () => {
    expect(() => validateApplication(validDocument(), null as never)).not.toThrow();
    const result = validateApplication(validDocument(), { at: 'gisteren' });
    expect(codes(result)).toEqual(['invalid_time']);
  });
});

describe('prototype keys', () => {
  afterAll(expectPrototypesUntouched);

  it('reports __proto__, constructor and prototype keys from JSON as unknown keys', () => {
    const text = JSON.stringify(validDocument()).replace(
      '"schemaVersion":"1"',
      '"schemaVersion":"1","__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}}',
    );
    const doc = JSON.parse(text);
    doc.applicant = JSON.parse(
      JSON.stringify(doc.applicant).replace('{', '{"prototype":{"polluted":1},'),
    );
    const result = expectResult(doc);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_key', '__proto__'],
      ['unknown_key', 'constructor'],
      ['unknown_key', 'applicant.prototype'],
    ]);
    expectPrototypesUntouched();
  });

  it('never lets __proto__ reach a prototype, deep inside arrays either', () => {
    const doc = validDocument();
    doc.procurement.costs[0] = JSON.parse(
      '{"category":"rd-services","amount":"1.00","__proto__":{"polluted":"yes"}}',
    );
    const result = expectResult(doc);
    expect(codes(result)).toContain('unknown_key');
    expectPrototypesUntouched();
  });
});

describe('size limits', () => {
  it('refuses a 10 MB text field at once, with input_too_large', () => {
    const doc = validDocument();
    doc.project.need = 'x'.repeat(10_000_000);
    const started = performance.now();
    const result = expectResult(doc);
    const elapsed = performance.now() - started;
    expect(codes(result)).toEqual(['input_too_large']);
    // Informative only (the refusal reads the length, not the text): see the code assertion.
    expect(elapsed).toBeGreaterThanOrEqual(0);
  });

  it('refuses a 10 MB string as input', () => {
    expect(codes(expectResult('x'.repeat(10_000_000)))).toEqual(['input_too_large']);
  });

  it('refuses more text in total than the limit, spread over fields', () => {
    const doc = validDocument();
    for (const key of ['need', 'idealSolution', 'marketScan', 'rdNeeds', 'endUsers'])
      doc.project[key] = 'y'.repeat(applicationInputLimits.maxTextLength / 4);
    expect(codes(expectResult(doc))).toEqual(['input_too_large']);
  });

  it('accepts text just under the limit and reports it as too long instead', () => {
    const doc = validDocument();
    doc.project.need = 'z'.repeat(applicationInputLimits.maxTextLength / 2);
    expect(codes(expectResult(doc))).toEqual(['too_long']);
  });

  it('refuses a 100,000-element array and a sparse array of a billion', () => {
    const doc = validDocument();
    doc.partners = Array.from({ length: 100_000 }, () => 1);
    expect(codes(expectResult(doc))).toEqual(['input_too_large']);
    expect(codes(expectResult({ partners: new Array(1_000_000_000) }))).toEqual([
      'input_too_large',
    ]);
  });

  it('refuses an object with 100,000 keys', () => {
    const wide: Record<string, number> = {};
    for (let i = 0; i < 100_000; i += 1) wide[`k${String(i)}`] = i;
    expect(codes(expectResult(wide))).toEqual(['input_too_large']);
  });

  it('refuses nesting deeper than the limit, even 100,000 levels deep', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i += 1) deep = { a: deep };
    expect(codes(expectResult(deep))).toEqual(['input_too_large']);
    let limit: unknown = 'leaf';
    for (let i = 0; i < applicationInputLimits.maxDepth; i += 1) limit = [limit];
    expect(codes(expectResult(limit))).toEqual(['invalid_type']);
    expect(codes(expectResult([limit]))).toEqual(['input_too_large']);
  });
});
