import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  type ParameterRegistry,
} from '../../src/parameters/index.js';
import type { CofinancingInput } from '../../src/cofinancing/index.js';
import type { DecisionRecord } from '../../src/records/index.js';

const root = resolve(import.meta.dirname, '../..');

/** The committed record schema, compiled by ajv (strict, every error). */
export const recordSchema = JSON.parse(
  readFileSync(resolve(root, 'schemas/decision-record.schema.json'), 'utf8'),
) as Record<string, unknown>;
// zod writes a union of primitive types as `type: [...]`, which strict mode wants allowed.
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
const validateRecord = ajv.compile(recordSchema);

/** Every record a test made passes the record schema (ajv): call it on each. */
export function expectSchemaValid(record: unknown): void {
  const ok = validateRecord(record);
  expect(ok ? [] : validateRecord.errors).toEqual([]);
}

/** Whether ajv accepts a value as a record. */
export function schemaAccepts(value: unknown): boolean {
  return validateRecord(value);
}

/** A proposal of the examples, parsed. */
export function example(name: string): unknown {
  return JSON.parse(readFileSync(resolve(root, 'examples/applications', name), 'utf8'));
}

/** The built-in registry with every version of `cofinancing.cap` at another value. */
export function registryWithCap(cap: string): ParameterRegistry {
  const def = getDefinition('cofinancing.cap');
  return createParameterRegistry(
    [{ ...def, versions: def.versions.map((v) => ({ ...v, value: cap })) }],
    { base: defaultParameters },
  ).data;
}

const euros = fc.integer({ min: 0, max: 5_000_000 }).map((n) => `${String(n)}.00`);
const category = fc.constantFrom('rd-services', 'validation', 'off-the-shelf', 'rdi', 'other');

/** Cofinancing inputs of every shape, amounts in whole euro up to five million. */
export const cofinancingInput: fc.Arbitrary<CofinancingInput> = fc.oneof(
  fc.record(
    { estimatedCost: euros, requested: euros, vat: fc.constantFrom('excluded', 'non-recoverable') },
    { requiredKeys: ['estimatedCost'] },
  ),
  fc.record(
    {
      costs: fc.array(fc.record({ category, amount: euros }), { minLength: 1, maxLength: 4 }),
      requested: euros,
    },
    { requiredKeys: ['costs'] },
  ),
);

/** The recorded eligible base of a successful cofinancing record, in cents. */
export function baseCents(record: DecisionRecord): bigint | undefined {
  if (!record.outcome.success) return undefined;
  const base = record.outcome.data['eligibleBase'];
  return typeof base === 'string' ? BigInt(base.replace('.', '')) : undefined;
}
