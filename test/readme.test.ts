import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README's TypeScript snippets are run as they stand, against the sources, and every
 * `//=> value` under an expression is checked with a deep equality: the tour cannot drift from
 * the code.
 */
const root = resolve(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** Turns `expr;` followed by `//=> value` into a checked assertion. */
export function withAssertions(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const expected = /^\/\/=> (.*)$/.exec(line);
    if (expected === null) {
      out.push(line);
      continue;
    }
    // The statement is the run of lines above, back to the previous statement's end.
    let start = out.length - 1;
    while (start > 0) {
      const above = out[start - 1]!.trimEnd();
      if (
        above === '' ||
        above.endsWith(';') ||
        above.startsWith('//') ||
        above.startsWith('__check(')
      )
        break;
      start -= 1;
    }
    const statement = out.splice(start).join('\n').trim().replace(/;$/, '');
    out.push(`__check(${statement}, ${expected[1]!}, ${JSON.stringify(statement.slice(0, 80))});`);
  }
  return [
    "import { deepStrictEqual as __equal } from 'node:assert';",
    'const __check = (actual: unknown, expected: unknown, what: string) => __equal(actual, expected, what);',
    out.join('\n'),
  ].join('\n');
}

describe('README', () => {
  it('has TypeScript snippets with checked results', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(5);
    expect(snippets.join('\n').match(/\/\/=>/g)?.length).toBeGreaterThanOrEqual(25);
  });

  it.each(snippets.map((code, i) => [i + 1, code] as const))(
    'runs snippet %i as documented',
    (i, code) => {
      const dir = join(root, '.tmp');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `readme-${String(i)}.ts`);
      writeFileSync(
        file,
        withAssertions(code.replaceAll("'@vlaio/pio-rules'", `'${join(root, 'src/index.ts')}'`)),
      );
      execFileSync(join(root, 'node_modules/.bin/tsx'), [file], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    },
  );

  it('notices a wrong documented result', () => {
    const dir = join(root, '.tmp');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'readme-wrong.ts');
    writeFileSync(
      file,
      withAssertions(
        `import { eur } from '${join(root, 'src/index.ts')}';\neur('1').amount;\n//=> '2.00'\n`,
      ),
    );
    expect(() =>
      execFileSync(join(root, 'node_modules/.bin/tsx'), [file], { cwd: root, stdio: 'pipe' }),
    ).toThrow();
  });
});
