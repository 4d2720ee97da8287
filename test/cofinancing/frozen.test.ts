import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeExpertiseSupport,
  explainCofinancing,
  safeComputeCofinancing,
  type CostCategory,
} from '../../src/cofinancing/index.js';
import type { PioIssue } from '../../src/issues/index.js';
import { createParameterRegistry, defaultParameters } from '../../src/parameters/index.js';
import { costCategories, locales } from '../../src/vocabulary/index.js';
import { unfrozenPaths } from '../helpers/deeplyFrozen.js';

// Results are frozen as they are built (not walked afterwards), so every branch that builds an
// object must freeze it: these properties visit the branches and check every object reached.

const amount = fc.oneof(
  fc.constantFrom('0', '1', '10.50', '2400000', '-1', '1.234', 'x', 7, 0.5),
  fc.bigInt({ min: 0n, max: 10n ** 10n }).map(String),
);
const line = fc.record(
  {
    category: fc.constantFrom<CostCategory | 'x'>(...costCategories, 'x'),
    amount,
    label: fc.constantFrom('Ontwerp', 'Proeftuin', 'a b', '😀', ' '),
  },
  { requiredKeys: ['category', 'amount'] },
);
const costs = fc.array(line, { maxLength: 4 });
const source = fc.oneof(
  costs.map((c) => ({ costs: c })),
  amount.map((a) => ({ estimatedCost: a })),
  fc
    .array(fc.record({ id: fc.constantFrom('a', 'b', 'c'), label: fc.constant('L'), costs }), {
      maxLength: 3,
    })
    .map((phases) => ({ phases })),
);
const input = fc.tuple(
  source,
  fc.record(
    {
      vat: fc.constantFrom('excluded', 'non-recoverable', 'x'),
      requested: amount,
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      at: fc.constantFrom('2024-04-18', '1999-01-01', { id: '2024-1', deadlineDate: '2024-04-18' }),
      capOverride: amount,
      locale: fc.constantFrom(...locales, 'en-GB'),
    },
    { requiredKeys: [] },
  ),
);

/**
 * The outcome for a generated input and options, with a registry made by
 * `createParameterRegistry` (its data frozen when made) on top of the built-in one.
 */
const parameters = createParameterRegistry([], { base: defaultParameters }).data;
const outcomeOf = ([from, rest, options]: [object, object, object]) =>
  safeComputeCofinancing({ ...from, ...rest }, { ...options, parameters });

/** Every issue frozen: itself, its path, its params. */
const frozenIssue = (i: PioIssue) =>
  Object.isFrozen(i) && Object.isFrozen(i.path) && Object.isFrozen(i.params);

describe('cofinancing results are frozen all the way down', () => {
  it('holds for the data and the issues of safeComputeCofinancing', () => {
    let successes = 0;
    let failures = 0;
    fc.assert(
      fc.property(input, (generated) => {
        const outcome = outcomeOf(generated);
        if (outcome.success) {
          successes += 1;
          expect(unfrozenPaths(outcome.data)).toEqual([]);
          expect(outcome.warnings.every(frozenIssue)).toBe(true);
        } else {
          failures += 1;
          expect(outcome.issues.every(frozenIssue)).toBe(true);
        }
      }),
      { numRuns: 1_000 },
    );
    // Both branches were visited, so the property says something about each.
    expect(successes).toBeGreaterThan(50);
    expect(failures).toBeGreaterThan(50);
  });

  it('lists as parameters exactly the versions its steps cite, in order of first use', () => {
    let checked = 0;
    fc.assert(
      fc.property(input, (generated) => {
        const outcome = outcomeOf(generated);
        if (!outcome.success) return;
        checked += 1;
        const cited: string[] = [];
        for (const s of outcome.data.explanation)
          for (const p of s.parameters) {
            const key = `${p.id}@${p.validFrom}`;
            if (!cited.includes(key)) cited.push(key);
          }
        expect(outcome.data.parameters.map((p) => `${p.id}@${p.validFrom}`)).toEqual(cited);
      }),
      { numRuns: 1_000 },
    );
    expect(checked).toBeGreaterThan(50);
  });

  it('explains every success in both languages without undefined, NaN or a missing value', () => {
    fc.assert(
      fc.property(input, (generated) => {
        const outcome = outcomeOf(generated);
        if (!outcome.success) return;
        for (const locale of locales) {
          const lines = explainCofinancing(outcome.data, { locale });
          expect(lines).toHaveLength(outcome.data.explanation.length);
          for (const text of lines) expect(text).not.toMatch(/undefined|NaN|null|\[object/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('holds with the built-in registry too', () => {
    const outcome = safeComputeCofinancing(
      { costs: [{ category: 'rd-services', amount: '10' }], vat: 'non-recoverable' },
      { capOverride: '1' },
    );
    expect(outcome.success && unfrozenPaths(outcome.data)).toEqual([]);
  });

  it('holds for computeExpertiseSupport', () => {
    for (const requested of ['1', '100000', '1000000']) {
      const out = computeExpertiseSupport({ requested });
      expect(unfrozenPaths(out.data)).toEqual([]);
      expect(out.warnings.every(frozenIssue)).toBe(true);
    }
  });

  it('finds an unfrozen object when there is one', () => {
    expect(unfrozenPaths(Object.freeze({ a: Object.freeze([{ b: 1 }]) }))).toEqual(['$.a.0']);
  });
});
