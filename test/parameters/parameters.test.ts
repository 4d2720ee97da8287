import { describe, expect, it } from 'vitest';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  getParameter,
  listParameters,
  type ParameterDefinition,
} from '../../src/parameters/index.js';
import { expectCode } from '../helpers/expectCode.js';

const required = [
  ['cofinancing.maxRate', '0.5'],
  ['cofinancing.cap', '1000000.00'],
  ['expertise.indicativeMax', '30000.00'],
  ['calls.perYear', 2],
  ['calls.deadlineTimeOfDay', '24:00'],
  ['vat.standardRate', '0.21'],
  ['cofinancing.rounding', 'down'],
] as const;

const what: ParameterDefinition = {
  id: 'cofinancing.maxRate',
  description: { nl: 'wat als', en: 'what if' },
  unit: 'rate',
  versions: [
    {
      value: '0.6',
      validFrom: '2027-01-01',
      status: 'assumed',
      source: { title: 'what-if', url: 'https://example.org' },
    },
  ],
};

describe('getParameter', () => {
  it.each(required)('has %s with latest value %s', (id, value) => {
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
    expect(getParameter('cofinancing.maxRate', '2019-06-14').status).toBe('assumed');
  });

  it('picks the version in force on a Brussels date', () => {
    expect(getParameter('expertise.indicativeMax', '2019-12-31').value).toBe('25000.00');
    expect(getParameter('expertise.indicativeMax', '2020-01-01').value).toBe('30000.00');
    // 2019-12-31T23:30Z is already 1 January 2020 in Brussels.
    expect(getParameter('expertise.indicativeMax', '2019-12-31T23:30:00Z').value).toBe('30000.00');
    expect(getParameter('expertise.indicativeMax', '2019-12-31T22:59:59.999Z').value).toBe(
      '25000.00',
    );
    expect(
      getParameter('expertise.indicativeMax', new Date('2018-01-01T12:00:00Z')).validUntil,
    ).toBe('2019-12-31');
    expect(getParameter('expertise.indicativeMax').validUntil).toBeNull();
  });

  it('refuses an unknown id, a date without a version, and a bad date', () => {
    expectCode(() => getParameter('cofinancing.nope'), 'unknown_parameter');
    expectCode(() => getParameter('cofinancing.cap', '2016-12-31'), 'no_parameter_value');
    expectCode(() => getParameter('cofinancing.cap', '2024-02-30'), 'invalid_date');
    expectCode(() => getParameter('cofinancing.cap', '2024-02-03T10:00'), 'ambiguous_time');
    expectCode(() => getDefinition('x.y'), 'unknown_parameter');
  });
});

describe('createParameterRegistry', () => {
  it('runs a what-if on top of the built-in registry', () => {
    const whatIf = createParameterRegistry([what], { base: defaultParameters });
    expect(getParameter('cofinancing.maxRate', '2027-06-01', { parameters: whatIf }).value).toBe(
      '0.6',
    );
    expectCode(
      () => getParameter('cofinancing.maxRate', '2026-06-01', { parameters: whatIf }),
      'no_parameter_value',
    );
    expect(getParameter('cofinancing.cap', undefined, { parameters: whatIf }).value).toBe(
      '1000000.00',
    );
    expect(getParameter('cofinancing.maxRate').value).toBe('0.5');
  });

  it('reports every problem of bad definitions', () => {
    const bad = [
      {
        ...what,
        versions: [
          { ...what.versions[0]!, value: '1.5' },
          { ...what.versions[0]!, validFrom: '2026-01-01' },
        ],
      },
      {
        ...what,
        id: 'cofinancing.cap',
        versions: [
          { ...what.versions[0]!, validFrom: '2027-01-01', validUntil: '2026-01-01', value: 'x' },
        ],
      },
      what,
    ];
    const error = expectCode(() => createParameterRegistry(bad), 'invalid_registry');
    const reasons = error.issues.map((i) => String(i.params['reason']));
    expect(reasons.some((r) => r.includes('overlaps'))).toBe(true);
    expect(reasons.some((r) => r.includes('not valid for cofinancing.maxRate'))).toBe(true);
    expect(reasons.some((r) => r.includes('before validFrom'))).toBe(true);
    expect(reasons.some((r) => r.includes('not valid for cofinancing.cap'))).toBe(true);
    expect(reasons.some((r) => r.includes('duplicate id'))).toBe(true);
    expect(error.issues.length).toBeGreaterThanOrEqual(5);
  });

  it('reports structural problems with their paths', () => {
    const error = expectCode(
      () =>
        createParameterRegistry([
          {
            id: 'Bad',
            description: { nl: '' },
            unit: 'x',
            versions: [],
          } as unknown as ParameterDefinition,
        ]),
      'invalid_registry',
    );
    const paths = error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['0.id', '0.description.nl', '0.description.en', '0.versions']),
    );
  });

  it('keeps the registry safe from later changes to the input', () => {
    const input = structuredClone(what) as unknown as { versions: { value: string }[] };
    const registry = createParameterRegistry([input as unknown as ParameterDefinition]);
    input.versions[0]!.value = '0.9';
    expect(getParameter('cofinancing.maxRate', undefined, { parameters: registry }).value).toBe(
      '0.6',
    );
    expect(Object.isFrozen(getDefinition('cofinancing.cap').versions[0])).toBe(true);
  });
});

describe('listParameters', () => {
  it('lists the whole registry sorted by id, or what is in force on a date', () => {
    const all = listParameters();
    expect(all.map((p) => p.id)).toEqual([...all.map((p) => p.id)].sort());
    expect(all.map((p) => p.id)).toEqual(expect.arrayContaining(required.map(([id]) => id)));
    const at2018 = listParameters({ at: '2018-05-01' });
    expect(at2018.find((p) => p.id === 'expertise.indicativeMax')?.value).toBe('25000.00');
    const only = createParameterRegistry([what]);
    expect(listParameters({ at: '2026-01-01', parameters: only })).toEqual([]);
  });
});

describe('registry checks, to the day and to the path', () => {
  const version = what.versions[0]!;
  const withVersions = (versions: unknown[]) =>
    [{ ...what, versions }] as unknown as ParameterDefinition[];

  it('accepts a version that starts and ends on the same day, and one that starts the day after', () => {
    const registry = createParameterRegistry(
      withVersions([
        { ...version, validFrom: '2027-01-01', validUntil: '2027-01-01' },
        { ...version, value: '0.4', validFrom: '2027-01-02' },
      ]),
    );
    expect(getParameter('cofinancing.maxRate', '2027-01-01', { parameters: registry }).value).toBe(
      '0.6',
    );
    expect(getParameter('cofinancing.maxRate', '2027-01-02', { parameters: registry }).value).toBe(
      '0.4',
    );
    expectCode(
      () => getParameter('cofinancing.maxRate', '2026-12-31', { parameters: registry }),
      'no_parameter_value',
    );
  });

  it('reports versions that overlap by one day, or end before they start, at their paths', () => {
    const error = expectCode(
      () =>
        createParameterRegistry(
          withVersions([
            { ...version, validFrom: '2027-01-01', validUntil: '2027-01-02' },
            { ...version, validFrom: '2027-01-02', validUntil: '2027-01-01' },
          ]),
        ),
      'invalid_registry',
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      [0, 'versions', 1, 'validUntil'],
      [0, 'versions', 1, 'validFrom'],
    ]);
    expect(error.issues[0]?.params).toEqual({
      reason: 'validUntil 2027-01-01 is before validFrom 2027-01-02',
    });
    expect(error.issues[1]?.params['reason']).toBe(
      'version 1 of cofinancing.maxRate overlaps the one before it (versions must be sorted and must not overlap)',
    );
  });

  it('reports an open-ended version followed by another, and duplicates and bad values at their paths', () => {
    const error = expectCode(
      () =>
        createParameterRegistry([
          ...withVersions([version, { ...version, validFrom: '2030-01-01', value: '1.01' }]),
          what,
        ]),
      'invalid_registry',
    );
    expect(error.issues.map((i) => [i.path, i.params['reason']])).toEqual([
      [
        [0, 'versions', 1, 'validFrom'],
        'version 1 of cofinancing.maxRate overlaps the one before it (versions must be sorted and must not overlap)',
      ],
      [[0, 'versions', 1, 'value'], 'value "1.01" is not valid for cofinancing.maxRate'],
      [[1, 'id'], 'duplicate id cofinancing.maxRate'],
    ]);
    expect(
      getParameter('cofinancing.maxRate', undefined, {
        parameters: createParameterRegistry(withVersions([{ ...version, value: '1' }])),
      }).value,
    ).toBe('1');
  });

  it('gives numeric paths for list positions in structural problems', () => {
    const error = expectCode(
      () =>
        createParameterRegistry([{ ...what, versions: [{ ...version, validFrom: '2027-02-30' }] }]),
      'invalid_registry',
    );
    expect(error.issues[0]?.path).toEqual([0, 'versions', 0, 'validFrom']);
  });

  it('freezes every level of the stored definitions', () => {
    const def = getDefinition('cofinancing.eligibleCategories');
    expect(Object.isFrozen(def)).toBe(true);
    expect(Object.isFrozen(def.versions)).toBe(true);
    expect(Object.isFrozen(def.versions[0]!.value)).toBe(true);
    expect(Object.isFrozen(def.versions[0]!.source)).toBe(true);
  });

  it('passes a version note on, and leaves it out when there is none', () => {
    expect(getParameter('cofinancing.rounding').note?.en).toContain('rounding down');
    const registry = createParameterRegistry([what]);
    expect('note' in getParameter('cofinancing.maxRate', undefined, { parameters: registry })).toBe(
      false,
    );
    expect(getParameter('cofinancing.maxRate', undefined, { parameters: registry })).toEqual({
      id: 'cofinancing.maxRate',
      value: '0.6',
      unit: 'rate',
      validFrom: '2027-01-01',
      validUntil: null,
      status: 'assumed',
      source: { title: 'what-if', url: 'https://example.org' },
    });
  });

  it('says which date had no value', () => {
    expect(
      expectCode(() => getParameter('cofinancing.cap', '2016-12-31'), 'no_parameter_value')
        .issues[0]?.params,
    ).toEqual({
      id: 'cofinancing.cap',
      at: '2016-12-31',
    });
    expect(expectCode(() => getParameter('x.y'), 'unknown_parameter').issues[0]?.params).toEqual({
      id: 'x.y',
    });
  });
});
