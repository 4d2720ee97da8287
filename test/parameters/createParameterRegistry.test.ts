import { describe, expect, it } from 'vitest';
import type { PioIssue } from '../../src/issues/index.js';
import { builtInDefinitions } from '../../src/parameters/definitions/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  getParameter,
  safeCreateParameterRegistry,
  type ParameterDefinition,
  type ParameterRegistry,
} from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { custom, whatIf, whatIfVersion as version, withVersions } from './fixtures.js';

/** The issues of a registry that must be refused, as code, path and params. */
function problems(definitions: unknown, options?: unknown) {
  const result = safeCreateParameterRegistry(definitions as never, options as never);
  if (result.success) throw new Error('expected the registry to be refused');
  return result.issues.map((i: PioIssue) => ({ code: i.code, path: i.path, params: i.params }));
}

describe('safeCreateParameterRegistry', () => {
  it('accepts the built-in definitions', () => {
    const result = safeCreateParameterRegistry(builtInDefinitions);
    expect(result.success).toBe(true);
    expect(result.success && result.warnings).toEqual([]);
  });

  it('returns the one success shape, its data a registry', () => {
    const result = safeCreateParameterRegistry([custom]);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.kind).toBe('pio-parameter-registry');
    expect([...result.data.definitions.keys()]).toEqual(['myApp.reviewRounds']);
    expect(result.warnings).toEqual([]);
  });

  it('reports every problem of bad definitions, at its path', () => {
    const bad = [
      {
        ...whatIf,
        versions: [
          { ...version, value: '1.5' },
          { ...version, validFrom: '2026-01-01' },
        ],
      },
      {
        ...whatIf,
        id: 'cofinancing.cap',
        versions: [{ ...version, validFrom: '2027-01-01', validUntil: '2026-01-01', value: 'x' }],
      },
      whatIf,
    ];
    expect(problems(bad)).toEqual([
      { code: 'invalid_format', path: [0, 'versions', 0, 'value'], params: { format: 'rate' } },
      {
        code: 'versions_overlap',
        path: [0, 'versions', 1, 'validFrom'],
        params: { id: 'cofinancing.maxRate', version: 1 },
      },
      {
        code: 'version_dates_reversed',
        path: [1, 'versions', 0, 'validUntil'],
        params: { validFrom: '2027-01-01', validUntil: '2026-01-01' },
      },
      { code: 'invalid_format', path: [1, 'versions', 0, 'value'], params: { format: 'amount' } },
      { code: 'duplicate_id', path: [2, 'id'], params: { id: 'cofinancing.maxRate' } },
    ]);
  });

  it('reports structural problems with their paths: required, too short, bad form, unknown keys', () => {
    expect(
      problems([{ id: 'Bad', description: { nl: '' }, unit: 'x', versions: [], extra: 1 }]),
    ).toEqual([
      { code: 'invalid_format', path: [0, 'id'], params: { format: 'parameter-id' } },
      {
        code: 'too_short',
        path: [0, 'description', 'nl'],
        params: { minimum: 1, unit: 'characters' },
      },
      { code: 'required', path: [0, 'description', 'en'], params: {} },
      { code: 'too_short', path: [0, 'versions'], params: { minimum: 1, unit: 'items' } },
      { code: 'unknown_key', path: [0, 'extra'], params: { key: 'extra' } },
    ]);
    expect(problems([{ id: 'x' }]).map((p) => [p.code, p.path])).toEqual([
      ['invalid_format', [0, 'id']],
      ['required', [0, 'description']],
      ['required', [0, 'unit']],
      ['required', [0, 'versions']],
    ]);
  });

  it('checks dates to the day, status by its list and values of the parameters it reads', () => {
    expect(
      problems(withVersions([{ ...version, validFrom: '2027-02-30', status: 'maybe' }])),
    ).toEqual([
      { code: 'invalid_format', path: [0, 'versions', 0, 'validFrom'], params: { format: 'date' } },
      {
        code: 'invalid_value',
        path: [0, 'versions', 0, 'status'],
        params: {
          received: '"maybe"',
          expected: ['published', 'assumed'],
          enum: 'parameterStatus',
        },
      },
    ]);
    const categories = getDefinition('cofinancing.eligibleCategories');
    expect(
      problems([{ ...categories, versions: [{ ...version, value: ['rd-services', 'nope'] }] }]),
    ).toEqual([
      {
        code: 'invalid_value',
        path: [0, 'versions', 0, 'value', 1],
        params: {
          received: '"nope"',
          expected: [
            'rd-services',
            'rdi',
            'validation',
            'feasibility-study',
            'off-the-shelf',
            'other',
          ],
          enum: 'costCategory',
        },
      },
    ]);
  });

  it('refuses a time zone the IANA database does not know', () => {
    const zone = getDefinition('calls.timeZone');
    for (const value of ['Mars/Olympus_Mons', 'Mars+05'])
      expect(problems([{ ...zone, versions: [{ ...version, value }] }])).toEqual([
        {
          code: 'unknown_time_zone',
          path: [0, 'versions', 0, 'value'],
          params: { received: value },
        },
      ]);
  });

  it('accepts a version that starts and ends on the same day, and one that starts the day after', () => {
    const registry = createParameterRegistry(
      withVersions([
        { ...version, validFrom: '2027-01-01', validUntil: '2027-01-01' },
        { ...version, value: '0.4', validFrom: '2027-01-02' },
      ]),
    ).data;
    const at = (date: string) =>
      getParameter('cofinancing.maxRate', { at: date, parameters: registry }).value;
    expect(at('2027-01-01')).toBe('0.6');
    expect(at('2027-01-02')).toBe('0.4');
    expectCode(() => at('2026-12-31'), 'no_parameter_value');
  });

  it('reports versions that overlap by one day, or end before they start, at their paths', () => {
    expect(
      problems(
        withVersions([
          { ...version, validFrom: '2027-01-01', validUntil: '2027-01-02' },
          { ...version, validFrom: '2027-01-02', validUntil: '2027-01-01' },
        ]),
      ),
    ).toEqual([
      {
        code: 'version_dates_reversed',
        path: [0, 'versions', 1, 'validUntil'],
        params: { validFrom: '2027-01-02', validUntil: '2027-01-01' },
      },
      {
        code: 'versions_overlap',
        path: [0, 'versions', 1, 'validFrom'],
        params: { id: 'cofinancing.maxRate', version: 1 },
      },
    ]);
  });

  it('reports an open-ended version followed by another', () => {
    expect(
      problems(withVersions([version, { ...version, validFrom: '2030-01-01' }])).map((p) => p.code),
    ).toEqual(['versions_overlap']);
  });

  it('says every problem in the language asked for', () => {
    const result = safeCreateParameterRegistry(withVersions([{ ...version, value: '1.5' }]), {
      locale: 'en',
    });
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      'Invalid format: expected a rate from 0 to 1, such as "0.5".',
    ]);
  });

  it('refuses a base that is not a registry, at base', () => {
    for (const base of [
      null,
      {},
      new Map(),
      'x',
      { kind: 'pio-parameter-registry', definitions: {} },
    ])
      expect(problems([custom], { base })).toEqual([
        {
          code: 'invalid_type',
          path: ['base'],
          params: { expected: 'registry', received: expect.any(String) as string },
        },
      ]);
  });

  it('refuses definitions that are not a list', () => {
    expect(problems('x')).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'array', received: 'text' } },
    ]);
    expect(problems(undefined)).toEqual([{ code: 'required', path: [], params: {} }]);
  });
});

describe('createParameterRegistry', () => {
  it('returns the success of safeCreateParameterRegistry: data is the registry', () => {
    const made = createParameterRegistry([custom]);
    expect(made.success).toBe(true);
    expect(made.warnings).toEqual([]);
    expect(made.data.kind).toBe('pio-parameter-registry');
    expect(made).toEqual(safeCreateParameterRegistry([custom]));
  });

  it('throws every problem at once', () => {
    const error = expectCode(
      () => createParameterRegistry([{ ...whatIf, id: 'Bad' }, { id: 'x' }] as never),
      'invalid_format',
    );
    expect(error.issues.map((i) => i.code)).toEqual([
      'invalid_format',
      'invalid_format',
      'required',
      'required',
      'required',
    ]);
  });

  it('accepts a parameter this library does not know, with any JSON value', () => {
    const registry = createParameterRegistry([custom]).data;
    expect(
      getParameter('myApp.reviewRounds', { at: '2027-03-01', parameters: registry }).value,
    ).toEqual({ rounds: 2, names: ['first', 'second'] });
  });

  it('runs a what-if on top of the built-in registry with base', () => {
    const registry = createParameterRegistry([whatIf], { base: defaultParameters }).data;
    expect(
      getParameter('cofinancing.maxRate', { at: '2027-06-01', parameters: registry }).value,
    ).toBe('0.6');
    expectCode(
      () => getParameter('cofinancing.maxRate', { at: '2026-06-01', parameters: registry }),
      'no_parameter_value',
    );
    expect(getParameter('cofinancing.cap', { parameters: registry }).value).toBe('1000000.00');
    expect(registry.definitions.size).toBe(defaultParameters.definitions.size);
    // The built-in registry itself is unchanged.
    expect(getParameter('cofinancing.maxRate').value).toBe('0.5');
  });

  it('starts from nothing without a base', () => {
    const registry = createParameterRegistry([whatIf]).data;
    expect([...registry.definitions.keys()]).toEqual(['cofinancing.maxRate']);
    expectCode(
      () => getParameter('cofinancing.cap', { parameters: registry }),
      'unknown_parameter',
    );
  });

  it('cannot be changed afterwards, so what was read from it stays true', () => {
    const registry = createParameterRegistry([custom], { base: defaultParameters }).data;
    const definitions = registry.definitions as Map<string, ParameterDefinition>;
    const before = getParameter('cofinancing.maxRate', { parameters: registry }).value;
    const refusal = new TypeError('A parameter registry cannot be changed');
    expect(() => definitions.set('cofinancing.maxRate', custom)).toThrow(refusal);
    expect(() => definitions.delete('cofinancing.maxRate')).toThrow(refusal);
    expect(() => definitions.clear()).toThrow(refusal);
    expect(getParameter('cofinancing.maxRate', { parameters: registry }).value).toBe(before);
    expect(registry.definitions).toBeInstanceOf(Map);
    expect([...registry.definitions.keys()]).toContain('myApp.reviewRounds');
    expect(registry.definitions.size).toBe(defaultParameters.definitions.size + 1);
    expect(Object.isFrozen(registry)).toBe(true);
    const builtIn = defaultParameters.definitions as Map<string, ParameterDefinition>;
    expect(() => builtIn.delete('cofinancing.cap')).toThrow(refusal);
  });

  it('freezes every level of a definition it stores', () => {
    const registry = createParameterRegistry([custom]).data;
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

  it('keeps its own copy: later changes to the input change nothing, and the input is never frozen', () => {
    const input = structuredClone(whatIf) as unknown as { versions: { value: string }[] };
    const registry = createParameterRegistry([input as unknown as ParameterDefinition]).data;
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.versions[0])).toBe(false);
    input.versions[0]!.value = '0.9';
    expect(getParameter('cofinancing.maxRate', { parameters: registry }).value).toBe('0.6');
  });

  it('accepts a registry made by another copy of the library: a plain object with kind and a Map', () => {
    const other = {
      kind: 'pio-parameter-registry',
      definitions: new Map([['cofinancing.maxRate', whatIf]]),
    } as unknown as ParameterRegistry;
    expect(getParameter('cofinancing.maxRate', { parameters: other }).value).toBe('0.6');
    const layered = createParameterRegistry([custom], { base: other }).data;
    expect([...layered.definitions.keys()]).toEqual(['cofinancing.maxRate', 'myApp.reviewRounds']);
  });
});
