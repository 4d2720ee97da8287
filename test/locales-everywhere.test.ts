/* eslint-disable @typescript-eslint/no-unsafe-return, @typescript-eslint/no-base-to-string, regexp/no-super-linear-move -- a test over untyped results; its patterns run on the library's own short texts */
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { isContainer, outcomeOf, type Outcome } from './hardening/contract.js';
import {
  exportedFunctions,
  isSafeName,
  notCalled,
  sampleCalls,
  sampleOf,
  withOptions,
  type SampleCall,
} from './hardening/publicApi.js';
import {
  assessment,
  badCalendarJson,
  badDefinitions,
  calendar2027,
  cofinancingCases,
  exampleDocument,
  overCapLateDocument,
  quickScanAnswers,
} from './hardening/samples.js';

/**
 * One locale rule everywhere (issue 12 points 2 and 3, acceptance 1 and 2): every public
 * function that takes a `locale` option speaks English for `en`, `en-US`, `en-GB` and Dutch for
 * `nl`, `nl-BE`, `nl-NL`, and refuses `fr` the same way (one `unsupported_locale` issue at path
 * `locale`); and every message and explanation of every result, walked string by string, is in
 * the language asked for: no Dutch words in English text and no English words in Dutch text,
 * amounts written `€1,100,000.00` in English and `€ 1.100.000,00` in Dutch. Data texts (a call's
 * title, a proposal's labels, anything the caller gave) and quoted values are not judged.
 */

/** Exported functions that take no options and so no locale: they never render text. */
const withoutLocale: ReadonlySet<string> = new Set([
  'formatPath',
  'isPioRulesError',
  'negotiateLocale',
  'money.isMoney',
  'isValidEnterpriseNumber',
  'scenarioCoverage',
  'scenarioTargets',
]);

/** The functions the issue names, which must be in the table whatever else changes. */
const named = [
  'formatEur',
  'formatDeadline',
  'explainCofinancing',
  'explainAssessment',
  'explainQuickScan',
  'getParameter',
  'issueMessage',
  'normalizeEnterpriseNumber',
];

/** Every public function that takes a `locale`, by name. */
const localeCalls = Object.entries(sampleCalls).filter(
  ([name, sample]) => sample.options !== undefined && !withoutLocale.has(name),
);

describe('the table of functions with a locale', () => {
  it('holds every exported function, or lists it as taking none', () => {
    const unclassified = [...exportedFunctions()]
      .filter(([fn]) => !notCalled.has(fn))
      .filter(([fn]) => {
        const found = sampleOf(fn);
        return (
          found === undefined || (found[1].options === undefined) !== withoutLocale.has(found[0])
        );
      })
      .map(([, names]) => names.join(' = '));
    expect(unclassified).toEqual([]);
  });

  it('holds every safe and throwing twin and the functions the issue names', () => {
    const names = localeCalls.map(([name]) => name);
    const pairs = Object.keys(lib)
      .filter((name) => /^safe[A-Z]/.test(name))
      .flatMap((name) => [name, name.charAt(4).toLowerCase() + name.slice(5)]);
    expect(pairs.filter((name) => !names.includes(name))).toEqual([]);
    expect(named.filter((name) => !names.includes(name))).toEqual([]);
  });
});

/** What a call came to, comparable across calls: a value, or the issues it failed or threw with. */
function normalised(outcome: Outcome): unknown {
  if (outcome.threw)
    return lib.isPioRulesError(outcome.error)
      ? { threw: outcome.error.issues }
      : { other: String(outcome.error) };
  return { value: outcome.value };
}

const call = (sample: SampleCall, args: readonly unknown[], locale: unknown): Outcome =>
  outcomeOf(() => sample.fn(...withOptions(sample, args, { locale })));

describe.each(localeCalls)('%s', (name, sample) => {
  const languages: readonly [string, string][] = [
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['nl', 'nl'],
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
  ];
  const inputs = [
    ['a working input', sample.valid],
    ...(sample.invalid === undefined ? [] : [['a refused input', sample.invalid] as const]),
  ] as const;

  it.each(languages)('speaks the language of %s (%s)', (tag, language) => {
    for (const [, args] of inputs) {
      const outcome = call(sample, args(), tag);
      expect(outcome.threw && !lib.isPioRulesError(outcome.error), String(outcome)).toBe(false);
      expect(normalised(outcome)).toEqual(normalised(call(sample, args(), language)));
    }
  });

  it('answers a refused input in Dutch and in English differently', () => {
    if (sample.invalid === undefined) return;
    const dutch = normalised(call(sample, sample.invalid(), 'nl'));
    const english = normalised(call(sample, sample.invalid(), 'en'));
    expect(english).not.toEqual(dutch);
  });

  it.each(['fr', 'fr-BE', 'de', 'EN_us', '', 42])('refuses %j as every function does', (tag) => {
    for (const [, args] of inputs) {
      const outcome = call(sample, args(), tag);
      const expected = {
        code: 'unsupported_locale',
        severity: 'error',
        path: ['locale'],
        params: expect.objectContaining({ expected: ['nl', 'en'] }),
        message: expect.any(String),
      };
      if (isSafeName(name)) {
        expect(outcome.threw).toBe(false);
        expect(outcome.threw ? undefined : outcome.value).toEqual({
          success: false,
          issues: [expected],
        });
      } else {
        expect(outcome.threw, `${name} did not throw`).toBe(true);
        const error = outcome.threw ? outcome.error : undefined;
        expect(lib.isPioRulesError(error), String(error)).toBe(true);
        if (!lib.isPioRulesError(error)) return;
        expect(error.code).toBe('unsupported_locale');
        expect(error.issues).toEqual([expected]);
      }
      expect(refusalOf(outcome)).toEqual(refusalOf(call(sampleCalls['safeParseEur']!, ['1'], tag)));
    }
  });
});

/** The one issue of a refused locale, however it came. */
function refusalOf(outcome: Outcome): unknown {
  if (outcome.threw) return lib.isPioRulesError(outcome.error) ? outcome.error.issues : undefined;
  return (outcome.value as lib.Failure).issues;
}

// --- The walk: every message and explanation, in both languages. ---------------------------------

/** Words only Dutch text has (a space on each side; `is` and `of` are Dutch words too). */
const dutchWords = [
  'het',
  'van',
  'de',
  'een',
  'niet',
  'ligt',
  'boven',
  'onder',
  'uur',
  'en',
  'voor',
  'met',
  'moet',
  'wordt',
  'zijn',
  'geen',
  'naar',
  'bij',
  'op',
  'na',
  'dan',
  'oproep',
  'bedrag',
  'gevraagde',
];
/** Words only English text has. */
const englishWords = [
  'the',
  'not',
  'above',
  'below',
  'must',
  'and',
  'with',
  'or',
  'for',
  'than',
  'cannot',
  'after',
  'before',
  'call',
  'amount',
  'requested',
  'should',
];

/** The texts a caller brought or the library holds as data: not judged. */
function dataTextsOf(...values: unknown[]): string[] {
  const texts = new Set<string>();
  const stack = [...values];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.length >= 3) texts.add(value);
      continue;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    // A rendered message is not data.
    for (const [key, child] of Object.entries(value)) if (key !== 'message') stack.push(child);
  }
  return [...texts].sort((a, b) => b.length - a.length);
}

/**
 * Call titles and notes of the calendars, and the names the registry holds in two languages (the
 * decision body, a proper name such as "Fonds voor Innoveren en Ondernemen"): data, shown as they
 * are.
 */
const calendarTexts = dataTextsOf(
  lib.getCalls().map((c) => [c.title, c.note]),
  lib.getCalls({ calendar: calendar2027 }).map((c) => c.title),
  lib.getDefinition('decision.body').versions.map((v) => v.value),
);

/** A text without its data and quoted values, punctuation as spaces, padded: ready for words. */
function judged(text: string, data: readonly string[]): string {
  let rest = text;
  for (const datum of data) rest = rest.split(datum).join(' ');
  rest = rest.replace(/"[^"]*"/g, ' ').replace(/“[^”]*”/g, ' ');
  // Hyphens stay: "state-of-the-art" is one (Dutch) word.
  return ` ${rest.replace(/[.,:;!?()[\]{}'’—–]/g, ' ').replace(/\s+/g, ' ')} `;
}

/** What is wrong with a text for a language: words of the other language, amounts written wrong. */
function languageDefects(text: string, locale: 'nl' | 'en', data: readonly string[]): string[] {
  const words = judged(text, data);
  const foreign = (locale === 'en' ? dutchWords : englishWords).filter((w) =>
    words.includes(` ${w} `),
  );
  const defects = foreign.map((w) => `"${w}" in ${locale}: ${text.slice(0, 200)}`);
  const plain = text.replace(/"[^"]*"/g, '');
  const amount =
    locale === 'en'
      ? /€(?!-?\d{1,3}(?:,\d{3})*\.\d{2})/.test(plain) || /\d\.\d{3},\d{2}/.test(plain)
      : /€(?! -?\d{1,3}(?:\.\d{3})*,\d{2})/.test(plain) || /\d,\d{3}\.\d{2}/.test(plain);
  if (amount) defects.push(`an amount not written for ${locale}: ${text.slice(0, 200)}`);
  // A machine amount ("1100000.00") in a message is an amount not formatted at all.
  if (/(?<![\d.,])\d{4,}\.\d{2}(?!\d)/.test(plain))
    defects.push(`an unformatted amount: ${text.slice(0, 200)}`);
  return defects;
}

/** Every rendered text of a result: `message` fields anywhere, and explanation lines. */
function renderedTexts(value: unknown, isExplanation: boolean): string[] {
  const texts: string[] = [];
  if (isExplanation && Array.isArray(value))
    texts.push(...value.filter((v): v is string => typeof v === 'string'));
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop();
    // A thrown error: its issues' messages (its own message is `code [path]: ` and the first).
    if (lib.isPioRulesError(node)) {
      stack.push(node.issues);
      continue;
    }
    if (!isContainer(node) || seen.has(node)) continue;
    seen.add(node);
    for (const [key, child] of Object.entries(node)) {
      if (key === 'message' && typeof child === 'string') texts.push(child);
      else stack.push(child);
    }
  }
  return texts;
}

/** A call whose every text is walked: a function of the table and its arguments. */
interface Walked {
  readonly name: string;
  readonly args: () => unknown[];
}

const explainNames = new Set(['explainCofinancing', 'explainAssessment', 'explainQuickScan']);
const overCap = () => overCapLateDocument();
const aboveMaximum = cofinancingCases[1]!;
const excluded = () => exampleDocument('invalid-not-eligible.json');

/** The samples of acceptance 1, then every sample call of the table, working and refused. */
const walked: readonly Walked[] = [
  { name: 'safeValidateApplication', args: () => [overCap(), {}] },
  { name: 'validateApplication', args: () => [overCap(), {}] },
  { name: 'safeComputeCofinancing', args: () => [aboveMaximum.input, aboveMaximum.options] },
  {
    name: 'explainCofinancing',
    args: () => [lib.computeCofinancing(aboveMaximum.input, aboveMaximum.options).data, {}],
  },
  { name: 'safeAssessApplication', args: () => [excluded(), assessment, {}] },
  {
    name: 'explainAssessment',
    args: () => [lib.assessApplication(excluded(), assessment).data, {}],
  },
  { name: 'safeCreateCallCalendar', args: () => [badCalendarJson(), {}] },
  { name: 'safeCreateParameterRegistry', args: () => [badDefinitions(), {}] },
  { name: 'safeInnovationQuickScan', args: () => [quickScanAnswers, {}] },
  {
    name: 'explainQuickScan',
    args: () => [lib.innovationQuickScan({ ...quickScanAnswers, rdNeeded: false }).data, {}],
  },
  ...localeCalls.flatMap(([name, sample]) => [
    { name, args: sample.valid },
    ...(sample.invalid === undefined ? [] : [{ name, args: sample.invalid }]),
  ]),
];

describe('every message and explanation', () => {
  it.each(['en', 'en-GB', 'nl', 'nl-BE'] as const)('is in the language asked for (%s)', (tag) => {
    const locale = tag.startsWith('en') ? 'en' : 'nl';
    const defects: string[] = [];
    let count = 0;
    for (const { name, args } of walked) {
      const sample = sampleCalls[name]!;
      const given = args();
      const outcome = outcomeOf(() => sample.fn(...withOptions(sample, given, { locale: tag })));
      const value = outcome.threw ? outcome.error : outcome.value;
      const data = [...dataTextsOf(given), ...calendarTexts];
      const texts = renderedTexts(value, explainNames.has(name));
      count += texts.length;
      for (const text of texts)
        defects.push(...languageDefects(text, locale, data).map((d) => `${name}: ${d}`));
    }
    expect(defects, defects.join('\n')).toEqual([]);
    expect(count).toBeGreaterThan(100);
  });

  it('writes the amounts of a proposal above the cap for the language', () => {
    const english = lib.safeValidateApplication(overCap(), { locale: 'en' });
    const dutch = lib.safeValidateApplication(overCap(), { locale: 'nl-BE' });
    const messages = (r: lib.Result<unknown>) =>
      (r.success ? r.warnings : r.issues).map((i) => i.message).join('\n');
    expect(messages(english)).toContain('€1,100,000.00');
    expect(messages(dutch)).toContain('€ 1.100.000,00');
    expect(messages(english)).not.toContain('€ 1.100.000,00');
    expect(messages(dutch)).not.toContain('€1,100,000.00');
  });

  it('reports the computation of a requested amount above the maximum in the language asked', () => {
    const { input, options } = aboveMaximum;
    const english = lib.computeCofinancing(input, { ...options, locale: 'en-US' });
    const dutch = lib.computeCofinancing(input, { ...options, locale: 'nl-NL' });
    expect(english.warnings.map((w) => w.code)).toEqual(dutch.warnings.map((w) => w.code));
    expect(english.warnings.length).toBeGreaterThan(0);
    expect(english.warnings.map((w) => w.message).join()).toContain('€1,100,000.00');
    expect(dutch.warnings.map((w) => w.message).join()).toContain('€ 1.100.000,00');
  });

  it('finds the words of the other language (the walk can fail)', () => {
    expect(languageDefects('Het bedrag ligt boven het maximum.', 'en', [])).not.toEqual([]);
    expect(languageDefects('The amount is above the maximum.', 'nl', [])).not.toEqual([]);
    expect(languageDefects('Gevraagd: € 1.100.000,00.', 'en', [])).not.toEqual([]);
    expect(languageDefects('Requested: €1,100,000.00.', 'nl', [])).not.toEqual([]);
    expect(languageDefects('Requested: 1100000.00.', 'en', [])).not.toEqual([]);
    expect(languageDefects('Requested: €1,100,000.00.', 'en', [])).toEqual([]);
    expect(languageDefects('Gevraagd: € 1.100.000,00.', 'nl', [])).toEqual([]);
    expect(languageDefects('Call "Slimme detectie van water" is late.', 'en', [])).toEqual([]);
  });
});
