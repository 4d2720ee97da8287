import { describe, expect, it } from 'vitest';
import { isPioRulesError, type PioIssue } from '../../src/issues/index.js';
import { issueMessage } from '../../src/locales/index.js';
import * as money from '../../src/money/index.js';
import * as parameters from '../../src/parameters/index.js';

const { eur } = money;

/**
 * A call of every public function of money, parameters and locales that takes options, with
 * `options` as its options; a new function without a call here fails the test below.
 */
const withOptions = (options: unknown): Record<string, () => unknown> => {
  const o = options as never;
  const cap = () => parameters.getDefinition('cofinancing.cap');
  return {
    add: () => money.add(eur('1'), eur('2'), o),
    subtract: () => money.subtract(eur('1'), eur('2'), o),
    sum: () => money.sum([eur('1')], o),
    compare: () => money.compare(eur('1'), eur('2'), o),
    min: () => money.min([eur('1')], o),
    max: () => money.max([eur('1')], o),
    isZero: () => money.isZero(eur('1'), o),
    isNegative: () => money.isNegative(eur('1'), o),
    allocate: () => money.allocate(eur('1'), [1], o),
    eur: () => money.eur('1', o),
    formatEur: () => money.formatEur(eur('1'), o),
    multiply: () => money.multiply(eur('1'), '0.5', 'down', o),
    multiplyExplained: () => money.multiplyExplained(eur('1'), '0.5', 'down', o),
    parseEur: () => money.parseEur('1', o),
    safeParseEur: () => money.safeParseEur('1', o),
    getParameter: () => parameters.getParameter('cofinancing.cap', o),
    getDefinition: () => parameters.getDefinition('cofinancing.cap', o),
    listParameters: () => parameters.listParameters(o),
    createParameterRegistry: () => parameters.createParameterRegistry([cap()], o),
    safeCreateParameterRegistry: () => parameters.safeCreateParameterRegistry([cap()], o),
    issueMessage: () => issueMessage({ code: 'required' }, o),
  };
};

/** The calls with `locale` as their only option. */
const calls = (locale: unknown) => withOptions({ locale });

/** Exports that take no locale: they never report an issue. */
const withoutLocale = ['isMoney'];

/** The issues a call returns or throws; none when it succeeds. */
function issuesOf(run: () => unknown): readonly PioIssue[] {
  try {
    const result = run() as { success?: unknown; issues?: readonly PioIssue[] };
    return result?.success === false ? (result.issues ?? []) : [];
  } catch (error) {
    if (!isPioRulesError(error)) throw error;
    return error.issues;
  }
}

describe('every public money and parameters function', () => {
  it('is covered here', () => {
    const functions = Object.entries({ ...money, ...parameters })
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .filter((name) => !withoutLocale.includes(name));
    expect(Object.keys(calls('nl')).sort()).toEqual([...functions, 'issueMessage'].sort());
  });

  it.each(['nl', 'nl-BE', 'nl-NL', 'en', 'en-US', 'en-GB'])('works with locale %s', (locale) => {
    for (const [name, run] of Object.entries(calls(locale)))
      expect(issuesOf(run), name).toEqual([]);
  });

  it.each(['fr', 'de-DE', '', 'english'])(
    'refuses locale %j the same way: unsupported_locale at locale, and nothing else',
    (locale) => {
      for (const [name, run] of Object.entries(calls(locale))) {
        const issues = issuesOf(run);
        expect(
          issues.map((i) => ({ code: i.code, path: i.path })),
          name,
        ).toEqual([{ code: 'unsupported_locale', path: ['locale'] }]);
        expect(issues[0]?.message, name).toBe(
          `Taal "${locale}" wordt niet ondersteund: kies Nederlands ("nl", "nl-BE", ...) of Engels ("en", "en-GB", ...).`,
        );
      }
    },
  );

  it('refuses a locale that is not a string the same way', () => {
    for (const locale of [null, 42, {}, ['nl']])
      for (const [name, run] of Object.entries(calls(locale as never)))
        expect(issuesOf(run)[0]?.code, name).toBe('unsupported_locale');
  });

  it('refuses an unsupported locale before it reads anything else', () => {
    const issues = issuesOf(() => money.eur('not an amount', { locale: 'fr' }));
    expect(issues.map((i) => i.code)).toEqual(['unsupported_locale']);
  });

  it('refuse options that are not an object with invalid_type at options', () => {
    const sparse = new Array(2 ** 32 - 1);
    for (const options of [null, 5, 'en', [], sparse, () => 1])
      for (const [name, run] of Object.entries(withOptions(options))) {
        const issues = issuesOf(run).map((i) => [i.code, i.path, i.params]);
        // issueMessage reads only the locale of its options.
        if (name === 'issueMessage') expect(issues, name).toEqual([]);
        else
          expect(issues, name).toEqual([
            ['invalid_type', ['options'], { expected: 'object', received: expect.any(String) }],
          ]);
      }
  });

  it('read options from the object itself: a cyclic one is read as it is', () => {
    const cyclic: Record<string, unknown> = { locale: 'en' };
    cyclic['self'] = cyclic;
    for (const [name, run] of Object.entries(withOptions(cyclic)))
      expect(issuesOf(run), name).toEqual([]);
  });
});
