import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withAssertions } from './helpers/snippets.js';

/**
 * The README's TypeScript snippets are run as they stand, against the sources, and every
 * `//=> value` under an expression is checked with a deep equality (see helpers/snippets.ts): the
 * tour cannot drift from the code.
 */
const root = resolve(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

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
