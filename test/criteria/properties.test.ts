import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  assessApplication,
  createScoringScheme,
  safeAssessApplication,
  safeCreateScoringScheme,
} from '../../src/criteria/index.js';
import { exampleApplication, registryWithScheme, scorableIds } from './fixtures.js';

const application = exampleApplication();

/** A score on the built-in 0–10 scale with at most two decimals, as a string or a number. */
const score = fc
  .integer({ min: 0, max: 1000 })
  .chain((hundredths) =>
    fc.constantFrom(String(new Decimal(hundredths).div(100)), hundredths / 100),
  );
const scores = fc.record(
  Object.fromEntries(scorableIds.map((id) => [id, score])) as Record<
    (typeof scorableIds)[number],
    typeof score
  >,
);

/** `n` weights in thousandths that add up to exactly 1, as decimal strings. */
const weights = (n: number) =>
  fc
    .array(fc.integer({ min: 0, max: 1000 }), { minLength: n - 1, maxLength: n - 1 })
    .map((cuts) => {
      const sorted = [0, ...cuts.sort((a, b) => a - b), 1000];
      return sorted.slice(1).map((cut, i) => String(new Decimal(cut - sorted[i]!).div(1000)));
    });

/** A random valid scheme on a random scale, with its scorable ids. */
const scheme = fc
  .record({
    min: fc.integer({ min: -5, max: 5 }),
    span: fc.integer({ min: 1, max: 100 }),
    main: weights(3),
    subs: fc.tuple(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
    ),
  })
  .chain(({ min, span, main, subs }) =>
    fc
      .tuple(
        weights(Math.max(subs[0], 1)),
        weights(Math.max(subs[1], 1)),
        weights(Math.max(subs[2], 1)),
      )
      .map((subWeights) => {
        const ids = ['fit-with-pio', 'relevance-and-impact', 'quality-of-approach'];
        const criteria = ids.map((id, i) => ({
          id,
          weight: main[i]!,
          ...(subs[i] === 0
            ? {}
            : {
                subCriteria: subWeights[i]!.map((weight, j) => ({
                  id: `${id}-${String(j)}`,
                  weight,
                  label: { nl: `d${String(j)}`, en: `s${String(j)}` },
                })),
              }),
        }));
        return { scale: { min, max: min + span }, criteria };
      }),
  );

describe('assessment properties', () => {
  it('never turns admitted into not-admitted when one score is raised', () => {
    fc.assert(
      fc.property(
        scores,
        fc.constantFrom(...scorableIds),
        fc.integer({ min: 0, max: 1000 }),
        (base, id, raise) => {
          const before = assessApplication(application, { scores: base }).data;
          const raised = Decimal.min(10, new Decimal(base[id]).plus(new Decimal(raise).div(100)));
          const after = assessApplication(application, {
            scores: { ...base, [id]: raised.toString() },
          }).data;
          if (before.decision === 'admitted') expect(after.decision).toBe('admitted');
          expect(after.reasons.length).toBeLessThanOrEqual(before.reasons.length);
          expect(new Decimal(after.total).gte(before.total)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the weighted total and every criterion score within the scale, for any valid scheme', () => {
    fc.assert(
      fc.property(
        scheme,
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 12, maxLength: 12 }),
        (value, fractions) => {
          const checked = createScoringScheme(value).data;
          const { min, max } = value.scale;
          const ids = checked.criteria.flatMap((c) =>
            c.subCriteria.length === 0 ? [c.id] : c.subCriteria.map((s) => s.id),
          );
          const given = Object.fromEntries(
            ids.map((id, i) => [
              id,
              String(new Decimal(max - min).times(fractions[i]!).div(10_000).plus(min)),
            ]),
          );
          const result = assessApplication(
            application,
            { scores: given },
            { parameters: registryWithScheme(value) },
          ).data;
          for (const s of [result.total, ...result.criteria.map((c) => c.score)]) {
            expect(new Decimal(s).gte(min)).toBe(true);
            expect(new Decimal(s).lte(max)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same score to every criterion and to the total when every score is the same', () => {
    fc.assert(
      fc.property(score, (s) => {
        const result = assessApplication(application, {
          scores: Object.fromEntries(scorableIds.map((id) => [id, s])),
        }).data;
        const expected = new Decimal(s).toString();
        expect(result.total).toBe(expected);
        expect(new Set(result.criteria.map((c) => c.score))).toEqual(new Set([expected]));
      }),
      { numRuns: 200 },
    );
  });

  it('admits exactly when there is no reason, and fails exactly when a score is off the scale', () => {
    const anyScore = fc.oneof(score, fc.integer({ min: -5, max: 15 }));
    const anyScores = fc.record(
      Object.fromEntries(scorableIds.map((id) => [id, anyScore])) as Record<
        (typeof scorableIds)[number],
        typeof anyScore
      >,
    );
    fc.assert(
      fc.property(anyScores, (given) => {
        const outcome = safeAssessApplication(application, { scores: given });
        const offScale = Object.values(given).some(
          (v) => new Decimal(v).lt(0) || new Decimal(v).gt(10),
        );
        expect(outcome.success).toBe(!offScale);
        if (!outcome.success) {
          expect(outcome.issues.every((i) => i.code === 'score_out_of_range')).toBe(true);
          return;
        }
        expect(outcome.data.decision === 'admitted').toBe(outcome.data.reasons.length === 0);
        expect(outcome.data.reasons.length).toBeLessThanOrEqual(4);
      }),
      { numRuns: 300 },
    );
  });
});

describe('scheme check properties', () => {
  it('accepts weights that add up to exactly 1 and refuses any that miss it by any amount', () => {
    fc.assert(
      fc.property(weights(3), fc.integer({ min: -999, max: 999 }), (main, thousandths) => {
        const criteria = ['fit-with-pio', 'relevance-and-impact', 'quality-of-approach'].map(
          (id, i) => ({ id, weight: main[i]! }),
        );
        expect(safeCreateScoringScheme({ scale: { min: 0, max: 10 }, criteria }).success).toBe(
          true,
        );
        if (thousandths === 0) return;
        const shifted = String(new Decimal(main[0]!).plus(new Decimal(thousandths).div(1000)));
        const result = safeCreateScoringScheme({
          scale: { min: 0, max: 10 },
          criteria: [{ ...criteria[0]!, weight: shifted }, criteria[1]!, criteria[2]!],
        });
        expect(result.success).toBe(false);
        if (!result.success)
          expect(result.issues.map((i) => i.code)).toContain('weights_do_not_sum');
      }),
      { numRuns: 300 },
    );
  });

  it('reads the same scheme whatever the order of its main criteria', () => {
    fc.assert(
      fc.property(scheme, fc.nat(5), (value, turn) => {
        const order = [...value.criteria];
        for (let i = 0; i < turn; i += 1) order.push(order.shift()!);
        expect(createScoringScheme({ ...value, criteria: order }).data).toEqual(
          createScoringScheme(value).data,
        );
      }),
      { numRuns: 100 },
    );
  });
});
