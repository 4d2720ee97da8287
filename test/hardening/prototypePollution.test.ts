import { afterEach, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { isContainer, outcomeOf } from './contract.js';
import {
  application,
  assessment,
  assessmentResults,
  calls,
  callsJson,
  cofinancingCases,
  cofinancingResults,
  definitionsJson,
  proposalDocument,
  quickScanAnswers,
  quickScanResult,
  schemeJson,
} from './samples.js';

/**
 * Prototype pollution: inputs whose objects carry `__proto__`, `constructor` or `prototype` as own
 * keys (made by `JSON.parse`, as a JSON body would), at every level of every object a function
 * takes. Afterwards no prototype has changed, `({}).polluted` is still undefined, and each
 * function answered with a result or with issues, never with another error. A result never
 * inherits from the attacker's object, and an options object's own `__proto__` is never read as
 * options.
 */

// A computed key: a plain `__proto__:` in an object literal would set the prototype instead.
const PAYLOADS: Readonly<Record<string, string>> = {
  ['__proto__']: '{"polluted":1,"isAdmin":true,"locale":"en"}',
  constructor: '{"prototype":{"polluted":1}}',
  prototype: '{"polluted":1}',
};

type Snapshot = Map<PropertyKey, PropertyDescriptor | undefined>;
const prototypes = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
};
const snapshot = (proto: object): Snapshot =>
  new Map(Reflect.ownKeys(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)]));
const before = Object.fromEntries(
  Object.entries(prototypes).map(([name, proto]) => [name, snapshot(proto)]),
);

/** What changed on a prototype since the tests started: keys, values, getters, setters, flags. */
function prototypeChanges(): string[] {
  const changes: string[] = [];
  for (const [name, proto] of Object.entries(prototypes)) {
    const now = snapshot(proto);
    const was = before[name]!;
    if ([...now.keys()].map(String).join() !== [...was.keys()].map(String).join())
      changes.push(`${name}.prototype keys`);
    for (const [key, descriptor] of now) {
      // Value, getter and setter (and flags), each the very same as before.
      const parts = Object.values(descriptor ?? {});
      const old = Object.values(was.get(key) ?? {});
      if (parts.length !== old.length || parts.some((part, i) => part !== old[i]))
        changes.push(`${name}.prototype.${String(key)}`);
    }
  }
  const probe = {} as Record<string, unknown>;
  if (probe['polluted'] !== undefined || probe['isAdmin'] !== undefined)
    changes.push('({}).polluted');
  if (([] as unknown as Record<string, unknown>)['polluted'] !== undefined)
    changes.push('[].polluted');
  if ((prototypeChanges as unknown as Record<string, unknown>)['polluted'] !== undefined)
    changes.push('(function).polluted');
  return changes;
}

function expectPrototypesUntouched(): void {
  expect(prototypeChanges()).toEqual([]);
}

afterEach(expectPrototypesUntouched);

/** Paths to every plain object of a JSON value (the places a key can be added). */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectPaths(item, [...path, i]));
  if (!isContainer(value)) return [];
  return [path, ...Object.keys(value).flatMap((key) => objectPaths(value[key], [...path, key]))];
}

/** JSON text of `value` with `key` added as an own key of the object at `target`, parsed. */
function poisoned(value: unknown, target: readonly (string | number)[], key: string): unknown {
  const same = (path: readonly (string | number)[]) =>
    path.length === target.length && path.every((p, i) => p === target[i]);
  const write = (node: unknown, path: (string | number)[]): string => {
    if (Array.isArray(node))
      return `[${node.map((item, i) => write(item, [...path, i])).join(',')}]`;
    if (isContainer(node)) {
      const parts = Object.keys(node).map(
        (k) => `${JSON.stringify(k)}:${write(node[k], [...path, k])}`,
      );
      if (same(path)) parts.push(`${JSON.stringify(key)}:${PAYLOADS[key]!}`);
      return `{${parts.join(',')}}`;
    }
    return JSON.stringify(node) ?? 'null';
  };
  const parsed: unknown = JSON.parse(write(value, []));
  return parsed;
}

/** Every variant of a JSON value: each prototype key at each object. */
function variants(base: unknown): { where: string; input: unknown }[] {
  const json: unknown = JSON.parse(JSON.stringify(base));
  return objectPaths(json).flatMap((path) =>
    Object.keys(PAYLOADS).map((key) => ({
      where: `${[...path, key].join('.')}`,
      input: poisoned(json, path, key),
    })),
  );
}

/** Objects in a result that inherit a `polluted` key (from an attacker's prototype). */
function inherited(result: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const stack: [unknown, string][] = [[result, '$']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if ('polluted' in value && !Object.hasOwn(value, 'polluted')) found.push(path);
    if (value instanceof Map) for (const [k, v] of value) stack.push([v, `${path}<${String(k)}>`]);
    else
      for (const key of Object.keys(value))
        stack.push([(value as Record<string, unknown>)[key], `${path}.${key}`]);
  }
  return found;
}

/** The issue codes of an outcome: thrown, or a failed safe result; `[]` for a success. */
function codesOf(value: { threw: boolean; value?: unknown; error?: unknown }): string[] {
  if (value.threw)
    return lib.isPioRulesError(value.error) ? value.error.issues.map((i) => i.code) : [];
  const result = value.value as { success?: boolean; issues?: readonly lib.PioIssue[] };
  return result?.success === false ? (result.issues ?? []).map((i) => i.code) : [];
}

interface Target {
  /** The clean input, as JSON data. */
  readonly base: unknown;
  /** Calls the function with a poisoned input. */
  readonly call: (input: any) => unknown;
  /**
   * `'always'`: every variant is refused (a closed shape at every level); `'some'`: at least one
   * is (free-form data, such as parameter values, may hold any key).
   */
  readonly refuses?: 'always' | 'some';
}

const localeOptions = { locale: 'nl-BE' };
const at = '2024-10-01T12:00:00+02:00';
const targets: Readonly<Record<string, Target>> = {
  validateApplication: {
    base: proposalDocument(),
    call: (d) => lib.safeValidateApplication(d),
    refuses: 'always',
  },
  'validateApplication (throwing)': {
    base: proposalDocument(),
    call: (d) => lib.validateApplication(d),
    refuses: 'always',
  },
  'validateApplication options': {
    base: { at, locale: 'nl-BE', eligibleOrganisationTypes: ['municipality'] },
    call: (o) => lib.safeValidateApplication(proposalDocument(), o),
  },
  ...Object.fromEntries(
    cofinancingCases.map((c, i) => [
      `computeCofinancing #${String(i)}`,
      {
        base: c.input,
        call: (x: any) => lib.computeCofinancing(x, c.options),
        refuses: 'always',
      } satisfies Target,
    ]),
  ),
  safeComputeCofinancing: {
    base: cofinancingCases[0]!.input,
    call: (x) => lib.safeComputeCofinancing(x),
    refuses: 'always',
  },
  'computeCofinancing options': {
    base: { at: { id: '2024-2', deadlineDate: '2024-10-10' }, capOverride: '1200000.00' },
    call: (o) => lib.safeComputeCofinancing(cofinancingCases[1]!.input, o),
  },
  computeExpertiseSupport: {
    base: { requested: '28000.00' },
    call: (x) => lib.safeComputeExpertiseSupport(x),
    refuses: 'always',
  },
  explainCofinancing: { base: cofinancingResults[0], call: (r) => lib.explainCofinancing(r) },
  createCallCalendar: {
    base: callsJson().slice(0, 3),
    call: (c) => lib.createCallCalendar(c),
    refuses: 'always',
  },
  safeCreateCallCalendar: {
    base: callsJson().slice(0, 3),
    call: (c) => lib.safeCreateCallCalendar(c),
    refuses: 'always',
  },
  createParameterRegistry: {
    base: definitionsJson().slice(0, 4),
    call: (d) => lib.safeCreateParameterRegistry(d, { base: lib.defaultParameters }),
    refuses: 'always',
  },
  'getCalls options': { base: { year: 2024, kind: 'regular' }, call: (o) => lib.getCalls(o) },
  'nextDeadline options': {
    base: { at: '2024-05-01T00:00:00Z', kind: 'regular' },
    call: (o) => lib.nextDeadline(o),
  },
  'formatDeadline call and options': {
    base: { call: calls[0], options: localeOptions },
    call: (x) => lib.formatDeadline(x.call, x.options),
  },
  'isOnTime call': { base: calls[0], call: (c) => lib.isOnTime(c, { at: '2024-04-18T12:00:00Z' }) },
  'callStatus call': {
    base: calls[1],
    call: (c) => lib.callStatus(c, { at: '2024-05-01T00:00:00Z' }),
  },
  'getParameter options': {
    base: { at: '2024-10-10' },
    call: (o) => lib.getParameter('cofinancing.cap', o),
  },
  'listParameters options': { base: { at: '2024-01-01' }, call: (o) => lib.listParameters(o) },
  'assessApplication assessment': {
    base: assessment,
    call: (a) => lib.assessApplication(application, a),
    refuses: 'always',
  },
  'safeAssessApplication assessment': {
    base: assessment,
    call: (a) => lib.safeAssessApplication(application, a),
    refuses: 'always',
  },
  'safeAssessApplication application': {
    base: proposalDocument(),
    call: (d) => lib.safeAssessApplication(d, assessment),
    refuses: 'always',
  },
  'assessApplication options': {
    base: { locale: 'nl-BE', at },
    call: (o) => lib.assessApplication(application, assessment, o),
  },
  'explainAssessment result': { base: assessmentResults[1], call: (r) => lib.explainAssessment(r) },
  innovationQuickScan: {
    base: quickScanAnswers,
    call: (a) => lib.safeInnovationQuickScan(a),
    refuses: 'always',
  },
  'explainQuickScan result': { base: quickScanResult, call: (r) => lib.explainQuickScan(r) },
  createScoringScheme: {
    base: schemeJson(),
    call: (s) => lib.createScoringScheme(s),
    refuses: 'always',
  },
  safeCreateScoringScheme: {
    base: schemeJson(),
    call: (s) => lib.safeCreateScoringScheme(s),
    refuses: 'always',
  },
  'getCriteria options': { base: { at: '2024-10-10' }, call: (o) => lib.getCriteria(o) },
  'getScoringScheme options': { base: { at: '2024-10-10' }, call: (o) => lib.getScoringScheme(o) },
  'eur options': { base: localeOptions, call: (o) => lib.eur('1', o) },
  'parseEur options': { base: localeOptions, call: (o) => lib.parseEur('1.234,56', o) },
  'money.add amounts': {
    base: { a: lib.eur('1'), b: lib.eur('2') },
    call: (x) => lib.money.add(x.a, x.b),
  },
  'money.allocate ratios': {
    base: { ratios: ['1', '2'] },
    call: (x) => lib.money.allocate(lib.eur('1'), x.ratios),
  },
  issueMessage: {
    base: { code: 'invalid_value', params: { received: 'x', expected: ['a'] } },
    call: (i) => lib.issueMessage(i, localeOptions),
  },
  'issueMessage options': {
    base: localeOptions,
    call: (o) => lib.issueMessage({ code: 'required', params: {} }, o),
  },
};

it('poisons with all three keys', () => {
  expect(Object.keys(PAYLOADS)).toEqual(['__proto__', 'constructor', 'prototype']);
});

describe.each(Object.entries(targets))('%s', (name, target) => {
  const all = variants(target.base);

  it(`keeps every prototype as it was for ${String(all.length)} poisoned inputs, and answers`, () => {
    let refused = 0;
    for (const { where, input } of all) {
      const outcome = outcomeOf(() => target.call(input));
      if (outcome.threw)
        expect(
          lib.isPioRulesError(outcome.error),
          `${name} at ${where}: ${String(outcome.error)}`,
        ).toBe(true);
      else expect(inherited(outcome.value), `${name} at ${where}`).toEqual([]);
      const codes = codesOf(outcome);
      if (codes.length > 0) refused += 1;
      if (target.refuses === 'always')
        expect(codes.length, `${name} accepted ${where}`).toBeGreaterThan(0);
      expectPrototypesUntouched();
    }
    if (target.refuses === 'some') expect(refused).toBeGreaterThan(0);
  });
});

describe('an own __proto__ key of an options object', () => {
  const fromJson = (text: string): any => JSON.parse(text);

  it('is not read as options (no locale, calendar or parameters slip in through it)', () => {
    const english = fromJson('{"__proto__":{"locale":"en","parameters":null,"calendar":null}}');
    expect(lib.formatDeadline(calls[0]!, english)).toBe(lib.formatDeadline(calls[0]!));
    const refused = lib.safeParseEur('1.234', english);
    expect(refused.success ? '' : refused.issues[0]!.message).toMatch(/^Dubbelzinnig bedrag/);
    expect(lib.getParameter('cofinancing.cap', english).value).toBe(
      lib.getParameter('cofinancing.cap').value,
    );
    expect(lib.explainQuickScan(quickScanResult, english)).toEqual(
      lib.explainQuickScan(quickScanResult),
    );
    const result = lib.safeValidateApplication({}, english);
    expect(result.success ? '' : result.issues[0]!.message).toBe(
      (lib.safeValidateApplication({}) as lib.Failure).issues[0]!.message,
    );
    const withAt = fromJson('{"__proto__":{"at":"2024-10-01T12:00:00+02:00"}}');
    expect(codesOf(outcomeOf(() => lib.nextDeadline(withAt)))).toEqual(['required']);
  });

  it('in a parameter value stays an own key of that value, never its prototype', () => {
    const defs = definitionsJson();
    const scheme = defs.find((d) => d.id === 'criteria.scoringScheme');
    const registry = lib.safeCreateParameterRegistry(
      [
        {
          ...scheme,
          id: 'test.freeForm',
          versions: [
            { ...scheme.versions[0], value: fromJson('{"__proto__":{"polluted":1},"a":1}') },
          ],
        },
      ],
      { base: lib.defaultParameters },
    );
    // The guard leaves `__proto__` out of every document and reports it: never copied.
    expect(registry.success).toBe(false);
    expect(registry.success ? [] : registry.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_key', '0.versions.0.value.__proto__'],
    ]);
    expectPrototypesUntouched();
  });
});
