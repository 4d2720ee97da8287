/** Where and why a JSON text is malformed. */
export interface JsonErrorLocation {
  /** Offset of the problem in the text (UTF-16 code units, from 0). */
  readonly offset: number;
  /** Line of the problem, from 1. */
  readonly line: number;
  /** Column of the problem, from 1. */
  readonly column: number;
  /** `end`: the text stops too early; `character`: a character that does not belong there; `depth`: nested too deeply. */
  readonly kind: 'end' | 'character' | 'depth';
  /** The offending character (a whole code point), for `character`. */
  readonly character?: string;
}

type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'done';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-f]{4}$/i;
const DIGIT = /^\d$/;

class Malformed extends Error {
  constructor(
    readonly offset: number,
    readonly kind: JsonErrorLocation['kind'],
  ) {
    super(kind);
  }
}

function scanString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw new Malformed(i, 'end');
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) throw new Malformed(i, 'character');
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) throw new Malformed(i + 1, 'end');
      if (next === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!HEX.test(hex)) {
          const bad = [...hex].findIndex((h) => !/[0-9a-f]/i.test(h));
          if (bad === -1) throw new Malformed(text.length, 'end');
          throw new Malformed(i + 2 + bad, 'character');
        }
        i += 6;
      } else if (ESCAPES.has(next)) {
        i += 2;
      } else {
        throw new Malformed(i + 1, 'character');
      }
    } else {
      i += 1;
    }
  }
}

function expectDigits(text: string, start: number): number {
  let i = start;
  if (i >= text.length) throw new Malformed(i, 'end');
  if (!DIGIT.test(text[i] ?? '')) throw new Malformed(i, 'character');
  while (DIGIT.test(text[i] ?? '')) i += 1;
  return i;
}

function scanNumber(text: string, start: number): number {
  let i = start;
  if (text[i] === '-') i += 1;
  if (text[i] === '0') i += 1;
  else i = expectDigits(text, i);
  if (text[i] === '.') i = expectDigits(text, i + 1);
  if (text[i] === 'e' || text[i] === 'E') {
    i += 1;
    if (text[i] === '+' || text[i] === '-') i += 1;
    i = expectDigits(text, i);
  }
  return i;
}

function scanLiteral(text: string, start: number, word: string): number {
  for (let k = 0; k < word.length; k += 1) {
    const i = start + k;
    if (i >= text.length) throw new Malformed(i, 'end');
    if (text[i] !== word[k]) throw new Malformed(i, 'character');
  }
  return start + word.length;
}

function scanScalar(text: string, i: number): number {
  const c = text[i] ?? '';
  if (c === '"') return scanString(text, i);
  if (c === '-' || DIGIT.test(c)) return scanNumber(text, i);
  if (c === 't') return scanLiteral(text, i, 'true');
  if (c === 'f') return scanLiteral(text, i, 'false');
  if (c === 'n') return scanLiteral(text, i, 'null');
  throw new Malformed(i, 'character');
}

function findProblem(text: string, maxDepth: number): Malformed | undefined {
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  let i = 0;
  const afterValue = (): State => (stack.length === 0 ? 'done' : 'commaOrClose');
  const open = (bracket: '{' | '['): void => {
    if (stack.length >= maxDepth) throw new Malformed(i, 'depth');
    stack.push(bracket);
    i += 1;
  };
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i += 1;
    if (i >= text.length) return state === 'done' ? undefined : new Malformed(i, 'end');
    const c = text[i];
    if (state === 'done') return new Malformed(i, 'character');
    if (state === 'value' || state === 'valueOrClose') {
      if (state === 'valueOrClose' && c === ']') {
        stack.pop();
        i += 1;
        state = afterValue();
      } else if (c === '{') {
        open('{');
        state = 'keyOrClose';
      } else if (c === '[') {
        open('[');
        state = 'valueOrClose';
      } else {
        i = scanScalar(text, i);
        state = afterValue();
      }
    } else if (state === 'key' || state === 'keyOrClose') {
      if (state === 'keyOrClose' && c === '}') {
        stack.pop();
        i += 1;
        state = afterValue();
      } else if (c === '"') {
        i = scanString(text, i);
        state = 'colon';
      } else {
        return new Malformed(i, 'character');
      }
    } else if (state === 'colon') {
      if (c !== ':') return new Malformed(i, 'character');
      i += 1;
      state = 'value';
    } else {
      const inObject = stack[stack.length - 1] === '{';
      if (c === ',') {
        i += 1;
        state = inObject ? 'key' : 'value';
      } else if (c === (inObject ? '}' : ']')) {
        stack.pop();
        i += 1;
        state = afterValue();
      } else {
        return new Malformed(i, 'character');
      }
    }
  }
}

/**
 * The line and column (both from 1) of an offset in a text. Lines end at `\n`.
 *
 * @param text - The text.
 * @param offset - An offset in it.
 * @returns The line and column.
 */
export function lineAndColumn(
  text: string,
  offset: number,
): { readonly line: number; readonly column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds where a JSON text is malformed, by a strict scan of RFC 8259 JSON that builds no
 * values (an explicit stack, so deep nesting cannot overflow). `JSON.parse` messages do not
 * carry a position on every Node version, so the tool computes it itself.
 *
 * @param text - The text.
 * @param maxDepth - The deepest nesting scanned (default 100,000).
 * @returns The location of the first problem, or `undefined` for well-formed JSON.
 */
export function locateJsonError(text: string, maxDepth = 100_000): JsonErrorLocation | undefined {
  let problem: Malformed | undefined;
  try {
    problem = findProblem(text, maxDepth);
  } catch (error) {
    if (!(error instanceof Malformed)) throw error;
    problem = error;
  }
  if (problem === undefined) return undefined;
  const { line, column } = lineAndColumn(text, problem.offset);
  const code = problem.kind === 'character' ? text.codePointAt(problem.offset) : undefined;
  const character = code === undefined ? undefined : String.fromCodePoint(code);
  return {
    offset: problem.offset,
    line,
    column,
    kind: problem.kind,
    ...(character === undefined ? {} : { character }),
  };
}
