import type { IssuePath } from '../issues/issue.js';
import { refuse } from '../issues/Refusal.js';
import { typeName } from '../issues/typeName.js';
import { renderedOrThrown } from '../locales/render.js';

/** Deeper than this a value is refused (a record's input is guarded to depth 32 anyway). */
const MAX_DEPTH = 256;

/** A lone surrogate (in `u` mode a pair is one code point, so only a lone half matches). */
const LONE_SURROGATE = /\p{Cs}/u;

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function text(value: string, path: IssuePath): string {
  // I-JSON (RFC 7493), which RFC 8785 requires, has no lone surrogates.
  if (LONE_SURROGATE.test(value)) refuse('invalid_input', { problem: 'unreadable' }, path);
  // ECMAScript's JSON string serialisation is the one RFC 8785 section 3.2.2.2 prescribes.
  return JSON.stringify(value);
}

function write(value: unknown, path: IssuePath, depth: number, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return text(value, path);
    case 'number':
      // RFC 8785 section 3.2.2.3: ECMAScript's Number-to-String; NaN and infinities are no JSON.
      if (!Number.isFinite(value)) refuse('invalid_input', { problem: 'unreadable' }, path);
      return String(value);
    case 'object':
      break;
    default:
      return refuse('invalid_type', { expected: 'object', received: typeName(value) }, path);
  }
  if (depth > MAX_DEPTH) refuse('input_too_large', { limit: 'depth', maximum: MAX_DEPTH }, path);
  if (seen.has(value)) refuse('invalid_input', { problem: 'cycle' }, path);
  seen.add(value);
  let out: string;
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (let i = 0; i < value.length; i += 1)
      parts.push(write(value[i] as unknown, [...path, i], depth + 1, seen));
    out = `[${parts.join(',')}]`;
  } else {
    if (!isPlainObject(value))
      refuse('invalid_type', { expected: 'object', received: typeName(value) }, path);
    const record = value as Readonly<Record<string, unknown>>;
    // RFC 8785 section 3.2.3: keys sorted by their UTF-16 code units, which is what the default
    // `sort` compares; a key whose value is `undefined` is left out, as `JSON.stringify` does.
    const keys = Object.keys(record).sort();
    const parts: string[] = [];
    for (const key of keys) {
      const child = record[key];
      if (child === undefined) continue;
      parts.push(`${text(key, [...path, key])}:${write(child, [...path, key], depth + 1, seen)}`);
    }
    out = `{${parts.join(',')}}`;
  }
  seen.delete(value);
  return out;
}

/**
 * The canonical JSON text of a value (internal: refuses with a `Refusal`).
 *
 * @internal
 */
export function canonicalText(value: unknown, path: IssuePath = []): string {
  return write(value, path, 0, new Set());
}

/**
 * Writes a JSON value in the JSON Canonicalization Scheme (RFC 8785, JCS): no whitespace, object
 * keys sorted by their UTF-16 code units, numbers as ECMAScript writes them (`1e+21`, `0.002`,
 * `-0` as `0`), strings with the fewest escapes. The same value gives the same text on every
 * host, which is what a digest needs.
 *
 * @param value - JSON data: `null`, booleans, finite numbers, strings, arrays and plain objects
 *   (a key whose value is `undefined` is left out).
 * @returns The canonical text.
 * @throws {@link PioRulesError} `invalid_input` for NaN, an infinity, a lone surrogate or a
 *   cycle; `invalid_type` for anything that is not JSON data (a `Date`, a function, a class
 *   instance); `input_too_large` deeper than 256 levels.
 * @example
 * ```ts
 * canonicalJson({ b: [1e21, 0.002, -0], a: 'é' });
 * //=> '{"a":"é","b":[1e+21,0.002,0]}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return renderedOrThrown(undefined, () => canonicalText(value));
}
