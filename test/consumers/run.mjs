// Consumer test: packs the library as a fresh clone would, installs the tarball into a fresh
// project outside this repo, and uses it as an ESM app, a CJS app, both builds in one process (a
// Money made by one is a Money for the other), a TypeScript app (moduleResolution node16,
// bundler and node10, strict; node10 imports every subpath), the command line tool (bin
// pio-rules, also through `npx`) and a browser bundle (esbuild, platform browser: no Node
// built-in may be pulled in).
//
// The fresh clone: the files git tracks, with their uncommitted changes, and the new files it
// does not ignore, copied without dist/ (the repository's node_modules is linked in, so nothing
// is downloaded). `npm pack` there must build on `prepare`: a tarball without dist/ fails here.
// Needs no earlier build.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import esbuild from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const packageVersion = manifest.version;
const work = mkdtempSync(join(tmpdir(), 'pio-consumer-'));
const clone = join(work, 'clone');
const linkedModules = join(clone, 'node_modules');
/** Removes the link to the repository's node_modules (never what it points to). */
const unlinkModules = () => {
  try {
    if (lstatSync(linkedModules).isSymbolicLink()) unlinkSync(linkedModules);
  } catch {
    // Not linked yet.
  }
};
const run = (cmd, args, cwd = work) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let failed = 0;
let passed = 0;
const check = (name, fn) => {
  const start = performance.now();
  try {
    fn();
    passed += 1;
    console.log(`ok   ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed += 1;
    console.log(
      `FAIL ${name}\n${String(error.stdout ?? '')}${String(error.stderr ?? '')}${String(error.message)}`,
    );
  }
};

/** The JSON `npm pack --json` prints last, after the output of the prepare build. */
const packResult = (out) => {
  for (let at = out.lastIndexOf('\n[\n'); at >= 0; at = out.lastIndexOf('\n[\n', at - 1)) {
    try {
      return JSON.parse(out.slice(at + 1));
    } catch {
      // Output of the build that happens to hold a "[" line: look further back.
    }
  }
  return JSON.parse(out);
};

/**
 * The relative links of a Markdown text (outside code), without their anchor; the full rule, and
 * the test that the tarball holds every target, is test/package.test.ts.
 */
const relativeLinks = (markdown) =>
  [
    ...markdown
      .replace(/^```[^\n]*\n[\s\S]*?^```/gm, '')
      .replace(/`[^`\n]+`/g, '')
      .matchAll(/\]\(\s*([^)\s]+)/g),
  ]
    .map((m) => m[1])
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'))
    .map((target) => decodeURIComponent(target.split(/[#?]/, 1)[0]));

try {
  const sources = run(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    root,
  ).split('\0');
  for (const file of sources) {
    // A tracked file deleted in the working tree is not part of the clone.
    if (file === '' || !existsSync(join(root, file))) continue;
    cpSync(join(root, file), join(clone, file), { recursive: true, verbatimSymlinks: true });
  }
  if (existsSync(join(clone, 'dist'))) throw new Error('the fresh clone has a dist/');
  symlinkSync(join(root, 'node_modules'), linkedModules, 'junction');
  const packStart = performance.now();
  const packed = packResult(run('npm', ['pack', '--json', '--pack-destination', work], clone));
  const tarball = join(work, packed[0].filename);
  const packSeconds = ((performance.now() - packStart) / 1000).toFixed(1);
  console.log(`     packed ${packed[0].filename} from a fresh clone (${packSeconds} s)`);
  const inTarball = new Set(packed[0].files.map((file) => file.path));

  check('npm pack of a fresh clone builds (prepare): the tarball holds dist/', () => {
    const targets = [
      manifest.main,
      manifest.module,
      manifest.types,
      ...Object.values(manifest.bin),
      ...Object.values(manifest.exports).flatMap((target) =>
        typeof target === 'string'
          ? [target]
          : Object.values(target).flatMap((condition) => Object.values(condition)),
      ),
      ...Object.values(manifest.typesVersions?.['*'] ?? {}).flat(),
    ].map((target) => posix.normalize(target));
    const missing = [...new Set(targets)].filter((target) => !inTarball.has(target));
    if (missing.length > 0) throw new Error(`not in the tarball: ${missing.join(', ')}`);
    if ([...inTarball].some((file) => /^(?:src|test|docs\/api)\//.test(file)))
      throw new Error('the tarball holds sources, tests or docs/api');
  });
  unlinkModules();
  rmSync(clone, { recursive: true, force: true });
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball]);
  const expected = readFileSync(join(import.meta.dirname, 'expected.txt'), 'utf8').trim();

  writeFileSync(join(work, 'esm.mjs'), readFileSync(join(import.meta.dirname, 'app.mjs'), 'utf8'));
  check('ESM app (import)', () => {
    const out = run('node', ['esm.mjs']).trim();
    if (out !== expected) throw new Error(`got:\n${out}\nexpected:\n${expected}`);
  });

  writeFileSync(join(work, 'cjs.cjs'), readFileSync(join(import.meta.dirname, 'app.cjs'), 'utf8'));
  check('CJS app (require)', () => {
    const out = run('node', ['cjs.cjs']).trim();
    if (out !== expected) throw new Error(`got:\n${out}\nexpected:\n${expected}`);
  });

  writeFileSync(
    join(work, 'dual.mjs'),
    [
      "import { createRequire } from 'node:module';",
      "import * as esm from '@vlaio/pio-rules';",
      "const cjs = createRequire(import.meta.url)('@vlaio/pio-rules');",
      "console.log(esm.eur(cjs.eur('1.00')).amount, cjs.formatEur(esm.eur('2'), { locale: 'en' }));",
      "console.log(esm.money.add(cjs.eur('1'), JSON.parse(JSON.stringify(esm.eur('2')))).amount);",
      'try {',
      "  cjs.eur('x');",
      '} catch (error) {',
      '  console.log(esm.isPioRulesError(error), error instanceof esm.PioRulesError);',
      '}',
    ].join('\n'),
  );
  check('ESM and CJS builds in one process: Money and errors cross over', () => {
    const out = run('node', ['dual.mjs']).trim();
    const want = '1.00 €2.00\n3.00\ntrue false';
    if (out !== want) throw new Error(`got:\n${out}\nexpected:\n${want}`);
  });

  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  writeFileSync(join(work, 'app.ts'), readFileSync(join(import.meta.dirname, 'app.ts'), 'utf8'));
  writeFileSync(join(work, 'app.cts'), readFileSync(join(import.meta.dirname, 'app.ts'), 'utf8'));
  // Every subpath of "exports", each typed (not `any`): what node10 finds through typesVersions.
  const subpaths = Object.keys(manifest.exports).filter((subpath) => subpath !== './package.json');
  writeFileSync(
    join(work, 'subpaths.ts'),
    [
      'type Typed<T> = 0 extends 1 & T ? never : T;',
      ...subpaths.flatMap((subpath, i) => {
        const specifier = `@vlaio/pio-rules${subpath.slice(1)}`;
        return [
          subpath.endsWith('.json')
            ? `import m${String(i)} from '${specifier}';`
            : `import * as m${String(i)} from '${specifier}';`,
          `export const typed${String(i)}: Typed<typeof m${String(i)}> = m${String(i)};`,
        ];
      }),
    ].join('\n'),
  );
  const node10 = {
    // Deprecated in TypeScript 6, still used by older setups: that is why it is checked.
    ignoreDeprecations: '6.0',
    esModuleInterop: true,
    resolveJsonModule: true,
  };
  for (const [resolution, module, files, options] of [
    ['node16', 'node16', ['app.ts', 'app.cts'], {}],
    ['bundler', 'esnext', ['app.ts'], {}],
    ['node10', 'commonjs', ['app.ts', 'subpaths.ts'], node10],
  ]) {
    check(`TypeScript app (moduleResolution ${resolution}, strict)`, () => {
      const config = {
        compilerOptions: {
          ...options,
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
          module,
          moduleResolution: resolution,
          target: 'es2022',
          // A consumer has Node's or the DOM's globals (zod's types name URL).
          lib: ['es2022', 'dom'],
        },
        files,
      };
      writeFileSync(join(work, `tsconfig.${resolution}.json`), JSON.stringify(config));
      run('node', [tsc, '-p', `tsconfig.${resolution}.json`]);
    });
  }

  check('npx pio-rules --help runs the installed tool (never the registry)', () => {
    // --offline: npx may not fetch pio-rules from the registry, it must find the installed one;
    // `--` keeps --help for pio-rules (npx would take it as its own).
    const help = spawnSync('npx', ['--offline', '--no', '--', 'pio-rules', '--help'], {
      cwd: work,
      encoding: 'utf8',
    });
    if (
      help.status !== 0 ||
      !help.stdout.startsWith('pio-rules') ||
      !help.stdout.includes('cofinancing')
    )
      throw new Error(
        `npx pio-rules --help: exit ${String(help.status)}\n${help.stdout}${help.stderr}`,
      );
  });

  check('the installed package holds every file its README and guides link to', () => {
    const installed = join(work, 'node_modules/@vlaio/pio-rules');
    const pages = ['README.md', ...readdirSync(join(installed, 'docs')).map((f) => `docs/${f}`)];
    const links = pages
      .filter((page) => page.endsWith('.md'))
      .flatMap((page) =>
        relativeLinks(readFileSync(join(installed, page), 'utf8')).map((target) => [page, target]),
      );
    if (links.length < 10) throw new Error(`only ${String(links.length)} relative links found`);
    const broken = links.filter(
      ([page, target]) => !existsSync(join(installed, dirname(page), target)),
    );
    if (broken.length > 0)
      throw new Error(
        `broken: ${broken.map(([page, target]) => `${page} -> ${target}`).join(', ')}`,
      );
  });

  check('command line tool from the installed package (bin pio-rules)', () => {
    const bin = join(work, 'node_modules/.bin/pio-rules');
    const version = run(bin, ['--version']).trim();
    if (version !== packageVersion) throw new Error(`--version printed ${version}`);
    const result = JSON.parse(run(bin, ['cofinancing', '--cost', '2400000', '--json']));
    if (result.maximum !== '1000000.00') throw new Error(`maximum ${String(result.maximum)}`);
    const dutch = run(bin, ['cofinancing', '--cost', '2.400.000', '--lang', 'nl-BE']);
    if (!dutch.includes('\nMaximale cofinanciering: € 1.000.000,00\n'))
      throw new Error(`cofinancing printed ${dutch}`);
    const calls = run(bin, ['calls', '--year', '2024', '--lang', 'en-GB']);
    if (!calls.startsWith('2024-1  Thursday 18 April 2024 at 24:00 (announced)  Call 1 of 2024\n'))
      throw new Error(`calls printed ${calls}`);
    const schema = JSON.parse(run(bin, ['schema']));
    if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema')
      throw new Error('no JSON Schema');
    const refused = spawnSync(bin, ['calls', '--lang', 'fr'], { cwd: work, encoding: 'utf8' });
    if (refused.status !== 2 || !refused.stderr.includes('[unsupported_locale]'))
      throw new Error(`--lang fr: exit ${String(refused.status)}, ${refused.stderr}`);
  });

  check('browser bundle (esbuild, platform browser)', () => {
    esbuild.buildSync({
      entryPoints: [join(work, 'esm.mjs')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      outfile: join(work, 'browser.mjs'),
      logLevel: 'error',
    });
    const bundle = readFileSync(join(work, 'browser.mjs'), 'utf8');
    if (/\bfrom ["']node:|require\(["'](?:node:|fs|path|os|crypto)["']\)/.test(bundle))
      throw new Error('the bundle pulls in a Node built-in');
    const out = run('node', ['browser.mjs']).trim();
    if (out !== expected) throw new Error(`got:\n${out}\nexpected:\n${expected}`);
  });
} finally {
  unlinkModules();
  rmSync(work, { recursive: true, force: true });
}
console.log(`${String(passed)} passed, ${String(failed)} failed`);
process.exit(failed === 0 ? 0 : 1);
