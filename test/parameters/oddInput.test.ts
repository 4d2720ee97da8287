import { describe, expect, it } from 'vitest';
import { isPioRulesError } from '../../src/issues/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  getParameter,
  listParameters,
  safeCreateParameterRegistry,
  type ParameterRegistry,
} from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { hostileRegistry } from '../helpers/hostileRegistry.js';
import { custom } from './fixtures.js';

/** The issues of a refused registry, as code, path and params. */
function problems(definitions: unknown) {
  const result = safeCreateParameterRegistry(definitions as never);
  if (result.success) throw new Error('expected the registry to be refused');
  return result.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
}

const tooLarge = (limit: string, maximum: number, path: unknown[] = []) => [
  { code: 'input_too_large', path, params: { limit, maximum } },
];

function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i += 1) value = [value];
  return value;
}

describe('createParameterRegistry refusing input that is too large to read', () => {
  it('reads 10,000 values and refuses one more', () => {
    expect(problems(Array.from({ length: 9_999 }, () => null))[0]?.code).not.toBe(
      'input_too_large',
    );
    expect(problems(Array.from({ length: 10_000 }, () => null))).toEqual(
      tooLarge('values', 10_000),
    );
  });

  it('reads nesting of 32 levels and refuses 33', () => {
    expect(problems(nested(32))[0]?.code).not.toBe('input_too_large');
    expect(problems(nested(33))[0]).toMatchObject({
      code: 'input_too_large',
      params: { limit: 'depth', maximum: 32 },
    });
  });

  it('refuses more than 1,000,000 characters of text', () => {
    expect(problems(['x'.repeat(1_000_001)])).toEqual(tooLarge('text', 1_000_000, [0]));
  });

  it('refuses sparse lists of length 1e6 and 1e7 at once, not after seconds', () => {
    const million = new Array(1e6);
    const tenMillion = new Array(1e7);
    const start = performance.now();
    expect(problems(million)).toEqual(tooLarge('values', 10_000));
    expect(problems(tenMillion)).toEqual(tooLarge('values', 10_000));
    expect(problems([{ ...custom, versions: new Array(2 ** 32 - 1) }])).toEqual(
      tooLarge('values', 10_000, [0, 'versions']),
    );
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('refuses a value that throws when read, as unreadable', () => {
    const hostile = [
      Object.defineProperty({}, 'id', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      }),
    ];
    expect(problems(hostile)).toEqual([
      { code: 'invalid_input', path: [0, 'id'], params: { problem: 'unreadable' } },
    ]);
  });

  it('refuses a cyclic value', () => {
    const cyclic: Record<string, unknown> = { ...custom };
    cyclic['versions'] = [cyclic];
    expect(problems([cyclic])[0]).toMatchObject({
      code: 'invalid_input',
      params: { problem: 'cycle' },
    });
  });

  it('reports keys that could reach a prototype, never touching Object.prototype', () => {
    // As JSON.parse makes it from a file: `__proto__` as an own key.
    const text = `[{"__proto__":{"polluted":true},${JSON.stringify(custom).slice(1)}]`;
    const input = JSON.parse(text) as unknown;
    expect(problems(input)).toEqual([
      { code: 'unknown_key', path: [0, '__proto__'], params: { key: '__proto__' } },
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('getParameter, getDefinition and listParameters given a registry that is not one', () => {
  it('refuse it at parameters', () => {
    const fake = { kind: 'other', definitions: defaultParameters.definitions };
    for (const parameters of [
      fake,
      { kind: 'pio-parameter-registry', definitions: {} },
      'x',
      null,
    ]) {
      for (const run of [
        () => getParameter('cofinancing.cap', { parameters: parameters as never }),
        () => getDefinition('cofinancing.cap', { parameters: parameters as never }),
        () => listParameters({ parameters: parameters as never }),
      ]) {
        const issue = expectCode(run, 'invalid_type').issues[0];
        expect(issue?.path).toEqual(['parameters']);
        expect(issue?.params).toHaveProperty('expected', 'registry');
      }
    }
  });

  it('refuse an instant when a hand-made registry holds no time zone text', () => {
    const zone = getDefinition('calls.timeZone');
    const handMade = {
      kind: 'pio-parameter-registry',
      definitions: new Map([
        ['calls.timeZone', { ...zone, versions: [{ ...zone.versions[0]!, value: 5 }] }],
        ['cofinancing.cap', getDefinition('cofinancing.cap')],
      ]),
    } as unknown as ParameterRegistry;
    const at = '2024-01-01T00:00:00Z';
    expectCode(() => getParameter('cofinancing.cap', { at, parameters: handMade }), 'invalid_time');
    expect(getParameter('cofinancing.cap', { at: '2024-01-01', parameters: handMade }).value).toBe(
      '1000000.00',
    );
  });

  it('let an exception of an exotic registry pass on rather than hide it', () => {
    expect(() => getParameter('cofinancing.cap', { parameters: hostileRegistry() })).toThrow(
      RangeError,
    );
  });
});

describe('parameter functions given hostile values', () => {
  let deep: unknown = 'x';
  for (let i = 0; i < 20_000; i += 1) deep = [deep];
  const cyclic: Record<string, unknown> = {};
  cyclic['self'] = cyclic;
  const hostile: unknown[] = [
    deep,
    cyclic,
    new Array(2 ** 32 - 1),
    'x'.repeat(10_000_000),
    { kind: 'pio-parameter-registry', definitions: cyclic },
    Symbol('s'),
    10n,
  ];

  it('refuse them with a PioRulesError or a failed result, fast, wherever they are', () => {
    const start = performance.now();
    for (const value of hostile) {
      for (const run of [
        () => getParameter(value as never),
        () => getParameter('cofinancing.cap', { at: value as never }),
        () => getParameter('cofinancing.cap', { parameters: value as never }),
        () => getParameter('cofinancing.cap', { locale: value as never }),
        () => getDefinition(value as never),
        () => listParameters({ at: value as never }),
        () => createParameterRegistry(value as never),
        () => createParameterRegistry([value] as never),
        () => createParameterRegistry([custom], { base: value as never }),
        () => createParameterRegistry([custom], { locale: value as never }),
      ]) {
        let caught: unknown;
        try {
          run();
        } catch (error) {
          caught = error;
        }
        expect(isPioRulesError(caught), String(caught)).toBe(true);
      }
      expect(safeCreateParameterRegistry(value as never).success).toBe(false);
    }
    expect(performance.now() - start).toBeLessThan(3_000);
  });

  it('never change or freeze the definitions they are given', () => {
    const input = structuredClone(custom);
    const registry: ParameterRegistry = createParameterRegistry([input]).data;
    expect(registry.definitions.get('myApp.reviewRounds')).not.toBe(input);
    expect(input).toEqual(custom);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.versions)).toBe(false);
  });
});
