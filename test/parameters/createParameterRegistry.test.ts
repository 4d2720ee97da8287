import { describe, expect, it } from 'vitest';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  getParameter,
  type ParameterDefinition,
  type ParameterRegistry,
} from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';

const custom: ParameterDefinition = {
  id: 'myApp.reviewRounds',
  description: { nl: 'Aantal beoordelingsrondes', en: 'Number of review rounds' },
  unit: 'count',
  versions: [
    {
      value: { rounds: 2, names: ['first', 'second'] },
      validFrom: '2027-01-01',
      status: 'assumed',
      source: { title: 'own rule', url: 'https://example.org/rounds' },
    },
  ],
};

describe('createParameterRegistry', () => {
  it('marks the registry it makes as a parameter registry', () => {
    expect(createParameterRegistry([custom]).kind).toBe('pio-parameter-registry');
  });

  it('accepts a parameter this library does not know, with any JSON value', () => {
    const registry = createParameterRegistry([custom]);
    expect(
      getParameter('myApp.reviewRounds', '2027-03-01', { parameters: registry }).value,
    ).toEqual({ rounds: 2, names: ['first', 'second'] });
  });

  it('cannot be changed afterwards, so what was read from it stays true', () => {
    const registry = createParameterRegistry([custom], { base: defaultParameters });
    const definitions = registry.definitions as Map<string, ParameterDefinition>;
    const before = getParameter('cofinancing.maxRate', undefined, { parameters: registry }).value;
    const refusal = new TypeError('A parameter registry cannot be changed');
    expect(() => definitions.set('cofinancing.maxRate', custom)).toThrow(refusal);
    expect(() => definitions.delete('cofinancing.maxRate')).toThrow(refusal);
    expect(() => definitions.clear()).toThrow(refusal);
    expect(getParameter('cofinancing.maxRate', undefined, { parameters: registry }).value).toBe(
      before,
    );
    expect(registry.definitions).toBeInstanceOf(Map);
    expect([...registry.definitions.keys()]).toContain('myApp.reviewRounds');
    expect(registry.definitions.size).toBe(defaultParameters.definitions.size + 1);
  });

  it('freezes every level of a definition it stores', () => {
    const registry = createParameterRegistry([custom]);
    const def = getDefinition('myApp.reviewRounds', { parameters: registry });
    const value = def.versions[0]!.value as { readonly names: readonly string[] };
    expect(Object.isFrozen(def)).toBe(true);
    expect(Object.isFrozen(def.description)).toBe(true);
    expect(Object.isFrozen(def.versions)).toBe(true);
    expect(Object.isFrozen(def.versions[0])).toBe(true);
    expect(Object.isFrozen(def.versions[0]!.source)).toBe(true);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.names)).toBe(true);
  });
});

describe('getParameter', () => {
  it('says "latest" when a hand-made registry has a parameter without versions', () => {
    const handMade: ParameterRegistry = {
      kind: 'pio-parameter-registry',
      definitions: new Map([['myApp.empty', { ...custom, id: 'myApp.empty', versions: [] }]]),
    };
    const error = expectCode(
      () => getParameter('myApp.empty', undefined, { parameters: handMade }),
      'no_parameter_value',
    );
    expect(error.issues[0]?.params).toEqual({ id: 'myApp.empty', at: 'latest' });
  });
});
