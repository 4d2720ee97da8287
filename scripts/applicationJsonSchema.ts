// Build time only: the JSON Schema of a proposal, converted from the zod schema. The package
// ships the file this writes (`@vlaio/pio-rules/application.schema.json`); neither zod's
// converter nor this code is in the library's bundle.
import * as z from 'zod/mini';
import { applicationSchema } from '../src/applications/schema/applicationSchema.js';
import { LINE_FEED_PATTERN } from '../src/input/patterns.js';

/** Keys that come first in every schema object, in this order; the others follow sorted. */
const LEADING_KEYS = ['$schema', 'title', 'description', 'type'];

function rank(key: string): number {
  const index = LEADING_KEYS.indexOf(key);
  return index === -1 ? LEADING_KEYS.length : index;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(
    // Keys of one object are unique, so two keys never compare equal.
    ([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1),
  );
  return Object.fromEntries(entries.map(([key, child]) => [key, canonical(child)]));
}

/**
 * Adds "contains no line feed" beside an anchored pattern. In ECMA-262 and RE2 `$` is the end of
 * the text; in Python's `re` it also matches before a final line feed, so `jsonschema` would take
 * `"2024-2\n"` for a call id. None of the anchored patterns of the format matches a line feed
 * anywhere, so the `not` changes nothing for the zod checks (and ajv) and gives Python their verdict.
 */
function singleLine(node: Record<string, unknown>, pattern: string): void {
  if (pattern.startsWith('^') && pattern.endsWith('$'))
    node['not'] = { pattern: LINE_FEED_PATTERN };
}

/**
 * A pattern as every dialect reads it. zod writes a regular expression's `source`, which spells
 * the line and paragraph separators (U+2028, U+2029: blank characters of the format) as `\u2028`
 * and `\u2029`; RE2 has no `\u` escape, so the schema holds the characters themselves.
 */
function portable(pattern: string): string {
  return pattern.replace(/\\u(202[89])/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** The override of each schema node: its pattern made portable, and single-line when anchored. */
function portablePattern(node: Record<string, unknown>): void {
  const pattern = node['pattern'];
  if (typeof pattern !== 'string') return;
  node['pattern'] = portable(pattern);
  singleLine(node, pattern);
}

/**
 * The JSON Schema (draft 2020-12) of a project proposal, converted from `applicationSchema` for
 * the input side, its keys in a stable order, its patterns portable (see `portablePattern`).
 * `schemas/application.schema.json` is this object.
 */
export function buildApplicationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(applicationSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    override: ({ jsonSchema }) => portablePattern(jsonSchema),
  });
  return canonical(schema) as Record<string, unknown>;
}
