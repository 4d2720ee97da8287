// Mutation testing: `npm run mutation` (not part of `npm test`: too slow). Which modules to
// mutate can be narrowed with MUTATE=money,parameters. The summary goes to docs/quality.md.
const modules = (
  process.env.MUTATE ?? 'money,parameters,calls,cofinancing,applications,criteria'
).split(',');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: modules.flatMap((m) => [`src/${m}/**/*.ts`, `!src/${m}/**/index.ts`]),
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  thresholds: { high: 90, low: 85, break: null },
  ignoreStatic: true,
  tempDirName: '.stryker-tmp',
};
