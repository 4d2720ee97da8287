import type { IssuePath } from './issue.js';

const IDENTIFIER = /^[a-z_$][\w$]*$/i;

/** The most parts of a path written out. */
const MAX_PARTS = 100;

/**
 * Writes an issue path the one way this library writes paths, in messages, the CLI and the
 * docs: keys joined by dots, array positions in brackets (`procurement.costs[0].amount`). A key
 * that is not a plain name is quoted (`partners["a b"]`); the empty path is `''`.
 *
 * @param path - The path, as in an issue. Anything else is written too, never refused: a value
 *   that is not an array as `''`, a part that is neither a key nor a position as `[?]`, and a path
 *   of more than 100 parts (the library's own are at most 32 deep) cut off with `…`.
 * @returns The written path.
 * @example
 * ```ts
 * formatPath(['procurement', 'costs', 0, 'amount']);
 * //=> 'procurement.costs[0].amount'
 * ```
 */
export function formatPath(path: IssuePath): string {
  // Read by its length, so that a string or a sparse array of length 2^32 - 1 is cheap.
  if (!Array.isArray(path)) return '';
  const length = Math.min(path.length, MAX_PARTS);
  let text = '';
  for (let i = 0; i < length; i += 1) {
    const part: unknown = path[i];
    if (typeof part === 'number') text += `[${String(part)}]`;
    else if (typeof part !== 'string') text += '[?]';
    else if (IDENTIFIER.test(part)) text += text === '' ? part : `.${part}`;
    else text += `[${JSON.stringify(part)}]`;
  }
  return path.length > MAX_PARTS ? `${text}…` : text;
}
