import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import * as scenarios from '../../src/scenarios/index.js';
import {
  around,
  boundaryNumber,
  boundaryString,
  expectContract,
  jsonValue,
  oddValue,
  optional,
  withOdd,
  type ContractOptions,
} from './contract.js';
import { exportedFunctions, isSafeName, notCalled, sampleCalls } from './publicApi.js';
import {
  applications,
  assessment,
  assessmentResults,
  calendar2027,
  calendar2027Json,
  calls,
  callsJson,
  cofinancingInputs,
  cofinancingResults,
  definitionsJson,
  expertiseResult,
  proposalDocument,
  quickScanAnswers,
  quickScanResult,
  schemeJson,
  whatIfRegistry,
} from './samples.js';

/**
 * Property tests over every public function of every entry point (`src/index.ts`, its `money`
 * namespace and each subpath `src/<module>/index.ts`): for arbitrary values, any JSON value,
 * plausible-but-wrong shapes (a valid input with one field replaced or deleted) and boundary
 * strings and numbers, in the arguments and in the options, each call returns a result or throws
 * a `PioRulesError`, never another error, never a result with `NaN`, an invalid `Date` or
 * `undefined` where a value is promised; `safeX` never throws (see `contract.ts`). Seeds are
 * fixed, so a failure replays.
 */

// --- Arbitraries of the library's own kinds, right and wrong. -----------------------------------

const cents = fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n });
const amountText = cents.map((c) => {
  const abs = c < 0n ? -c : c;
  return `${c < 0n ? '-' : ''}${String(abs / 100n)}.${String(abs % 100n).padStart(2, '0')}`;
});
const realMoney = fc
  .bigInt({ min: -(10n ** 15n), max: 10n ** 15n })
  .map((c) =>
    lib.eur(
      `${c < 0n ? '-' : ''}${String((c < 0n ? -c : c) / 100n)}.${String((c < 0n ? -c : c) % 100n).padStart(2, '0')}`,
    ),
  );
const moneyish = fc.oneof(
  { weight: 5, arbitrary: realMoney },
  { weight: 1, arbitrary: fc.constant({ currency: 'EUR', amount: '1.00' }) },
  { weight: 1, arbitrary: realMoney.map((m) => ({ ...m })) },
  { weight: 1, arbitrary: fc.constant({ currency: 'EUR', amount: '1.001' }) },
  { weight: 1, arbitrary: fc.constant({ currency: 'USD', amount: '1.00' }) },
  { weight: 1, arbitrary: amountText },
  { weight: 2, arbitrary: oddValue },
);
const moneyInput = fc.oneof(
  amountText,
  realMoney,
  fc.integer(),
  fc.double(),
  boundaryString,
  boundaryNumber,
  fc.constantFrom<unknown>(new Decimal('12.5'), new Decimal('NaN'), new Decimal('1e20')),
  oddValue,
);
const rateish = fc.oneof(
  fc.constantFrom<unknown>('0.5', '0', '1', '0.125', '0.' + '3'.repeat(59), '-0.5', 0.5, 3),
  realMoney,
  fc.constant(new Decimal('0.2')),
  fc.double({ min: 0, max: 10 }),
  oddValue,
);
const roundingish = fc.oneof(fc.constantFrom<unknown>(...lib.money.roundingModes), oddValue);
const localeish = fc.oneof(
  fc.constantFrom<unknown>(undefined, 'nl', 'nl-BE', 'nl-NL', 'en', 'en-GB', 'en-US', 'fr'),
  oddValue,
);
/** The options of a function that takes only a `locale`. */
const localeOptions = optional(fc.record({ locale: localeish }, { requiredKeys: [] }));

const anyDate = fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: false });
const instantish = fc.oneof(
  anyDate,
  anyDate.map((d) => d.getTime()),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc
    .tuple(
      fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z') }),
      fc.constantFrom('Z', '+02:00', '-14:00', '+0530', '+15:00', ''),
    )
    .map(([d, offset]) => d.toISOString().slice(0, 23) + offset),
  boundaryString,
  boundaryNumber,
  oddValue,
);
const isoDate = fc
  .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z') })
  .map((d) => d.toISOString().slice(0, 10));
const dateish = fc.oneof(isoDate, boundaryString, oddValue);
const parameterAt = fc.oneof(instantish, dateish);
const registryish = fc.oneof(
  fc.constantFrom<unknown>(undefined, lib.defaultParameters, whatIfRegistry),
  oddValue,
);
const calendarish = fc.oneof(
  fc.constantFrom<unknown>(undefined, lib.defaultCallCalendar, calendar2027),
  oddValue,
);
const parameterId = fc.oneof(
  fc.constantFrom<unknown>(...lib.listParameters().map((p) => p.id)),
  boundaryString,
  oddValue,
);
const callish = fc.oneof(
  fc.constantFrom<unknown>(...calls),
  fc.constantFrom(...calls).chain((call) => withOdd(call)),
  fc.constantFrom(...calls).map((call): unknown => JSON.parse(JSON.stringify(call))),
  oddValue,
);
const kindish = fc.oneof(fc.constantFrom<unknown>('regular', 'thematic'), oddValue);
const yearish = fc.oneof(fc.integer({ min: 990, max: 10_010 }), oddValue);
const record = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  optional(fc.record(fields, { requiredKeys: [] }));
const calendarOptions = record({
  calendar: calendarish,
  kind: kindish,
  year: yearish,
  from: instantish,
  to: instantish,
  locale: localeish,
});
/** The options of a function that needs `at` (required, so mostly present). */
const atOptions = (extra: Record<string, fc.Arbitrary<unknown>> = {}) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ at: instantish, ...extra }, { requiredKeys: ['at'] }) },
    { weight: 1, arbitrary: record({ at: instantish, ...extra }) },
  );
const parameterOptions = record({ parameters: registryish, at: parameterAt, locale: localeish });
const applicationOptions = record({
  at: instantish,
  locale: localeish,
  calendar: calendarish,
  parameters: registryish,
  eligibleOrganisationTypes: fc.oneof(fc.subarray([...lib.vocabulary.organisationTypes]), oddValue),
});
const callLike = fc.oneof(
  fc.constantFrom<unknown>(
    { id: '2024-2', deadlineDate: '2024-10-10' },
    { id: '2019-2', deadlineDate: '2019-12-13' },
  ),
  fc.constant({ id: '2024-2', deadlineDate: '2024-10-10' }).chain((c) => withOdd(c)),
);
const cofinancingAt = fc.oneof(callLike, parameterAt);
const cofinancingOptions = record({
  parameters: registryish,
  at: cofinancingAt,
  capOverride: moneyInput,
  locale: localeish,
});
const expertiseOptions = record({ parameters: registryish, at: cofinancingAt, locale: localeish });
const storedIssue = fc.oneof(
  fc.constantFrom(...lib.issueCodes).map((code) => ({ code, params: {} })),
  fc
    .tuple(
      fc.constantFrom(...lib.issueCodes),
      fc.dictionary(
        fc.constantFrom('received', 'expected', 'id', 'maximum', 'callId', 'requested', 'path'),
        oddValue,
      ),
    )
    .map(([code, params]) => ({ code, params })),
  fc.constantFrom(...lib.issueCodes).chain((code) => withOdd({ code, params: { id: 'x' } })),
  oddValue,
);
const stepsOfResults = fc
  .constantFrom<unknown>(...cofinancingResults, expertiseResult)
  .chain((r) => fc.oneof(around(r), around(JSON.parse(JSON.stringify(r)))));

// --- Checks of the documented return types. ------------------------------------------------------

const isMoneyResult = (v: unknown) =>
  lib.money.isMoney(v) && /^-?\d+\.\d{2}$/.test(v.amount) ? undefined : 'not a Money';
const isType = (type: string) => (v: unknown) => (typeof v === type ? undefined : `not a ${type}`);
const isArrayOf = (check: (v: unknown) => string | undefined) => (v: unknown) =>
  Array.isArray(v) ? v.map(check).find((w) => w !== undefined) : 'not an array';
const isValidDate = (v: unknown) =>
  v instanceof Date && Number.isFinite(v.getTime()) ? undefined : 'not a valid Date';
const isCallOrUndefined = (v: unknown) =>
  v === undefined ||
  (typeof v === 'object' && v !== null && isValidDate((v as lib.Call).deadline) === undefined)
    ? undefined
    : 'not a Call';
const isComparison = (v: unknown) =>
  [-1, 0, 1].includes(v as number) ? undefined : 'not -1, 0, 1';
const isSuccessOf = (check: (data: unknown) => string | undefined) => (v: unknown) => {
  const result = v as { success?: unknown; data?: unknown };
  return result.success === true ? check(result.data) : 'not a success';
};
const isSafeResultOf = (check: (data: unknown) => string | undefined) => (v: unknown) => {
  const result = v as { success?: unknown; data?: unknown };
  return result.success === true ? check(result.data) : undefined;
};

// --- Every public function. ----------------------------------------------------------------------

interface Entry {
  /** Plausible arguments: right, almost right, boundary and odd. */
  readonly args: fc.Arbitrary<unknown[]>;
  readonly options?: ContractOptions;
  /** Runs of the plausible property (default 100). */
  readonly runs?: number;
}

/**
 * An `explain*` function reads a result as its type says (issue 12 point 9: no re-validation of
 * the library's own results): a damaged result gives lines or a `PioRulesError`, never another
 * error, but a damaged field may read as "undefined", so texts are judged only for whole results
 * (see 'boundaries').
 */
const explained: ContractOptions = { returns: isArrayOf(isType('string')), checkTexts: false };

const args = (...items: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown[]> => fc.tuple(...items);
/** A scenario file of two scenarios (a call list and a cofinancing), as plain data. */
const scenarioFile = () => ({
  scenarios: [
    {
      name: 'Twee oproepen in 2024',
      assumption: { parameter: 'calls.perYear' },
      calls: { year: 2024 },
      expect: { calls: ['2024-1', '2024-2'] },
    },
    {
      name: '50%',
      source: { quote: 'maximaal 50% van het aankoopbedrag', url: 'https://www.vlaio.be/pio' },
      cofinancing: { estimatedCost: '1200000.00' },
      at: '2024-06-01',
      expect: { maximum: '600000.00', codes: ['requested_above_maximum'] },
    },
  ],
});
const scenarioOptions = fc.oneof(
  fc.constant({ proposals: () => undefined }),
  fc.record(
    { proposals: fc.constant(() => ({})), locale: localeish },
    { requiredKeys: ['proposals'] },
  ),
  oddValue,
);
/** Outcomes of a run of {@link scenarioFile}, as the coverage reads them. */
const scenarioOutcomes = () =>
  JSON.parse(
    JSON.stringify(
      scenarios.runScenarios(scenarioFile(), { proposals: () => undefined }).data.outcomes,
    ),
  ) as unknown;
const money = { returns: isMoneyResult };
const proposal = around(proposalDocument());
const application = fc.constantFrom(...applications).chain(around);

/** By the names of `sampleCalls` (so `money.add` is the function of `lib.money.add`). */
const entries: Readonly<Record<string, Entry>> = {
  // money
  eur: { args: args(moneyInput, localeOptions), options: money },
  formatEur: { args: args(moneyish, localeOptions), options: { returns: isType('string') } },
  parseEur: {
    args: args(
      fc.oneof(
        fc
          .tuple(realMoney, fc.constantFrom('nl-BE', 'en'))
          .map(([m, locale]) => lib.formatEur(m, { locale })),
        amountText,
        boundaryString,
        oddValue,
      ),
      localeOptions,
    ),
    options: { returns: isSuccessOf(isMoneyResult) },
  },
  safeParseEur: {
    args: args(fc.oneof(amountText, boundaryString, oddValue), localeOptions),
    options: { safe: true, returns: isSafeResultOf(isMoneyResult) },
  },
  'money.add': { args: args(moneyish, moneyish, localeOptions), options: money },
  'money.subtract': { args: args(moneyish, moneyish, localeOptions), options: money },
  'money.sum': {
    args: args(fc.oneof(fc.array(moneyish, { maxLength: 5 }), oddValue), localeOptions),
    options: money,
  },
  'money.compare': {
    args: args(moneyish, moneyish, localeOptions),
    options: { returns: isComparison },
  },
  'money.min': {
    args: args(fc.oneof(fc.array(moneyish, { maxLength: 4 }), oddValue), localeOptions),
    options: money,
  },
  'money.max': {
    args: args(fc.oneof(fc.array(moneyish, { maxLength: 4 }), oddValue), localeOptions),
    options: money,
  },
  'money.isZero': { args: args(moneyish, localeOptions), options: { returns: isType('boolean') } },
  'money.isNegative': {
    args: args(moneyish, localeOptions),
    options: { returns: isType('boolean') },
  },
  'money.isMoney': { args: args(moneyish), options: { returns: isType('boolean') } },
  'money.multiply': {
    args: args(moneyish, rateish, roundingish, localeOptions),
    options: money,
  },
  'money.multiplyExplained': {
    args: args(moneyish, rateish, roundingish, localeOptions),
    options: { returns: (v) => isMoneyResult((v as lib.Product).result) },
  },
  'money.allocate': {
    args: args(moneyish, fc.oneof(fc.array(rateish, { maxLength: 6 }), oddValue), localeOptions),
    options: { returns: isArrayOf(isMoneyResult) },
  },
  // issues and locales
  formatPath: {
    args: args(
      fc.oneof(
        fc.array(fc.oneof(fc.string(), fc.nat(), boundaryString), { maxLength: 6 }),
        fc.array(oddValue, { maxLength: 3 }),
        oddValue,
      ),
    ),
    options: { returns: isType('string') },
  },
  isPioRulesError: { args: args(oddValue), options: { returns: isType('boolean') } },
  negotiateLocale: {
    args: args(localeish),
    options: {
      mayReturnUndefined: true,
      returns: (v) => (v === undefined || v === 'nl' || v === 'en' ? undefined : 'not a locale'),
    },
  },
  issueMessage: { args: args(storedIssue, localeOptions), options: { returns: isType('string') } },
  // parameters
  getDefinition: { args: args(parameterId, parameterOptions) },
  getParameter: { args: args(parameterId, parameterOptions) },
  listParameters: { args: args(parameterOptions), options: { returns: isType('object') } },
  createParameterRegistry: {
    args: args(around(definitionsJson()), record({ base: registryish, locale: localeish })),
    runs: 60,
  },
  safeCreateParameterRegistry: {
    args: args(around(definitionsJson()), record({ base: registryish, locale: localeish })),
    options: { safe: true },
    runs: 60,
  },
  // calls
  callForSubmission: {
    args: args(atOptions({ calendar: calendarish, locale: localeish })),
    options: { mayReturnUndefined: true, returns: isCallOrUndefined },
  },
  nextDeadline: {
    args: args(atOptions({ calendar: calendarish, kind: kindish, locale: localeish })),
    options: { mayReturnUndefined: true, returns: isCallOrUndefined },
  },
  callStatus: {
    args: args(callish, atOptions({ locale: localeish })),
    options: {
      returns: (v) =>
        ['upcoming', 'open', 'closed'].includes(v as string) ? undefined : 'not a status',
    },
  },
  isOnTime: {
    args: args(callish, atOptions({ locale: localeish })),
    options: { returns: isType('boolean') },
  },
  getCall: {
    args: args(
      fc.oneof(
        fc.constantFrom(
          '2024-1',
          '2024-2',
          '2031-2',
          '2020-circular-economy',
          '2027-water',
          '9999-2',
          '0999-1',
        ),
        boundaryString,
        oddValue,
      ),
      calendarOptions,
    ),
    options: { mayReturnUndefined: true, returns: isCallOrUndefined },
  },
  getCalls: { args: args(calendarOptions), options: { returns: isArrayOf(isCallOrUndefined) } },
  formatDeadline: {
    args: args(callish, localeOptions),
    options: { returns: isType('string') },
  },
  createCallCalendar: {
    args: args(
      fc.oneof(around(callsJson()), around(calendar2027Json())),
      record({ parameters: registryish, locale: localeish }),
    ),
    runs: 60,
  },
  safeCreateCallCalendar: {
    args: args(
      fc.oneof(around(callsJson()), around(calendar2027Json())),
      record({ parameters: registryish, locale: localeish }),
    ),
    options: { safe: true },
    runs: 60,
  },
  // cofinancing
  computeCofinancing: {
    args: args(fc.constantFrom(...cofinancingInputs).chain(around), cofinancingOptions),
    options: {
      returns: (v) => isMoneyResult((v as lib.Success<lib.CofinancingResult>).data.maximum),
    },
  },
  safeComputeCofinancing: {
    args: args(fc.constantFrom(...cofinancingInputs).chain(around), cofinancingOptions),
    options: {
      safe: true,
      returns: isSafeResultOf((d) => isMoneyResult((d as lib.CofinancingResult).maximum)),
    },
  },
  computeExpertiseSupport: {
    args: args(around({ requested: '28000.00' }), expertiseOptions),
    options: {
      returns: (v) => isMoneyResult((v as lib.Success<lib.ExpertiseSupport>).data.indicativeMax),
    },
  },
  safeComputeExpertiseSupport: {
    args: args(around({ requested: '28000.00' }), expertiseOptions),
    options: { safe: true },
  },
  explainCofinancing: {
    args: args(stepsOfResults, localeOptions),
    options: explained,
  },
  // applications
  isValidEnterpriseNumber: {
    args: args(
      fc.oneof(fc.stringMatching(/^[01]\d{3}\.?\d{3}\.?\d{3}$/), boundaryString, oddValue),
    ),
    options: { returns: isType('boolean') },
  },
  normalizeEnterpriseNumber: {
    args: args(
      fc.oneof(fc.stringMatching(/^[01]\d{3}\.?\d{3}\.?\d{3}$/), boundaryString, oddValue),
      localeOptions,
    ),
    options: { returns: isType('string') },
  },
  validateApplication: { args: args(proposal, applicationOptions) },
  safeValidateApplication: { args: args(proposal, applicationOptions), options: { safe: true } },
  // criteria
  assessApplication: { args: args(application, around(assessment), applicationOptions) },
  safeAssessApplication: {
    args: args(application, around(assessment), applicationOptions),
    options: { safe: true },
  },
  createScoringScheme: { args: args(around(schemeJson()), localeOptions) },
  safeCreateScoringScheme: {
    args: args(around(schemeJson()), localeOptions),
    options: { safe: true },
  },
  explainAssessment: {
    args: args(
      fc
        .constantFrom(...assessmentResults)
        .chain((r) => fc.oneof(around(r), around(JSON.parse(JSON.stringify(r))))),
      localeOptions,
    ),
    options: explained,
  },
  explainQuickScan: {
    args: args(around(quickScanResult), localeOptions),
    options: explained,
  },
  getCriteria: { args: args(parameterOptions), options: { returns: isArrayOf(isType('object')) } },
  getScoringScheme: { args: args(parameterOptions) },
  innovationQuickScan: { args: args(around(quickScanAnswers), localeOptions) },
  safeInnovationQuickScan: {
    args: args(around(quickScanAnswers), localeOptions),
    options: { safe: true },
  },
  // scenarios (the subpath @vlaio/pio-rules/scenarios)
  checkScenarios: { args: args(around(scenarioFile()), localeOptions) },
  safeCheckScenarios: {
    args: args(around(scenarioFile()), localeOptions),
    options: { safe: true },
  },
  runScenarios: { args: args(around(scenarioFile()), scenarioOptions), runs: 40 },
  safeRunScenarios: {
    args: args(around(scenarioFile()), scenarioOptions),
    options: { safe: true },
    runs: 40,
  },
  scenarioCoverage: {
    args: args(fc.oneof(around([]), around(scenarioOutcomes()))),
    options: { returns: isType('object') },
  },
  scenarioTargets: {
    args: fc.array(oddValue, { maxLength: 2 }),
    options: { returns: isType('object') },
    runs: 5,
  },
};

describe('the public functions', () => {
  it('all have a property test here (a new export needs one)', () => {
    const missing = [...exportedFunctions()]
      .filter(([fn]) => !notCalled.has(fn))
      .filter(([fn]) => {
        const name = Object.entries(sampleCalls).find(([, s]) => s.fn === fn)?.[0];
        return name === undefined || !(name in entries);
      })
      .map(([, names]) => names.join(' = '));
    expect(missing).toEqual([]);
  });

  it('are called safe exactly when they are `safeX`', () => {
    for (const [name, entry] of Object.entries(entries))
      expect(entry.options?.safe ?? false, name).toBe(isSafeName(name));
  });
});

const fnOf = (name: string) => sampleCalls[name]!.fn;
const judged = (entry: Entry): ContractOptions => ({
  safe: entry.options?.safe ?? false,
  mayReturnUndefined: entry.options?.mayReturnUndefined ?? false,
  checkTexts: entry.options?.checkTexts ?? true,
});

describe.each(Object.entries(entries))('%s', (name, entry) => {
  it('returns a sound result or throws a PioRulesError for plausible, boundary and odd input', () => {
    fc.assert(
      fc.property(entry.args, (values) => {
        expectContract(name, fnOf(name), values, entry.options);
      }),
      { numRuns: entry.runs ?? 100, seed: 8 },
    );
  });

  it('does so for any arguments at all', () => {
    fc.assert(
      fc.property(fc.array(oddValue, { maxLength: 4 }), (values) => {
        expectContract(name, fnOf(name), values, judged(entry));
      }),
      { numRuns: 30, seed: 9 },
    );
  });

  it('does so for any JSON values as arguments', () => {
    fc.assert(
      fc.property(fc.array(jsonValue, { maxLength: 4 }), (values) => {
        expectContract(name, fnOf(name), values, judged(entry));
      }),
      { numRuns: 20, seed: 10 },
    );
  });
});

/** Round trips and edges that the contract alone does not see: each caught a real mistake. */
describe('boundaries', () => {
  const codeOf = (run: () => unknown): string | undefined => {
    try {
      run();
      return undefined;
    } catch (error) {
      return lib.isPioRulesError(error) ? error.code : `not a PioRulesError: ${String(error)}`;
    }
  };

  it('reads an ISO instant of any year 0000 to 9999 as that instant (years 0–99 are not 19xx)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const status = lib.callStatus(calls[0]!, { at: date.toISOString() });
          const expected = lib.callStatus(calls[0]!, { at: date });
          expect(status).toBe(expected);
        },
      ),
      { numRuns: 200, seed: 10 },
    );
    expect(lib.callStatus(calls[0]!, { at: '0050-06-15T12:00:00Z' })).toBe('upcoming');
    expect(lib.callStatus(calls[0]!, { at: '9999-06-15T12:00:00Z' })).toBe('closed');
  });

  it('refuses an instant whose date in the programme zone cannot be written as YYYY-MM-DD', () => {
    expect(codeOf(() => lib.getParameter('cofinancing.cap', { at: 8.64e15 }))).toBe('invalid_time');
    expect(codeOf(() => lib.getParameter('cofinancing.cap', { at: -8.64e15 }))).toBe(
      'invalid_time',
    );
  });

  it('refuses a time zone Intl does not know, even one with "+05" in it', () => {
    for (const zone of ['Mars/Phobos+05', 'x+14', 'Europe/Brussel', '', 'x'.repeat(100)]) {
      const registry = lib.safeCreateParameterRegistry(
        [
          {
            ...lib.getDefinition('calls.timeZone'),
            versions: [{ ...lib.getDefinition('calls.timeZone').versions[0]!, value: zone }],
          },
        ],
        { base: lib.defaultParameters },
      );
      expect(registry.success, zone).toBe(false);
      expect(registry.success ? [] : registry.issues.map((i) => i.code), zone).not.toEqual([]);
      expect(
        codeOf(() => lib.formatDeadline({ ...calls[0]!, timeZone: zone })),
        zone,
      ).toBe('unknown_time_zone');
    }
  });

  it('refuses a decimal of more than 60 characters in a scoring scheme instead of reading zero', () => {
    const scheme = schemeJson();
    scheme.criteria[0].threshold = `1${'0'.repeat(60)}`;
    const result = lib.safeCreateScoringScheme(scheme);
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues.map((i) => i.path.join('.'))).toEqual([
      'criteria.0.threshold',
    ]);
  });

  it('allocates more than the call stack holds arguments for, or refuses: never a RangeError', () => {
    expect(
      codeOf(() => lib.money.allocate(lib.eur('1'), new Array<string>(200_000).fill('1'))),
    ).toBe('input_too_large');
    expect(lib.money.allocate(lib.eur('1'), new Array<string>(10_000).fill('1')).length).toBe(
      10_000,
    );
  });

  it('never lets a stored issue with a bad code, params or locale escape as another error', () => {
    expect(codeOf(() => lib.issueMessage({ code: 'no_such_code' }))).toBe('invalid_value');
    expect(codeOf(() => lib.issueMessage({ code: 'required' }, { locale: 'fr' }))).toBe(
      'unsupported_locale',
    );
    expect(
      lib.issueMessage({ code: 'invalid_type', params: { expected: 10n } }, { locale: 'en' }),
    ).toEqual(expect.any(String));
    expect(lib.issueMessage({ code: 'unknown_call', params: {} }, { locale: 'en' })).not.toContain(
      'undefined',
    );
  });

  it('explains whole results, also after a JSON round trip, without "undefined" or "NaN"', () => {
    const cases: [string, (r: any, o: object) => unknown, unknown][] = [
      ...[...cofinancingResults, expertiseResult].map(
        (r): [string, (r: any, o: object) => unknown, unknown] => [
          'explainCofinancing',
          lib.explainCofinancing,
          r,
        ],
      ),
      ...assessmentResults.map((r): [string, (r: any, o: object) => unknown, unknown] => [
        'explainAssessment',
        lib.explainAssessment,
        r,
      ]),
      ['explainQuickScan', lib.explainQuickScan, quickScanResult],
    ];
    for (const [name, fn, result] of cases)
      for (const given of [result, JSON.parse(JSON.stringify(result))])
        for (const locale of ['nl', 'en'])
          expectContract(name, fn, [given, { locale }], { returns: isArrayOf(isType('string')) });
  });

  it('renders a money-shaped copy of a Money like the Money itself', () => {
    const money = lib.eur('1100000');
    for (const copy of [{ ...money }, structuredClone(money), JSON.parse(JSON.stringify(money))])
      expect(lib.formatEur(copy, { locale: 'en' })).toBe('€1,100,000.00');
  });
});
