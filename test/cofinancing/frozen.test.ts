import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeExpertiseSupport,
  costCategories,
  safeComputeCofinancing,
  type CostCategory,
} from '../../src/cofinancing/index.js';
import { createParameterRegistry, defaultParameters } from '../../src/parameters/index.js';
import { unfrozenPaths } from '../helpers/deeplyFrozen.js';

// Results are frozen as they are built (not walked afterwards), so every branch that builds an
// object must freeze it: these properties visit the branches and check every object reached.

const amount = fc.oneof(
  fc.constantFrom('0', '1', '10.50', '2400000', '-1', '1.234', 'x'),
  fc.bigInt({ min: 0n, max: 10n ** 10n }).map(String),
);
const line = fc.record(
  {
    category: fc.constantFrom<CostCategory | 'x'>(...costCategories, 'x'),
    amount,
    label: fc.string({ maxLength: 5 }),
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
      at: fc.constantFrom('2024-04-18', '1999-01-01', { id: '2024-1', deadlineDate: '2024-04-18' }),
    },
    { requiredKeys: [] },
  ),
  fc.option(amount, { nil: undefined }),
);

/**
 * The outcome for a generated input and cap override, with a fresh registry each time: nothing
 * is remembered from an earlier computation, so each one shows what the code does now.
 */
const outcomeOf = ([from, rest, capOverride]: [object, object, string | undefined]) =>
  safeComputeCofinancing(
    { ...from, ...rest },
    {
      parameters: createParameterRegistry([], { base: defaultParameters }),
      ...(capOverride === undefined ? {} : { capOverride }),
    },
  );

describe('cofinancing results are frozen all the way down', () => {
  it('holds for successes and failures of safeComputeCofinancing', () => {
    let successes = 0;
    let failures = 0;
    fc.assert(
      fc.property(input, (generated) => {
        const outcome = outcomeOf(generated);
        if (outcome.success) successes += 1;
        else failures += 1;
        expect(unfrozenPaths(outcome)).toEqual([]);
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
        for (const s of outcome.result.explanation)
          for (const p of s.parameters) {
            const key = `${p.id}@${p.validFrom}`;
            if (!cited.includes(key)) cited.push(key);
          }
        expect(outcome.result.parameters.map((p) => `${p.id}@${p.validFrom}`)).toEqual(cited);
      }),
      { numRuns: 1_000 },
    );
    expect(checked).toBeGreaterThan(50);
  });

  it('holds for computeExpertiseSupport', () => {
    for (const requested of ['1', '100000', '1000000'])
      expect(unfrozenPaths(computeExpertiseSupport({ requested }))).toEqual([]);
  });

  it('finds an unfrozen object when there is one', () => {
    expect(unfrozenPaths(Object.freeze({ a: Object.freeze([{ b: 1 }]) }))).toEqual(['$.a.0']);
  });
});
