import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeCofinancing,
  costCategories,
  type CostCategory,
  type CostLine,
  type VatTreatment,
} from '../../src/cofinancing/index.js';
import { compare, sum } from '../../src/money/index.js';
import { getParameter } from '../../src/parameters/index.js';

/** An independent computation in integer cents (BigInt), sharing no code with src/. */
const cents = (amount: string): bigint => {
  const [whole = '0', fraction = ''] = amount.split('.');
  return BigInt(whole + fraction.padEnd(2, '0'));
};
const text = (value: bigint): string => {
  const digits = value.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
};
const fraction = (rate: string): [bigint, bigint] => {
  const [whole = '0', decimals = ''] = rate.split('.');
  return [BigInt(whole + decimals), 10n ** BigInt(decimals.length)];
};
const [rateNum, rateDen] = fraction(getParameter('cofinancing.maxRate').value);
const [vatNum, vatDen] = fraction(getParameter('vat.standardRate').value);
const capCents = cents(getParameter('cofinancing.cap').value);
const eligible = new Set<string>(getParameter('cofinancing.eligibleCategories').value);

function expectedMaximum(
  lines: readonly { category: string; amount: string }[],
  vat: VatTreatment,
) {
  const net = lines
    .filter((l) => eligible.has(l.category))
    .reduce((s, l) => s + cents(l.amount), 0n);
  const base = vat === 'non-recoverable' ? net + (net * vatNum) / vatDen : net;
  const uncapped = (base * rateNum) / rateDen; // BigInt division truncates: rounding down
  return { base, uncapped, maximum: uncapped < capCents ? uncapped : capCents };
}

const amountCents = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 14n }), // up to 10^12 euro with cents
  fc.bigInt({ min: 0n, max: 10n ** 9n }),
  fc.bigInt({ min: 0n, max: 1000n }),
  fc.constantFrom(1n, 199_999_999n, 200_000_000n, 200_000_001n, 200_000_101n),
);
const amount = amountCents.map(text);
const category = fc.constantFrom<CostCategory>(...costCategories);
const line = fc.record({ category, amount });
const eligibleLine = fc.record({
  category: fc.constantFrom<CostCategory>('rd-services', 'validation'),
  amount,
});
const lines = fc.array(line, { minLength: 1, maxLength: 8 });
const vat = fc.constantFrom<VatTreatment>('excluded', 'non-recoverable');

describe('computeCofinancing (properties)', () => {
  it('equals an independent integer-cents computation for 10,000 random cost sets', () => {
    fc.assert(
      fc.property(lines, vat, (costs, treatment) => {
        const result = computeCofinancing({ costs, vat: treatment }).data;
        const expected = expectedMaximum(costs, treatment);
        expect(result.eligibleBase.amount).toBe(text(expected.base));
        expect(result.uncapped.amount).toBe(text(expected.uncapped));
        expect(result.maximum.amount).toBe(text(expected.maximum));
      }),
      { numRuns: 10_000 },
    );
  });

  it('never gives more than 50% of the eligible base, nor more than the cap', () => {
    fc.assert(
      fc.property(lines, vat, (costs, treatment) => {
        const result = computeCofinancing({ costs, vat: treatment }).data;
        expect(cents(result.maximum.amount) * rateDen).toBeLessThanOrEqual(
          cents(result.eligibleBase.amount) * rateNum,
        );
        expect(compare(result.maximum, result.cap)).toBeLessThanOrEqual(0);
        expect(result.capped).toBe(compare(result.uncapped, result.cap) > 0);
      }),
      { numRuns: 2_000 },
    );
  });

  it('computes the smaller of the request and the maximum, and warns exactly when it cuts', () => {
    fc.assert(
      fc.property(lines, amount, (costs, requested) => {
        const out = computeCofinancing({ costs, requested });
        const { maximum, granted } = out.data;
        const cut = compare(out.data.requested!, maximum) > 0;
        expect(granted).toEqual(cut ? maximum : out.data.requested);
        expect(out.warnings.map((w) => w.code)).toEqual(cut ? ['requested_above_maximum'] : []);
      }),
      { numRuns: 2_000 },
    );
  });

  it('never decreases when an eligible line grows', () => {
    fc.assert(
      fc.property(eligibleLine, lines, amount, vat, (grown, others, extra, treatment) => {
        const before = computeCofinancing({ costs: [grown, ...others], vat: treatment }).data;
        const bigger = text(cents(grown.amount) + cents(extra));
        const after = computeCofinancing({
          costs: [{ ...grown, amount: bigger }, ...others],
          vat: treatment,
        }).data;
        expect(compare(after.maximum, before.maximum)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2_000 },
    );
  });

  it('does not change when off-the-shelf lines are added', () => {
    const shelf = fc.array(
      fc.record({ category: fc.constant<CostCategory>('off-the-shelf'), amount }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(lines, shelf, fc.nat(), vat, (costs, extra, at, treatment) => {
        const index = at % (costs.length + 1);
        const mixed: CostLine[] = [...costs.slice(0, index), ...extra, ...costs.slice(index)];
        const before = computeCofinancing({ costs, vat: treatment }).data;
        const after = computeCofinancing({ costs: mixed, vat: treatment }).data;
        expect(after.maximum.amount).toBe(before.maximum.amount);
        expect(after.excluded.length).toBe(before.excluded.length + extra.length);
      }),
      { numRuns: 2_000 },
    );
  });

  it('splits the maximum over phases so the shares add up to it exactly', () => {
    const phases = fc
      .array(fc.array(line, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })
      .map((groups) => groups.map((costs, i) => ({ id: `p${i}`, label: `Fase ${i}`, costs })));
    fc.assert(
      fc.property(phases, vat, (input, treatment) => {
        const result = computeCofinancing({ phases: input, vat: treatment }).data;
        const flat = computeCofinancing({
          costs: input.flatMap((p) => p.costs),
          vat: treatment,
        }).data;
        expect(result.maximum.amount).toBe(flat.maximum.amount);
        expect(sum(result.phases!.map((p) => p.share)).amount).toBe(result.maximum.amount);
        expect(sum(result.phases!.map((p) => p.eligibleBase)).amount).toBe(
          result.eligibleBase.amount,
        );
        for (const p of result.phases!) expect(p.share.amount.startsWith('-')).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads an amount however it is written: string, number or Money', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (value) => {
        const written = text(value);
        const asString = computeCofinancing({ estimatedCost: written }).data;
        const asMoney = computeCofinancing({
          estimatedCost: { amount: written, currency: 'EUR' },
        }).data;
        expect(asMoney).toEqual(asString);
        if (value < 2n ** 50n) {
          const asNumber = computeCofinancing({ estimatedCost: Number(written) }).data;
          expect(asNumber.maximum).toEqual(asString.maximum);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
