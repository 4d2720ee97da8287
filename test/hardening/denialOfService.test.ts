import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { outcomeOf } from './contract.js';
import {
  application,
  assessment,
  assessmentResults,
  calls,
  callsJson,
  cofinancingResults,
  definitionsJson,
  proposalDocument,
  quickScanAnswers,
  schemeJson,
} from './samples.js';

/**
 * Denial of service: the largest input each entry point accepts is bounded, and a 10 MB string,
 * a 100,000-element array and an object nested 10,000 levels deep are refused with a
 * `PioRulesError` or issues carrying the expected code.
 *
 * The assertions are on the codes. Every case also runs under a very loose time limit (2 s):
 * a safety net against a refusal that first reads everything (or backtracks), not a benchmark
 * (the benchmarks are in `bench/`).
 *
 * Entry points that had no bound before these tests, and the guard added for each:
 * createParameterRegistry (none at all: a deeply nested value overflowed the stack with a
 * RangeError; now at most 10,000 values, depth 32, 1,000,000 characters: `input_too_large`),
 * computeCofinancing / safeComputeCofinancing (no limit on cost lines, phases or labels, and a
 * quadratic split over phases: 100,000 phases took over a minute; now 1,000 lines and phases:
 * `input_too_large`, labels and ids 1,000 characters: `too_long`), a call-like `at` id (100:
 * `too_long`), allocate (a RangeError from the call stack beyond ~125,000 ratios), sum, min, max
 * (now 10,000 amounts: `input_too_large`), assessApplication (remarks and summary unbounded; now
 * 10,000 characters: `too_long`), createScoringScheme / validateScoringScheme (lists, ids and
 * texts unbounded; now 100 criteria and sub-criteria, ids 100, texts 1,000, decimals 60
 * characters), explainCofinancing / explainAssessment / explainQuickScan (any size; now 10,000
 * steps, 1,000 reasons, 100 criteria), and parseIsoDate, zonedDate and getParameter, which put
 * the whole 10 MB text into their error message.
 */

const LOOSE_LIMIT_MS = 2_000;
const MB10 = 'x'.repeat(10_000_000);
const DIGITS10 = '1'.repeat(10_000_000);
const many = <T>(make: (i: number) => T): T[] => Array.from({ length: 100_000 }, (_, i) => make(i));

function deeplyNested(depth = 10_000): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}
const DEEP = deeplyNested();

/** Runs `run` and returns its issue codes (thrown, or of a failed result), within the loose limit. */
function refusal(run: () => unknown): string[] {
  const started = performance.now();
  const outcome = outcomeOf(run);
  const elapsed = performance.now() - started;
  // Safety net only (see above): a refusal must not take anywhere near this long.
  expect(elapsed).toBeLessThan(LOOSE_LIMIT_MS);
  if (outcome.threw) {
    expect(lib.isPioRulesError(outcome.error), String(outcome.error).slice(0, 300)).toBe(true);
    return lib.isPioRulesError(outcome.error) ? outcome.error.issues.map((i) => i.code) : [];
  }
  const result = outcome.value as { success?: boolean; issues?: readonly lib.PioIssue[] };
  expect(result?.success, 'accepted').toBe(false);
  return (result.issues ?? []).map((i) => i.code);
}

const call = calls[0]!;
const def = definitionsJson().find((d) => d.id === 'cofinancing.cap');
const line = { category: 'rd-services', amount: '1.00' };
const scheme = schemeJson();
const withScheme = (patch: (s: any) => void): unknown => {
  const copy = schemeJson();
  patch(copy);
  return copy;
};

describe('a 10 MB string', () => {
  it.each<[string, () => unknown, string]>([
    ['eur', () => lib.eur(DIGITS10), 'amount_out_of_range'],
    ['parseEur', () => lib.parseEur(DIGITS10), 'invalid_amount'],
    ['toInstant', () => lib.toInstant(MB10), 'invalid_time'],
    ['parseIsoDate', () => lib.parseIsoDate(MB10), 'invalid_date'],
    ['startOfZonedDay', () => lib.startOfZonedDay(MB10), 'invalid_date'],
    ['endOfZonedDay (zone)', () => lib.endOfZonedDay('2024-01-01', MB10), 'invalid_input'],
    ['zonedDate (zone)', () => lib.zonedDate(new Date(0), MB10), 'invalid_input'],
    ['parameterDate', () => lib.parameterDate(MB10), 'invalid_time'],
    ['getParameter', () => lib.getParameter(MB10), 'unknown_parameter'],
    ['getDefinition', () => lib.getDefinition(MB10), 'unknown_parameter'],
    ['isOnTime', () => lib.isOnTime(call, MB10), 'invalid_time'],
    ['callStatus', () => lib.callStatus(call, MB10), 'invalid_time'],
    ['nextDeadline', () => lib.nextDeadline(MB10), 'invalid_time'],
    ['callForSubmission', () => lib.callForSubmission(MB10), 'invalid_time'],
    ['getCalls (from)', () => lib.getCalls({ from: MB10 }), 'invalid_time'],
    ['formatDeadline', () => lib.formatDeadline({ ...call, deadlineDate: MB10 }), 'invalid_date'],
    [
      'normalizeEnterpriseNumber',
      () => lib.normalizeEnterpriseNumber(MB10),
      'invalid_enterprise_number',
    ],
    ['validateApplication', () => lib.validateApplication(MB10), 'input_too_large'],
    [
      'validateApplication (a text field)',
      () => lib.validateApplication({ ...proposalDocument(), callId: MB10 }),
      'input_too_large',
    ],
    ['parseApplication', () => lib.parseApplication(MB10), 'input_too_large'],
    [
      'innovationQuickScan (rdNeeded)',
      () =>
        lib.innovationQuickScan({ ...quickScanAnswers, rdNeeded: MB10 } as lib.QuickScanAnswers),
      'invalid_value',
    ],
    [
      'createCallCalendar (title)',
      () => lib.createCallCalendar([{ ...callsJson()[0], title: { nl: MB10, en: 'x' } }]),
      'too_long',
    ],
    [
      'safeCreateCallCalendar (id)',
      () => lib.safeCreateCallCalendar([{ ...callsJson()[0], id: MB10 }]),
      'too_long',
    ],
    [
      'createParameterRegistry (description)',
      () =>
        lib.createParameterRegistry([
          { ...def, id: 'test.big', description: { nl: MB10, en: 'x' } },
        ]),
      'input_too_large',
    ],
    [
      'computeCofinancing (amount)',
      () => lib.computeCofinancing({ estimatedCost: DIGITS10 }),
      'amount_out_of_range',
    ],
    [
      'computeCofinancing (label)',
      () => lib.computeCofinancing({ costs: [{ ...line, category: 'rd-services', label: MB10 }] }),
      'too_long',
    ],
    [
      'safeComputeCofinancing (call id)',
      () =>
        lib.safeComputeCofinancing({
          estimatedCost: '1',
          at: { id: MB10, deadlineDate: '2024-10-10' },
        }),
      'too_long',
    ],
    [
      'safeComputeCofinancing (at)',
      () => lib.safeComputeCofinancing({ estimatedCost: '1', at: MB10 }),
      'invalid_time',
    ],
    [
      'computeExpertiseSupport',
      () => lib.computeExpertiseSupport({ requested: DIGITS10 }),
      'amount_out_of_range',
    ],
    [
      'assessApplication (summary)',
      () => lib.assessApplication(application, { ...assessment, summary: MB10 }),
      'too_long',
    ],
    [
      'safeAssessApplication (remark)',
      () => lib.safeAssessApplication(application, { ...assessment, remarks: { need: MB10 } }),
      'too_long',
    ],
    [
      'safeAssessApplication (score)',
      () =>
        lib.safeAssessApplication(application, {
          scores: { ...assessment.scores, need: DIGITS10 },
        }),
      'invalid_type',
    ],
    [
      'createScoringScheme (weight)',
      () => lib.createScoringScheme(withScheme((s) => (s.criteria[0].weight = DIGITS10))),
      'invalid_scheme',
    ],
    [
      'validateScoringScheme (id)',
      () => lib.validateScoringScheme(withScheme((s) => (s.criteria[0].id = MB10))),
      'invalid_scheme',
    ],
    [
      'explainCofinancing (a step value)',
      () =>
        lib.explainCofinancing({
          explanation: [
            { code: 'maximum', params: { maximum: MB10 }, parameters: [], assumption: false },
          ],
        }),
      'too_long',
    ],
    [
      'explainAssessment (title)',
      () => lib.explainAssessment({ ...assessmentResults[0]!, title: MB10 }),
      'invalid_type',
    ],
  ])('is refused by %s', (_name, run, code) => {
    expect(refusal(run)).toContain(code);
  });

  it('is no enterprise number and no call id (answers, not refusals)', () => {
    expect(lib.isValidEnterpriseNumber(MB10)).toBe(false);
    expect(lib.enterpriseNumberDigits(MB10)).toBeUndefined();
    expect(lib.getCall(MB10)).toBeUndefined();
  });

  it('is never copied whole into an error message', () => {
    for (const run of [
      () => lib.parseIsoDate(MB10),
      () => lib.zonedDate(new Date(0), MB10),
      () => lib.getParameter(MB10),
    ]) {
      const outcome = outcomeOf(run);
      expect(outcome.threw).toBe(true);
      if (outcome.threw) expect((outcome.error as Error).message.length).toBeLessThan(1_000);
    }
  });
});

describe('a 100,000-element array', () => {
  // Built before the timed calls.
  const money = many(() => lib.eur('1'));
  const firstCall: unknown = callsJson()[0];
  const callEntries = many(() => firstCall) as lib.CallInput[];
  const numbers = many((i) => i);
  const definitions = many((i) => ({
    ...(def as lib.ParameterDefinition),
    id: `test.p${String(i)}`,
  }));
  const lines = many(() => line) as lib.CostLine[];
  const phases = many((i) => ({ id: `p${String(i)}`, label: 'x', costs: [line] }));
  const wideScores = Object.fromEntries(many((i) => [`k${String(i)}`, 1]));
  const steps = many(() => cofinancingResults[0]!.explanation[0]!);
  const reasons = many(() => assessmentResults[1]!.reasons[0]!);
  const codes = many(() => 'no_rd_needed');
  const criteria = many((): unknown => scheme.criteria[0]);
  const ratios = many(() => '1');
  const partners = many(() => ({}));
  it.each<[string, () => unknown, string]>([
    ['sum', () => lib.sum(money), 'input_too_large'],
    ['min', () => lib.min(lib.eur('1'), ...money), 'input_too_large'],
    ['max', () => lib.max(lib.eur('1'), ...money), 'input_too_large'],
    ['allocate', () => lib.allocate(lib.eur('1000'), ratios), 'input_too_large'],
    ['createCallCalendar', () => lib.createCallCalendar(callEntries), 'input_too_large'],
    ['safeCreateCallCalendar', () => lib.safeCreateCallCalendar(numbers), 'input_too_large'],
    ['createParameterRegistry', () => lib.createParameterRegistry(definitions), 'input_too_large'],
    [
      'computeCofinancing (costs)',
      () => lib.computeCofinancing({ costs: lines }),
      'input_too_large',
    ],
    [
      'safeComputeCofinancing (phases)',
      () => lib.safeComputeCofinancing({ phases } as lib.CofinancingInput),
      'input_too_large',
    ],
    [
      'validateApplication (partners)',
      () => lib.validateApplication({ ...proposalDocument(), partners }),
      'input_too_large',
    ],
    ['validateApplication', () => lib.validateApplication(numbers), 'input_too_large'],
    [
      'safeAssessApplication (scores)',
      () => lib.safeAssessApplication(application, { scores: wideScores }),
      'unknown_criterion',
    ],
    [
      'createScoringScheme (criteria)',
      () => lib.createScoringScheme({ ...scheme, criteria }),
      'invalid_scheme',
    ],
    ['innovationQuickScan', () => lib.innovationQuickScan(numbers as never), 'invalid_type'],
    [
      'explainCofinancing (steps)',
      () => lib.explainCofinancing({ explanation: steps }),
      'input_too_large',
    ],
    [
      'explainAssessment (reasons)',
      () => lib.explainAssessment({ ...assessmentResults[1]!, reasons }),
      'invalid_type',
    ],
    [
      'explainQuickScan (reasons)',
      () =>
        lib.explainQuickScan({
          light: 'red',
          nextStep: 'not-a-pio-project',
          reasons: codes,
        } as never),
      'invalid_type',
    ],
  ])('is refused by %s', (_name, run, code) => {
    expect(refusal(run)).toContain(code);
  });

  it('of 10,000 amounts is still added up', () => {
    expect(lib.sum(money.slice(0, 10_000)).amount).toBe('10000.00');
  });
});

describe('an object nested 10,000 levels deep', () => {
  it.each<[string, () => unknown, string]>([
    ['validateApplication', () => lib.validateApplication(DEEP), 'input_too_large'],
    [
      'parseApplication (a field)',
      () => lib.parseApplication({ ...proposalDocument(), project: DEEP }),
      'input_too_large',
    ],
    [
      'createParameterRegistry',
      () => lib.createParameterRegistry(DEEP as never),
      'input_too_large',
    ],
    [
      'createParameterRegistry (a value)',
      () =>
        lib.createParameterRegistry([
          { ...def, id: 'test.deep', versions: [{ ...def.versions[0], value: DEEP }] },
        ]),
      'input_too_large',
    ],
    ['createCallCalendar', () => lib.createCallCalendar(DEEP as never), 'invalid_type'],
    [
      'safeCreateCallCalendar (title)',
      () => lib.safeCreateCallCalendar([{ ...callsJson()[0], title: DEEP }]),
      'unknown_key',
    ],
    ['computeCofinancing', () => lib.computeCofinancing(DEEP), 'unknown_key'],
    [
      'safeComputeCofinancing (a line)',
      () => lib.safeComputeCofinancing({ costs: [DEEP] } as never),
      'unknown_key',
    ],
    [
      'safeComputeCofinancing (at)',
      () => lib.safeComputeCofinancing({ estimatedCost: '1', at: DEEP } as never),
      'invalid_time',
    ],
    ['computeExpertiseSupport', () => lib.computeExpertiseSupport(DEEP as never), 'unknown_key'],
    ['assessApplication', () => lib.assessApplication(application, DEEP as never), 'unknown_key'],
    [
      'safeAssessApplication (scores)',
      () => lib.safeAssessApplication(application, { scores: DEEP } as never),
      'unknown_criterion',
    ],
    ['createScoringScheme', () => lib.createScoringScheme(DEEP), 'invalid_scheme'],
    [
      'validateScoringScheme (a label)',
      () =>
        lib.validateScoringScheme(withScheme((s) => (s.criteria[0].subCriteria[0].label = DEEP))),
      'invalid_scheme',
    ],
    ['innovationQuickScan', () => lib.innovationQuickScan(DEEP as never), 'unknown_key'],
    ['explainCofinancing', () => lib.explainCofinancing(DEEP as never), 'invalid_type'],
    ['explainAssessment', () => lib.explainAssessment(DEEP as never), 'invalid_type'],
    ['explainQuickScan', () => lib.explainQuickScan(DEEP as never), 'invalid_type'],
    ['eur', () => lib.eur(DEEP as never), 'invalid_amount'],
    ['toInstant', () => lib.toInstant(DEEP), 'invalid_time'],
    ['parseIsoDate', () => lib.parseIsoDate(DEEP), 'invalid_date'],
    ['isOnTime (call)', () => lib.isOnTime(DEEP as never, '2024-01-01T00:00:00Z'), 'invalid_time'],
  ])('is refused by %s', (_name, run, code) => {
    expect(refusal(run)).toContain(code);
  });

  it('in an issue parameter is rendered as its type, not a stack overflow', () => {
    expect(lib.formatIssueMessage('invalid_type', { expected: DEEP }, 'en')).toContain('object');
    expect(lib.createIssue('invalid_type', { params: { expected: DEEP } }).code).toBe(
      'invalid_type',
    );
  });
});
