import { defineConfig } from 'tsup';

/** Library entries: the root plus one subpath per module (see package.json "exports"). */
export const libraryEntries = {
  index: 'src/index.ts',
  money: 'src/money/index.ts',
  parameters: 'src/parameters/index.ts',
  calls: 'src/calls/index.ts',
  cofinancing: 'src/cofinancing/index.ts',
  applications: 'src/applications/index.ts',
  criteria: 'src/criteria/index.ts',
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
    clean: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
  },
]);
