import fc from 'fast-check';
import { expect } from 'vitest';
import { isPioRulesError, issueCodes } from '../../src/index.js';

/**
 * The contract every public function keeps for any input: it returns a result or throws a
 * `PioRulesError` (with at least one issue, every code from the closed union), never another
 * error; a result holds no `NaN`, no invalid `Date`, no `undefined` where a value is promised,
 * and no text "NaN", "Invalid Date" or "undefined" that the input did not bring; a `safeX` or
 * `validateX` function never throws.
 */

const KNOWN_CODES: ReadonlySet<string> = new Set(issueCodes);
const SUSPECT_WORDS = ['NaN', 'Invalid Date', 'undefined'] as const;

/** Objects whose own fields are walked (plain objects, null-prototype objects and arrays). */
export function isContainer(value: unknown): value is Record<string | number, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

/** What an input holds that may be echoed: its texts, and whether it has a NaN or an invalid Date. */
interface InputFacts {
  readonly texts: string[];
  readonly hasNaN: boolean;
  readonly hasInvalidDate: boolean;
}

function factsOf(input: unknown): InputFacts {
  const texts: string[] = [];
  let hasNaN = false;
  let hasInvalidDate = false;
  const seen = new Set<unknown>();
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
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key === 'string') texts.push(key);
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value);
      }
  }
  return { texts, hasNaN, hasInvalidDate };
}

/** Whether an object is an issue: its message may name a received type ("ontvangen undefined"). */
function isIssueLike(value: object): boolean {
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string';
}

/**
 * Every defect of a result, as `path: what`: a `NaN`, an invalid `Date`, an `undefined` item or
 * own field, or (outside issues, whose messages may name a received type) a suspect word in a
 * text that the input did not bring. An issue's `params` (what was received) are not judged.
 *
 * @param result - What a function returned.
 * @param input - What it was given (its texts may be echoed).
 * @param checkTexts - Whether texts are checked for suspect words.
 */
export function defectsIn(result: unknown, input: unknown, checkTexts = true): string[] {
  const facts = factsOf(input);
  const allowed = (word: string): boolean =>
    (word === 'NaN' && facts.hasNaN) ||
    (word === 'Invalid Date' && facts.hasInvalidDate) ||
    facts.texts.some((text) => text.includes(word));
  const defects: string[] = [];
  const seen = new Set<unknown>();
  const stack: [unknown, string, boolean][] = [[result, '$', !checkTexts]];
  let budget = 200_000;
  while (stack.length > 0 && budget > 0) {
    budget -= 1;
    const [value, path, quiet] = stack.pop()!;
    if (typeof value === 'number' && Number.isNaN(value)) defects.push(`${path}: NaN`);
    if (value instanceof Date && Number.isNaN(value.getTime()))
      defects.push(`${path}: Invalid Date`);
    if (typeof value === 'string' && !quiet)
      for (const word of SUSPECT_WORDS)
        if (value.includes(word) && !allowed(word))
          defects.push(`${path}: text with "${word}": ${value.slice(0, 120)}`);
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    const issue = isIssueLike(value);
    const hush = quiet || issue;
    if (value instanceof Map) {
      for (const [k, v] of value)
        stack.push([v, `${path}<${typeof k === 'string' ? k : typeof k}>`, hush]);
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        if (value[i] === undefined) defects.push(`${path}[${String(i)}]: undefined`);
        stack.push([value[i], `${path}[${String(i)}]`, hush]);
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      // An issue's params hold what was received, as it was received: not judged.
      if (issue && key === 'params') continue;
      const child = (value as Record<string, unknown>)[key];
      if (child === undefined) defects.push(`${path}.${key}: undefined`);
      stack.push([child, `${path}.${key}`, hush]);
    }
  }
  return defects;
}

/** What a call came to. */
export type Outcome =
  | { readonly threw: false; readonly value: unknown }
  | { readonly threw: true; readonly error: unknown };

/** Runs a function, catching what it throws. */
export function outcomeOf(run: () => unknown): Outcome {
  try {
    return { threw: false, value: run() };
  } catch (error) {
    return { threw: true, error };
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : typeof error;
}

/** How a function's result is judged besides the generic checks. */
export interface ContractOptions {
  /** A `safeX` or `validateX` function: it never throws. */
  readonly safe?: boolean;
  /** `undefined` is a documented result (`getCall`, `nextDeadline`, ...). */
  readonly mayReturnUndefined?: boolean;
  /** `false` when the result is a text that may name a type (`describeType`). */
  readonly checkTexts?: boolean;
  /** Checks the result against the documented return type; returns what is wrong, if anything. */
  readonly returns?: (value: unknown) => string | undefined;
}

/**
 * Asserts the contract for one call and returns its outcome.
 *
 * @param name - The function's name, for messages.
 * @param fn - The function.
 * @param args - The arguments.
 * @param options - `safe`, `mayReturnUndefined`, `returns`.
 */
export function expectContract(
  name: string,
  fn: (...args: any[]) => unknown,
  args: readonly unknown[],
  options: ContractOptions = {},
): Outcome {
  const outcome = outcomeOf(() => fn(...args));
  if (outcome.threw) {
    const { error } = outcome;
    expect(options.safe, `${name} threw although it never may: ${describeError(error)}`).not.toBe(
      true,
    );
    expect(isPioRulesError(error), `${name} threw ${describeError(error)}`).toBe(true);
    if (!isPioRulesError(error)) return outcome;
    expect(error.issues.length, `${name}: a PioRulesError without issues`).toBeGreaterThan(0);
    const unknown = error.issues.map((i) => i.code).filter((code) => !KNOWN_CODES.has(code));
    expect(unknown, `${name}: issue codes outside the closed union`).toEqual([]);
    return outcome;
  }
  const { value } = outcome;
  if (!options.mayReturnUndefined) expect(value, `${name} returned undefined`).not.toBeUndefined();
  expect(defectsIn(value, args, options.checkTexts ?? true), `${name}: a defective result`).toEqual(
    [],
  );
  if (options.safe) {
    const result = value as { success?: unknown; issues?: unknown };
    expect(typeof result.success, `${name}: no boolean success`).toBe('boolean');
    if (result.success === false) {
      expect(Array.isArray(result.issues), `${name}: a failure without issues`).toBe(true);
      expect((result.issues as unknown[]).length).toBeGreaterThan(0);
    }
  }
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
  'nl-BE',
  'en',
  'fr',
  '2024-1',
  '2024-2',
  '2031-2',
  '2031-3',
  '0999-1',
  '2020-circular-economy',
  'cofinancing.maxRate',
  'criteria.scoringScheme',
  '0123.456.749',
  '0123456749',
  '0123.456.748',
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
  2 ** 53,
  1e21,
  999,
  1000,
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
  { length: 3 },
  new Map([['a', 1]]),
  new Set([1]),
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

/** `base` with one field anywhere in it replaced by an odd value, or (one time in five) deleted. */
export function withOdd(base: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  return fc
    .tuple(fc.nat({ max: paths.length - 1 }), oddValue, fc.nat({ max: 4 }))
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
