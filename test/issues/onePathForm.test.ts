import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import { computeCofinancing, formatPath, validateApplication } from '../../src/index.js';
import { costCategories } from '../../src/vocabulary/index.js';
import { EXAMPLE_AT, validDocument } from '../applications/fixtures.js';

// Issue 13, point 5: a path is written one way everywhere, `procurement.costs[0].amount`, by the
// one exported formatter: in explanations, the command line, the demo and the docs.

const repo = resolve(import.meta.dirname, '../..');
/** A path written the other ways: `costs.0.amount` (dots around a position). */
const DOTTED_POSITION = /\b[a-z_$][\w$]*\.\d+(?:\.|\b)(?!\d)/i;

describe('one written form of paths', () => {
  it('is the root export formatPath', () => {
    expect(root.formatPath).toBe(formatPath);
    expect(formatPath(['procurement', 'costs', 0, 'amount'])).toBe('procurement.costs[0].amount');
  });

  it('names every cost line of an explanation by formatPath of its path', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            category: fc.constantFrom(...costCategories),
            amount: fc.integer({ min: 0, max: 10_000_000 }).map((n) => `${String(n)}.00`),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (costs) => {
          const { data } = computeCofinancing({ costs });
          const lines = data.explanation.flatMap((step) =>
            step.code === 'cost_line_eligible' || step.code === 'cost_line_excluded'
              ? [step.params.line]
              : [],
          );
          const paths = costs.map((_, i) => formatPath(['costs', i]));
          expect([...lines].sort()).toEqual([...paths].sort());
          for (const entry of [...data.eligible, ...data.excluded])
            expect(lines).toContain(formatPath(entry.path));
        },
      ),
      { numRuns: 100, seed: 5 },
    );
  });

  it('names the cost lines of a proposal by their path in the proposal', () => {
    const { data } = validateApplication(validDocument(), { at: EXAMPLE_AT });
    const lines = data.cofinancing.explanation.flatMap((step) =>
      step.code === 'cost_line_eligible' ? [step.params.line] : [],
    );
    expect(lines).toEqual(
      validDocument().procurement.costs.map((_: unknown, i: number) =>
        formatPath(['procurement', 'costs', i]),
      ),
    );
  });

  it('is the only form in the README, the guides and the examples', () => {
    const files = [
      'README.md',
      ...readdirSync(join(repo, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
      ...readdirSync(join(repo, 'examples'))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `examples/${f}`),
    ];
    for (const file of files) {
      const text = readFileSync(join(repo, file), 'utf8');
      for (const line of text.split('\n')) {
        // A version number or a decimal is not a path; a path with a position after a name is.
        if (/\bpath\b|\.\d+\.[a-z]|costs\.\d/.test(line))
          expect(line, file).not.toMatch(DOTTED_POSITION);
        // A path is written by formatPath, never joined by hand.
        expect(line, file).not.toMatch(/path\.join\(\s*['"]\.['"]\s*\)/);
      }
    }
  });
});
