/* eslint-disable @typescript-eslint/no-unsafe-return -- sample calls of every export through an untyped table */
import * as applicationsEntry from '../../src/applications/index.js';
import * as callsEntry from '../../src/calls/index.js';
import * as cofinancingEntry from '../../src/cofinancing/index.js';
import * as criteriaEntry from '../../src/criteria/index.js';
import * as lib from '../../src/index.js';
import * as moneyEntry from '../../src/money/index.js';
import * as parametersEntry from '../../src/parameters/index.js';
import * as scenariosEntry from '../../src/scenarios/index.js';
import * as recordsEntry from '../../src/records/index.js';
import {
  application,
  assessment,
  assessmentResults,
  badCalendarJson,
  badDefinitions,
  calendar2027Json,
  calls,
  cofinancingCases,
  cofinancingResults,
  definitionsJson,
  expertiseCase,
  overCapLateDocument,
  proposalDocument,
  quickScanAnswers,
  quickScanResult,
  schemeJson,
} from './samples.js';

/**
 * The public surface as the tests see it: every entry point of the package, every function it
 * exports (the root's, those of its namespaces such as `money.add`, and each subpath's), and one
 * table of sample calls of each function, shared by the hardening, API and locale tests. A new
 * export without a sample call here fails `test/api.test.ts`.
 */

/** The entry points of the package: `.` and each subpath of `package.json`. */
export const entryPoints: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  '.': lib,
  './money': moneyEntry,
  './parameters': parametersEntry,
  './calls': callsEntry,
  './cofinancing': cofinancingEntry,
  './applications': applicationsEntry,
  './criteria': criteriaEntry,
  './scenarios': scenariosEntry,
  './records': recordsEntry,
};

/** Namespaces of the root whose functions are public under `namespace.name`. */
const namespaces = ['money', 'vocabulary'] as const;

type AnyFunction = (...args: any[]) => unknown;

/** Every exported function once, with each name it is exported under (`money.add`, `./money#add`). */
export function exportedFunctions(): Map<AnyFunction, string[]> {
  const found = new Map<AnyFunction, string[]>();
  const note = (fn: unknown, name: string): void => {
    if (typeof fn !== 'function') return;
    const names = found.get(fn as AnyFunction) ?? [];
    names.push(name);
    found.set(fn as AnyFunction, names);
  };
  for (const [name, value] of Object.entries(lib)) note(value, name);
  for (const space of namespaces)
    for (const [name, value] of Object.entries(lib[space] as Record<string, unknown>))
      note(value, `${space}.${name}`);
  for (const [entry, exports] of Object.entries(entryPoints))
    if (entry !== '.')
      for (const [name, value] of Object.entries(exports)) note(value, `${entry}#${name}`);
  return found;
}

/** One public function and sample calls of it. */
export interface SampleCall {
  /** The function. */
  readonly fn: AnyFunction;
  /** Arguments of a call that works (fresh every time; options, if any, last). */
  readonly valid: () => unknown[];
  /** Arguments of a call that is refused, for a function that can refuse. */
  readonly invalid?: () => unknown[];
  /** Where the options argument is, for a function that takes `locale` in its options. */
  readonly options?: number;
}

const eur = (amount: string): lib.Money => lib.eur(amount);
const at = '2024-10-01T12:00:00+02:00';

/** A scenario file of one scenario that passes, and what `from:` names (nothing). */
const scenarioFile = () => ({
  scenarios: [
    {
      name: 'Twee oproepen in 2024',
      assumption: { parameter: 'calls.perYear' },
      calls: { year: 2024 },
      expect: { calls: ['2024-1', '2024-2'] },
    },
  ],
});
const noProposals = (): undefined => undefined;

/** The scenarios subpath (`@vlaio/pio-rules/scenarios`), by its own names. */
export const scenarioSampleCalls: Readonly<Record<string, SampleCall>> = {
  checkScenarios: {
    fn: scenariosEntry.checkScenarios,
    valid: () => [scenarioFile(), {}],
    invalid: () => [{ scenarios: [] }, {}],
    options: 1,
  },
  safeCheckScenarios: {
    fn: scenariosEntry.safeCheckScenarios,
    valid: () => [scenarioFile(), {}],
    invalid: () => [{ scenarios: [] }, {}],
    options: 1,
  },
  runScenarios: {
    fn: scenariosEntry.runScenarios,
    valid: () => [scenarioFile(), { proposals: noProposals }],
    invalid: () => [{ scenarios: 'none' }, { proposals: noProposals }],
    options: 1,
  },
  safeRunScenarios: {
    fn: scenariosEntry.safeRunScenarios,
    valid: () => [scenarioFile(), { proposals: noProposals }],
    invalid: () => [{ scenarios: 'none' }, { proposals: noProposals }],
    options: 1,
  },
  scenarioCoverage: { fn: scenariosEntry.scenarioCoverage, valid: () => [[]] },
  scenarioTargets: { fn: scenariosEntry.scenarioTargets, valid: () => [] },
};

/**
 * Every public function (by its root name, or `money.x` for the money namespace) with a working
 * and, where it can refuse, a refused call. `PioRulesError` is the error class: it is made by the
 * library, not called with input.
 */
export const sampleCalls: Readonly<Record<string, SampleCall>> = {
  // money
  eur: { fn: lib.eur, valid: () => ['1234.5', {}], invalid: () => ['12,50', {}], options: 1 },
  formatEur: {
    fn: lib.formatEur,
    valid: () => [eur('1100000'), {}],
    invalid: () => [{ amount: '1.001', currency: 'EUR' }, {}],
    options: 1,
  },
  parseEur: { fn: lib.parseEur, valid: () => ['1234', {}], invalid: () => ['abc', {}], options: 1 },
  safeParseEur: {
    fn: lib.safeParseEur,
    valid: () => ['1234', {}],
    invalid: () => ['abc', {}],
    options: 1,
  },
  'money.add': {
    fn: lib.money.add,
    valid: () => [eur('1'), eur('2'), {}],
    invalid: () => [eur('1'), { amount: '1.001', currency: 'EUR' }, {}],
    options: 2,
  },
  'money.subtract': {
    fn: lib.money.subtract,
    valid: () => [eur('1'), eur('2'), {}],
    invalid: () => [eur('1'), '2', {}],
    options: 2,
  },
  'money.sum': {
    fn: lib.money.sum,
    valid: () => [[eur('1'), eur('2')], {}],
    invalid: () => [[eur('1'), 'x'], {}],
    options: 1,
  },
  'money.compare': {
    fn: lib.money.compare,
    valid: () => [eur('1'), eur('2'), {}],
    invalid: () => [eur('1'), null, {}],
    options: 2,
  },
  'money.min': {
    fn: lib.money.min,
    valid: () => [[eur('1'), eur('2')], {}],
    invalid: () => ['x', {}],
    options: 1,
  },
  'money.max': {
    fn: lib.money.max,
    valid: () => [[eur('1'), eur('2')], {}],
    invalid: () => ['x', {}],
    options: 1,
  },
  'money.isZero': {
    fn: lib.money.isZero,
    valid: () => [eur('0'), {}],
    invalid: () => [0, {}],
    options: 1,
  },
  'money.isNegative': {
    fn: lib.money.isNegative,
    valid: () => [eur('-1'), {}],
    invalid: () => [-1, {}],
    options: 1,
  },
  'money.isMoney': { fn: lib.money.isMoney, valid: () => [eur('1')] },
  'money.multiply': {
    fn: lib.money.multiply,
    valid: () => [eur('100'), '0.5', 'down', {}],
    invalid: () => [eur('100'), '-1', 'down', {}],
    options: 3,
  },
  'money.multiplyExplained': {
    fn: lib.money.multiplyExplained,
    valid: () => [eur('100'), '0.125', 'halfEven', {}],
    invalid: () => [eur('100'), '0.5', 'sideways', {}],
    options: 3,
  },
  'money.allocate': {
    fn: lib.money.allocate,
    valid: () => [eur('1'), ['1', '2'], {}],
    invalid: () => [eur('1'), [], {}],
    options: 2,
  },
  // issues and locales
  formatPath: { fn: lib.formatPath, valid: () => [['procurement', 'costs', 0, 'amount']] },
  isPioRulesError: { fn: lib.isPioRulesError, valid: () => [new Error('x')] },
  negotiateLocale: { fn: lib.negotiateLocale, valid: () => ['nl-BE'] },
  issueMessage: {
    fn: lib.issueMessage,
    valid: () => [{ code: 'unknown_call', params: { callId: '2031-9' } }, {}],
    invalid: () => [{ code: 'no_such_code', params: {} }, {}],
    options: 1,
  },
  // parameters
  getDefinition: {
    fn: lib.getDefinition,
    valid: () => ['cofinancing.cap', {}],
    invalid: () => ['cofinancing.nope', {}],
    options: 1,
  },
  getParameter: {
    fn: lib.getParameter,
    valid: () => ['cofinancing.cap', { at: '2024-10-10' }],
    invalid: () => ['cofinancing.cap', { at: 'yesterday' }],
    options: 1,
  },
  listParameters: {
    fn: lib.listParameters,
    valid: () => [{ at: '2024-10-10' }],
    invalid: () => [{ at: '2024-02-30' }],
    options: 0,
  },
  createParameterRegistry: {
    fn: lib.createParameterRegistry,
    valid: () => [definitionsJson().slice(0, 3), {}],
    invalid: () => [badDefinitions(), {}],
    options: 1,
  },
  safeCreateParameterRegistry: {
    fn: lib.safeCreateParameterRegistry,
    valid: () => [definitionsJson().slice(0, 3), {}],
    invalid: () => [badDefinitions(), {}],
    options: 1,
  },
  // calls
  callForSubmission: {
    fn: lib.callForSubmission,
    valid: () => [{ at }],
    invalid: () => [{ at: '2024-10-01T12:00' }],
    options: 0,
  },
  nextDeadline: {
    fn: lib.nextDeadline,
    valid: () => [{ at, kind: 'regular' }],
    invalid: () => [{ at, kind: 'weekly' }],
    options: 0,
  },
  callStatus: {
    fn: lib.callStatus,
    valid: () => [calls[0], { at }],
    invalid: () => [calls[0], {}],
    options: 1,
  },
  isOnTime: {
    fn: lib.isOnTime,
    valid: () => [calls[1], { at }],
    invalid: () => ['2024-2', { at }],
    options: 1,
  },
  getCall: {
    fn: lib.getCall,
    valid: () => ['2024-2', {}],
    invalid: () => ['2024-2', { calendar: lib.builtInCalls }],
    options: 1,
  },
  getCalls: {
    fn: lib.getCalls,
    valid: () => [{ year: 2024 }],
    invalid: () => [{ year: 24.5 }],
    options: 0,
  },
  formatDeadline: {
    fn: lib.formatDeadline,
    valid: () => [calls[1], {}],
    invalid: () => [{ ...calls[1], deadlineDate: '2024-02-30' }, {}],
    options: 1,
  },
  createCallCalendar: {
    fn: lib.createCallCalendar,
    valid: () => [calendar2027Json(), {}],
    invalid: () => [badCalendarJson(), {}],
    options: 1,
  },
  safeCreateCallCalendar: {
    fn: lib.safeCreateCallCalendar,
    valid: () => [calendar2027Json(), {}],
    invalid: () => [badCalendarJson(), {}],
    options: 1,
  },
  // cofinancing
  computeCofinancing: {
    fn: lib.computeCofinancing,
    valid: () => [cofinancingCases[1]!.input, cofinancingCases[1]!.options],
    invalid: () => [{ costs: [{ category: 'rd-services', amount: '-1.00' }] }, {}],
    options: 1,
  },
  safeComputeCofinancing: {
    fn: lib.safeComputeCofinancing,
    valid: () => [cofinancingCases[1]!.input, cofinancingCases[1]!.options],
    invalid: () => [{ costs: [{ category: 'rd-services', amount: '-1.00' }] }, {}],
    options: 1,
  },
  computeExpertiseSupport: {
    fn: lib.computeExpertiseSupport,
    valid: () => [expertiseCase.input, expertiseCase.options],
    invalid: () => [{ requested: '12,50' }, {}],
    options: 1,
  },
  safeComputeExpertiseSupport: {
    fn: lib.safeComputeExpertiseSupport,
    valid: () => [expertiseCase.input, expertiseCase.options],
    invalid: () => [{ requested: '12,50' }, {}],
    options: 1,
  },
  explainCofinancing: {
    fn: lib.explainCofinancing,
    valid: () => [cofinancingResults[0], {}],
    invalid: () => [{ explanation: 'none' }, {}],
    options: 1,
  },
  // applications
  isValidEnterpriseNumber: { fn: lib.isValidEnterpriseNumber, valid: () => ['0207.123.407'] },
  normalizeEnterpriseNumber: {
    fn: lib.normalizeEnterpriseNumber,
    valid: () => ['0207123407', {}],
    invalid: () => ['0123.456.789', {}],
    options: 1,
  },
  validateApplication: {
    fn: lib.validateApplication,
    valid: () => [proposalDocument(), {}],
    invalid: () => [overCapLateDocument(), {}],
    options: 1,
  },
  safeValidateApplication: {
    fn: lib.safeValidateApplication,
    valid: () => [proposalDocument(), {}],
    invalid: () => [overCapLateDocument(), {}],
    options: 1,
  },
  // criteria
  assessApplication: {
    fn: lib.assessApplication,
    valid: () => [application, assessment, {}],
    invalid: () => [application, { scores: { need: 11 } }, {}],
    options: 2,
  },
  safeAssessApplication: {
    fn: lib.safeAssessApplication,
    valid: () => [application, assessment, {}],
    invalid: () => [application, { scores: { need: 11 } }, {}],
    options: 2,
  },
  createScoringScheme: {
    fn: lib.createScoringScheme,
    valid: () => [schemeJson(), {}],
    invalid: () => [{ ...schemeJson(), criteria: 'none' }, {}],
    options: 1,
  },
  safeCreateScoringScheme: {
    fn: lib.safeCreateScoringScheme,
    valid: () => [schemeJson(), {}],
    invalid: () => [{ ...schemeJson(), criteria: 'none' }, {}],
    options: 1,
  },
  explainAssessment: {
    fn: lib.explainAssessment,
    valid: () => [assessmentResults[2], {}],
    invalid: () => [null, {}],
    options: 1,
  },
  explainQuickScan: {
    fn: lib.explainQuickScan,
    valid: () => [quickScanResult, {}],
    invalid: () => ['green', {}],
    options: 1,
  },
  getCriteria: {
    fn: lib.getCriteria,
    valid: () => [{ at: '2024-10-10' }],
    invalid: () => [{ at: '2024-13-01' }],
    options: 0,
  },
  getScoringScheme: {
    fn: lib.getScoringScheme,
    valid: () => [{ at: '2024-10-10' }],
    invalid: () => [{ parameters: {} }],
    options: 0,
  },
  innovationQuickScan: {
    fn: lib.innovationQuickScan,
    valid: () => [quickScanAnswers, {}],
    invalid: () => [{ ...quickScanAnswers, solutionExists: 'maybe' }, {}],
    options: 1,
  },
  safeInnovationQuickScan: {
    fn: lib.safeInnovationQuickScan,
    valid: () => [quickScanAnswers, {}],
    invalid: () => [{ ...quickScanAnswers, solutionExists: 'maybe' }, {}],
    options: 1,
  },
  ...scenarioSampleCalls,
};

/**
 * Exported functions that are not called with input here: the error class, and the functions of
 * `./records`, which return promises (this table's contracts are synchronous): their hostile
 * input is tested by test/records/hardening.test.ts.
 */
export const notCalled: ReadonlySet<AnyFunction> = new Set<AnyFunction>([
  lib.PioRulesError as unknown as AnyFunction,
  ...(Object.values(recordsEntry).filter((v) => typeof v === 'function') as AnyFunction[]),
]);

/** The sample call of a function, by the function itself. */
export function sampleOf(fn: AnyFunction): [string, SampleCall] | undefined {
  return Object.entries(sampleCalls).find(([, sample]) => sample.fn === fn);
}

/** The arguments of a sample call with `locale` (or any options) merged into its options. */
export function withOptions(
  sample: SampleCall,
  args: readonly unknown[],
  extra: Readonly<Record<string, unknown>>,
): unknown[] {
  const copy = [...args];
  if (sample.options === undefined) return copy;
  const given = copy[sample.options];
  copy[sample.options] = { ...(given as object | undefined), ...extra };
  return copy;
}

/** Whether a function is a `safeX` function (it never throws). */
export const isSafeName = (name: string): boolean => /^safe[A-Z]/.test(name);
