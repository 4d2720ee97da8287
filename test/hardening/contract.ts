/* eslint-disable no-sparse-arrays -- hostile samples: sparse arrays on purpose */
import fc from 'fast-check';
import { expect } from 'vitest';
import { isPioRulesError, issueCodes } from '../../src/index.js';

/**
 * The contract every public function keeps for any input: it returns a result or throws a
 * `PioRulesError` (with at least one issue, every one complete and with a code from the closed
 * union), never another error (no `TypeError`, no `RangeError` from a stack overflow); it
 * finishes within a loose time bound; it changes and freezes none of the caller's objects and
 * no prototype; a result holds no `NaN`, no invalid `Date`, no `undefined` where a value is
 * promised, and no text "NaN", "Invalid Date" or "undefined" that the input did not bring (also
 * in rendered messages: only an issue's `params`, which hold what was received, are not judged);
 * a `safeX` function never throws and returns `{ success: true, data, warnings }` or
 * `{ success: false, issues }`.
 */

const KNOWN_CODES: ReadonlySet<string> = new Set(issueCodes);
const SUSPECT_WORDS = ['NaN', 'Invalid Date', 'undefined'] as const;

/**
 * The loose time bound of one call: a hang detector, not a benchmark (the benchmarks are in
 * `bench/`). A call that reads a sparse array item by item, or backtracks, takes minutes.
 */
export const LOOSE_LIMIT_MS = 2_000;

/** Objects whose own fields are walked (plain objects, null-prototype objects and arrays). */
export function isContainer(value: unknown): value is Record<string | number, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

/**
 * The own keys of a container worth walking, at most `bound` of them: an array's present
 * indexes below the bound (a sparse array of length 2^32 - 1 costs nothing), an object's keys.
 */
function keysOf(value: Record<string | number, unknown>, bound: number): (string | number)[] {
  if (!Array.isArray(value)) return Object.keys(value).slice(0, bound);
  const keys: number[] = [];
  const length = Math.min(value.length, bound);
  for (let i = 0; i < length; i += 1) if (Object.hasOwn(value, i)) keys.push(i);
  return keys;
}

/** What an input holds that may be echoed: its texts, and whether it has a NaN or an invalid Date. */
interface InputFacts {
  readonly texts: string[];
  readonly hasNaN: boolean;
  readonly hasInvalidDate: boolean;
}

function factsOf(input: unknown, opaque: ReadonlySet<unknown> = new Set()): InputFacts {
  const texts: string[] = [];
  let hasNaN = false;
  let hasInvalidDate = false;
  const seen = new Set<unknown>(opaque);
  const stack: unknown[] = [input];
  let budget = 100_000;
  while (stack.length > 0 && budget > 0) {
    budget -= 1;
    const value = stack.pop();
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'number' && Number.isNaN(value)) hasNaN = true;
    else if (value instanceof Date && Number.isNaN(value.getTime())) hasInvalidDate = true;
    else if (value instanceof Number && Number.isNaN(value.valueOf())) hasNaN = true;
    else if (value instanceof String) texts.push(value.valueOf());
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    else if (value instanceof Set) for (const v of value) stack.push(v);
    else
      for (const key of Array.isArray(value)
        ? keysOf(value as unknown as Record<string | number, unknown>, 10_000)
        : Reflect.ownKeys(value).slice(0, 10_000)) {
        if (typeof key === 'string') texts.push(key);
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value);
      }
  }
  return { texts, hasNaN, hasInvalidDate };
}

/** Whether an object is an issue as the library returns it (rendered). */
function isIssueLike(value: object): boolean {
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string';
}

/**
 * Every defect of a result, as `path: what`: a `NaN`, an invalid `Date`, an `undefined` item or
 * own field, an array far too long for any result, or a suspect word in a text (messages
 * included) that the input did not bring. An issue's `params` (what was received) are not judged.
 *
 * @param result - What a function returned.
 * @param input - What it was given (its texts may be echoed).
 * @param checkTexts - Whether texts are checked for suspect words.
 * @param opaque - Objects of the input not walked for texts (large values known to hold none).
 */
export function defectsIn(
  result: unknown,
  input: unknown,
  checkTexts = true,
  opaque: ReadonlySet<unknown> = new Set(),
): string[] {
  const facts = checkTexts
    ? factsOf(input, opaque)
    : { texts: [], hasNaN: false, hasInvalidDate: false };
  const allowed = (word: string): boolean =>
    (word === 'NaN' && facts.hasNaN) ||
    (word === 'Invalid Date' && facts.hasInvalidDate) ||
    facts.texts.some((text) => text.includes(word));
  const defects: string[] = [];
  const seen = new Set<unknown>();
  const stack: [unknown, string][] = [[result, '$']];
  let budget = 200_000;
  while (stack.length > 0 && budget > 0) {
    budget -= 1;
    const [value, path] = stack.pop()!;
    if (typeof value === 'number' && Number.isNaN(value)) defects.push(`${path}: NaN`);
    if (value instanceof Date && Number.isNaN(value.getTime()))
      defects.push(`${path}: Invalid Date`);
    if (typeof value === 'string' && checkTexts)
      for (const word of SUSPECT_WORDS)
        if (value.includes(word) && !allowed(word))
          defects.push(`${path}: text with "${word}": ${value.slice(0, 120)}`);
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    const issue = isIssueLike(value);
    if (value instanceof Map) {
      for (const [k, v] of value)
        stack.push([v, `${path}<${typeof k === 'string' ? k : typeof k}>`]);
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > 100_000) {
        defects.push(`${path}: an array of ${String(value.length)} items`);
        continue;
      }
      for (let i = 0; i < value.length; i += 1) {
        if (value[i] === undefined) defects.push(`${path}[${String(i)}]: undefined`);
        stack.push([value[i], `${path}[${String(i)}]`]);
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      // An issue's params hold what was received, as it was received: not judged.
      if (issue && key === 'params') continue;
      const child = (value as Record<string, unknown>)[key];
      if (child === undefined) defects.push(`${path}.${key}: undefined`);
      stack.push([child, `${path}.${key}`]);
    }
  }
  return defects;
}

/** What is wrong with an issue as a public function returns or throws it, if anything. */
export function issueDefect(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const i = value as Record<string, unknown>;
  if (typeof i['code'] !== 'string' || !KNOWN_CODES.has(i['code']))
    return `code outside the closed union: ${String(i['code'])}`;
  if (i['severity'] !== 'error' && i['severity'] !== 'warning') return 'no severity';
  if (!Array.isArray(i['path'])) return 'no path';
  if (!i['path'].every((p: unknown) => typeof p === 'string' || typeof p === 'number'))
    return 'a path with other than strings and numbers';
  if (typeof i['params'] !== 'object' || i['params'] === null) return 'no params';
  if (typeof i['message'] !== 'string' || i['message'] === '') return 'no message';
  return undefined;
}

/** What is wrong with a `safeX` result, if anything: the one result shape, complete issues. */
export function resultDefect(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const r = value as Record<string, unknown>;
  if (r['success'] === true) {
    if (!('data' in r)) return 'a success without data';
    if (!Array.isArray(r['warnings'])) return 'a success without a warnings list';
    if ('issues' in r) return 'a success with issues';
    return r['warnings'].map(issueDefect).find((d) => d !== undefined);
  }
  if (r['success'] === false) {
    if (!Array.isArray(r['issues']) || r['issues'].length === 0) return 'a failure without issues';
    if ('data' in r) return 'a failure with data';
    if (!r['issues'].some((i: { severity?: unknown }) => i?.severity === 'error'))
      return 'a failure without an error';
    return r['issues'].map(issueDefect).find((d) => d !== undefined);
  }
  return 'no boolean success';
}

/**
 * A bounded fingerprint of the caller's objects: for every plain object and array reachable
 * (through plain objects and arrays, at most 2,000 keys each), its own keys, its primitive values
 * and whether it is frozen, as one text. Two fingerprints differ when a call changed or froze
 * one of them. Objects are named by the order they are met (`#12.amount`), so that a value
 * nested 20,000 deep gives short lines, not ever longer paths.
 */
export function fingerprint(value: unknown, opaque: ReadonlySet<unknown> = new Set()): string {
  const lines: string[] = [];
  const seen = new Set<unknown>(opaque);
  const stack: [unknown, string][] = [[value, '$']];
  let budget = 20_000;
  let id = 0;
  while (stack.length > 0 && budget > 0) {
    budget -= 1;
    const [node, where] = stack.pop()!;
    if (node instanceof Date) {
      lines.push(`${where} date ${String(node.getTime())} ${String(Object.isFrozen(node))}`);
      continue;
    }
    if (!isContainer(node) || seen.has(node)) continue;
    seen.add(node);
    const name = `#${String((id += 1))}`;
    const length = Array.isArray(node) ? ` length ${String(node.length)}` : '';
    lines.push(`${where} = ${name}${length} ${Object.isFrozen(node) ? 'frozen' : 'open'}`);
    for (const key of keysOf(node, 2_000)) {
      const descriptor = Object.getOwnPropertyDescriptor(node, key);
      if (descriptor === undefined || !('value' in descriptor)) continue;
      const child: unknown = descriptor.value;
      const at = `${name}.${String(key)}`;
      if (typeof child === 'object' && child !== null) stack.push([child, at]);
      else if (typeof child === 'string') lines.push(`${at} = string ${String(child.length)}`);
      else lines.push(`${at} = ${typeof child} ${typeof child === 'symbol' ? '' : String(child)}`);
    }
  }
  return lines.join('\n');
}

/** The own keys of the prototypes a polluted input could reach, as one text each. */
function prototypeKeys(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) =>
    Reflect.ownKeys(p).map(String).join(','),
  );
}
const PROTOTYPE_KEYS = prototypeKeys();

/** What a call came to. */
export type Outcome =
  | { readonly threw: false; readonly value: unknown; readonly ms: number }
  | { readonly threw: true; readonly error: unknown; readonly ms: number };

/** Runs a function, catching what it throws, and times it. */
export function outcomeOf(run: () => unknown): Outcome {
  const started = performance.now();
  try {
    const value = run();
    return { threw: false, value, ms: performance.now() - started };
  } catch (error) {
    return { threw: true, error, ms: performance.now() - started };
  }
}

/** An error, short, for a failure message. */
export function describeError(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message.slice(0, 300)}`
    : `${typeof error}: ${String(error).slice(0, 100)}`;
}

/** How a function's result is judged besides the generic checks. */
export interface ContractOptions {
  /** A `safeX` function: it never throws and returns the one result shape. */
  readonly safe?: boolean;
  /** `undefined` is a documented result (`getCall`, `nextDeadline`, ...). */
  readonly mayReturnUndefined?: boolean;
  /** `false` when the result may hold texts of any kind (a JSON Schema). */
  readonly checkTexts?: boolean;
  /** Checks the result against the documented return type; returns what is wrong, if anything. */
  readonly returns?: (value: unknown) => string | undefined;
  /** Whether the caller's objects are fingerprinted before and after (default true). */
  readonly checkArguments?: boolean;
  /**
   * Objects of the arguments that are neither fingerprinted nor walked for texts on every call
   * (large shared values, whose own fingerprint the caller checks once).
   */
  readonly opaque?: ReadonlySet<unknown>;
}

/**
 * Asserts the contract for one call and returns its outcome.
 *
 * @param name - The function's name, for messages.
 * @param fn - The function.
 * @param args - The arguments.
 * @param options - `safe`, `mayReturnUndefined`, `returns`, ...
 */
export function expectContract(
  name: string,
  fn: (...args: any[]) => unknown,
  args: readonly unknown[],
  options: ContractOptions = {},
): Outcome {
  const checkArguments = options.checkArguments ?? true;
  const opaque = options.opaque ?? new Set<unknown>();
  const before = checkArguments ? fingerprint(args, opaque) : '';
  const outcome = outcomeOf(() => fn(...args));
  expect(outcome.ms, `${name} took ${outcome.ms.toFixed(0)} ms`).toBeLessThan(LOOSE_LIMIT_MS);
  expect(prototypeKeys(), `${name} changed a prototype`).toEqual(PROTOTYPE_KEYS);
  // Compared as one text: a deep diff of two large fingerprints is slow, and only `same` matters.
  if (checkArguments && fingerprint(args, opaque) !== before)
    expect(fingerprint(args, opaque), `${name} changed or froze an object of the caller`).toBe(
      before,
    );
  if (outcome.threw) {
    const { error } = outcome;
    expect(options.safe, `${name} threw although it never may: ${describeError(error)}`).not.toBe(
      true,
    );
    expect(isPioRulesError(error), `${name} threw ${describeError(error)}`).toBe(true);
    if (!isPioRulesError(error)) return outcome;
    expect(error.issues.length, `${name}: a PioRulesError without issues`).toBeGreaterThan(0);
    expect(
      error.issues.map(issueDefect).filter((d) => d !== undefined),
      `${name}: incomplete issues`,
    ).toEqual([]);
    expect(error.code, `${name}: the error's code is not its first issue's`).toBe(
      error.issues[0]!.code,
    );
    expect(defectsIn(error.issues, args, true, opaque), `${name}: a defective issue`).toEqual([]);
    return outcome;
  }
  const { value } = outcome;
  if (!options.mayReturnUndefined) expect(value, `${name} returned undefined`).not.toBeUndefined();
  expect(
    defectsIn(value, args, options.checkTexts ?? true, opaque),
    `${name}: a defective result`,
  ).toEqual([]);
  if (options.safe)
    expect(resultDefect(value), `${name}: not the one result shape`).toBeUndefined();
  const wrong = options.returns?.(value);
  expect(wrong, `${name}: result not of the documented type`).toBeUndefined();
  return outcome;
}

/** Strings at the edges: empty, blank, signs, exponents, separators, odd digits, long, prototype names. */
export const boundaryString = fc.constantFrom(
  '',
  ' ',
  '\t\n',
  '\u0000',
  '0',
  '-0',
  '-0.00',
  '00',
  '1',
  '-1',
  '0.5',
  '1.005',
  '1e3',
  '1E-7',
  '0x10',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'undefined',
  'true',
  '٣',
  '１２',
  '1 000',
  '1.234,56',
  '€ 1.234.567,89',
  '€1,234,567.89',
  '-€12.50',
  '€ -12,50',
  '12.50,00',
  '1,5',
  '10000000000000.00',
  '10000000000000.01',
  '-10000000000000.01',
  '99999999999999999999999999999999999999999999999999999999999999',
  '0.' + '0'.repeat(70) + '1',
  '2024-02-29',
  '2023-02-29',
  '0000-01-01',
  '0050-06-15',
  '9999-12-31',
  '2024-13-01',
  '2024-00-10',
  '2024-04-18T23:59:59.999+02:00',
  '2024-04-19T00:00:00+02:00',
  '2024-04-18T23:00',
  '2024-04-18T24:00:00Z',
  '2024-04-18T23:59:60Z',
  '2024-04-18T12:00:00+15:00',
  '0050-06-15T12:00:00Z',
  '+275760-09-13T00:00:00Z',
  'Europe/Brussels',
  'Mars/Phobos+05',
  'nl',
  'nl-BE',
  'nl-NL',
  'en',
  'en-US',
  'en-GB',
  'fr',
  'nl-',
  'EN',
  '2024-1',
  '2024-2',
  '2031-2',
  '2031-3',
  '0999-1',
  '2020-circular-economy',
  'cofinancing.maxRate',
  'criteria.scoringScheme',
  'calls.timeZone',
  '0123.456.749',
  '0123456749',
  '0123.456.748',
  '0207.123.407',
  'BE0123456749',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'x'.repeat(200),
);

/** Numbers at the edges. */
export const boundaryNumber = fc.constantFrom(
  0,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  0.1 + 0.2,
  1.005,
  -1,
  0.5,
  1,
  12,
  1e13,
  1e13 + 0.01,
  -1e13,
  8.64e15,
  8.64e15 + 1,
  -8.64e15,
  2 ** 32 - 1,
  2 ** 53,
  1e21,
  999,
  1000,
  2024,
  9999,
  10000,
);

const oddConstants = fc.constantFrom<unknown>(
  null,
  undefined,
  new Date(Number.NaN),
  new Date(0),
  new Date(8.64e15),
  Symbol('odd'),
  10n,
  -(10n ** 30n),
  () => 1,
  [],
  {},
  Object.create(null),
  [undefined],
  [, 1],
  { length: 3 },
  { length: 2 ** 32 - 1 },
  new Map([['a', 1]]),
  new Set([1]),
  new Uint8Array(3),
  /x/,
  new Error('odd'),
);

/** Any JavaScript value, weighted towards the odd ones: boundaries, odd objects, prototype keys. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: boundaryString },
  { weight: 2, arbitrary: boundaryNumber },
  { weight: 2, arbitrary: oddConstants },
  {
    weight: 3,
    arbitrary: fc.anything({
      maxDepth: 3,
      maxKeys: 5,
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
  },
);

/** Any value JSON can represent. */
export const jsonValue: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 4 });

/** The paths to every field of a value that can be replaced (through plain objects and arrays). */
export function pathsOf(value: unknown, max = 2_000): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0 && paths.length < max) {
    const [node, path] = stack.pop()!;
    paths.push(path);
    if (!isContainer(node)) continue;
    if (Array.isArray(node)) node.forEach((child, i) => stack.push([child, [...path, i]]));
    else for (const key of Object.keys(node)) stack.push([node[key], [...path, key]]);
  }
  return paths;
}

/** A deep copy of the plain objects and arrays of a value (other objects are shared). */
export function cloneContainers<T>(value: T): T {
  if (!isContainer(value)) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => cloneContainers(item)) as T;
  const copy: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) as object);
  for (const key of Object.keys(value))
    Object.defineProperty(copy, key, {
      value: cloneContainers(value[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy as T;
}

/** A copy of `base` with the value at `path` replaced (or, when `remove`, the field deleted). */
export function replacedAt(
  base: unknown,
  path: readonly (string | number)[],
  value: unknown,
  remove = false,
): unknown {
  if (path.length === 0) return value;
  const root = cloneContainers(base);
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove && !Array.isArray(node)) delete node[last];
  else
    Object.defineProperty(node, last, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return root;
}

/** `base` with one field anywhere in it replaced by a value of `values`, or (one in five) deleted. */
export function withOdd(
  base: unknown,
  values: fc.Arbitrary<unknown> = oddValue,
): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  return fc
    .tuple(fc.nat({ max: paths.length - 1 }), values, fc.nat({ max: 4 }))
    .map(([i, value, dice]) => replacedAt(base, paths[i]!, value, dice === 0));
}

/** `base` as it is, with one odd field, or an odd value in its place. */
export function around(base: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(base) },
    { weight: 6, arbitrary: withOdd(base) },
    { weight: 2, arbitrary: oddValue },
  );
}

/** An optional argument: absent, odd, or one of the given values. */
export function optional<T>(...values: fc.Arbitrary<T>[]): fc.Arbitrary<unknown> {
  return fc.oneof(fc.constant(undefined), oddValue, ...values);
}
