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

/**
 * The writer of one value: the text so far, the path to the value being written (a stack, copied
 * only into a refusal, so a large value makes no path per node), and the objects being written.
 */
interface Writer {
  out: string;
  readonly path: (string | number)[];
  readonly seen: Set<object>;
}

function refuseAt(w: Writer, code: 'cycle' | 'unreadable'): never {
  return refuse('invalid_input', { problem: code }, [...w.path]);
}

function text(w: Writer, value: string): void {
  // I-JSON (RFC 7493), which RFC 8785 requires, has no lone surrogates.
  if (LONE_SURROGATE.test(value)) refuseAt(w, 'unreadable');
  // ECMAScript's JSON string serialisation is the one RFC 8785 section 3.2.2.2 prescribes.
  w.out += JSON.stringify(value);
}

function write(w: Writer, value: unknown): void {
  if (value === null) {
    w.out += 'null';
    return;
  }
  switch (typeof value) {
    case 'boolean':
      w.out += value ? 'true' : 'false';
      return;
    case 'string':
      text(w, value);
      return;
    case 'number':
      // RFC 8785 section 3.2.2.3: ECMAScript's Number-to-String; NaN and infinities are no JSON.
      if (!Number.isFinite(value)) refuseAt(w, 'unreadable');
      w.out += String(value);
      return;
    case 'object':
      break;
    default:
      refuse('invalid_type', { expected: 'object', received: typeName(value) }, [...w.path]);
  }
  if (w.path.length > MAX_DEPTH)
    refuse('input_too_large', { limit: 'depth', maximum: MAX_DEPTH }, [...w.path]);
  if (w.seen.has(value)) refuseAt(w, 'cycle');
  w.seen.add(value);
  if (Array.isArray(value)) {
    w.out += '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) w.out += ',';
      w.path.push(i);
      write(w, value[i] as unknown);
      w.path.pop();
    }
    w.out += ']';
  } else {
    if (!isPlainObject(value))
      refuse('invalid_type', { expected: 'object', received: typeName(value) }, [...w.path]);
    const record = value as Readonly<Record<string, unknown>>;
    // RFC 8785 section 3.2.3: keys sorted by their UTF-16 code units, which is what the default
    // `sort` compares; a key whose value is `undefined` is left out, as `JSON.stringify` does.
    const keys = Object.keys(record).sort();
    w.out += '{';
    let first = true;
    for (const key of keys) {
      const child = record[key];
      if (child === undefined) continue;
      if (!first) w.out += ',';
      first = false;
      w.path.push(key);
      text(w, key);
      w.out += ':';
      write(w, child);
      w.path.pop();
    }
    w.out += '}';
  }
  w.seen.delete(value);
}

/**
 * The canonical JSON text of a value (internal: refuses with a `Refusal`).
 *
 * @internal
 */
export function canonicalText(value: unknown, path: IssuePath = []): string {
  const w: Writer = { out: '', path: [...path], seen: new Set() };
  write(w, value);
  return w.out;
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
