import { issue, type IssueData } from '../issues/issue.js';
import { Refusal } from '../issues/Refusal.js';

/**
 * The one guard at the boundary: every public function that takes a document (a proposal, a
 * cost computation, a registry, a calendar, a scoring scheme, an assessment) walks it here once,
 * bounded, before anything else reads it. Inside, the library trusts its types.
 *
 * @module
 */

/** The largest input a function reads; anything bigger is refused at once. */
export interface InputLimits {
  /** Total characters of all strings and keys (default 1,000,000: about 1 MB of text). */
  readonly maxTextLength: number;
  /** Values (objects, arrays, primitives) in the whole input (default 10,000). */
  readonly maxNodes: number;
  /** Nesting depth of objects and arrays (default 32). */
  readonly maxDepth: number;
}

/** The default {@link InputLimits}: 1,000,000 characters, 10,000 values, depth 32. */
export const inputLimits: InputLimits = Object.freeze({
  maxTextLength: 1_000_000,
  maxNodes: 10_000,
  maxDepth: 32,
});

/** What {@link guard} found: a safe copy, and the forbidden keys it left out. */
export interface Guarded {
  /** A safe copy of the input: plain objects and arrays of data. */
  readonly value: unknown;
  /** `unknown_key` for every key that could reach a prototype (never copied). */
  readonly issues: readonly IssueData[];
}

/**
 * Walks an unknown input once, bounded by `limits`, and makes a safe copy of it: plain objects
 * and arrays holding only own enumerable string keys, as `JSON.parse` would make them (getters
 * read once, proxies and class instances flattened, a `Date` and a decimal.js `Decimal` kept as
 * they are). Keys that could
 * reach a prototype (`__proto__`, `constructor`, `prototype`) are left out and reported as
 * `unknown_key`. Too much text, too many values, too deep, a cycle or a value that cannot be read
 * refuses the whole input with one issue, without reading the rest. An array is measured by its
 * `length`, so a sparse array of length 2^32 - 1 is refused before it is walked. The caller's
 * input is never changed.
 *
 * @param input - Anything.
 * @param limits - The limits (default {@link inputLimits}).
 * @returns The copy and the issues.
 * @throws Refusal `input_too_large` or `invalid_input`.
 * @internal
 */
export function guard(input: unknown, limits: InputLimits = inputLimits): Guarded {
  const { maxNodes, maxTextLength, maxDepth } = limits;
  let nodes = 0;
  let text = 0;
  // One path and one list of ancestors, pushed and popped as the walk goes; both are at most
  // `maxDepth` long, so the cycle check is cheap.
  const path: (string | number)[] = [];
  const ancestors: object[] = [];
  // The key being read, while it is read: a getter or proxy trap that throws is placed there.
  let reading: string | number | undefined;
  const issues: IssueData[] = [];
  const refuse = (found: IssueData): never => {
    throw new Refusal([found]);
  };
  const tooLarge = (limit: 'text' | 'values' | 'depth', maximum: number): never =>
    refuse(issue('input_too_large', { limit, maximum }, { path }));
  // What is found too large at a key of the object being copied: placed at that key.
  const tooLargeAt = (key: string | number): never => {
    path.push(key);
    return nodes > maxNodes ? tooLarge('values', maxNodes) : tooLarge('text', maxTextLength);
  };

  // An object or array (not null), counted already: copied, its values counted and measured
  // where they are (most of a document is not an object: its key joins the path only when there
  // is something to report). Both loops do that in line rather than through a helper: a call
  // per value was most of the guard's time.
  const copy = (value: object): unknown => {
    // A Date and a decimal.js Decimal (of any copy: its tag says it) are values, kept as they
    // are; a plain object or an array (what JSON.parse makes) is neither, without asking.
    const prototype: unknown = Object.getPrototypeOf(value);
    if (
      prototype !== Object.prototype &&
      prototype !== Array.prototype &&
      (value instanceof Date || Object.prototype.toString.call(value) === '[object Decimal]')
    )
      return value;
    if (ancestors.length >= maxDepth) tooLarge('depth', maxDepth);
    if (ancestors.includes(value)) refuse(issue('invalid_input', { problem: 'cycle' }, { path }));
    ancestors.push(value);
    let result: unknown;
    if (Array.isArray(value)) {
      const length = value.length;
      if (length > maxNodes - nodes) tooLarge('values', maxNodes);
      const items: unknown[] = new Array<unknown>(length);
      for (let i = 0; i < length; i += 1) {
        reading = i;
        const item: unknown = value[i];
        reading = undefined;
        nodes += 1;
        if (typeof item === 'string') text += item.length;
        if (nodes > maxNodes || text > maxTextLength) tooLargeAt(i);
        if (typeof item === 'object' && item !== null) {
          path.push(i);
          items[i] = copy(item);
          path.pop();
        } else items[i] = item;
      }
      result = items;
    } else {
      // A plain object, as JSON.parse makes it. Safe: the only key whose assignment reaches a
      // prototype, `__proto__`, is never copied.
      const target: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        // A key's text is the object's; its value is counted at the key.
        text += key.length;
        if (text > maxTextLength) tooLarge('text', maxTextLength);
        nodes += 1;
        if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
          issues.push(issue('unknown_key', { key }, { path: [...path, key] }));
          continue;
        }
        if (nodes > maxNodes) tooLargeAt(key);
        reading = key;
        const item: unknown = (value as Record<string, unknown>)[key];
        reading = undefined;
        if (typeof item === 'string') {
          text += item.length;
          if (text > maxTextLength) tooLargeAt(key);
        }
        if (typeof item === 'object' && item !== null) {
          path.push(key);
          target[key] = copy(item);
          path.pop();
        } else target[key] = item;
      }
      result = target;
    }
    ancestors.pop();
    return result;
  };

  try {
    // The input itself is the first value.
    nodes = 1;
    if (nodes > maxNodes) tooLarge('values', maxNodes);
    if (typeof input === 'string') text = input.length;
    if (text > maxTextLength) tooLarge('text', maxTextLength);
    return { value: typeof input === 'object' && input !== null ? copy(input) : input, issues };
  } catch (error) {
    if (error instanceof Refusal) throw error;
    // A getter or proxy trap that throws, or a value the walk cannot read.
    const at = reading === undefined ? path : [...path, reading];
    throw new Refusal([issue('invalid_input', { problem: 'unreadable' }, { path: at })]);
  }
}
