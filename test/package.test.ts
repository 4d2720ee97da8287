import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { libraryEntries } from '../tsup.config.js';

/**
 * The package as a user gets it (issue 13 points 3, 10, 11 and 12): `npm pack` builds first
 * (`prepare`, which npm also runs after `npm ci` in a clone, so `npx pio-rules` works there),
 * so a fresh clone does not pack a tarball without code; every subpath has types
 * for TypeScript's `moduleResolution: node` (node10) through `typesVersions`, and resolves to
 * the sources in the repository through `tsconfig.json` `paths` (the examples import the
 * package's own name); the README and the guides shipped with it link only to files the tarball
 * holds; SECURITY.md and CONTRIBUTING.md exist and are shipped. That the built tarball really
 * works (require, import, node10, `npx pio-rules`) is checked by test/consumers/run.mjs.
 */

const root = resolve(import.meta.dirname, '..');

interface Manifest {
  readonly scripts: Readonly<Record<string, string>>;
  readonly exports: Readonly<Record<string, string | { import: { types: string } }>>;
  readonly typesVersions: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  readonly types: string;
  readonly files: readonly string[];
  readonly [field: string]: unknown;
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;

/** The subpaths of "exports" that are modules or files of the package (not `./package.json`). */
const subpaths = Object.keys(manifest.exports).filter((key) => key !== './package.json');

/** What `npm pack` puts in the tarball (without building: the sources' part is what matters). */
const packed: readonly string[] = (() => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [result] = JSON.parse(out) as [{ files: { path: string }[] }];
  return result.files.map((file) => file.path);
})();

/**
 * The relative links of a Markdown text: `[text](target)`, `![alt](target)`, `[id]: target` and
 * `href="target"`, outside fenced code and code spans. A link with a scheme (`https:`,
 * `mailto:`) or to an anchor of the same page is not relative; an anchor or query after a file
 * is dropped. An absolute path (`/docs/x.md`) is kept: it works neither in the package nor on
 * the registry, so the check below refuses it.
 */
function relativeLinks(markdown: string): string[] {
  const text = markdown.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '').replace(/`[^`\n]+`/g, '');
  const targets = [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!),
    ...[...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!),
  ];
  return targets
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'))
    .map((target) => decodeURIComponent(target.split(/[#?]/, 1)[0]!));
}

/**
 * The links of the Markdown files among `files` (paths inside the package) whose target is not
 * among `files`: `README.md -> docs/x.md`.
 */
function brokenLinks(files: readonly string[], read: (file: string) => string): readonly string[] {
  const shipped = new Set(files);
  return files
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) =>
      relativeLinks(read(file))
        .filter((target) => {
          const path = posix.normalize(posix.join(posix.dirname(file), target));
          return target.startsWith('/') || !(shipped.has(path) || shipped.has(`${path}/`));
        })
        .map((target) => `${file} -> ${target}`),
    );
}

describe('npm pack', () => {
  it('builds first (prepare: on npm pack, and on npm ci in a clone), from the sources alone', () => {
    expect(manifest.scripts.prepare).toBe('npm run build');
    expect(manifest.scripts.prepack).toBeUndefined();
    // The build makes everything it ships from what git holds: the schema, then dist/.
    expect(manifest.scripts.build).toMatch(/^npm run schema:generate && .*\btsup$/);
  });

  it('ships the code, the schema, the guides, the API report and the project files', () => {
    for (const file of [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'SECURITY.md',
      'CONTRIBUTING.md',
      'api/pio-rules.api.md',
      'schemas/application.schema.json',
      'schemas/scenario.schema.json',
    ])
      expect(packed, file).toContain(file);
    const guides = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'));
    expect(guides.length).toBeGreaterThanOrEqual(5);
    for (const guide of guides) expect(packed).toContain(`docs/${guide}`);
    expect(manifest.files).toContain('dist');
  });

  it('ships no sources, tests, examples or generated API site', () => {
    const unwanted = packed.filter((file) =>
      /^(?:src|test|examples|scripts|bench|docs\/api|node_modules|\.ci)\//.test(file),
    );
    expect(unwanted).toEqual([]);
  });

  it('names no repository address the package does not have yet', () => {
    expect(manifest).not.toHaveProperty('repository');
    expect(manifest).not.toHaveProperty('homepage');
    expect(manifest).not.toHaveProperty('bugs');
  });
});

describe('the links of the README and the shipped guides', () => {
  it('lead to files the tarball holds', () => {
    const markdown = packed.filter((file) => file.endsWith('.md'));
    expect(markdown).toEqual(expect.arrayContaining(['README.md', 'docs/getting-started.md']));
    const read = (file: string): string => readFileSync(join(root, file), 'utf8');
    expect(relativeLinks(read('README.md')).length).toBeGreaterThanOrEqual(10);
    expect(brokenLinks(packed, read)).toEqual([]);
  });

  it('include SECURITY.md and CONTRIBUTING.md from the README', () => {
    const links = relativeLinks(readFileSync(join(root, 'README.md'), 'utf8'));
    expect(links).toEqual(expect.arrayContaining(['SECURITY.md', 'CONTRIBUTING.md']));
  });

  it('are found and checked the way the test promises', () => {
    const page = [
      '# T',
      'See [a](docs/a.md), [b](./b.md#part "title"), ![c](img/c%20d.png) and <a href="e.md">e</a>.',
      '[ref]: docs/ref.md',
      'Not links: [web](https://example.org/x.md), [mail](mailto:x@example.org), [top](#t),',
      '`[code](docs/in-code.md)` and',
      '```md',
      '[fenced](docs/fenced.md)',
      '```',
      '[up](../outside.md) [abs](/docs/a.md)',
    ].join('\n');
    expect(relativeLinks(page)).toEqual([
      'docs/a.md',
      './b.md',
      'img/c d.png',
      '../outside.md',
      '/docs/a.md',
      'docs/ref.md',
      'e.md',
    ]);
    const files = ['README.md', 'docs/a.md', 'docs/guide.md', 'b.md', 'e.md', 'docs/ref.md'];
    const read = (file: string): string =>
      file === 'README.md'
        ? page
        : file === 'docs/guide.md'
          ? '[back](../README.md) [x](x.md)'
          : '';
    expect(brokenLinks(files, read)).toEqual([
      'README.md -> img/c d.png',
      'README.md -> ../outside.md',
      'README.md -> /docs/a.md',
      'docs/guide.md -> x.md',
    ]);
  });
});

describe('SECURITY.md and CONTRIBUTING.md', () => {
  const security = readFileSync(join(root, 'SECURITY.md'), 'utf8');
  const contributing = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');

  it('say how to report and what is in scope, without an invented address', () => {
    for (const topic of [
      /report/i,
      /hostile input/i,
      /prototype pollution/i,
      /ReDoS/,
      /command line/i,
    ])
      expect(security).toMatch(topic);
    // No e-mail address (none is public yet): nothing like `name@host`.
    expect(security).not.toMatch(/\w@\w/);
    expect(security).not.toMatch(/github\.com|gitlab|bitbucket/i);
  });

  it('give the README’s two commands and how rules, sources and releases are made', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const command of ['npm ci && npm run demo', 'npm test']) {
      expect(readme).toContain(command);
      expect(contributing).toContain(command);
    }
    for (const topic of [
      'src/parameters/definitions/',
      'sources.ts',
      'PIO.md',
      'CHANGELOG.md',
      'npm pack',
      'npm version',
    ])
      expect(contributing).toContain(topic);
  });
});

describe('subpath imports', () => {
  it('are checked by attw on every module resolution (node10 too), before publint', () => {
    // attw packs first (prepare builds), so publint, which packs without scripts, finds dist/.
    expect(manifest.scripts['check:package']).toBe('attw --pack . && publint --strict');
  });

  it('have types for moduleResolution node10 (typesVersions), the same files as "exports"', () => {
    const mapped = manifest.typesVersions['*'] ?? {};
    const expected = Object.fromEntries(
      subpaths
        .filter((subpath) => subpath !== '.')
        .map((subpath) => {
          const target = manifest.exports[subpath]!;
          return [subpath.slice(2), [typeof target === 'string' ? target : target.import.types]];
        }),
    );
    expect(mapped).toEqual(expected);
    expect(Object.keys(manifest.typesVersions)).toEqual(['*']);
    const main = manifest.exports['.'];
    expect(typeof main === 'string' ? main : main?.import.types).toBe(manifest.types);
  });

  it('resolve to the sources in the repository (tsconfig paths), one entry each', () => {
    const file = join(root, 'tsconfig.json');
    const config = ts.readConfigFile(file, (path) => ts.sys.readFile(path));
    expect(config.error).toBeUndefined();
    const paths = (config.config as { compilerOptions: { paths: Record<string, string[]> } })
      .compilerOptions.paths;
    const entries = libraryEntries as Record<string, string>;
    const expected = Object.fromEntries(
      subpaths.map((subpath) => {
        const target = manifest.exports[subpath]!;
        const source =
          typeof target === 'string'
            ? target
            : `./${entries[subpath === '.' ? 'index' : subpath.slice(2)]!}`;
        return [`@vlaio/pio-rules${subpath.slice(1)}`, [source]];
      }),
    );
    expect(paths).toEqual(expected);
    for (const [target] of Object.values(paths)) expect(existsSync(join(root, target!))).toBe(true);
  });

  it('are how the examples import the library: by its name, never ../src', () => {
    const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts'));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) {
      const text = readFileSync(join(root, 'examples', example), 'utf8');
      expect(text, example).toMatch(/['"]@vlaio\/pio-rules(?:\/[\w.]+)?['"]/);
      expect(text, example).not.toMatch(/from\s+['"]\.\.?\/(?:\.\.\/)*src\b|['"]\.\.\/src\//);
      expect(text, example).not.toContain('../schemas/');
    }
  });
});
