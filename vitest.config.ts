import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/consumers/**', 'node_modules/**'],
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: [
        'src/cli/main.ts',
        'src/**/index.ts',
        // A worker thread entry: it runs only in worker threads, which v8 coverage of the vitest
        // process does not see. Covered through dist/validateWorker.js by test/cli/jobs.test.ts
        // and through the sources (tsx) by test/cli/jobsInProcess.test.ts.
        'src/cli/validateWorker.ts',
      ],
      thresholds: { lines: 95, branches: 95 },
      reporter: ['text-summary', 'json-summary'],
    },
  },
});
