// Consumer test: packs the library with `npm pack`, installs the tarball into a fresh project
// outside this repo, and uses it as an ESM app, a CJS app, both builds in one process (a Money
// made by one is a Money for the other), a TypeScript app (moduleResolution node16 and bundler,
// strict), the command line tool (bin pio-rules) and a browser bundle (esbuild, platform
// browser: no Node built-in may be pulled in). Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import esbuild from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const { version: packageVersion } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'pio-consumer-'));
const run = (cmd, args, cwd = work) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let failed = 0;
let passed = 0;
const check = (name, fn) => {
  try {
    fn();
    passed += 1;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed += 1;
    console.log(
      `FAIL ${name}\n${String(error.stdout ?? '')}${String(error.stderr ?? '')}${String(error.message)}`,
    );
  }
};

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, packed[0].filename);
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
  for (const [resolution, module] of [
    ['node16', 'node16'],
    ['bundler', 'esnext'],
  ]) {
    check(`TypeScript app (moduleResolution ${resolution}, strict)`, () => {
      const files = resolution === 'node16' ? ['app.ts', 'app.cts'] : ['app.ts'];
      const config = {
        compilerOptions: {
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

  check('command line tool from the installed package (bin pio-rules)', () => {
    const bin = join(work, 'node_modules/.bin/pio-rules');
    const version = run(bin, ['--version']).trim();
    if (version !== packageVersion) throw new Error(`--version printed ${version}`);
    const result = JSON.parse(run(bin, ['cofinancing', '--cost', '2400000', '--json']));
    if (result.maximum !== '1000000.00') throw new Error(`maximum ${String(result.maximum)}`);
    const dutch = run(bin, ['cofinancing', '--cost', '2.400.000', '--lang', 'nl-BE']);
    if (!dutch.trimEnd().endsWith('Maximale cofinanciering: € 1.000.000,00'))
      throw new Error(`cofinancing printed ${dutch}`);
    const calls = run(bin, ['calls', '--year', '2024', '--lang', 'en-GB']);
    if (!calls.startsWith('2024-1  Thursday 18 April 2024 at 24:00  Call 1 of 2024\n'))
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
  rmSync(work, { recursive: true, force: true });
}
console.log(`${String(passed)} passed, ${String(failed)} failed`);
process.exit(failed === 0 ? 0 : 1);
