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
  if (Array.isArray(value)) return value.map((item) => JSON.stringify(item)).join(', ');
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? typeof value;
}
