import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import {
  around,
  boundaryNumber,
  boundaryString,
  expectContract,
  oddValue,
  optional,
  withOdd,
  type ContractOptions,
} from './contract.js';
import {
  applications,
  assessment,
  assessmentResults,
  calendar2027,
  calls,
  callsJson,
  cofinancingInputs,
  cofinancingResults,
  definitionsJson,
  expertiseResult,
  proposalDocument,
  quickScanAnswers,
  schemeJson,
  whatIfRegistry,
} from './samples.js';

/**
 * Property tests over every public function of `src/index.ts` that takes input: for arbitrary
 * values, plausible-but-wrong shapes (a valid input with one field replaced or deleted) and
 * boundary strings and numbers, each call returns a result or throws a `PioRulesError`, never
 * another error, never a result with `NaN`, an invalid `Date` or `undefined` where a value is
 * promised; `safeX` and `validateX` never throw (see `contract.ts`). Seeds are fixed, so a
 * failure replays.
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
const roundingish = fc.oneof(fc.constantFrom<unknown>(...lib.roundingModes), oddValue);
const localeish = fc.oneof(fc.constantFrom<unknown>('nl-BE', 'en'), oddValue);
const localeOption = optional(fc.record({ locale: localeish }, { requiredKeys: [] }));

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
const timeZoneish = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    'Europe/Brussels',
    'UTC',
    'Pacific/Kiritimati',
    'America/Los_Angeles',
    'Etc/GMT+12',
    'Mars/Phobos+05',
    '+05:00',
    '',
    'x'.repeat(100),
  ),
  oddValue,
);
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
const calendarOptions = optional(
  fc.record(
    {
      calendar: calendarish,
      kind: kindish,
      year: fc.oneof(fc.integer({ min: 990, max: 10_010 }), oddValue),
      from: instantish,
      to: instantish,
      locale: localeish,
    },
    { requiredKeys: [] },
  ),
);
const parameterOptions = optional(
  fc.record({ parameters: registryish, at: instantish }, { requiredKeys: [] }),
);
const applicationOptions = optional(
  fc.record(
    {
      at: instantish,
      locale: localeish,
      calendar: calendarish,
      parameters: registryish,
      eligibleOrganisationTypes: fc.oneof(fc.subarray([...lib.organisationTypes]), oddValue),
    },
    { requiredKeys: [] },
  ),
);
const cofinancingOptions = optional(
  fc.record({ parameters: registryish, capOverride: moneyInput }, { requiredKeys: [] }),
);
const issueish = fc.oneof(
  fc.constantFrom(...lib.issueCodes).map((code) => lib.createIssue(code, { params: { id: 'x' } })),
  fc.constantFrom(...lib.issueCodes).chain((code) => withOdd(lib.createIssue(code))),
  oddValue,
);

// --- Checks of the documented return types. ------------------------------------------------------

const isMoneyResult = (v: unknown) =>
  lib.isMoney(v) && /^-?\d+\.\d{2}$/.test(v.amount) ? undefined : 'not a Money';
const isValidDate = (v: unknown) =>
  v instanceof Date && Number.isFinite(v.getTime()) ? undefined : 'not a valid Date';
const isIsoDate = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? undefined : 'not YYYY-MM-DD';
const isType = (type: string) => (v: unknown) => (typeof v === type ? undefined : `not a ${type}`);
const isArrayOf = (check: (v: unknown) => string | undefined) => (v: unknown) =>
  Array.isArray(v) ? v.map(check).find((w) => w !== undefined) : 'not an array';
const isCallOrUndefined = (v: unknown) =>
  v === undefined ||
  (typeof v === 'object' && v !== null && isValidDate((v as lib.Call).deadline) === undefined)
    ? undefined
    : 'not a Call';
const isComparison = (v: unknown) =>
  [-1, 0, 1].includes(v as number) ? undefined : 'not -1, 0, 1';

// --- Every public function that takes input. ----------------------------------------------------

interface Entry {
  /** The exported function. */
  readonly fn: (...args: any[]) => unknown;
  /** Plausible arguments: right, almost right, boundary and odd. */
  readonly args: fc.Arbitrary<unknown[]>;
  readonly options?: ContractOptions;
  /** Runs of the plausible property (default 120). */
  readonly runs?: number;
}

const args = (...items: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown[]> => fc.tuple(...items);
const money = { returns: isMoneyResult };

const entries: Readonly<Record<string, Entry>> = {
  // money
  eur: {
    fn: lib.eur,
    args: args(moneyInput, optional(fc.record({ path: oddValue }))),
    options: money,
  },
  parseEur: {
    fn: lib.parseEur,
    args: args(
      fc.oneof(
        fc
          .tuple(realMoney, fc.constantFrom<lib.Locale>('nl-BE', 'en'))
          .map(([m, locale]) => lib.formatEur(m, { locale })),
        amountText,
        boundaryString,
        oddValue,
      ),
      localeOption,
    ),
    options: money,
  },
  formatEur: {
    fn: lib.formatEur,
    args: args(moneyish, localeOption),
    options: { returns: isType('string') },
  },
  add: { fn: lib.add, args: args(moneyish, moneyish), options: money },
  subtract: { fn: lib.subtract, args: args(moneyish, moneyish), options: money },
  sum: {
    fn: lib.sum,
    args: args(fc.oneof(fc.array(moneyish, { maxLength: 5 }), oddValue)),
    options: money,
  },
  compare: { fn: lib.compare, args: args(moneyish, moneyish), options: { returns: isComparison } },
  min: { fn: lib.min, args: fc.array(moneyish, { minLength: 0, maxLength: 4 }), options: money },
  max: { fn: lib.max, args: fc.array(moneyish, { minLength: 0, maxLength: 4 }), options: money },
  isZero: { fn: lib.isZero, args: args(moneyish), options: { returns: isType('boolean') } },
  isNegative: { fn: lib.isNegative, args: args(moneyish), options: { returns: isType('boolean') } },
  isMoney: { fn: lib.isMoney, args: args(moneyish), options: { returns: isType('boolean') } },
  multiply: { fn: lib.multiply, args: args(moneyish, rateish, roundingish), options: money },
  multiplyExplained: {
    fn: lib.multiplyExplained,
    args: args(moneyish, rateish, roundingish),
    options: { returns: (v) => isMoneyResult((v as lib.Product).result) },
  },
  allocate: {
    fn: lib.allocate,
    args: args(moneyish, fc.oneof(fc.array(rateish, { maxLength: 6 }), oddValue)),
    options: { returns: isArrayOf(isMoneyResult) },
  },
  // time
  toInstant: {
    fn: lib.toInstant,
    args: args(instantish, optional(fc.record({ path: oddValue }))),
    options: { returns: isValidDate },
  },
  zonedDate: {
    fn: lib.zonedDate,
    args: args(fc.oneof(anyDate, oddValue), timeZoneish),
    options: { returns: isIsoDate },
  },
  startOfZonedDay: {
    fn: lib.startOfZonedDay,
    args: args(dateish, timeZoneish),
    options: { returns: isValidDate },
  },
  endOfZonedDay: {
    fn: lib.endOfZonedDay,
    args: args(dateish, timeZoneish),
    options: { returns: isValidDate },
  },
  parseIsoDate: { fn: lib.parseIsoDate, args: args(dateish, optional()) },
  isCalendarDay: {
    fn: lib.isCalendarDay,
    args: args(
      fc.oneof(fc.integer(), oddValue),
      fc.oneof(fc.integer({ min: -1, max: 14 }), oddValue),
      fc.oneof(fc.integer({ min: -1, max: 32 }), oddValue),
    ),
    options: { returns: isType('boolean') },
  },
  // parameters
  getParameter: {
    fn: lib.getParameter,
    args: args(parameterId, optional(instantish, dateish), parameterOptions),
  },
  getDefinition: { fn: lib.getDefinition, args: args(parameterId, parameterOptions) },
  listParameters: {
    fn: lib.listParameters,
    args: args(parameterOptions),
    options: { returns: isType('object') },
  },
  parameterDate: {
    fn: lib.parameterDate,
    args: args(fc.oneof(instantish, dateish)),
    options: { returns: isIsoDate },
  },
  createParameterRegistry: {
    fn: lib.createParameterRegistry,
    args: args(around(definitionsJson()), optional(fc.record({ base: registryish }))),
    runs: 60,
  },
  // calls
  createCallCalendar: {
    fn: lib.createCallCalendar,
    args: args(around(callsJson()), parameterOptions),
    runs: 60,
  },
  safeCreateCallCalendar: {
    fn: lib.safeCreateCallCalendar,
    args: args(around(callsJson()), parameterOptions),
    options: { safe: true },
    runs: 60,
  },
  getCalls: {
    fn: lib.getCalls,
    args: args(calendarOptions),
    options: { returns: isArrayOf(isCallOrUndefined) },
  },
  getCall: {
    fn: lib.getCall,
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
  isOnTime: {
    fn: lib.isOnTime,
    args: args(callish, instantish),
    options: { returns: isType('boolean') },
  },
  callForSubmission: {
    fn: lib.callForSubmission,
    args: args(instantish, calendarOptions),
    options: { mayReturnUndefined: true, returns: isCallOrUndefined },
  },
  nextDeadline: {
    fn: lib.nextDeadline,
    args: args(instantish, calendarOptions),
    options: { mayReturnUndefined: true, returns: isCallOrUndefined },
  },
  callStatus: {
    fn: lib.callStatus,
    args: args(callish, instantish, calendarOptions),
    options: {
      returns: (v) =>
        ['upcoming', 'open', 'closed'].includes(v as string) ? undefined : 'not a status',
    },
  },
  formatDeadline: {
    fn: lib.formatDeadline,
    args: args(callish, calendarOptions),
    options: { returns: isType('string') },
  },
  // cofinancing
  computeCofinancing: {
    fn: lib.computeCofinancing,
    args: args(fc.constantFrom(...cofinancingInputs).chain(around), cofinancingOptions),
    options: { returns: (v) => isMoneyResult((v as lib.CofinancingResult).maximum) },
  },
  safeComputeCofinancing: {
    fn: lib.safeComputeCofinancing,
    args: args(fc.constantFrom(...cofinancingInputs).chain(around), cofinancingOptions),
    options: { safe: true },
  },
  explainCofinancing: {
    fn: lib.explainCofinancing,
    args: args(
      fc
        .constantFrom<unknown>(...cofinancingResults, expertiseResult)
        .chain((r) => fc.oneof(around(r), around(JSON.parse(JSON.stringify(r))))),
      localeOption,
    ),
    options: { returns: isArrayOf(isType('string')) },
  },
  computeExpertiseSupport: {
    fn: lib.computeExpertiseSupport,
    args: args(
      around({ requested: '28000.00', at: { id: '2019-2', deadlineDate: '2019-12-13' } }),
      parameterOptions,
    ),
    options: { returns: (v) => isMoneyResult((v as lib.ExpertiseSupport).indicativeMax) },
  },
  // applications
  validateApplication: {
    fn: lib.validateApplication,
    args: args(around(proposalDocument()), applicationOptions),
    options: { safe: true },
  },
  parseApplication: {
    fn: lib.parseApplication,
    args: args(around(proposalDocument()), applicationOptions),
  },
  isValidEnterpriseNumber: {
    fn: lib.isValidEnterpriseNumber,
    args: args(
      fc.oneof(fc.stringMatching(/^[01]\d{3}\.?\d{3}\.?\d{3}$/), boundaryString, oddValue),
    ),
    options: { returns: isType('boolean') },
  },
  normalizeEnterpriseNumber: {
    fn: lib.normalizeEnterpriseNumber,
    args: args(
      fc.oneof(fc.stringMatching(/^[01]\d{3}\.?\d{3}\.?\d{3}$/), boundaryString, oddValue),
    ),
    options: { returns: isType('string') },
  },
  enterpriseNumberDigits: {
    fn: lib.enterpriseNumberDigits,
    args: args(fc.oneof(fc.stringMatching(/^[01]\d{9}$/), boundaryString, oddValue)),
    options: { mayReturnUndefined: true },
  },
  checkApplicationRules: {
    fn: lib.checkApplicationRules,
    args: args(
      fc.constantFrom(...applications).chain(around),
      optional(
        fc.record(
          { at: oddValue, locale: localeish, calendar: calendarish, parameters: registryish },
          { requiredKeys: [] },
        ),
      ),
      optional(
        fc.record({ only: fc.oneof(fc.subarray(lib.applicationRules.map((r) => r.id)), oddValue) }),
      ),
    ),
    options: { returns: isArrayOf(isType('object')) },
  },
  getApplicationRule: {
    fn: lib.getApplicationRule,
    args: args(
      fc.oneof(fc.constantFrom(...lib.applicationRules.map((r) => r.id)), boundaryString, oddValue),
    ),
  },
  cofinancingFor: {
    fn: lib.cofinancingFor,
    args: args(
      fc.constantFrom(...applications).chain(around),
      optional(
        fc.record(
          { at: oddValue, calendar: calendarish, parameters: registryish },
          { requiredKeys: [] },
        ),
      ),
    ),
    options: { mayReturnUndefined: true },
  },
  isStructuralIssue: {
    fn: lib.isStructuralIssue,
    args: args(issueish),
    options: { returns: isType('boolean') },
  },
  // criteria
  assessApplication: {
    fn: lib.assessApplication,
    args: args(
      fc.constantFrom(...applications).chain(around),
      around(assessment),
      applicationOptions,
    ),
  },
  safeAssessApplication: {
    fn: lib.safeAssessApplication,
    args: args(
      fc.constantFrom(...applications).chain(around),
      around(assessment),
      applicationOptions,
    ),
    options: { safe: true },
  },
  checkExclusions: {
    fn: lib.checkExclusions,
    args: args(fc.constantFrom(...applications).chain(around), applicationOptions),
  },
  createScoringScheme: { fn: lib.createScoringScheme, args: args(around(schemeJson())) },
  validateScoringScheme: {
    fn: lib.validateScoringScheme,
    args: args(around(schemeJson())),
    options: { safe: true },
  },
  getScoringScheme: { fn: lib.getScoringScheme, args: args(parameterOptions) },
  getCriteria: {
    fn: lib.getCriteria,
    args: args(parameterOptions),
    options: { returns: isArrayOf(isType('object')) },
  },
  innovationQuickScan: { fn: lib.innovationQuickScan, args: args(around(quickScanAnswers)) },
  explainQuickScan: {
    fn: lib.explainQuickScan,
    args: args(
      around(lib.innovationQuickScan(quickScanAnswers as lib.QuickScanAnswers)),
      localeOption,
    ),
    options: { returns: isType('string') },
  },
  explainAssessment: {
    fn: lib.explainAssessment,
    args: args(
      fc
        .constantFrom(...assessmentResults)
        .chain((r) => fc.oneof(around(r), around(JSON.parse(JSON.stringify(r))))),
      localeOption,
    ),
    options: { returns: isType('string') },
  },
  // i18n and issues
  formatIssueMessage: {
    fn: lib.formatIssueMessage,
    args: args(
      fc.oneof(fc.constantFrom(...lib.issueCodes), oddValue),
      optional(
        fc.dictionary(fc.constantFrom('received', 'expected', 'id', 'reason', 'maximum'), oddValue),
      ),
      localeish,
    ),
    options: { returns: isType('string') },
  },
  pickText: {
    fn: lib.pickText,
    args: args(around({ nl: 'oproep', en: 'call' }), localeish),
    options: { returns: isType('string') },
  },
  createIssue: {
    fn: lib.createIssue,
    args: args(
      fc.constantFrom(...lib.issueCodes),
      around({ path: ['a', 0], params: { id: 'x' }, severity: 'warning', locale: 'en' }),
    ),
  },
  localizeIssue: { fn: lib.localizeIssue, args: args(issueish, localeish) },
  describeType: {
    fn: lib.describeType,
    args: args(oddValue),
    options: { returns: isType('string'), checkTexts: false },
  },
  isPioRulesError: {
    fn: lib.isPioRulesError,
    args: args(oddValue),
    options: { returns: isType('boolean') },
  },
  fail: {
    fn: lib.fail,
    args: args(
      fc.constantFrom(...lib.issueCodes),
      optional(fc.dictionary(fc.string(), oddValue)),
      optional(fc.array(oddValue, { maxLength: 3 })),
    ),
  },
};

/** Exported functions that take no input, or are classes. */
const withoutInput = new Set(['createApplicationJsonSchema', 'PioRulesError']);

describe('the public functions', () => {
  it('all have a property test here (a new export needs one)', () => {
    const exported = Object.entries(lib)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .filter((name) => !withoutInput.has(name));
    expect(exported.filter((name) => !(name in entries))).toEqual([]);
  });
});

describe.each(Object.entries(entries))('%s', (name, entry) => {
  it('returns a sound result or throws a PioRulesError for plausible, boundary and odd input', () => {
    fc.assert(
      fc.property(entry.args, (values) => {
        expectContract(name, entry.fn, values, entry.options);
      }),
      { numRuns: entry.runs ?? 120, seed: 8 },
    );
  });

  it('does so for any arguments at all', () => {
    fc.assert(
      fc.property(fc.array(oddValue, { maxLength: 4 }), (values) => {
        expectContract(name, entry.fn, values, {
          safe: entry.options?.safe ?? false,
          mayReturnUndefined: entry.options?.mayReturnUndefined ?? false,
          checkTexts: entry.options?.checkTexts ?? true,
        });
      }),
      { numRuns: 40, seed: 9 },
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
          expect(lib.toInstant(date.toISOString()).getTime()).toBe(date.getTime());
        },
      ),
      { numRuns: 300, seed: 10 },
    );
    expect(lib.toInstant('0050-06-15T12:00:00Z').toISOString()).toBe('0050-06-15T12:00:00.000Z');
  });

  it('puts every instant inside the zoned day it is dated on, in any year and zone', () => {
    const zones = ['Europe/Brussels', 'UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-02T00:00:00Z'),
          max: new Date('9999-12-30T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (date, zone) => {
          const day = lib.zonedDate(date, zone);
          expect(lib.parseIsoDate(day)).toBeDefined();
          expect(lib.startOfZonedDay(day, zone).getTime()).toBeLessThanOrEqual(date.getTime());
          expect(lib.endOfZonedDay(day, zone).getTime()).toBeGreaterThan(date.getTime());
        },
      ),
      { numRuns: 300, seed: 11 },
    );
    expect(lib.startOfZonedDay('0050-06-15', 'UTC').toISOString()).toBe('0050-06-15T00:00:00.000Z');
  });

  it('refuses an instant whose zoned date cannot be written as YYYY-MM-DD', () => {
    expect(codeOf(() => lib.zonedDate(new Date(8.64e15), 'Europe/Brussels'))).toBe('invalid_time');
    expect(codeOf(() => lib.zonedDate(new Date(-8.64e15), 'Etc/GMT+12'))).toBe('invalid_time');
    expect(codeOf(() => lib.parameterDate(8.64e15))).toBe('invalid_time');
    expect(codeOf(() => lib.zonedDate(new Date('-000001-06-01T00:00:00Z')))).toBe('invalid_time');
  });

  it('refuses a time zone Intl does not know, even one with "+05" in it', () => {
    for (const zone of ['Mars/Phobos+05', 'x+14', 'Europe/Brussel', '', 'x'.repeat(100)]) {
      expect(
        codeOf(() => lib.zonedDate(new Date(0), zone)),
        zone,
      ).toBe('invalid_input');
      expect(
        codeOf(() => lib.startOfZonedDay('2024-01-01', zone)),
        zone,
      ).toBe('invalid_input');
      expect(
        codeOf(() => lib.endOfZonedDay('2024-01-01', zone)),
        zone,
      ).toBe('invalid_input');
    }
    const registry = lib.createParameterRegistry(
      [
        {
          ...lib.getDefinition('calls.timeZone'),
          versions: [
            { ...lib.getDefinition('calls.timeZone').versions[0]!, value: 'Mars/Phobos+05' },
          ],
        },
      ],
      { base: lib.defaultParameters },
    );
    const result = lib.safeCreateCallCalendar(callsJson().slice(0, 1), { parameters: registry });
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual([
      'invalid_calendar',
      'invalid_input',
    ]);
  });

  it('refuses a decimal of more than 60 characters in a scoring scheme instead of reading zero', () => {
    const scheme = schemeJson();
    scheme.criteria[0].threshold = `1${'0'.repeat(60)}`;
    const result = lib.validateScoringScheme(scheme);
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_scheme', 'criteria.0.threshold'],
    ]);
  });

  it('allocates more than the call stack holds arguments for, or refuses: never a RangeError', () => {
    expect(codeOf(() => lib.allocate(lib.eur('1'), new Array<string>(200_000).fill('1')))).toBe(
      'input_too_large',
    );
    expect(lib.allocate(lib.eur('1'), new Array<string>(10_000).fill('1')).length).toBe(10_000);
  });

  it('never lets a bad issue code, locale or path escape as another error', () => {
    expect(lib.createIssue('no_such_code' as lib.IssueCode).code).toBe('invalid_input');
    expect(lib.formatIssueMessage('required', {}, 'fr' as lib.Locale)).toBe(
      lib.formatIssueMessage('required', {}, 'nl-BE'),
    );
    expect(lib.formatIssueMessage('invalid_type', { expected: 10n }, 'en')).toContain('bigint');
    expect(codeOf(() => lib.fail('required', {}, [Object.create(null) as never]))).toBe('required');
    expect(lib.pickText(null as never, 'en')).toBe('');
    expect(lib.pickText({ nl: 'oproep' } as never, 'en')).toBe('oproep');
  });
});
