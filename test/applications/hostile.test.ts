import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  safeValidateApplication,
  textLimits,
  type ValidateApplicationOptions,
} from '../../src/applications/index.js';
import { createCallCalendar } from '../../src/calls/index.js';
import { issueCodes } from '../../src/issues/index.js';
import { defaultParameters } from '../../src/parameters/index.js';
import { hostileRegistry } from '../helpers/hostileRegistry.js';
import {
  briefOf,
  codesInOrder,
  EXAMPLE_AT,
  publishedCalendar,
  validDocument,
  type ValidationResult,
} from './fixtures.js';

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayPrototypeKeys = Object.getOwnPropertyNames(Array.prototype).sort();

function expectPrototypesUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayPrototypeKeys);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
}

/** Validates, and checks that the result has the one shape, whatever the input. */
function expectResult(
  input: unknown,
  options: unknown = { at: EXAMPLE_AT, calendar: publishedCalendar },
): ValidationResult {
  let result: ValidationResult | undefined;
  expect(() => {
    result = safeValidateApplication(input, options as ValidateApplicationOptions);
  }).not.toThrow();
  const r = result!;
  const issues = r.success ? r.warnings : r.issues;
  // Checked without an expect per issue (thousands of runs): one expect of what is wrong.
  const wrong = issues.filter(
    (i) =>
      !issueCodes.includes(i.code) ||
      typeof i.message !== 'string' ||
      i.message.length === 0 ||
      i.message.includes('[object') ||
      (i.message.includes('undefined') && !JSON.stringify(i.params).includes('undefined')) ||
      !Array.isArray(i.path),
  );
  expect(wrong).toEqual([]);
  expect(r.success).toBe(!issues.some((i) => i.severity === 'error'));
  return r;
}

/** A value nested `depth` levels deep, built without recursion. */
function nested(depth: number, wrap: (inner: unknown) => unknown = (inner) => ({ a: inner })) {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = wrap(value);
  return value;
}

/** Runs `fn` and says how long it took, in milliseconds. */
function timed<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const value = fn();
  return [value, performance.now() - started];
}

describe('safeValidateApplication never throws', () => {
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
      ['schemaVersion'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const doc = validDocument();
        let parent = doc;
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path[path.length - 1]!] = value;
        expectResult(doc);
      }),
      { numRuns: 3_000, seed: 7 },
    );
  });

  it('for 500 valid proposals with arbitrary options', () => {
    const optionValue = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(
        undefined,
        new Date(Number.NaN),
        new Date('2024-10-01T10:00:00Z'),
        Number.POSITIVE_INFINITY,
        -1,
        2 ** 60,
        Symbol('x'),
        () => 1,
        10n,
        new Map(),
      ),
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            at: optionValue,
            locale: optionValue,
            calendar: optionValue,
            parameters: optionValue,
            eligibleOrganisationTypes: optionValue,
            extra: optionValue,
          },
          { requiredKeys: [] },
        ),
        (options) => {
          expectResult(validDocument(), options);
        },
      ),
      { numRuns: 500, seed: 8 },
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
    expect(expectResult(value).success).toBe(false);
  });

  it('for a cyclic object, refused as invalid_input', () => {
    const doc = validDocument();
    doc.applicant.contact.self = doc;
    expect(codesInOrder(expectResult(doc))).toEqual(['invalid_input']);
    const list: unknown[] = [];
    list.push(list);
    expect(codesInOrder(expectResult({ partners: list }))).toEqual(['invalid_input']);
  });

  it('accepts a value shared twice without a cycle', () => {
    const doc = validDocument();
    const partner = {
      name: 'Gemeente Kempenveld',
      organisationType: 'municipality',
      enterpriseNumber: '0207.432.124',
    };
    doc.partners = [partner, partner];
    expect(codesInOrder(expectResult(doc))).toEqual(['duplicate_partner']);
  });

  it('for getters and proxies of the input that throw', () => {
    const doc = validDocument();
    Object.defineProperty(doc.project, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(codesInOrder(expectResult(doc))).toEqual(['invalid_input']);
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(codesInOrder(expectResult(trap))).toEqual(['invalid_input']);
    expect(codesInOrder(expectResult({ ...validDocument(), applicant: trap }))).toEqual([
      'invalid_input',
    ]);
  });
});

describe('20,000-deep values', () => {
  const deep = nested(20_000);
  const deepList = nested(20_000, (inner) => [inner]);

  it('in the input, anywhere, are refused at once as input_too_large', () => {
    for (const place of [
      (d: any) => {
        d.project = deep;
      },
      (d: any) => {
        d.callId = deepList;
      },
      (d: any) => {
        d.procurement.costs[0].amount = deep;
      },
      (d: any) => {
        d.partners = deepList;
      },
    ]) {
      const doc = validDocument();
      place(doc);
      const [result, ms] = timed(() => expectResult(doc));
      expect(codesInOrder(result)).toEqual(['input_too_large']);
      expect(ms).toBeLessThan(1_000);
    }
    expect(codesInOrder(expectResult(deep))).toEqual(['input_too_large']);
  });

  it('in every option give a failed result, at the path of the option', () => {
    for (const key of ['at', 'locale', 'calendar', 'parameters', 'eligibleOrganisationTypes']) {
      for (const value of [deep, deepList]) {
        const [result, ms] = timed(() => expectResult(validDocument(), { [key]: value }));
        expect(result.success, key).toBe(false);
        expect(
          briefOf(result).map((i) => i.path[0]),
          key,
        ).toContain(key);
        expect(ms).toBeLessThan(1_000);
      }
    }
  });

  it('as the options are refused: options must be an object', () => {
    const result = expectResult(validDocument(), deepList);
    expect(briefOf(result)).toEqual([
      {
        code: 'invalid_type',
        path: ['options'],
        params: { expected: 'object', received: 'array' },
      },
    ]);
  });
});

describe('sparse arrays of length 2^32 - 1', () => {
  const sparse = (): unknown[] => new Array<unknown>(2 ** 32 - 1);

  it('in the input, anywhere, are refused at once', () => {
    for (const place of [
      (d: any) => {
        d.partners = sparse();
      },
      (d: any) => {
        d.procurement.costs = sparse();
      },
      (d: any) => {
        d.support.externalExpertise = { activities: sparse(), requested: '1.00' };
      },
      (d: any) => {
        d.project.title = sparse();
      },
    ]) {
      const doc = validDocument();
      place(doc);
      const [result, ms] = timed(() => expectResult(doc));
      expect(briefOf(result)).toEqual([
        expect.objectContaining({
          code: 'input_too_large',
          params: { limit: 'values', maximum: 10_000 },
        }),
      ]);
      expect(ms).toBeLessThan(1_000);
    }
    expect(codesInOrder(expectResult(sparse()))).toEqual(['input_too_large']);
  });

  it('in every option give a failed result at once', () => {
    for (const key of ['at', 'locale', 'calendar', 'parameters', 'eligibleOrganisationTypes']) {
      const [result, ms] = timed(() => expectResult(validDocument(), { [key]: sparse() }));
      expect(result.success, key).toBe(false);
      expect(
        briefOf(result).map((i) => i.path[0]),
        key,
      ).toContain(key);
      expect(ms).toBeLessThan(1_000);
    }
  });

  it('inside an option object give a failed result at once', () => {
    const calendar = {
      kind: 'pio-call-calendar',
      entries: sparse(),
      parameters: defaultParameters,
    };
    const [result, ms] = timed(() => expectResult(validDocument(), { calendar }));
    expect(result.success).toBe(false);
    expect(ms).toBeLessThan(1_000);
  });
});

describe('10 MB strings', () => {
  const huge = () => 'x'.repeat(10_000_000);

  it('in the input are refused at once with input_too_large', () => {
    const doc = validDocument();
    doc.project.need = huge();
    const [result, ms] = timed(() => expectResult(doc));
    expect(codesInOrder(result)).toEqual(['input_too_large']);
    expect(ms).toBeLessThan(1_000);
    expect(codesInOrder(expectResult(huge()))).toEqual(['input_too_large']);
    const key = validDocument();
    key[huge()] = 1;
    expect(codesInOrder(expectResult(key))).toEqual(['input_too_large']);
  });

  it('in every option give a failed result at once', () => {
    for (const key of ['at', 'locale', 'calendar', 'parameters', 'eligibleOrganisationTypes']) {
      const [result, ms] = timed(() => expectResult(validDocument(), { [key]: huge() }));
      expect(result.success, key).toBe(false);
      expect(
        briefOf(result).map((i) => i.path[0]),
        key,
      ).toContain(key);
      for (const issue of result.success ? [] : result.issues)
        expect(issue.message.length).toBeLessThan(1_000);
      expect(ms).toBeLessThan(1_000);
    }
    const [result] = timed(() =>
      expectResult(validDocument(), { eligibleOrganisationTypes: [huge()] }),
    );
    expect(briefOf(result)[0]?.path).toEqual(['eligibleOrganisationTypes', 0]);
    expect(JSON.stringify(result).length).toBeLessThan(10_000);
  });

  it('refuse more text in total than the limit, spread over fields', () => {
    const doc = validDocument();
    for (const key of ['need', 'idealSolution', 'marketScan', 'rdNeeds', 'endUsers'])
      doc.project[key] = 'y'.repeat(250_000);
    expect(codesInOrder(expectResult(doc))).toEqual(['input_too_large']);
  });

  it('accept text just under the limit and report it as too long instead', () => {
    const doc = validDocument();
    doc.project.need = 'z'.repeat(500_000);
    expect(briefOf(expectResult(doc))).toEqual([
      {
        code: 'too_long',
        path: ['project', 'need'],
        params: { maximum: textLimits.answer, unit: 'characters', field: 'project.need' },
      },
    ]);
  });
});

describe('large values', () => {
  it('refuse a 100,000-element array and a sparse array of a billion', () => {
    const doc = validDocument();
    doc.partners = Array.from({ length: 100_000 }, () => 1);
    expect(codesInOrder(expectResult(doc))).toEqual(['input_too_large']);
    expect(codesInOrder(expectResult({ partners: new Array(1_000_000_000) }))).toEqual([
      'input_too_large',
    ]);
  });

  it('refuse an object with 100,000 keys', () => {
    const wide: Record<string, number> = {};
    for (let i = 0; i < 100_000; i += 1) wide[`k${String(i)}`] = i;
    expect(codesInOrder(expectResult(wide))).toEqual(['input_too_large']);
  });

  it('refuse nesting deeper than the limit, and read nesting up to it', () => {
    let limit: unknown = 'leaf';
    for (let i = 0; i < 32; i += 1) limit = [limit];
    expect(codesInOrder(expectResult(limit))).toEqual(['invalid_type']);
    expect(codesInOrder(expectResult([limit]))).toEqual(['input_too_large']);
  });
});

describe('options that are not what they should be', () => {
  it('refuses options that are not an object, at path options', () => {
    for (const options of ['en', 42, true, null, [], [1]]) {
      const result = expectResult(validDocument(), options);
      expect(briefOf(result).map((i) => [i.code, i.path])).toEqual([['invalid_type', ['options']]]);
    }
  });

  it('refuses a bad instant at path at, and still checks the proposal', () => {
    const result = expectResult(
      { ...validDocument(), submittedAt: undefined, extra: 1 },
      { at: 'gisteren', calendar: publishedCalendar },
    );
    expect(briefOf(result)).toEqual([
      { code: 'invalid_time', path: ['at'], params: { received: 'gisteren' } },
      { code: 'unknown_key', path: ['extra'], params: { key: 'extra' } },
      { code: 'submission_time_unknown', path: ['submittedAt'], params: {} },
    ]);
    const calendar = publishedCalendar;
    expect(briefOf(expectResult(validDocument(), { at: '2024-10-01', calendar }))).toEqual([
      { code: 'ambiguous_time', path: ['at'], params: { received: '2024-10-01' } },
    ]);
    for (const at of [Number.NaN, 1.5, {}, [], true, new Date(Number.NaN)])
      expect(
        briefOf(expectResult(validDocument(), { at, calendar })).map((i) => [i.code, i.path]),
      ).toEqual([['invalid_time', ['at']]]);
  });

  it('refuses a calendar that is not one, at path calendar', () => {
    for (const calendar of [
      'default',
      42,
      {},
      { kind: 'pio-call-calendar', entries: null },
      { kind: 'pio-call-calendar' },
      createCallCalendar([]).data.entries,
    ]) {
      const result = expectResult(validDocument(), { calendar });
      expect(result.success).toBe(false);
      expect(briefOf(result).map((i) => i.path)).toEqual([['calendar']]);
    }
  });

  it('refuses parameters that are not a registry, at path parameters', () => {
    for (const parameters of [
      'default',
      42,
      {},
      { kind: 'pio-parameter-registry', definitions: {} },
      [...defaultParameters.definitions.values()],
    ]) {
      const result = expectResult(validDocument(), { parameters });
      expect(briefOf(result)).toEqual([
        {
          code: 'invalid_type',
          path: ['parameters'],
          params: expect.objectContaining({ expected: 'registry' }),
        },
      ]);
    }
  });

  it('lets the own exception of a registry whose look-ups throw pass on', () => {
    // An exotic object whose own code throws may pass its exception on (documented in 0.2).
    expect(() =>
      safeValidateApplication(validDocument(), { at: EXAMPLE_AT, parameters: hostileRegistry() }),
    ).toThrow(RangeError);
  });

  it('ignores options it does not know', () => {
    const options = { at: EXAMPLE_AT, calendar: publishedCalendar, colour: 'blue' };
    expect(codesInOrder(expectResult(validDocument(), options))).toEqual([]);
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
    expect(briefOf(result).map((i) => [i.code, i.path.join('.'), i.params])).toEqual([
      ['unknown_key', '__proto__', { key: '__proto__' }],
      ['unknown_key', 'constructor', { key: 'constructor' }],
      ['unknown_key', 'applicant.prototype', { key: 'prototype' }],
    ]);
    expectPrototypesUntouched();
  });

  it('never lets __proto__ reach a prototype, deep inside arrays either', () => {
    const doc = validDocument();
    doc.procurement.costs[0] = JSON.parse(
      '{"category":"rd-services","amount":"250000.00","__proto__":{"polluted":"yes"}}',
    );
    const result = expectResult(doc);
    expect(briefOf(result).map((i) => [i.code, i.path])).toEqual([
      ['unknown_key', ['procurement', 'costs', 0, '__proto__']],
    ]);
    expectPrototypesUntouched();
  });

  it('never lets a prototype key in the options reach a prototype', () => {
    const options = JSON.parse(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"isAdmin":true}},"at":"2024-10-01T12:00:00+02:00"}',
    );
    // The built-in calendar: its call 2024-2 is announced, not published.
    expect(codesInOrder(expectResult(validDocument(), options))).toEqual([
      'deadline_not_published',
    ]);
    expectPrototypesUntouched();
  });
});
