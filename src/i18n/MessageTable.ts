import type { IssueCode } from '../issues/codes.js';

/** The values an issue message may use. */
export type MessageParams = Readonly<Record<string, unknown>>;

/**
 * A complete table of messages: one function per issue code. Typed as a complete map, so a
 * code without a translation fails to compile.
 */
export type MessageTable = { readonly [K in IssueCode]: (params: MessageParams) => string };

/**
 * Renders one parameter value as text for a message: strings as they are, arrays joined with
 * commas, everything else through `String`. Missing values render as `?`.
 *
 * @param params - The issue's params.
 * @param key - The name of the value.
 * @returns The value as text.
 */
export function param(params: MessageParams, key: string): string {
  const value = params[key];
  if (value === undefined || value === null) return '?';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => json(item)).join(', ');
  return json(value);
}

/** JSON text of a value; its type when it has none or cannot be written (a bigint, a cycle). */
function json(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
