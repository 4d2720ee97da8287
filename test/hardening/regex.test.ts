import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as enterpriseNumber from '../../src/applications/enterpriseNumber.js';
import * as primitives from '../../src/applications/schema/primitives.js';
import * as patterns from '../../src/input/patterns.js';

/**
 * Catastrophic backtracking: every regular expression in `src/` (each `/.../flags` literal, found
 * with the TypeScript parser, and each pattern constant that `new RegExp` is built from) runs
 * over long adversarial strings, 50,000 characters of prefixes that almost match (digits,
 * separators, spaces, `1.1.1…`, `a…a!`, pieces of dates, amounts and e-mail addresses), and
 * finishes fast. The time limit (200 ms per run) is a loose safety net, not a benchmark: a
 * super-linear pattern takes seconds to hours on such input.
 *
 * The static side of the same guarantee is ESLint: `eslint.config.js` runs
 * `regexp/no-super-linear-backtracking` and `regexp/no-super-linear-move` (eslint-plugin-regexp)
 * on every file of `src/`, so a pattern that could backtrack super-linearly fails the lint.
 */

const SRC = resolve(import.meta.dirname, '../../src');
const LENGTH = 50_000;
const LOOSE_LIMIT_MS = 200;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

interface Found {
  readonly where: string;
  readonly regex: RegExp;
}

/** Every regular expression literal of a source file, and every identifier ending in `_PATTERN`. */
function scan(file: string): { literals: Found[]; patternNames: string[] } {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const literals: Found[] = [];
  const patternNames: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const end = text.lastIndexOf('/');
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      literals.push({
        where: `${relative(SRC, file)}:${String(line + 1)} ${text}`,
        regex: new RegExp(text.slice(1, end), text.slice(end + 1)),
      });
    }
    if (ts.isIdentifier(node) && node.text.endsWith('_PATTERN')) patternNames.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, patternNames };
}

const scanned = files(SRC).map(scan);
const literals = scanned.flatMap((s) => s.literals);
const patternNames = [...new Set(scanned.flatMap((s) => s.patternNames))].sort();
const patternConstants: Readonly<Record<string, unknown>> = {
  ...primitives,
  ...enterpriseNumber,
  ...patterns,
};
const constructed: Found[] = patternNames.map((name) => ({
  where: `${name} (new RegExp)`,
  regex: new RegExp(String(patternConstants[name])),
}));
const all = [...literals, ...constructed];

/** A piece repeated to `LENGTH` characters, then a character that spoils the match. */
const pumped = (piece: string, tail = '!'): string =>
  piece.repeat(Math.ceil(LENGTH / piece.length)).slice(0, LENGTH) + tail;

const attacks: readonly [string, string][] = [
  ...['1', '0', '9', '.', ',', '-', ' ', '\t', 'a', 'z', 'A', '@', ':', '+', '€', '/', '_'].map(
    (c): [string, string] => [`${c}…!`, pumped(c)],
  ),
  ...[
    '1.',
    '1,',
    '1-',
    '1 ',
    '.1',
    ',1',
    '12.',
    '123.',
    '1.1',
    'a-',
    'a.',
    'a@',
    'a.b',
    '-a',
    'aA1',
    '2024-',
    '20-',
    '00:',
    '1:',
    '+1',
    '€ 1',
    'EUR',
    '0123.',
    '\\d',
    'x ',
  ].map((piece): [string, string] => [`(${piece})…!`, pumped(piece)]),
  ['1…1 then €', pumped('1', ' €')],
  ['digits, then a second decimal point', `${'1'.repeat(LENGTH)}.1.1`],
  ['a valid date, then junk', `2024-04-18${'1'.repeat(LENGTH)}`],
  ['an instant with a huge fraction', `2024-04-18T23:59:59.${'9'.repeat(LENGTH)}Z!`],
  ['an e-mail with a huge domain', `a@${'b.'.repeat(LENGTH / 2)}`],
  ['a phone number, then a letter', `+${'1 '.repeat(LENGTH / 2)}x`],
  ['spaces, then nothing', ' '.repeat(LENGTH)],
];

/** Runs a regular expression as the code does: `replace` for a global one, `exec` otherwise. */
function runOnce(regex: RegExp, text: string): void {
  const fresh = new RegExp(regex.source, regex.flags);
  if (fresh.global) text.replace(fresh, '');
  else fresh.exec(text);
}

describe('the regular expressions of src/', () => {
  it('are all found: literals, and the pattern constants new RegExp is built from', () => {
    expect(literals.length).toBeGreaterThan(15);
    for (const expected of ['/^\\d{4}-\\d{2}-\\d{2}$/', '/^-?\\d+(?:\\.\\d+)?$/'])
      expect(
        literals.some((f) => f.where.endsWith(expected)),
        expected,
      ).toBe(true);
    expect(patternNames).toEqual(
      expect.arrayContaining([
        'CALL_ID_PATTERN',
        'EMAIL_PATTERN',
        'ENTERPRISE_NUMBER_PATTERN',
        'INSTANT_PATTERN',
        'PHONE_PATTERN',
      ]),
    );
    for (const name of patternNames)
      expect(typeof patternConstants[name], `${name} is exported as a string`).toBe('string');
  });

  it.each(all.map((f) => [f.where, f.regex] as const))(
    '%s finishes fast on 50,000-character adversarial strings',
    (_where, regex) => {
      for (const [name, text] of attacks) {
        const started = performance.now();
        runOnce(regex, text);
        const elapsed = performance.now() - started;
        // Safety net only (see above).
        expect(elapsed, `${name}: ${elapsed.toFixed(0)} ms`).toBeLessThan(LOOSE_LIMIT_MS);
      }
    },
  );
});
