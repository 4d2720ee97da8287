import { describe, expect, it } from 'vitest';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  getParameter,
  listParameters,
  type ParameterRegistry,
} from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { custom, whatIf } from './fixtures.js';

const required = [
  ['cofinancing.maxRate', '0.5'],
  ['cofinancing.cap', '1000000.00'],
  ['expertise.indicativeMax', '30000.00'],
  ['calls.perYear', 2],
  ['calls.deadlineTimeOfDay', '24:00'],
  ['calls.timeZone', 'Europe/Brussels'],
  ['vat.standardRate', '0.21'],
  ['cofinancing.rounding', 'down'],
] as const;

describe('getParameter', () => {
  it.each(required)('has %s with latest value %s, with its source', (id, value) => {
    const p = getParameter(id);
    expect(p.value).toEqual(value);
    expect(p.id).toBe(id);
    expect(p.source.title.length).toBeGreaterThan(0);
    expect(p.source.url).toMatch(/^https:\/\//);
    expect(['published', 'assumed']).toContain(p.status);
  });

  it('marks the assumptions as assumed', () => {
    expect(getParameter('vat.standardRate').status).toBe('assumed');
    expect(getParameter('cofinancing.rounding').status).toBe('assumed');
    expect(getParameter('calls.timeZone').status).toBe('assumed');
    expect(getParameter('cofinancing.maxRate').status).toBe('published');
    expect(getParameter('cofinancing.rounding', { at: '2019-06-14' }).status).toBe('assumed');
    // Published before 2024 too (EWI 2017): not an assumption.
    expect(getParameter('cofinancing.maxRate', { at: '2019-06-14' }).status).toBe('published');
    expect(getParameter('cofinancing.cap', { at: '2018-01-01' }).status).toBe('published');
  });

  it('picks the version in force on a Brussels date, given in the options as at', () => {
    expect(getParameter('expertise.indicativeMax', { at: '2019-12-31' }).value).toBe('25000.00');
    expect(getParameter('expertise.indicativeMax', { at: '2020-01-01' }).value).toBe('30000.00');
    // 2019-12-31T23:30Z is already 1 January 2020 in Brussels.
    expect(getParameter('expertise.indicativeMax', { at: '2019-12-31T23:30:00Z' }).value).toBe(
      '30000.00',
    );
    expect(getParameter('expertise.indicativeMax', { at: '2019-12-31T22:59:59.999Z' }).value).toBe(
      '25000.00',
    );
    expect(
      getParameter('expertise.indicativeMax', { at: new Date('2018-01-01T12:00:00Z') }).validUntil,
    ).toBe('2019-12-31');
    expect(
      getParameter('expertise.indicativeMax', { at: Date.UTC(2019, 11, 31, 23, 30) }).value,
    ).toBe('30000.00');
    expect(getParameter('expertise.indicativeMax').validUntil).toBeNull();
  });

  it('reads an instant in the time zone of the registry it reads, calls.timeZone', () => {
    const newYork = createParameterRegistry(
      [
        {
          ...getDefinition('calls.timeZone'),
          versions: [
            { ...getDefinition('calls.timeZone').versions[0]!, value: 'America/New_York' },
          ],
        },
      ],
      { base: defaultParameters },
    ).data;
    // 03:00 UTC on 1 January 2020 is still 31 December 2019 in New York.
    const at = '2020-01-01T03:00:00Z';
    expect(getParameter('expertise.indicativeMax', { at }).value).toBe('30000.00');
    expect(getParameter('expertise.indicativeMax', { at, parameters: newYork }).value).toBe(
      '25000.00',
    );
  });

  it('passes a version note on, and leaves it out when there is none', () => {
    expect(getParameter('cofinancing.rounding').note?.en).toContain('rounding down');
    const registry = createParameterRegistry([whatIf]).data;
    const p = getParameter('cofinancing.maxRate', { parameters: registry });
    expect('note' in p).toBe(false);
    expect(p).toEqual({
      id: 'cofinancing.maxRate',
      value: '0.6',
      unit: 'rate',
      validFrom: '2027-01-01',
      validUntil: null,
      status: 'assumed',
      source: { title: 'what-if', url: 'https://example.org' },
    });
  });

  it('refuses an unknown id, a date without a version, and a bad date', () => {
    expectCode(() => getParameter('cofinancing.nope'), 'unknown_parameter');
    expectCode(() => getParameter('cofinancing.cap', { at: '2016-12-31' }), 'no_parameter_value');
    expectCode(() => getParameter('cofinancing.cap', { at: '2024-02-30' }), 'invalid_date');
    expectCode(() => getParameter('cofinancing.cap', { at: '2024-02-03T10:00' }), 'ambiguous_time');
    expectCode(() => getParameter('cofinancing.cap', { at: 'tomorrow' }), 'invalid_time');
  });

  it('says which parameter and which date had no value, and where a bad date is', () => {
    expect(
      expectCode(() => getParameter('cofinancing.cap', { at: '2016-12-31' }), 'no_parameter_value')
        .issues[0]?.params,
    ).toEqual({ id: 'cofinancing.cap', at: '2016-12-31' });
    expect(expectCode(() => getParameter('x.y'), 'unknown_parameter').issues[0]).toMatchObject({
      path: [],
      params: { id: 'x.y' },
    });
    expect(
      expectCode(() => getParameter('cofinancing.cap', { at: '2024-02-30' }), 'invalid_date')
        .issues[0]?.path,
    ).toEqual(['at']);
    const english = expectCode(
      () => getParameter('cofinancing.cap', { at: '2016-12-31', locale: 'en' }),
      'no_parameter_value',
    );
    expect(english.issues[0]?.message).toBe(
      'Parameter "cofinancing.cap" has no value in force on 31 December 2016.',
    );
  });

  it('refuses a parameter without versions in a hand-made registry', () => {
    const handMade: ParameterRegistry = {
      kind: 'pio-parameter-registry',
      definitions: new Map([['myApp.empty', { ...custom, id: 'myApp.empty', versions: [] }]]),
    };
    const error = expectCode(
      () => getParameter('myApp.empty', { parameters: handMade, locale: 'en' }),
      'no_parameter_value',
    );
    expect(error.issues[0]?.params).toEqual({ id: 'myApp.empty', at: '' });
    expect(error.issues[0]?.message).toBe('Parameter "myApp.empty" has no value in force.');
  });

  it('returns frozen data that cannot change the registry', () => {
    const p = getParameter('cofinancing.eligibleCategories');
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.value)).toBe(true);
    expect(Object.isFrozen(p.source)).toBe(true);
    expect(() => (p.value as string[]).push('other')).toThrow(TypeError);
    expect(getParameter('cofinancing.eligibleCategories').value).toEqual([
      'rd-services',
      'rdi',
      'validation',
      'feasibility-study',
    ]);
  });
});

describe('getDefinition', () => {
  it('gives a definition with all its versions, from the registry asked for', () => {
    const def = getDefinition('expertise.indicativeMax');
    expect(def.unit).toBe('EUR');
    expect(def.versions.map((v) => v.value)).toEqual(['25000.00', '30000.00']);
    const registry = createParameterRegistry([custom]).data;
    expect(getDefinition('myApp.reviewRounds', { parameters: registry })).toEqual(custom);
    expectCode(() => getDefinition('myApp.reviewRounds'), 'unknown_parameter');
    expectCode(() => getDefinition('x.y'), 'unknown_parameter');
  });

  it('freezes every level of the definitions of the built-in registry', () => {
    const def = getDefinition('cofinancing.eligibleCategories');
    expect(Object.isFrozen(def)).toBe(true);
    expect(Object.isFrozen(def.description)).toBe(true);
    expect(Object.isFrozen(def.versions)).toBe(true);
    expect(Object.isFrozen(def.versions[0])).toBe(true);
    expect(Object.isFrozen(def.versions[0]!.value)).toBe(true);
    expect(Object.isFrozen(def.versions[0]!.source)).toBe(true);
  });
});

describe('listParameters', () => {
  it('lists the whole registry sorted by id', () => {
    const all = listParameters();
    expect(all.map((p) => p.id)).toEqual([...all.map((p) => p.id)].sort());
    expect(all.map((p) => p.id)).toEqual(expect.arrayContaining(required.map(([id]) => id)));
    expect(all).toHaveLength(defaultParameters.definitions.size);
    expect(all.find((d) => d.id === 'expertise.indicativeMax')?.versions).toHaveLength(2);
  });

  it('lists what is in force at a date, leaving out what has no version then', () => {
    const at2018 = listParameters({ at: '2018-05-01' });
    expect(at2018.find((p) => p.id === 'expertise.indicativeMax')?.value).toBe('25000.00');
    expect(listParameters({ at: '2016-06-01' })).toEqual([]);
    const only = createParameterRegistry([whatIf]).data;
    expect(listParameters({ at: '2026-01-01', parameters: only })).toEqual([]);
    expect(listParameters({ at: '2027-01-01', parameters: only }).map((p) => p.value)).toEqual([
      '0.6',
    ]);
  });

  it('refuses a bad date', () => {
    expectCode(() => listParameters({ at: '2024-13-01' }), 'invalid_date');
  });
});
