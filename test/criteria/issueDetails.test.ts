import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/applications/index.js';
import {
  checkExclusions,
  evaluationCriterionIds,
  getScoringScheme,
  innovationQuickScan,
  safeAssessApplication,
  subCriterionIds,
  validateScoringScheme,
  type Assessment,
  type QuickScanAnswers,
} from '../../src/criteria/index.js';
import type { PioIssue } from '../../src/issues/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { exampleApplication, registryWithScheme, uniformScores } from './fixtures.js';
import { hostileRegistry } from '../helpers/hostileRegistry.js';

const brief = (issues: readonly PioIssue[]) =>
  issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));

/** The issues of an assessment of the city's proposal that is refused. */
function problems(assessment: unknown, application: unknown = exampleApplication()) {
  const outcome = safeAssessApplication(application as Application, assessment as Assessment);
  if (outcome.success) throw new Error('expected the assessment to be refused');
  return brief(outcome.issues);
}

const scoreType = (received: string) => ({
  code: 'invalid_type',
  path: ['scores', 'need'],
  params: { expected: 'a number or a decimal string such as "7.5"', received },
});

describe('safeAssessApplication issues', () => {
  it('show a malformed score as itself up to 40 characters, else by its type', () => {
    const withNeed = (need: unknown) => ({ scores: { ...uniformScores(5), need } });
    expect(problems(withNeed('abc'))).toEqual([scoreType('abc')]);
    expect(problems(withNeed('x'.repeat(40)))).toEqual([scoreType('x'.repeat(40))]);
    expect(problems(withNeed('x'.repeat(41)))).toEqual([scoreType('string')]);
    expect(problems(withNeed(Number.NaN))).toEqual([scoreType('NaN')]);
    expect(problems(withNeed(['5']))).toEqual([scoreType('array')]);
    expect(problems(withNeed(null))).toEqual([scoreType('null')]);
  });

  it('reads a decimal string of 60 characters and refuses one of 61', () => {
    const sixty = `5.${'0'.repeat(58)}`;
    expect(
      safeAssessApplication(exampleApplication(), { scores: { ...uniformScores(5), need: sixty } })
        .success,
    ).toBe(true);
    expect(problems({ scores: { ...uniformScores(5), need: `${sixty}0` } })).toEqual([
      scoreType('string'),
    ]);
  });

  it('give the criterion, the score and the scale of a score out of range', () => {
    expect(problems({ scores: { ...uniformScores(5), team: '10.5' } })).toEqual([
      {
        code: 'score_out_of_range',
        path: ['scores', 'team'],
        params: { criterionId: 'team', score: '10.5', min: '0', max: '10' },
      },
    ]);
  });

  it('report an assessment, scores, remarks or summary of the wrong kind at their paths', () => {
    expect(problems(null)).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'object', received: 'null' } },
    ]);
    expect(problems({ scores: uniformScores(5), extra: 1 })).toEqual([
      { code: 'unknown_key', path: ['extra'], params: { key: 'extra' } },
    ]);
    expect(problems({})).toEqual([{ code: 'required', path: ['scores'], params: {} }]);
    expect(problems({ scores: [] })).toEqual([
      { code: 'invalid_type', path: ['scores'], params: { expected: 'object', received: 'array' } },
    ]);
    expect(problems({ scores: uniformScores(5), remarks: 'fine' })).toEqual([
      {
        code: 'invalid_type',
        path: ['remarks'],
        params: { expected: 'object', received: 'string' },
      },
    ]);
    expect(problems({ scores: uniformScores(5), summary: 5 })).toEqual([
      {
        code: 'invalid_type',
        path: ['summary'],
        params: { expected: 'string', received: 'number' },
      },
    ]);
  });

  it('name an unknown remark with every id that takes one, and a remark that is not text', () => {
    const [unknown, notText] = problems({
      scores: uniformScores(5),
      remarks: { innovation: 'x', need: 7 },
    });
    expect(unknown).toEqual({
      code: 'unknown_criterion',
      path: ['remarks', 'innovation'],
      params: {
        criterionId: 'innovation',
        expected: [
          'fit-with-pio',
          'market-gap',
          'rd-needed',
          'relevance-and-impact',
          'need',
          'end-users-and-support-base',
          'quality-of-approach',
          'team',
          'procurement-route',
        ],
      },
    });
    expect(notText).toEqual({
      code: 'invalid_type',
      path: ['remarks', 'need'],
      params: { expected: 'string', received: 'number' },
    });
  });

  it('accept a remark and a summary of 10,000 characters and refuse 10,001', () => {
    const text = (n: number) => 'r'.repeat(n);
    const ok = safeAssessApplication(exampleApplication(), {
      scores: uniformScores(5),
      remarks: { need: text(10_000) },
      summary: text(10_000),
    });
    expect(ok.success).toBe(true);
    expect(
      problems({
        scores: uniformScores(5),
        remarks: { need: text(10_001) },
        summary: text(10_001),
      }),
    ).toEqual([
      { code: 'too_long', path: ['remarks', 'need'], params: { maximum: 10_000 } },
      { code: 'too_long', path: ['summary'], params: { maximum: 10_000 } },
    ]);
  });

  it('refuse a proposal without a project title or a call id, and a bad instant at at', () => {
    const application = exampleApplication();
    const refused = {
      code: 'invalid_type',
      path: ['application'],
      params: {
        expected: 'a proposal from validateApplication or parseApplication',
        received: 'object',
      },
    };
    const assessment = { scores: uniformScores(5) };
    expect(problems(assessment, { ...application, project: 'x' })).toEqual([refused]);
    expect(problems(assessment, { ...application, project: { title: 5 } })).toEqual([refused]);
    expect(problems(assessment, { ...application, callId: 2024 })).toEqual([refused]);
    const outcome = safeAssessApplication(application, assessment, {
      at: '2024-10-01',
    });
    expect(outcome.success ? [] : outcome.issues.map((i) => [i.code, i.path])).toEqual([
      ['ambiguous_time', ['at']],
    ]);
  });

  it('let an error that is not a PioRulesError through', () => {
    const parameters = hostileRegistry();
    expect(() =>
      safeAssessApplication(exampleApplication(), { scores: uniformScores(5) }, { parameters }),
    ).toThrow(RangeError);
  });
});

describe('checkExclusions', () => {
  it('reports a bad instant at at', () => {
    expect(
      expectCode(
        () => checkExclusions(exampleApplication(), { at: '2024-10-01' }),
        'ambiguous_time',
      ).issues[0]?.path,
    ).toEqual(['at']);
  });
});

describe('safeAssessApplication result', () => {
  it('points the reasons at the criterion and at the total', () => {
    const outcome = safeAssessApplication(exampleApplication(), {
      scores: { ...uniformScores(6), need: 2, 'end-users-and-support-base': 2 },
    });
    expect(outcome.success && outcome.result.reasons.map((r) => r.path)).toEqual([
      ['criteria', 'relevance-and-impact'],
      ['total'],
    ]);
  });

  it('keeps the errors of an exclusion out of the warnings', () => {
    const outcome = safeAssessApplication(
      exampleApplication(),
      { scores: uniformScores(8) },
      { eligibleOrganisationTypes: ['province'] },
    );
    expect(outcome.success && outcome.result.decision).toBe('not-admitted');
    expect(outcome.success && outcome.result.warnings).toEqual([]);
  });
});

describe('validateScoringScheme issues', () => {
  const main = (weights = ['0.3', '0.4', '0.3']) =>
    evaluationCriterionIds.map((id, i) => ({ id, weight: weights[i]! }));
  const issuesOf = (input: unknown) => {
    const result = validateScoringScheme(input);
    return result.success ? [] : brief(result.issues);
  };
  const scale = { min: 0, max: 10 };

  it('names a negative weight, and leaves the criterion id out of the main weights sum', () => {
    const issues = issuesOf({ scale, criteria: main(['-0.1', '0.4', '0.3']) });
    expect(issues).toEqual([
      {
        code: 'invalid_scheme',
        path: ['criteria', 0, 'weight'],
        params: { reason: 'weight -0.1 is negative' },
      },
      { code: 'weights_do_not_sum', path: ['criteria'], params: { sum: '0.6', expected: '1' } },
    ]);
    expect('criterionId' in issues[1]!.params).toBe(false);
  });

  it('gives a threshold outside the scale with the scale', () => {
    expect(issuesOf({ scale, totalThreshold: 11, criteria: main() })).toEqual([
      {
        code: 'threshold_outside_scale',
        path: ['totalThreshold'],
        params: { threshold: '11', min: '0', max: '10' },
      },
    ]);
  });

  it('names a duplicate, unknown or missing main criterion', () => {
    const [fit, relevance] = main();
    expect(
      issuesOf({ scale, criteria: [fit, relevance, { id: 'innovation', weight: '0.3' }, fit] }),
    ).toEqual([
      {
        code: 'unknown_criterion',
        path: ['criteria', 2, 'id'],
        params: { criterionId: 'innovation', expected: [...evaluationCriterionIds] },
      },
      { code: 'duplicate_id', path: ['criteria', 3, 'id'], params: { id: 'fit-with-pio' } },
      {
        code: 'invalid_scheme',
        path: ['criteria'],
        params: {
          reason: 'the main criterion "quality-of-approach" is missing',
          criterionId: 'quality-of-approach',
        },
      },
      {
        code: 'weights_do_not_sum',
        path: ['criteria'],
        params: { sum: '1.3', expected: '1' },
      },
    ]);
  });

  it('names a duplicate sub-criterion and an own sub-criterion without a label', () => {
    const [fit, relevance, quality] = main();
    const issues = issuesOf({
      scale,
      criteria: [
        {
          ...fit,
          subCriteria: [
            { id: 'need', weight: '0.5' },
            { id: 'need', weight: '0.25' },
            { id: 'my-own', weight: '0.25' },
          ],
        },
        relevance,
        quality,
      ],
    });
    expect(issues).toEqual([
      {
        code: 'duplicate_id',
        path: ['criteria', 0, 'subCriteria', 1, 'id'],
        params: { id: 'need' },
      },
      {
        code: 'unknown_criterion',
        path: ['criteria', 0, 'subCriteria', 2, 'id'],
        params: {
          criterionId: 'my-own',
          expected: [...subCriterionIds],
          reason: 'an own sub-criterion needs a label',
        },
      },
    ]);
  });

  it('describes a built-in sub-criterion given its own label by that label', () => {
    const [fit, relevance, quality] = main();
    const label = { nl: 'Eigen behoefte', en: 'Own need' };
    const result = validateScoringScheme({
      scale,
      criteria: [{ ...fit, subCriteria: [{ id: 'need', weight: 1, label }] }, relevance, quality],
    });
    expect(result.success && result.scheme.criteria[0]?.subCriteria[0]?.description).toEqual(label);
  });

  it('reports a scale whose minimum is not below its maximum, and a shape problem at its path', () => {
    expect(issuesOf({ scale: { min: 10, max: 0 }, criteria: main() })).toEqual([
      {
        code: 'invalid_scheme',
        path: ['scale'],
        params: { reason: "the scale's minimum 10 is not below its maximum 0" },
      },
    ]);
    const shape = issuesOf({ scale: { min: 0, max: 'ten' }, criteria: main() });
    expect(shape.map((i) => [i.code, i.path])).toEqual([['invalid_scheme', ['scale', 'max']]]);
    expect(typeof shape[0]?.params['reason']).toBe('string');
  });
});

describe('getScoringScheme', () => {
  it('treats null options as none, and gives no note when the version has none', () => {
    expect(getScoringScheme(null as never)).toEqual(getScoringScheme());
    const scheme = {
      scale: { min: 0, max: 10 },
      criteria: evaluationCriterionIds.map((id) => ({
        id,
        weight: id === 'relevance-and-impact' ? '0.4' : '0.3',
      })),
    };
    expect('note' in getScoringScheme({ parameters: registryWithScheme(scheme) })).toBe(false);
  });
});

describe('innovationQuickScan issues', () => {
  const answers: QuickScanAnswers = {
    solutionExists: 'no',
    rdNeeded: true,
    endUserAndSupportBase: true,
    procurementForeseen: true,
  };
  const received = (key: keyof QuickScanAnswers, value: unknown) =>
    expectCode(() => innovationQuickScan({ ...answers, [key]: value }), 'invalid_value').issues[0]
      ?.params['received'];

  it('shows a wrong answer as JSON up to 40 characters, else as "a long text" or its type', () => {
    expect(received('solutionExists', 'x'.repeat(40))).toBe(JSON.stringify('x'.repeat(40)));
    expect(received('solutionExists', 'x'.repeat(41))).toBe('a long text');
    expect(received('solutionExists', true)).toBe('true');
    expect(received('procurementForeseen', 5)).toBe('5');
    expect(received('procurementForeseen', {})).toBe('object');
  });

  it('says what it expected instead of a non-object, and names an unknown key', () => {
    expect(
      brief(expectCode(() => innovationQuickScan(null as never), 'invalid_type').issues),
    ).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'object', received: 'null' } },
    ]);
    expect(
      brief(
        expectCode(() => innovationQuickScan({ ...answers, extra: 1 } as never), 'unknown_key')
          .issues,
      ),
    ).toEqual([{ code: 'unknown_key', path: ['extra'], params: { key: 'extra' } }]);
  });
});
