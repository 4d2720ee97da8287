import { afterEach, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { isContainer, outcomeOf } from './contract.js';
import {
  application,
  assessment,
  assessmentResults,
  calls,
  callsJson,
  cofinancingInputs,
  cofinancingResults,
  definitionsJson,
  proposalDocument,
  quickScanAnswers,
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

function expectPrototypesUntouched(): void {
  for (const [name, proto] of Object.entries(prototypes)) {
    const now = snapshot(proto);
    const was = before[name]!;
    expect([...now.keys()], `${name}.prototype keys`).toEqual([...was.keys()]);
    for (const [key, descriptor] of now) {
      // Value, getter and setter (and flags), each the very same as before.
      const parts = Object.values(descriptor ?? {});
      const old = Object.values(was.get(key) ?? {});
      expect(parts.length, `${name}.prototype.${String(key)}`).toBe(old.length);
      parts.forEach((part, i) => expect(part, `${name}.prototype.${String(key)}`).toBe(old[i]));
    }
  }
  const probe = {} as Record<string, unknown>;
  expect(probe['polluted']).toBeUndefined();
  expect(probe['isAdmin']).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(
    (expectPrototypesUntouched as unknown as Record<string, unknown>)['polluted'],
  ).toBeUndefined();
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
const targets: Readonly<Record<string, Target>> = {
  validateApplication: {
    base: proposalDocument(),
    call: (d) => lib.validateApplication(d),
    refuses: 'always',
  },
  parseApplication: {
    base: proposalDocument(),
    call: (d) => lib.parseApplication(d),
    refuses: 'always',
  },
  'validateApplication options': {
    base: { at: '2024-10-01T12:00:00Z', locale: 'nl-BE' },
    call: (o) => lib.validateApplication(proposalDocument(), o),
  },
  ...Object.fromEntries(
    cofinancingInputs.map((input, i) => [
      `computeCofinancing #${String(i)}`,
      {
        base: input,
        call: (x: any) => lib.computeCofinancing(x),
        refuses: 'some',
      } satisfies Target,
    ]),
  ),
  safeComputeCofinancing: {
    base: cofinancingInputs[0],
    call: (x) => lib.safeComputeCofinancing(x),
    refuses: 'always',
  },
  computeExpertiseSupport: {
    base: { requested: '28000.00', at: { id: '2019-2', deadlineDate: '2019-12-13' } },
    call: (x) => lib.computeExpertiseSupport(x),
    refuses: 'some',
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
    call: (d) => lib.createParameterRegistry(d, { base: lib.defaultParameters }),
    refuses: 'some',
  },
  'getCalls options': { base: { year: 2024, kind: 'regular' }, call: (o) => lib.getCalls(o) },
  'nextDeadline options': {
    base: { kind: 'regular' },
    call: (o) => lib.nextDeadline('2024-05-01T00:00:00Z', o),
  },
  'formatDeadline call and options': {
    base: { call: calls[0], options: localeOptions },
    call: (x) => lib.formatDeadline(x.call, x.options),
  },
  'isOnTime call': { base: calls[0], call: (c) => lib.isOnTime(c, '2024-04-18T12:00:00Z') },
  'callStatus call': { base: calls[1], call: (c) => lib.callStatus(c, '2024-05-01T00:00:00Z') },
  'getParameter options': {
    base: { parameters: null },
    call: (o) => lib.getParameter('cofinancing.cap', undefined, o),
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
  'assessApplication options': {
    base: { locale: 'nl-BE' },
    call: (o) => lib.assessApplication(application, assessment, o),
  },
  'explainAssessment result': { base: assessmentResults[1], call: (r) => lib.explainAssessment(r) },
  innovationQuickScan: {
    base: quickScanAnswers,
    call: (a) => lib.innovationQuickScan(a),
    refuses: 'always',
  },
  'explainQuickScan result': {
    base: lib.innovationQuickScan(quickScanAnswers as lib.QuickScanAnswers),
    call: (r) => lib.explainQuickScan(r),
  },
  createScoringScheme: {
    base: schemeJson(),
    call: (s) => lib.createScoringScheme(s),
    refuses: 'always',
  },
  validateScoringScheme: {
    base: schemeJson(),
    call: (s) => lib.validateScoringScheme(s),
    refuses: 'always',
  },
  'getCriteria options': { base: { at: '2024-10-10' }, call: (o) => lib.getCriteria(o) },
  'checkApplicationRules context': {
    base: { locale: 'nl-BE' },
    call: (c) => lib.checkApplicationRules(application, c),
  },
  'eur options': { base: { path: ['a'] }, call: (o) => lib.eur('1', o) },
  'parseEur options': { base: localeOptions, call: (o) => lib.parseEur('1.234,56', o) },
  'toInstant options': {
    base: { path: ['at'] },
    call: (o) => lib.toInstant('2024-01-01T00:00:00Z', o),
  },
  pickText: { base: { nl: 'oproep', en: 'call' }, call: (t) => lib.pickText(t, 'nl-BE') },
  formatIssueMessage: {
    base: { received: 'x', expected: ['a'] },
    call: (p) => lib.formatIssueMessage('invalid_value', p, 'nl-BE'),
  },
  createIssue: {
    base: { path: ['a'], params: { id: 'x' }, locale: 'nl-BE' },
    call: (o) => lib.createIssue('required', o),
  },
  localizeIssue: {
    base: lib.createIssue('unknown_key', { params: { key: 'x' } }),
    call: (i) => lib.localizeIssue(i, 'en'),
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
    expect(lib.parseEur('1.234,56', english).amount).toBe('1234.56');
    expect(lib.getParameter('cofinancing.cap', undefined, english).value).toBe(
      lib.getParameter('cofinancing.cap').value,
    );
    expect(
      lib.explainQuickScan(
        lib.innovationQuickScan(quickScanAnswers as lib.QuickScanAnswers),
        english,
      ),
    ).toBe(lib.explainQuickScan(lib.innovationQuickScan(quickScanAnswers as lib.QuickScanAnswers)));
    const result = lib.validateApplication({}, english);
    expect(result.success ? '' : result.issues[0]!.message).toBe(
      (lib.validateApplication({}) as unknown as { issues: lib.PioIssue[] }).issues[0]!.message,
    );
  });

  it('in a parameter value stays an own key of that value, never its prototype', () => {
    const defs = definitionsJson();
    const scheme = defs.find((d) => d.id === 'criteria.scoringScheme');
    const registry = lib.createParameterRegistry(
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
    const value = lib.getParameter('test.freeForm', undefined, { parameters: registry })
      .value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value['polluted']).toBeUndefined();
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
  });
});
