import type { z } from 'zod';
import { pickText, type Locale } from '../../i18n/Locale.js';
import { createIssue } from '../../issues/createIssue.js';
import { describeType } from '../../issues/describe.js';
import type { IssuePath, PioIssue } from '../../issues/PioIssue.js';
import { formatExpectations, type FormatKey } from '../schema/formats.js';

/** The paths whose wrong literal means an unsupported version of the format. */
const VERSION_PATH = 'schemaVersion';

/**
 * The value at a path of a guarded input (plain objects and arrays; own keys only).
 *
 * @param root - The guarded input.
 * @param path - The path.
 * @returns The value, and whether the last key is present at all.
 * @example
 * ```ts
 * valueAt({ a: [1] }, ['a', 0]);
 * //=> { present: true, value: 1 }
 * ```
 */
export function valueAt(root: unknown, path: IssuePath): { present: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null)
      return { present: false, value: undefined };
    if (!Object.hasOwn(current, key)) return { present: false, value: undefined };
    current = (current as Record<string | number, unknown>)[key];
  }
  return { present: true, value: current };
}

function shown(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeType(value);
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'symbol' ? String(key) : key));
}

/**
 * Turns the issues of a zod parse into this library's structural issues: `required`,
 * `invalid_type` (with `expected` and `received`), `unknown_key` (one per key, with `key`),
 * `too_long`/`too_short` (with `maximum`/`minimum`), `too_big`/`too_small`, `invalid_value`
 * (with `expected` and `received`), `invalid_format` (with `expected`), and
 * `unsupported_schema_version` for a wrong `schemaVersion`.
 *
 * @param issues - The zod issues.
 * @param input - The parsed input, to tell a missing value from a wrong one.
 * @param locale - Language of the messages.
 * @returns The issues, in the order zod found them.
 * @example
 * ```ts
 * mapZodIssues(applicationSchema.safeParse({}).error!.issues, {}, 'en')[0]?.code;
 * //=> 'required'
 * ```
 */
export function mapZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  locale: Locale,
): PioIssue[] {
  return issues.flatMap((issue) => mapOne(issue, input, locale));
}

function mapOne(issue: z.core.$ZodIssue, input: unknown, locale: Locale): PioIssue[] {
  const path = toPath(issue.path);
  const make = (code: Parameters<typeof createIssue>[0], params: Record<string, unknown>) =>
    createIssue(code, { path, params, locale });
  switch (issue.code) {
    case 'invalid_type': {
      const { present, value } = valueAt(input, path);
      if (!present || value === undefined) return [make('required', { expected: issue.expected })];
      return [make('invalid_type', { expected: issue.expected, received: describeType(value) })];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        createIssue('unknown_key', { path: [...path, key], params: { key }, locale }),
      );
    case 'too_big':
      return [
        make(issue.origin === 'string' || issue.origin === 'array' ? 'too_long' : 'too_big', {
          maximum: Number(issue.maximum),
        }),
      ];
    case 'too_small':
      return [
        make(issue.origin === 'string' || issue.origin === 'array' ? 'too_short' : 'too_small', {
          minimum: Number(issue.minimum),
        }),
      ];
    case 'invalid_value': {
      const { present, value } = valueAt(input, path);
      const expected = issue.values.map((v) => String(v));
      if (!present || value === undefined) return [make('required', { expected })];
      const received = shown(value);
      if (path.length === 1 && path[0] === VERSION_PATH)
        return [make('unsupported_schema_version', { expected: expected.join(', '), received })];
      return [make('invalid_value', { expected, received })];
    }
    case 'invalid_format': {
      const key = issue.message;
      const text = Object.hasOwn(formatExpectations, key)
        ? pickText(formatExpectations[key as FormatKey], locale)
        : key;
      return [make('invalid_format', { expected: text, format: key })];
    }
    case 'custom': {
      const params = issue.params ?? {};
      if (params['pioCode'] === 'too_long')
        return [make('too_long', { maximum: params['maximum'] })];
      return [make('invalid_input', { reason: issue.message })];
    }
    default:
      return [make('invalid_input', { reason: issue.message })];
  }
}
