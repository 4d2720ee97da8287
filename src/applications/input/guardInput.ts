import { createIssue } from '../../issues/createIssue.js';
import type { PioIssue } from '../../issues/PioIssue.js';
import type { Locale } from '../../i18n/Locale.js';

/** The largest input `validateApplication` reads; anything bigger is refused at once. */
export interface InputLimits {
  /** Total characters of all strings and keys (default 1,000,000: about 1 MB of text). */
  readonly maxTextLength: number;
  /** Values (objects, arrays, primitives) in the whole input (default 10,000). */
  readonly maxNodes: number;
  /** Nesting depth of objects and arrays (default 32). */
  readonly maxDepth: number;
}

/** The default {@link InputLimits}: 1,000,000 characters, 10,000 values, depth 32. */
export const applicationInputLimits: InputLimits = Object.freeze({
  maxTextLength: 1_000_000,
  maxNodes: 10_000,
  maxDepth: 32,
});

/** Keys that could reach a prototype: reported as unknown keys and never copied. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** What {@link guardInput} found. */
export interface GuardedInput {
  /** A safe copy of the input (plain objects and arrays of data), when it may be read. */
  readonly value?: unknown;
  /** `true` when the input is refused as a whole (too large, cyclic, unreadable). */
  readonly refused: boolean;
  /** The problems found: `input_too_large`, `invalid_input`, `unknown_key` for forbidden keys. */
  readonly issues: readonly PioIssue[];
}

class Refusal extends Error {
  constructor(readonly issue: PioIssue) {
    super(issue.code);
  }
}

/**
 * Walks an unknown input once, bounded by `limits`, and makes a safe copy of it: plain objects
 * and arrays holding only own enumerable string keys, as `JSON.parse` would make them (getters
 * read once, proxies and class instances flattened). Keys that could
 * reach a prototype (`__proto__`, `constructor`, `prototype`) are left out and reported as
 * `unknown_key`. Too much text, too many values, too deep, a cycle or a value that throws when
 * read refuses the whole input with one issue, without reading the rest.
 *
 * @param input - Anything.
 * @param locale - Language of the messages.
 * @param limits - The limits (default {@link applicationInputLimits}).
 * @returns The copy and the issues; `refused` when the input must not be read further.
 * @example
 * ```ts
 * guardInput('x'.repeat(2_000_000), 'en').issues[0]?.code;
 * //=> 'input_too_large'
 * ```
 */
export function guardInput(
  input: unknown,
  locale: Locale,
  limits: InputLimits = applicationInputLimits,
): GuardedInput {
  let nodes = 0;
  let text = 0;
  // The walk keeps one path and one list of ancestors, pushed and popped as it goes; an issue
  // takes a copy of the path. Both are at most `maxDepth` long, so the cycle check is cheap.
  const path: (string | number)[] = [];
  const ancestors: object[] = [];
  const issues: PioIssue[] = [];
  const tooLarge = (reason: string): never => {
    throw new Refusal(
      createIssue('input_too_large', {
        path: [...path],
        locale,
        params: { reason, ...limitsParams(limits) },
      }),
    );
  };
  const countText = (length: number): void => {
    text += length;
    if (text > limits.maxTextLength)
      tooLarge(`more than ${String(limits.maxTextLength)} characters of text`);
  };

  const copy = (value: unknown): unknown => {
    nodes += 1;
    if (nodes > limits.maxNodes) tooLarge(`more than ${String(limits.maxNodes)} values`);
    if (typeof value === 'string') {
      countText(value.length);
      return value;
    }
    if (typeof value !== 'object' || value === null) return value;
    if (ancestors.length >= limits.maxDepth)
      tooLarge(`nested deeper than ${String(limits.maxDepth)} levels`);
    if (ancestors.includes(value)) {
      throw new Refusal(
        createIssue('invalid_input', {
          path: [...path],
          locale,
          params: { reason: 'a cyclic reference' },
        }),
      );
    }
    ancestors.push(value);
    let result: unknown;
    if (Array.isArray(value)) {
      const length = value.length;
      if (length > limits.maxNodes - nodes) tooLarge(`more than ${String(limits.maxNodes)} values`);
      const items: unknown[] = new Array<unknown>(length);
      for (let i = 0; i < length; i += 1) {
        path.push(i);
        items[i] = copy(value[i]);
        path.pop();
      }
      result = items;
    } else {
      // A plain object, like JSON.parse makes (zod reads these faster than null-prototype ones).
      // Safe: the only key whose assignment reaches a prototype, `__proto__`, is never copied.
      const target: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        countText(key.length);
        if (FORBIDDEN_KEYS.has(key)) {
          nodes += 1;
          issues.push(
            createIssue('unknown_key', { path: [...path, key], locale, params: { key } }),
          );
          continue;
        }
        path.push(key);
        target[key] = copy((value as Record<string, unknown>)[key]);
        path.pop();
      }
      result = target;
    }
    ancestors.pop();
    return result;
  };

  try {
    const value = copy(input);
    return { value, refused: false, issues };
  } catch (error) {
    if (error instanceof Refusal) return { refused: true, issues: [error.issue] };
    return {
      refused: true,
      issues: [
        createIssue('invalid_input', {
          locale,
          params: { reason: 'a value that cannot be read (a getter or proxy threw)' },
        }),
      ],
    };
  }
}

function limitsParams(limits: InputLimits): Record<string, number> {
  return {
    maxTextLength: limits.maxTextLength,
    maxNodes: limits.maxNodes,
    maxDepth: limits.maxDepth,
  };
}
