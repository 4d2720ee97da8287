/**
 * Runnable documentation: code snippets (README.md, TSDoc `@example` blocks) whose `//=>` lines
 * become assertions. Used by test/readme.test.ts and test/tsdoc-examples.test.ts.
 *
 * Under a statement,
 *
 * - `//=> value` asserts that the statement's value deep-equals `value` (`deepStrictEqual`);
 * - `//=> throws PioRulesError (some_code)` asserts that the statement throws an error whose
 *   `name` is `PioRulesError` and whose `code` is `some_code` (the code may be left out).
 *
 * The statement is the run of lines above the `//=>` line, back to the previous statement's end
 * (a line ending in `;`, a blank line, a comment, or a line that opens or closes a block). A
 * `//=>` line may be indented (inside a block); the statement above it must still be an
 * expression.
 */

/** The helpers the rewritten assertions call; {@link withAssertions} puts them first. */
export const assertionPrelude: readonly string[] = [
  "import { AssertionError as __AssertionError, deepStrictEqual as __equal } from 'node:assert';",
  'const __check = (actual: unknown, expected: unknown, what: string): void => {',
  '  try {',
  '    __equal(actual, expected);',
  '  } catch (error) {',
  '    if (error instanceof Error) error.message = `${what}\\n${error.message}`;',
  '    throw error;',
  '  }',
  '};',
  'const __thrown = (error: unknown, name: string, code: string | undefined, what: string): void => {',
  '  const found = (error ?? {}) as { name?: unknown; code?: unknown };',
  '  const actual = { name: found.name, ...(code === undefined ? {} : { code: found.code }) };',
  '  const expected = { name, ...(code === undefined ? {} : { code }) };',
  '  __check(actual, expected, `${what}\\nthrew ${String(error)}`);',
  '};',
  'const __notThrown = (name: string, code: string | undefined, what: string): never => {',
  '  const message = `${what}\\nexpected to throw ${name}${code === undefined ? "" : ` (${code})`}, but it did not`;',
  '  throw new __AssertionError({ message });',
  '};',
  'const __throws = (run: () => unknown, name: string, code: string | undefined, what: string): void => {',
  '  try {',
  '    run();',
  '  } catch (error) {',
  '    return __thrown(error, name, code, what);',
  '  }',
  '  __notThrown(name, code, what);',
  '};',
  'const __rejects = async (run: () => Promise<unknown>, name: string, code: string | undefined, what: string): Promise<void> => {',
  '  try {',
  '    await run();',
  '  } catch (error) {',
  '    return __thrown(error, name, code, what);',
  '  }',
  '  __notThrown(name, code, what);',
  '};',
];

/** A `//=>` line that cannot become an assertion; `line` is 1-based in the snippet. */
export class SnippetError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${String(line)}: ${reason}`);
    this.name = 'SnippetError';
  }
}

/**
 * The statement of an assertion ends above a line like these (trimmed): the end of a statement,
 * a blank line, a comment, or the start or end of a block (`try {`, `} catch (error) {`, `}`), as
 * opposed to a `{` that opens an object or a function body inside the statement.
 */
const endsStatement = (line: string) =>
  line === '' ||
  line.endsWith(';') ||
  line.startsWith('//') ||
  line === '}' ||
  (line.endsWith('{') &&
    /^(?:\}|\{|(?:try|if|else|for|while|do|switch|catch|finally|function|class)\b)/.test(line));

/**
 * Rewrites every `//=>` line of `code` into an assertion on the statement above it. The result
 * has exactly as many lines as `code`, line for line, so that an error in it points to the
 * matching line of the snippet. It calls the helpers of {@link assertionPrelude}.
 *
 * @throws {@link SnippetError} when a `//=>` line has no statement above it.
 */
export function rewriteAssertions(code: string): string {
  const out: string[] = [];
  code.split('\n').forEach((line, index) => {
    const assertion = /^(\s*)\/\/=> (.*)$/.exec(line);
    if (assertion === null) {
      out.push(line);
      return;
    }
    const indent = assertion[1]!;
    const expected = assertion[2]!.trim();
    // The statement is the run of lines above, back to the previous statement's end.
    let start = out.length - 1;
    while (start > 0 && !endsStatement(out[start - 1]!.trim())) start -= 1;
    const top = out[start]?.trim();
    if (top === undefined || top === '' || top.startsWith('//'))
      throw new SnippetError(index + 1, '`//=>` without a statement above it');
    const lines = out.splice(start);
    const statement = lines.join('\n').trim().replace(/;$/, '');
    const what = JSON.stringify(statement.slice(0, 80));
    // Line for line: `__check(` goes before the first line, the statement's `;` comes off the
    // last, and the `//=>` line becomes the rest of the call.
    const first = lines[0]!;
    const lead = /^\s*/.exec(first)![0];
    const throws = /^throws (\w+)(?: \(([^)]*)\))?$/.exec(expected);
    let call: string;
    let rest: string;
    if (throws === null) {
      call = '__check(';
      rest = `, ${expected}, ${what});`;
    } else {
      const code = throws[2] === undefined ? 'undefined' : JSON.stringify(throws[2]);
      // An awaited statement may reject rather than throw.
      call = /\bawait\b/.test(statement) ? 'await __rejects(async () => ' : '__throws(() => ';
      rest = `, ${JSON.stringify(throws[1])}, ${code}, ${what});`;
    }
    lines[0] = `${lead}${call}${first.slice(lead.length)}`;
    lines[lines.length - 1] = lines.at(-1)!.trimEnd().replace(/;$/, '');
    out.push(...lines, `${indent}${rest}`);
  });
  return out.join('\n');
}

/** A snippet with its `//=>` lines turned into assertions, runnable as a module. */
export function withAssertions(code: string): string {
  return [...assertionPrelude, rewriteAssertions(code)].join('\n');
}

/** One `@example` code block of a TSDoc comment. */
export interface TsdocExample {
  /** 1-based line, in the source file, of the example's first line of code (or of the tag). */
  readonly line: number;
  /**
   * The code, without the comment's leading ` * `; undefined for an `@example` without a
   * complete ```ts block, which a runner must report rather than skip.
   */
  readonly code: string | undefined;
}

/**
 * The ```ts (or ```typescript) code blocks of the `@example` tags of the `/** ... *\/` comments
 * of a source text. A comment is recognised where `/**` starts a line (after indentation), so
 * that the text `'/**'` in a string does not open one.
 */
export function tsdocExamples(text: string): TsdocExample[] {
  const examples: TsdocExample[] = [];
  let inComment = false;
  /** The line of an `@example` tag whose code block has not started yet. */
  let tag: number | undefined;
  /** The code block being read. */
  let block: { line: number; code: string[] } | undefined;
  text.split('\n').forEach((raw, index) => {
    let line = raw;
    if (!inComment) {
      const opening = /^\s*\/\*\*(?!\/)/.exec(line);
      if (opening === null) return;
      inComment = true;
      line = ` * ${line.slice(opening[0].length)}`;
    }
    const closes = line.indexOf('*/');
    const body = (closes === -1 ? line : line.slice(0, closes)).replace(/^\s*\* ?/, '');
    if (block !== undefined) {
      if (/^\s*```\s*$/.test(body)) {
        examples.push({ line: block.line, code: block.code.join('\n') });
        block = undefined;
      } else block.code.push(body);
    } else if (/^\s*@\w/.test(body)) {
      if (tag !== undefined) examples.push({ line: tag, code: undefined });
      tag = /^\s*@example\b/.test(body) ? index + 1 : undefined;
    } else if (tag !== undefined && /^\s*```(?:ts|typescript)\s*$/.test(body)) {
      block = { line: index + 2, code: [] };
      tag = undefined;
    }
    if (closes !== -1) {
      inComment = false;
      // A block-less @example or an unclosed block is reported, not silently dropped.
      if (block !== undefined) examples.push({ line: block.line, code: undefined });
      if (tag !== undefined) examples.push({ line: tag, code: undefined });
      block = undefined;
      tag = undefined;
    }
  });
  return examples;
}
