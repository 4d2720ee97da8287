import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import {
  describeError,
  expectContract,
  fingerprint,
  isContainer,
  LOOSE_LIMIT_MS,
  outcomeOf,
  pathsOf,
  replacedAt,
  type Outcome,
} from './contract.js';
import { DEEP, DIGITS10, hostileValues, MB10, optionKeys, SPARSE, WIDE } from './hostile.js';
import { isSafeName, sampleCalls, type SampleCall } from './publicApi.js';
import {
  application,
  assessment,
  assessmentResults,
  calendar2027,
  calendar2027Json,
  calls,
  cofinancingResults,
  definitionsJson,
  proposalDocument,
  quickScanAnswers,
  quickScanResult,
  schemeJson,
} from './samples.js';

/**
 * Denial of service (issue 12 point 9): a 10 MB string, a value nested 20,000 deep, a sparse
 * array of length 2^32 - 1, a cycle, 100,000 items or keys, in any argument, in any option and
 * anywhere inside a document, give every public function a result or a `PioRulesError`, within
 * a loose time bound (2 s per call: a hang detector, not a benchmark; the benchmarks are in
 * `bench/`), without a stack overflow (`RangeError`), without touching a prototype and without
 * changing or freezing the caller's objects (see `contract.ts`). Where a function refuses, its
 * issues stay small: a 10 MB input is never copied whole into a message.
 *
 * Documents (a proposal, a cost computation, a registry, a calendar, a scoring scheme, an
 * assessment, quick-scan answers) pass the one guard first: at most 1,000,000 characters, 10,000
 * values, depth 32, an array measured by its `length` (`input_too_large`), no cycle
 * (`invalid_input`).
 */

const names = Object.keys(sampleCalls);
const isSafe = (name: string) => isSafeName(name);

/** The issues of a refusal: thrown, or of a failed safe result; undefined for an answer. */
function issuesOf(outcome: Outcome): readonly lib.PioIssue[] | undefined {
  if (outcome.threw) return lib.isPioRulesError(outcome.error) ? outcome.error.issues : undefined;
  const result = outcome.value as { success?: unknown; issues?: readonly lib.PioIssue[] } | null;
  return typeof result === 'object' && result !== null && result.success === false
    ? result.issues
    : undefined;
}

/** The hostile objects: fingerprinted once before and once after all tests, not on every call. */
const opaque: ReadonlySet<unknown> = new Set(
  Object.values(hostileValues).filter((v) => typeof v === 'object'),
);
const fingerprints = new Map([...opaque].map((value) => [value, fingerprint(value)]));

afterAll(() => {
  for (const [value, before] of fingerprints)
    expect(fingerprint(value) === before, 'a call changed or froze a hostile value').toBe(true);
});

/**
 * Asserts the contract for one hostile call, and that a refusal's issues stay small. An
 * `explain*` function reads a result as its type says (issue 12 point 9: no re-validation of the
 * library's own results), so a damaged result may read as "undefined" in a line: its texts are
 * not judged, only that it answers or refuses in time.
 */
function expectBounded(
  name: string,
  args: readonly unknown[],
  fn = sampleCalls[name]!.fn,
): Outcome {
  const outcome = expectContract(name, fn, args, {
    safe: isSafe(name),
    mayReturnUndefined: true,
    checkTexts: !name.startsWith('explain'),
    opaque,
  });
  const issues = issuesOf(outcome);
  if (issues !== undefined)
    expect(JSON.stringify(issues).length, `${name}: issues of a hostile input`).toBeLessThan(
      20_000,
    );
  return outcome;
}

/** The codes of a refusal (thrown, or a failed safe result), asserting it is one. */
function refusal(name: string, args: readonly unknown[]): string[] {
  const outcome = expectBounded(name, args);
  const issues = issuesOf(outcome);
  expect(issues, `${name} accepted it`).toBeDefined();
  return (issues ?? []).map((i) => i.code);
}

const withArg = (args: readonly unknown[], at: number, value: unknown): unknown[] => {
  const copy = [...args];
  copy[at] = value;
  return copy;
};

describe.each(Object.entries(hostileValues))('a %s', (_label, hostile) => {
  it.each(names)('in any argument of %s is answered or refused, in time', (name) => {
    const sample: SampleCall = sampleCalls[name]!;
    const valid = sample.valid();
    for (let at = 0; at < Math.max(valid.length, 1); at += 1)
      expectBounded(name, withArg(valid, at, hostile));
  });

  it.each(names.filter((name) => sampleCalls[name]!.options !== undefined))(
    'in any option of %s is answered or refused, in time',
    (name) => {
      const sample = sampleCalls[name]!;
      const valid = sample.valid();
      const at = sample.options!;
      const given = (valid[at] ?? {}) as Record<string, unknown>;
      for (const key of optionKeys)
        expectBounded(name, withArg(valid, at, { ...given, [key]: hostile }));
    },
  );
});

describe('a hostile value anywhere inside a document', () => {
  const hostile = Object.entries(hostileValues);
  it.each(names)('of %s is answered or refused, in time', (name) => {
    const sample = sampleCalls[name]!;
    const valid = sample.valid();
    const documents = valid
      .map((arg, at) => ({ arg, at, paths: pathsOf(arg) }))
      .filter(({ arg, paths }) => isContainer(arg) && paths.length > 1);
    if (documents.length === 0) return;
    // Indexes, not the values themselves: a counterexample names the path and the value, short.
    fc.assert(
      fc.property(
        fc.nat({ max: documents.length - 1 }),
        fc.nat(),
        fc.nat({ max: hostile.length - 1 }),
        (document, pick, which) => {
          const { arg, at, paths } = documents[document]!;
          const path = paths[pick % paths.length]!;
          const [label, value] = hostile[which]!;
          expectBounded(
            `${name} (${label} at ${String(at)}:${path.join('.')})`,
            withArg(valid, at, replacedAt(arg, path, value)),
            sample.fn,
          );
        },
      ),
      { numRuns: 25, seed: 12 },
    );
  });
});

describe('the regressions of issue 12', () => {
  it('a 20,000-deep callId: the assessment (and its exclusion check) refuses it', () => {
    const deepCall = { ...proposalDocument(), callId: DEEP };
    expect(refusal('safeAssessApplication', [deepCall, assessment])).toContain('input_too_large');
    expect(refusal('assessApplication', [{ ...application, callId: DEEP }, assessment])).toContain(
      'input_too_large',
    );
    expect(refusal('safeValidateApplication', [deepCall])).toContain('input_too_large');
  });

  it('safeCreateCallCalendar with a sparse kind refuses it (no RangeError: Invalid string length)', () => {
    const [first] = calendar2027Json();
    const holey: unknown[] = [];
    holey[1] = 'regular';
    expect(refusal('safeCreateCallCalendar', [[{ ...first, kind: SPARSE }]])).toContain(
      'input_too_large',
    );
    expect(refusal('safeCreateCallCalendar', [[{ ...first, kind: holey }]])).not.toEqual([]);
  });

  it('callForSubmission on a calendar with sparse entries refuses it at once (no hang)', () => {
    const calendar = { ...calendar2027, entries: SPARSE };
    expect(refusal('callForSubmission', [{ at: '2027-01-01T00:00:00Z', calendar }])).toEqual([
      'invalid_type',
    ]);
    expect(refusal('nextDeadline', [{ at: '2027-01-01T00:00:00Z', calendar }])).toEqual([
      'invalid_type',
    ]);
    expect(refusal('getCalls', [{ calendar }])).toEqual(['invalid_type']);
  });

  it.each([
    ['a sparse array of length 1e6', () => new Array<unknown>(1e6)],
    ['a sparse array of length 1e7', () => new Array<unknown>(1e7)],
    ['an array of 1e6 definitions', () => new Array<unknown>(1e6).fill(definitionsJson()[0])],
  ])('createParameterRegistry on %s refuses it at once', (_label, make) => {
    const definitions = make();
    const started = performance.now();
    expect(refusal('safeCreateParameterRegistry', [definitions])).toEqual(['input_too_large']);
    expect(refusal('createParameterRegistry', [definitions])).toEqual(['input_too_large']);
    // At once: the length is read, not the items (a loose bound, as above).
    expect(performance.now() - started).toBeLessThan(LOOSE_LIMIT_MS);
  });
});

describe('a 10 MB string', () => {
  const call = calls[0]!;
  const def = definitionsJson().find((d) => d.id === 'cofinancing.cap');
  const line = { category: 'rd-services', amount: '1.00' };
  const withScheme = (patch: (s: any) => void): unknown => {
    const copy = schemeJson();
    patch(copy);
    return copy;
  };
  it.each<[string, string, unknown[], string]>([
    ['eur', 'eur', [DIGITS10], 'amount_out_of_range'],
    ['parseEur', 'parseEur', [DIGITS10], 'invalid_amount'],
    ['getParameter (id)', 'getParameter', [MB10], 'unknown_parameter'],
    ['getParameter (at)', 'getParameter', ['cofinancing.cap', { at: MB10 }], 'invalid_time'],
    ['getDefinition', 'getDefinition', [MB10], 'unknown_parameter'],
    ['isOnTime', 'isOnTime', [call, { at: MB10 }], 'invalid_time'],
    ['callStatus', 'callStatus', [call, { at: MB10 }], 'invalid_time'],
    ['nextDeadline', 'nextDeadline', [{ at: MB10 }], 'invalid_time'],
    ['callForSubmission', 'callForSubmission', [{ at: MB10 }], 'invalid_time'],
    ['getCalls (from)', 'getCalls', [{ from: MB10 }], 'invalid_time'],
    ['formatDeadline', 'formatDeadline', [{ ...call, deadlineDate: MB10 }], 'invalid_date'],
    ['normalizeEnterpriseNumber', 'normalizeEnterpriseNumber', [MB10], 'invalid_enterprise_number'],
    ['validateApplication', 'validateApplication', [MB10], 'input_too_large'],
    [
      'safeValidateApplication (a text field)',
      'safeValidateApplication',
      [{ ...proposalDocument(), callId: MB10 }],
      'input_too_large',
    ],
    [
      'innovationQuickScan (rdNeeded)',
      'innovationQuickScan',
      [{ ...quickScanAnswers, rdNeeded: MB10 }],
      'input_too_large',
    ],
    [
      'createCallCalendar (title)',
      'createCallCalendar',
      [[{ ...calendar2027Json()[0], title: { nl: MB10, en: 'x' } }]],
      'input_too_large',
    ],
    [
      'safeCreateCallCalendar (id)',
      'safeCreateCallCalendar',
      [[{ ...calendar2027Json()[0], id: MB10 }]],
      'input_too_large',
    ],
    [
      'createParameterRegistry (description)',
      'createParameterRegistry',
      [[{ ...def, id: 'test.big', description: { nl: MB10, en: 'x' } }]],
      'input_too_large',
    ],
    [
      'computeCofinancing (amount)',
      'computeCofinancing',
      [{ estimatedCost: DIGITS10 }],
      'input_too_large',
    ],
    [
      'computeCofinancing (label)',
      'computeCofinancing',
      [{ costs: [{ ...line, label: MB10 }] }],
      'input_too_large',
    ],
    [
      'safeComputeCofinancing (the call id of at)',
      'safeComputeCofinancing',
      [{ estimatedCost: '1' }, { at: { id: MB10, deadlineDate: '2024-10-10' } }],
      'too_long',
    ],
    [
      'safeComputeCofinancing (at)',
      'safeComputeCofinancing',
      [{ estimatedCost: '1' }, { at: MB10 }],
      'invalid_time',
    ],
    [
      'safeComputeCofinancing (capOverride)',
      'safeComputeCofinancing',
      [{ estimatedCost: '1' }, { capOverride: DIGITS10 }],
      'amount_out_of_range',
    ],
    [
      'computeExpertiseSupport',
      'computeExpertiseSupport',
      [{ requested: DIGITS10 }],
      'input_too_large',
    ],
    [
      'assessApplication (summary)',
      'assessApplication',
      [application, { ...assessment, summary: MB10 }],
      'input_too_large',
    ],
    [
      'safeAssessApplication (remark)',
      'safeAssessApplication',
      [application, { ...assessment, remarks: { need: MB10 } }],
      'input_too_large',
    ],
    [
      'safeAssessApplication (score)',
      'safeAssessApplication',
      [application, { scores: { ...assessment.scores, need: DIGITS10 } }],
      'input_too_large',
    ],
    [
      'createScoringScheme (weight)',
      'createScoringScheme',
      [withScheme((s) => (s.criteria[0].weight = DIGITS10))],
      'input_too_large',
    ],
    [
      'safeCreateScoringScheme (id)',
      'safeCreateScoringScheme',
      [withScheme((s) => (s.criteria[0].id = MB10))],
      'input_too_large',
    ],
    [
      'issueMessage (locale)',
      'issueMessage',
      [{ code: 'required' }, { locale: MB10 }],
      'unsupported_locale',
    ],
  ])('is refused by %s', (_label, name, args, code) => {
    expect(refusal(name, args)).toContain(code);
  });

  it('is no enterprise number, no call id and no locale (answers, not refusals)', () => {
    expect(lib.isValidEnterpriseNumber(MB10)).toBe(false);
    expect(lib.getCall(MB10)).toBeUndefined();
    expect(lib.negotiateLocale(MB10)).toBeUndefined();
  });

  it('is never copied whole into an error message', () => {
    for (const run of [
      () => lib.eur(MB10),
      () => lib.getParameter(MB10),
      () => lib.getParameter('cofinancing.cap', { at: MB10 }),
      () => lib.formatDeadline({ ...call, timeZone: MB10 }),
      () => lib.normalizeEnterpriseNumber(MB10),
      () => lib.money.multiply(lib.eur('1'), MB10, 'down'),
      () => lib.eur('1', { locale: MB10 }),
    ]) {
      const outcome = outcomeOf(run);
      expect(outcome.threw).toBe(true);
      if (outcome.threw) {
        expect(lib.isPioRulesError(outcome.error), describeError(outcome.error)).toBe(true);
        expect((outcome.error as Error).message.length).toBeLessThan(1_000);
      }
    }
  });
});

describe('100,000 items', () => {
  // Built before the timed calls.
  const many = <T>(make: (i: number) => T): T[] =>
    Array.from({ length: 100_000 }, (_, i) => make(i));
  const money = many(() => lib.eur('1'));
  const firstCall: unknown = calendar2027Json()[0];
  const line = { category: 'rd-services', amount: '1.00' };
  const scheme = schemeJson();
  const firstDefinition: Record<string, unknown> = definitionsJson()[0];
  it.each<[string, string, unknown[], string]>([
    ['money.sum', 'money.sum', [money], 'input_too_large'],
    ['money.min', 'money.min', [money], 'input_too_large'],
    ['money.max', 'money.max', [money], 'input_too_large'],
    ['money.allocate', 'money.allocate', [lib.eur('1000'), many(() => '1')], 'input_too_large'],
    ['createCallCalendar', 'createCallCalendar', [many(() => firstCall)], 'input_too_large'],
    ['safeCreateCallCalendar', 'safeCreateCallCalendar', [many((i) => i)], 'input_too_large'],
    [
      'createParameterRegistry',
      'createParameterRegistry',
      [many((i) => ({ ...firstDefinition, id: `test.p${String(i)}` }))],
      'input_too_large',
    ],
    [
      'computeCofinancing (costs)',
      'computeCofinancing',
      [{ costs: many(() => line) }],
      'input_too_large',
    ],
    [
      'safeComputeCofinancing (phases)',
      'safeComputeCofinancing',
      [{ phases: many((i) => ({ id: `p${String(i)}`, label: 'x', costs: [line] })) }],
      'input_too_large',
    ],
    [
      'validateApplication (partners)',
      'validateApplication',
      [{ ...proposalDocument(), partners: many(() => ({})) }],
      'input_too_large',
    ],
    ['safeValidateApplication', 'safeValidateApplication', [many((i) => i)], 'input_too_large'],
    [
      'safeAssessApplication (scores)',
      'safeAssessApplication',
      [application, { scores: WIDE }],
      'input_too_large',
    ],
    [
      'createScoringScheme (criteria)',
      'createScoringScheme',
      [{ ...scheme, criteria: many((): unknown => scheme.criteria[0]) }],
      'input_too_large',
    ],
    ['innovationQuickScan', 'innovationQuickScan', [many((i) => i)], 'input_too_large'],
    [
      'explainCofinancing (steps)',
      'explainCofinancing',
      [{ explanation: many(() => cofinancingResults[0]!.explanation[0]) }],
      'input_too_large',
    ],
    [
      'explainAssessment (reasons)',
      'explainAssessment',
      [{ ...assessmentResults[1], reasons: many(() => assessmentResults[1]!.reasons[0]) }],
      'input_too_large',
    ],
    [
      'explainQuickScan (reasons)',
      'explainQuickScan',
      [{ ...quickScanResult, reasons: many(() => 'no_rd_needed') }],
      'input_too_large',
    ],
  ])('are refused by %s', (_label, name, args, code) => {
    expect(refusal(name, args)).toContain(code);
  });

  it('of 10,000 amounts are still added up', () => {
    expect(lib.money.sum(money.slice(0, 10_000)).amount).toBe('10000.00');
  });
});

describe('an object nested 20,000 levels deep', () => {
  const def = definitionsJson().find((d) => d.id === 'cofinancing.cap');
  it.each<[string, string, unknown[], string]>([
    ['validateApplication', 'validateApplication', [DEEP], 'input_too_large'],
    [
      'safeValidateApplication (a field)',
      'safeValidateApplication',
      [{ ...proposalDocument(), project: DEEP }],
      'input_too_large',
    ],
    ['createParameterRegistry', 'createParameterRegistry', [DEEP], 'input_too_large'],
    [
      'createParameterRegistry (a value)',
      'createParameterRegistry',
      [[{ ...def, id: 'test.deep', versions: [{ ...def.versions[0], value: DEEP }] }]],
      'input_too_large',
    ],
    ['createCallCalendar', 'createCallCalendar', [DEEP], 'input_too_large'],
    [
      'safeCreateCallCalendar (title)',
      'safeCreateCallCalendar',
      [[{ ...calendar2027Json()[0], title: DEEP }]],
      'input_too_large',
    ],
    ['computeCofinancing', 'computeCofinancing', [DEEP], 'input_too_large'],
    [
      'safeComputeCofinancing (a line)',
      'safeComputeCofinancing',
      [{ costs: [DEEP] }],
      'input_too_large',
    ],
    [
      'safeComputeCofinancing (at)',
      'safeComputeCofinancing',
      [{ estimatedCost: '1' }, { at: DEEP }],
      'invalid_time',
    ],
    ['computeExpertiseSupport', 'computeExpertiseSupport', [DEEP], 'input_too_large'],
    ['assessApplication', 'assessApplication', [application, DEEP], 'input_too_large'],
    [
      'safeAssessApplication (scores)',
      'safeAssessApplication',
      [application, { scores: DEEP }],
      'input_too_large',
    ],
    [
      'safeAssessApplication (eligibleOrganisationTypes)',
      'safeAssessApplication',
      [application, assessment, { eligibleOrganisationTypes: DEEP }],
      'input_too_large',
    ],
    ['createScoringScheme', 'createScoringScheme', [DEEP], 'input_too_large'],
    ['innovationQuickScan', 'innovationQuickScan', [DEEP], 'input_too_large'],
    ['explainCofinancing', 'explainCofinancing', [DEEP], 'invalid_type'],
    ['explainAssessment', 'explainAssessment', [DEEP], 'input_too_large'],
    ['explainQuickScan', 'explainQuickScan', [DEEP], 'input_too_large'],
    ['eur', 'eur', [DEEP], 'invalid_amount'],
    ['isOnTime (call)', 'isOnTime', [DEEP, { at: '2024-01-01T00:00:00Z' }], 'invalid_time'],
    ['getParameter (at)', 'getParameter', ['cofinancing.cap', { at: DEEP }], 'invalid_time'],
  ])('is refused by %s', (_label, name, args, code) => {
    expect(refusal(name, args)).toContain(code);
  });

  it('in a stored issue is rendered as its type, not a stack overflow', () => {
    const message = lib.issueMessage(
      { code: 'invalid_type', params: { expected: DEEP, received: DEEP } },
      { locale: 'en' },
    );
    expect(typeof message).toBe('string');
    expect(message.length).toBeLessThan(1_000);
  });
});
