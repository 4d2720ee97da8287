import { defineConfig } from 'vitest/config';

// The tests Stryker runs: those of the mutated modules, plus the cross-cutting ones.
const modules = (
  process.env['MUTATE'] ?? 'money,parameters,calls,cofinancing,applications,criteria'
).split(',');

export default defineConfig({
  test: {
    include: [...modules.map((m) => `test/${m}/**/*.test.ts`)],
    testTimeout: 60_000,
  },
});
