import { describe, expect, it, vi } from 'vitest';
import { expectOneErrorLine } from './helpers/assertions.js';
import { runInProcess } from './helpers/fakeIo.js';

vi.mock('../../src/cli/packageFiles.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/cli/packageFiles.js')>()),
  schemaPath: () => '/nonexistent/schemas/application.schema.json',
}));

describe('pio-rules schema without its file', () => {
  it('says where it looked, in one line, exit 2', async () => {
    const run = await runInProcess(['schema', '--lang', 'en']);
    expect(run.code).toBe(2);
    expectOneErrorLine(
      run.stderr,
      'pio-rules: JSON Schema not found at /nonexistent/schemas/application.schema.json',
    );
  });
});
