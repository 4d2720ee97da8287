import { describe, expect, it, vi } from 'vitest';

/**
 * Importing the library builds nothing a call does not need (goal 2 of the performance issue):
 * every zod schema is made on first use. zod/mini is wrapped so that every schema or check it
 * makes is counted by name; this file imports the root entry, then the records entry, fresh (vitest
 * isolates each test file).
 */
const made = vi.hoisted(() => ({ count: 0, names: [] as string[] }));

vi.mock('zod/mini', async (importOriginal) => {
  const original = await importOriginal<Record<string, unknown>>();
  const counted: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(original))
    counted[name] =
      typeof value === 'function' && /^[a-z]/.test(name)
        ? (...args: unknown[]) => {
            made.count += 1;
            made.names.push(name);
            return (value as (...a: unknown[]) => unknown)(...args);
          }
        : value;
  return counted;
});

describe('importing the root entry', () => {
  it('makes no zod schema; the first call makes the ones it needs', async () => {
    const lib = await import('../../src/index.js');
    // Only the public applicationSchema's `z.lazy` wrapper, which builds the schema on its first
    // parse.
    expect(made.names).toEqual(['lazy']);
    expect(lib.computeCofinancing({ estimatedCost: '2400000' }).data.eligibleBase.amount).toBe(
      '2400000.00',
    );
    const afterCofinancing = made.count;
    expect(afterCofinancing).toBeGreaterThan(0);
    expect(lib.applicationSchema.safeParse({ schemaVersion: '1' }).success).toBe(false);
    expect(made.count).toBeGreaterThan(afterCofinancing);
  });
});

describe('importing the records entry', () => {
  it('makes no zod schema; checking a record makes the record schema', async () => {
    const before = made.count;
    const records = await import('../../src/records/index.js');
    expect(made.count).toBe(before);
    expect((await records.verifyRecord({ format: 'other' })).status).toBe('tampered');
    expect(made.count).toBeGreaterThan(before);
  });
});
