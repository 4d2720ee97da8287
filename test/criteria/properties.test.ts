import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { assessApplication, createScoringScheme } from '../../src/criteria/index.js';
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
          const before = assessApplication(application, { scores: base });
          const raised = Decimal.min(10, new Decimal(base[id]).plus(new Decimal(raise).div(100)));
          const after = assessApplication(application, {
            scores: { ...base, [id]: raised.toString() },
          });
          if (before.decision === 'admitted') expect(after.decision).toBe('admitted');
          expect(after.reasons.length).toBeLessThanOrEqual(before.reasons.length);
          expect(new Decimal(after.total).gte(before.total)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the weighted total and every criterion score within the scale, for any valid scheme', () => {
    fc.assert(
      fc.property(
        scheme,
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 12, maxLength: 12 }),
        (value, fractions) => {
          const checked = createScoringScheme(value);
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
          );
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
        });
        const expected = new Decimal(s).toString();
        expect(result.total).toBe(expected);
        expect(new Set(result.criteria.map((c) => c.score))).toEqual(new Set([expected]));
      }),
      { numRuns: 200 },
    );
  });
});
