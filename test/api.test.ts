/* eslint-disable regexp/no-unused-capturing-group -- a readable pattern of export names */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { libraryEntries } from '../tsup.config.js';
import { issueDefect, resultDefect } from './hardening/contract.js';
import {
  entryPoints,
  exportedFunctions,
  sampleCalls,
  sampleOf,
  withOptions,
} from './hardening/publicApi.js';
import { unfrozenPaths } from './helpers/deeplyFrozen.js';

/**
 * The shape of the public API (issue 12 points 4 and 8, acceptance 3 and 5): every `safeX`
 * function has its throwing twin `x` beside it and the other way round; the safe one returns
 * `{ success: true, data, warnings }` or `{ success: false, issues }`, the throwing one the same
 * success or a `PioRulesError` with the same issues; the root exports at most 60 values; every
 * `explain*` function returns `string[]`.
 */

/** The throwing twin's name of a `safeX` name: `safeCreateCallCalendar` -> `createCallCalendar`. */
const twinOf = (safeName: string): string => safeName.charAt(4).toLowerCase() + safeName.slice(5);

/** The pairs known to this test: a new pair must be added here and to `sampleCalls`. */
const knownPairs = [
  'parseEur',
  'createParameterRegistry',
  'createCallCalendar',
  'computeCofinancing',
  'computeExpertiseSupport',
  'validateApplication',
  'assessApplication',
  'createScoringScheme',
  'innovationQuickScan',
  'checkScenarios',
  'runScenarios',
] as const;

/** Every entry point's exported function names. */
const functionNames = (exports: Readonly<Record<string, unknown>>): string[] =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name);

describe('the entry points', () => {
  it('are the library entries of the build and of package.json', () => {
    const built = Object.keys(libraryEntries).map((name) => (name === 'index' ? '.' : `./${name}`));
    expect(Object.keys(entryPoints).sort()).toEqual(built.sort());
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: object };
    const subpaths = Object.keys(pkg.exports).filter((key) => !/\.json$/.test(key));
    expect(subpaths.sort()).toEqual(built.sort());
  });
});

describe('the safe and throwing pairs', () => {
  it.each(Object.entries(entryPoints))('%s: every safeX has its x beside it', (_entry, exports) => {
    const names = functionNames(exports);
    const lonely = names.filter((name) => /^safe[A-Z]/.test(name) && !names.includes(twinOf(name)));
    expect(lonely).toEqual([]);
  });

  it.each(Object.entries(entryPoints))(
    '%s: every known throwing x has its safeX beside it',
    (_entry, exports) => {
      const names = functionNames(exports);
      const lonely = knownPairs.filter(
        (name) =>
          names.includes(name) && !names.includes(`safe${name[0]!.toUpperCase()}${name.slice(1)}`),
      );
      expect(lonely).toEqual([]);
    },
  );

  it('are all known (a new pair is added to the list above and gets sample calls)', () => {
    const pairs = [
      ...new Set(
        Object.values(entryPoints).flatMap((exports) =>
          functionNames(exports)
            .filter((name) => /^safe[A-Z]/.test(name))
            .map(twinOf),
        ),
      ),
    ].sort();
    expect(pairs).toEqual([...knownPairs].sort());
  });

  it('all have a working and a refused sample call, for both twins', () => {
    /** The function of a name in the first entry point that exports it. */
    const exported = (name: string): unknown =>
      Object.values(entryPoints).find((exports) => name in exports)?.[name];
    const missing = knownPairs.flatMap((name) => {
      const safe = `safe${name[0]!.toUpperCase()}${name.slice(1)}`;
      return [name, safe].filter(
        (n) => sampleCalls[n]?.invalid === undefined || sampleCalls[n]?.fn !== exported(n),
      );
    });
    expect(missing).toEqual([]);
  });

  describe.each(knownPairs)('%s', (name) => {
    const safeName = `safe${name[0]!.toUpperCase()}${name.slice(1)}`;
    const safe = sampleCalls[safeName]!;
    const throwing = sampleCalls[name]!;

    it.each(['nl', 'en'])(
      'returns the same success from both twins for a working input (%s)',
      (locale) => {
        const args = withOptions(safe, safe.valid(), { locale });
        const result = safe.fn(...args) as lib.Result<unknown>;
        expect(resultDefect(result)).toBeUndefined();
        expect(result.success, JSON.stringify(result).slice(0, 500)).toBe(true);
        expect(Object.keys(result).sort()).toEqual(['data', 'success', 'warnings']);
        const twin = throwing.fn(...withOptions(throwing, throwing.valid(), { locale }));
        expect(twin).toEqual(result);
      },
    );

    it.each(['nl', 'en'])(
      'fails the safe twin and throws the same issues from the other for a refused input (%s)',
      (locale) => {
        const result = safe.fn(
          ...withOptions(safe, safe.invalid!(), { locale }),
        ) as lib.Result<unknown>;
        expect(resultDefect(result)).toBeUndefined();
        expect(result.success).toBe(false);
        if (result.success) return;
        expect(Object.keys(result).sort()).toEqual(['issues', 'success']);
        expect(result.issues.length).toBeGreaterThan(0);
        for (const i of result.issues) {
          expect(issueDefect(i)).toBeUndefined();
          expect(
            Object.keys(i)
              .filter((k) => k !== 'source')
              .sort(),
          ).toEqual(['code', 'message', 'params', 'path', 'severity']);
        }
        let thrown: unknown;
        try {
          throwing.fn(...withOptions(throwing, throwing.invalid!(), { locale }));
        } catch (error) {
          thrown = error;
        }
        expect(lib.isPioRulesError(thrown), String(thrown)).toBe(true);
        if (!lib.isPioRulesError(thrown)) return;
        expect(thrown).toBeInstanceOf(lib.PioRulesError);
        expect(thrown.issues).toEqual(result.issues);
        expect(thrown.code).toBe(result.issues[0]!.code);
        expect(thrown.message).toContain(result.issues[0]!.message);
      },
    );

    it('returns frozen data', () => {
      const result = safe.fn(...safe.valid()) as lib.Success<unknown>;
      expect(unfrozenPaths(result.data)).toEqual([]);
      expect(unfrozenPaths(result.warnings)).toEqual([]);
    });
  });
});

/**
 * Entry points whose functions the root does not re-export: a feature's own subpath, kept out of
 * the root so that it stays at about 60 values (`./scenarios`, and `./records`, decision records,
 * an async API).
 */
const subpathOnly: ReadonlySet<string> = new Set(['./scenarios', './records']);

describe('the root', () => {
  it('exports at most 60 values', () => {
    const values = Object.keys(lib).sort();
    expect(
      values.length,
      `${String(values.length)} values: ${values.join(', ')}`,
    ).toBeLessThanOrEqual(60);
  });

  it('exports every public function of the subpaths too (directly or in a namespace)', () => {
    const reachable = new Set<unknown>([
      ...Object.values(lib),
      ...Object.values(lib.money),
      ...Object.values(lib.vocabulary),
    ]);
    const missing = Object.entries(entryPoints)
      .filter(([entry]) => !subpathOnly.has(entry))
      .flatMap(([entry, exports]) =>
        Object.entries(exports)
          .filter(([, value]) => typeof value === 'function' && !reachable.has(value))
          .map(([name]) => `${entry}#${name}`),
      );
    expect(missing).toEqual([]);
  });
});

describe('the explain functions', () => {
  const explainers = [...exportedFunctions()].filter(([, names]) =>
    names.some((name) => /(^|[.#])explain[A-Z]/.test(name)),
  );

  it('are the three known ones', () => {
    expect(explainers.map(([, names]) => names[0]).sort()).toEqual([
      'explainAssessment',
      'explainCofinancing',
      'explainQuickScan',
    ]);
  });

  it.each(explainers.map(([fn, names]) => [names[0]!, fn] as const))(
    '%s returns string[] in every language',
    (_name, fn) => {
      const [name, sample] = sampleOf(fn)!;
      for (const locale of ['nl', 'en']) {
        const lines = sample.fn(...withOptions(sample, sample.valid(), { locale }));
        expect(Array.isArray(lines), name).toBe(true);
        expect((lines as unknown[]).length).toBeGreaterThan(0);
        for (const line of lines as unknown[]) expect(typeof line).toBe('string');
      }
    },
  );
});
