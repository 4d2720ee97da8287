import type * as z from 'zod/mini';
import { issue, type IssueData, type IssuePath } from './issue.js';
import type { EnumName, FormatName, TypeName } from './params.js';
import { shown, typeName } from './typeName.js';

/**
 * The one bridge from zod to this library's issues. Every schema of the library names what a
 * message needs in the zod `error` text it gives each check, and this mapper reads it:
 * - a pattern check: `error` is the {@link FormatName} (`'amount'`, `'call-id'`);
 * - an enum: `error` is `enum:` and the {@link EnumName} (`'enum:costCategory'`);
 * - a refinement: `params.pio` names the code (`{ pio: 'too_long', maximum, unit }`).
 *
 * @module
 */

/** The value at a path of an input made of plain objects and arrays (own keys only). */
function valueAt(root: unknown, path: IssuePath): { present: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key))
      return { present: false, value: undefined };
    current = (current as Record<string | number, unknown>)[key];
  }
  return { present: true, value: current };
}

const EXPECTED: Readonly<Record<string, TypeName>> = {
  string: 'text',
  number: 'number',
  int: 'integer',
  boolean: 'boolean',
  object: 'object',
  array: 'array',
  date: 'date',
  bigint: 'bigint',
  null: 'null',
};

function toPath(path: readonly PropertyKey[], prefix: IssuePath): (string | number)[] {
  return [...prefix, ...path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
}

function received(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(shown(value)) : shown(value);
}

/** The params a refinement put in its zod issue for this library. */
interface Refined {
  readonly pio?: unknown;
  readonly maximum?: unknown;
  readonly unit?: unknown;
}

/**
 * Turns the issues of a zod parse into this library's issues, in the order zod found them.
 *
 * @param zodIssues - The zod issues.
 * @param input - What was parsed, to tell a missing value from a wrong one.
 * @param prefix - A path in front of every issue's path (default none).
 * @returns The issues as data.
 * @internal
 */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix: IssuePath = [],
): IssueData[] {
  return zodIssues.flatMap((zi) => mapOne(zi, input, prefix));
}

function mapOne(zi: z.core.$ZodIssue, input: unknown, prefix: IssuePath): IssueData[] {
  const path = toPath(zi.path, prefix);
  const at = valueAt(input, toPath(zi.path, []));
  const missing = !at.present || at.value === undefined;
  switch (zi.code) {
    case 'invalid_type':
      if (missing) return [issue('required', {}, { path })];
      return [
        issue(
          'invalid_type',
          { expected: EXPECTED[zi.expected] ?? 'object', received: typeName(at.value) },
          { path },
        ),
      ];
    case 'unrecognized_keys':
      return zi.keys.map((key) => issue('unknown_key', { key }, { path: [...path, key] }));
    case 'too_big':
      if (zi.origin === 'string' || zi.origin === 'array')
        return [
          issue(
            'too_long',
            {
              maximum: Number(zi.maximum),
              unit: zi.origin === 'string' ? 'characters' : 'items',
            },
            { path },
          ),
        ];
      return [issue('too_big', { maximum: String(zi.maximum) }, { path })];
    case 'too_small':
      if (zi.origin === 'string' || zi.origin === 'array')
        return [
          issue(
            'too_short',
            {
              minimum: Number(zi.minimum),
              unit: zi.origin === 'string' ? 'characters' : 'items',
            },
            { path },
          ),
        ];
      return [issue('too_small', { minimum: String(zi.minimum) }, { path })];
    case 'invalid_value': {
      if (missing) return [issue('required', {}, { path })];
      const named = zi.message.startsWith('enum:') ? (zi.message.slice(5) as EnumName) : undefined;
      return [
        issue(
          'invalid_value',
          {
            received: received(at.value),
            expected: zi.values.map((v) => String(v)),
            ...(named === undefined ? {} : { enum: named }),
          },
          { path },
        ),
      ];
    }
    case 'invalid_format':
      return [issue('invalid_format', { format: zi.message as FormatName }, { path })];
    case 'invalid_union': {
      if (missing) return [issue('required', {}, { path })];
      // The branch that got furthest (fewest issues) says best what is wrong.
      const branches = zi.errors.filter((branch) => branch.length > 0);
      const best = branches.reduce<readonly z.core.$ZodIssue[] | undefined>(
        (fewest, branch) =>
          fewest === undefined || branch.length < fewest.length ? branch : fewest,
        undefined,
      );
      // No branch to follow: a discriminated union whose discriminator matched none of its
      // options (the path is the discriminator's), or an object of the wrong kind.
      if (best === undefined && 'options' in zi && Array.isArray(zi.options))
        return [
          issue(
            'invalid_value',
            { received: received(at.value), expected: zi.options.map((v) => String(v)) },
            { path },
          ),
        ];
      if (best === undefined)
        return [
          issue('invalid_type', { expected: 'object', received: typeName(at.value) }, { path }),
        ];
      return best.flatMap((inner) =>
        mapOne({ ...inner, path: [...zi.path, ...inner.path] }, input, prefix),
      );
    }
    case 'custom': {
      const params = (zi.params ?? {}) as Refined;
      if (params.pio === 'too_long' && typeof params.maximum === 'number')
        return [
          issue(
            'too_long',
            { maximum: params.maximum, unit: params.unit === 'items' ? 'items' : 'characters' },
            { path },
          ),
        ];
      return [issue('invalid_format', { format: zi.message as FormatName }, { path })];
    }
    default:
      if (missing) return [issue('required', {}, { path })];
      return [issue('invalid_value', { received: received(at.value), expected: [] }, { path })];
  }
}
