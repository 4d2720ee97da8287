import { describe, expect, it } from 'vitest';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  getParameter,
  listParameters,
  type ParameterDefinition,
  type ParameterRegistry,
} from '../../src/parameters/index.js';
import type { PioRulesError } from '../../src/issues/index.js';
import { expectCode } from '../helpers/expectCode.js';

/** Runs createParameterRegistry on anything and returns its error. */
function refusal(input: unknown, options?: unknown): PioRulesError {
  let caught: PioRulesError | undefined;
  try {
    createParameterRegistry(input as ParameterDefinition[], options as never);
  } catch (error) {
    caught = error as PioRulesError;
  }
  if (caught === undefined) throw new Error('expected a refusal');
  return caught;
}

const tooLarge = (reason: string) => [{ code: 'input_too_large', path: [], params: { reason } }];
const brief = (error: PioRulesError) =>
  error.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));

function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

describe('createParameterRegistry refusing input that is too large to read', () => {
  it('reads 10,000 values and refuses 10,001, whether in one list or spread out', () => {
    expect(refusal(Array.from({ length: 9_999 }, () => null)).code).toBe('invalid_registry');
    expect(brief(refusal(Array.from({ length: 10_000 }, () => null)))).toEqual(
      tooLarge('more than 10000 values'),
    );
    expect(brief(refusal(Array.from({ length: 10_001 }, () => null)))).toEqual(
      tooLarge('more than 10000 values'),
    );
  });

  it('reads nesting of 32 levels and refuses 33', () => {
    expect(refusal(nested(31)).code).toBe('invalid_registry');
    expect(brief(refusal(nested(32)))).toEqual(tooLarge('nested deeper than 32 levels'));
  });

  it('reads 1,000,000 characters of text, keys included, and refuses one more', () => {
    const limit = 'more than 1000000 characters of text';
    // The key "0" of the list counts as one character.
    expect(refusal(['x'.repeat(999_999)]).code).toBe('invalid_registry');
    expect(refusal([[], 'x'.repeat(999_998)]).code).toBe('invalid_registry');
    expect(brief(refusal(['x'.repeat(1_000_000)]))).toEqual(tooLarge(limit));
    expect(brief(refusal([[], 'x'.repeat(1_000_000)]))).toEqual(tooLarge(limit));
  });

  it('refuses a value that throws when read', () => {
    const hostile = [
      Object.defineProperty({}, 'id', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      }),
    ];
    expect(brief(refusal(hostile))).toEqual(tooLarge('a value that cannot be read'));
  });
});

describe('createParameterRegistry options', () => {
  const def = getDefinition('cofinancing.cap');

  it('refuses a base that is not a registry, at options.base', () => {
    for (const base of [null, {}, new Map(), { kind: 'pio-parameter-registry', definitions: {} }]) {
      expect(brief(refusal([def], { base }))).toEqual([
        {
          code: 'invalid_registry',
          path: ['options', 'base'],
          params: { reason: 'base is not a ParameterRegistry' },
        },
      ]);
    }
  });

  it('treats null options as none', () => {
    const registry = createParameterRegistry([def], null as never);
    expect([...registry.definitions.keys()]).toEqual(['cofinancing.cap']);
  });

  it('cuts a bad value to 200 characters in the reason', () => {
    const bad = { ...def, versions: [{ ...def.versions.at(-1)!, value: 'x'.repeat(300) }] };
    expect(refusal([bad]).issues[0]?.params['reason']).toBe(
      `value "${'x'.repeat(199)} is not valid for cofinancing.cap`,
    );
  });
});

describe('getParameter, getDefinition and listParameters given a registry that is not one', () => {
  it('refuse it at parameters, and treat null options as none', () => {
    const fake = { kind: 'other', definitions: defaultParameters.definitions };
    for (const parameters of [fake, { kind: 'pio-parameter-registry', definitions: {} }, 'x']) {
      const issue = expectCode(
        () =>
          getParameter('cofinancing.cap', undefined, {
            parameters: parameters as unknown as ParameterRegistry,
          }),
        'invalid_type',
      ).issues[0];
      expect(issue?.path).toEqual(['parameters']);
      expect(issue?.params['expected']).toBe('a ParameterRegistry from createParameterRegistry');
    }
    expect(getParameter('cofinancing.cap', undefined, null as never).value).toBe('1000000.00');
    expect(listParameters(null as never).length).toBe(listParameters().length);
  });
});
