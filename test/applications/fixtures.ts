import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  safeValidateApplication,
  type ValidateApplicationOptions,
  type ValidatedApplication,
} from '../../src/applications/index.js';
import { builtInCalls, createCallCalendar } from '../../src/calls/index.js';
import {
  issueCodesByGroup,
  type IssueCode,
  type PioIssue,
  type Result,
} from '../../src/issues/index.js';

/** The folder of the example proposals. */
export const examplesDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../examples/applications',
);

interface ExpectedIssues {
  readonly at: string;
  readonly expected: Readonly<Record<string, readonly string[]>>;
}

/** `examples/applications/expected-issues.json`. */
export const expectedIssues = JSON.parse(
  readFileSync(resolve(examplesDir, 'expected-issues.json'), 'utf8'),
) as ExpectedIssues;

/** The instant the examples are judged at. */
export const EXAMPLE_AT = expectedIssues.at;

/** The example file names (without expected-issues.json), sorted. */
export const exampleFiles = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.json') && f !== 'expected-issues.json')
  .sort();

/** The valid example files. */
export const validFiles = exampleFiles.filter((f) => !f.includes('invalid'));

/** Reads an example as parsed JSON (a fresh copy every time). */
export function loadExample(file: string): any {
  return JSON.parse(readFileSync(resolve(examplesDir, file), 'utf8'));
}

/** The city's PCP: a valid proposal for call 2024-2 (submitted 2024-10-08, deadline 2024-10-10). */
export function validDocument(): any {
  return loadExample('city-pcp.json');
}

/** A fresh valid proposal, changed by `change`. */
export function withDoc(change: (doc: any) => unknown): any {
  const doc = validDocument();
  change(doc);
  return doc;
}

/** The result of a validation. */
export type ValidationResult = Result<ValidatedApplication>;

/**
 * The built-in calls with the announced 2024 target dates taken as published deadlines, as an
 * app that loads the programme's published calendar would have them. {@link validate} judges
 * against it, so that a test of one rule expects only that rule's issues; against the built-in
 * calendar every proposal for 2024-2 also gets the warning `deadline_not_published`, which the
 * examples (`expected-issues.json`) and the tests of the rule `on-time` show.
 */
export const publishedCalendar = createCallCalendar(
  builtInCalls.map((call) =>
    call.status === 'announced' ? { ...call, status: 'published' as const } : call,
  ),
).data;

/**
 * Validates at the examples' instant against {@link publishedCalendar}, unless the options say
 * otherwise.
 */
export function validate(
  input: unknown,
  options: ValidateApplicationOptions = {},
): ValidationResult {
  return safeValidateApplication(input, {
    at: EXAMPLE_AT,
    calendar: publishedCalendar,
    ...options,
  });
}

/** The issues of a failed result, or the warnings of a successful one. */
export function reported(result: ValidationResult): readonly PioIssue[] {
  return result.success ? result.warnings : result.issues;
}

/** Every issue (or warning) code of a result, sorted. */
export function codesOf(result: ValidationResult): string[] {
  return reported(result)
    .map((i) => i.code)
    .sort();
}

/** Every issue (or warning) code of a result, in the order reported. */
export function codesInOrder(result: ValidationResult): string[] {
  return reported(result).map((i) => i.code);
}

/** The codes of a proposal's structure: what the JSON Schema rejects too. */
export const structuralCodes: readonly IssueCode[] = [
  ...issueCodesByGroup.structure,
  'unsupported_schema_version',
];

/** Whether a result has a structural issue. */
export function hasStructuralIssue(result: ValidationResult): boolean {
  return !result.success && result.issues.some((i) => structuralCodes.includes(i.code));
}

/** Code, written path and params of each issue: what a test compares. */
export function briefOf(
  result: ValidationResult,
): { code: string; path: (string | number)[]; params: unknown }[] {
  return reported(result).map((i) => ({ code: i.code, path: [...i.path], params: i.params }));
}

/** A key or an index of a path. */
export type Segment = string | number;
type Mutation = (doc: any, rng: () => number) => void;

/** Every value of a document below the root, with its path. */
export function nodes(value: unknown, path: Segment[] = []): { path: Segment[]; value: unknown }[] {
  const here = path.length === 0 ? [] : [{ path, value }];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, i) => nodes(item, [...path, i]))];
  if (typeof value === 'object' && value !== null)
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, child]) => nodes(child, [...path, key])),
    ];
  return here;
}

function parentOf(doc: any, path: Segment[]): any {
  let current = doc;
  for (const key of path.slice(0, -1)) current = current[key];
  return current;
}

function setOwn(target: any, key: Segment, value: unknown): void {
  // defineProperty, so a key such as "__proto__" becomes an own key, as JSON.parse makes it.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function pick<T>(items: readonly T[], rng: () => number): T {
  return items[Math.floor(rng() * items.length)]!;
}

const wrongValues: readonly unknown[] = [42, 0.5, true, false, null, [], {}, 'text', ''];
const badStrings: readonly string[] = [
  '',
  ' ',
  '   \n',
  'abc',
  '1.234',
  '12,50',
  '-1',
  '1e3',
  '12345678901234',
  '0123.456.74',
  '0123-456-749',
  '2123.456.749',
  '2024-10-10T10:00:00',
  '2024-02-30T10:00:00Z',
  '2023-02-29T10:00:00Z',
  '2024-02-29T10:00:00+15:00',
  '2024-10-10T24:00:00Z',
  '1999-10-10T10:00:00Z',
  'x'.repeat(201),
  '😀'.repeat(200),
  '😀'.repeat(201),
  'é'.repeat(255),
  'a'.repeat(2001),
  'b'.repeat(10_001),
  'naam@domein',
  'naam@@domein.be',
  '+32 (0)9 123.45/67',
  '2',
  'PCP',
  'pcp ',
];
const goodStrings: readonly string[] = [
  '0',
  '0.5',
  '9999999999999.99',
  '1200000.00',
  '0123456749',
  '0123.456.749',
  '2024-02-29T23:59:59.999999999-14:00',
  '2024-10-10T23:59+02:00',
  'municipality',
  'ocmw',
  'pcp',
  'commercially-available',
  'non-recoverable',
  'workshops',
  'validation',
  'x'.repeat(200),
  '😀'.repeat(199),
  'a@b.be',
  '2031-1',
  'ok',
];
const extraKeys: readonly string[] = ['extra', 'titel', 'Name', '__proto__', 'constructor', ''];

const mutations: readonly Mutation[] = [
  // Remove a key (required or optional) or an array item.
  (doc, rng) => {
    const { path } = pick(nodes(doc), rng);
    const parent = parentOf(doc, path);
    const key = path[path.length - 1]!;
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  },
  // Replace a value with one of the wrong type (or, by chance, the right one).
  (doc, rng) => {
    const { path } = pick(nodes(doc), rng);
    setOwn(parentOf(doc, path), path[path.length - 1]!, structuredClone(pick(wrongValues, rng)));
  },
  // Add an unknown key to an object.
  (doc, rng) => {
    const objects = [
      { path: [] as Segment[], value: doc as unknown },
      ...nodes(doc).filter(
        (n) => typeof n.value === 'object' && n.value !== null && !Array.isArray(n.value),
      ),
    ];
    const target = pick(objects, rng).value;
    setOwn(target, pick(extraKeys, rng), structuredClone(pick(wrongValues, rng)));
  },
  // Replace a string with one that breaks a pattern or a length.
  (doc, rng) => {
    const strings = nodes(doc).filter((n) => typeof n.value === 'string');
    const { path } = pick(strings, rng);
    setOwn(parentOf(doc, path), path[path.length - 1]!, pick(badStrings, rng));
  },
  // Replace a string with another well-formed value (which may not fit this field).
  (doc, rng) => {
    const strings = nodes(doc).filter((n) => typeof n.value === 'string');
    const { path } = pick(strings, rng);
    setOwn(parentOf(doc, path), path[path.length - 1]!, pick(goodStrings, rng));
  },
  // Grow or empty an array.
  (doc, rng) => {
    const arrays = nodes(doc).filter((n) => Array.isArray(n.value));
    if (arrays.length === 0) return;
    const array = pick(arrays, rng).value as unknown[];
    const choice = rng();
    if (choice < 0.3) array.length = 0;
    else if (choice < 0.6 && array.length > 0) array.push(structuredClone(array[0]));
    else if (array.length > 0) while (array.length <= 101) array.push(structuredClone(array[0]));
  },
];

/**
 * Changes a document in place by `count` random mutations (remove, retype, add a key, break or
 * swap a string, grow or empty an array), deterministic for a seed.
 */
export function mutate(doc: any, seed: number, count: number): any {
  let state = seed >>> 0 || 1;
  const rng = () => {
    // xorshift32: deterministic for a seed.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  for (let i = 0; i < count; i += 1) pick(mutations, rng)(doc, rng);
  return doc;
}
