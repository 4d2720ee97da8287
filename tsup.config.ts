import { defineConfig, type Options } from 'tsup';

/** Library entries: the root plus one subpath per module (see package.json "exports"). */
export const libraryEntries = {
  index: 'src/index.ts',
  money: 'src/money/index.ts',
  parameters: 'src/parameters/index.ts',
  calls: 'src/calls/index.ts',
  cofinancing: 'src/cofinancing/index.ts',
  applications: 'src/applications/index.ts',
  criteria: 'src/criteria/index.ts',
  scenarios: 'src/scenarios/index.ts',
  records: 'src/records/index.ts',
};

/**
 * The command line tool `pio-rules` (bin `./dist/cli.js`) and the worker thread of
 * `validate --jobs` (`./dist/validateWorker.js`): ESM files for Node with a shebang,
 * the library bundled in, the dependencies left to `node_modules`. It never cleans: it writes
 * next to the library's files (`npm run build` empties `dist` before both builds).
 */
export const cliConfig: Options = {
  // The worker thread of `validate --jobs`, loaded from beside cli.js (dist/validateWorker.js).
  entry: { cli: 'src/cli/main.ts', validateWorker: 'src/cli/validateWorker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  dts: false,
  // Chunks, so that each command's module (imported when it runs, see
  // src/cli/commands/registry.ts) and the library parts only it uses load apart: `--help` reads
  // none of them.
  splitting: true,
  sourcemap: false,
  clean: false,
  outDir: 'dist',
};

export default defineConfig([
  {
    entry: libraryEntries,
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    // One shared chunk per module in both formats, so PioRulesError is a single class
    // whichever subpath a consumer imports.
    splitting: true,
    sourcemap: false,
    // `npm run build` empties dist/ first; neither config cleans, so the two builds, which tsup
    // runs in parallel, cannot wipe each other's output.
    clean: false,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
  },
  cliConfig,
]);
