import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/applications/index.js';
import {
  assessApplication,
  checkExclusions,
  safeAssessApplication,
  type Assessment,
} from '../../src/criteria/index.js';
import { eur } from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { exampleApplication, registryWithScheme, uniformScores } from './fixtures.js';

const application = exampleApplication();
const perfect: Assessment = { scores: uniformScores(10) };

/** Scores that fail relevance-and-impact (4.5) and quality-of-approach (4.5) but pass the total. */
const failingTwo: Assessment = {
  scores: {
    'market-gap': 10,
    'rd-needed': 10,
    need: 4,
    'end-users-and-support-base': 5,
    team: 6,
    'procurement-route': 3,
  },
};

const late: Application = { ...application, submittedAt: new Date('2024-10-11T00:00:00+02:00') };
const notEligible: Application = {
  ...application,
  applicant: { ...application.applicant, subjectToProcurementLaw: false },
};
const distorting: Application = {
  ...application,
  applicant: {
    ...application.applicant,
    economicActivities: { declared: true, withinGeneralInterest: true, marketDistortion: true },
  },
};
const offTheShelf: Application = {
  ...application,
  project: { ...application.project, solutionMaturity: 'commercially-available' },
};
/** The application without one of its optional parts. */
function without(key: 'procurement' | 'submittedAt'): Application {
  const copy: Record<string, unknown> = { ...application };
  delete copy[key];
  return copy as unknown as Application;
}
const noProcurement = without('procurement');
const draft = without('submittedAt');

describe('assessApplication', () => {
  it('admits a fully scored proposal above every threshold, with no reason', () => {
    const result = assessApplication(application, { scores: uniformScores(7) });
    expect(result.decision).toBe('admitted');
    expect(result.reasons).toEqual([]);
    expect(result.exclusions).toEqual([]);
    expect(result.total).toBe('7');
    expect(result.totalPassed).toBe(true);
    expect(result.criteria.map((c) => [c.criterionId, c.score, c.threshold, c.passed])).toEqual([
      ['fit-with-pio', '7', '5', true],
      ['relevance-and-impact', '7', '5', true],
      ['quality-of-approach', '7', '5', true],
    ]);
    expect(result.nextStep).toBe('guidance');
    expect(result.callId).toBe('2024-2');
    expect(result.title).toBe(application.project.title);
    expect(result.scheme).toMatchObject({
      parameterId: 'criteria.scoringScheme',
      status: 'assumed',
    });
  });

  it('lists both criteria of a proposal that fails two of them, and nothing else', () => {
    const result = assessApplication(application, failingTwo);
    expect(result.decision).toBe('not-admitted');
    expect(result.total).toBe('6.15');
    expect(result.reasons.map((r) => [r.kind, r.code, r.criterionId, r.params['score']])).toEqual([
      ['criterion', 'criterion_below_threshold', 'relevance-and-impact', '4.5'],
      ['criterion', 'criterion_below_threshold', 'quality-of-approach', '4.5'],
    ]);
    expect(result.nextStep).toBe('resubmit-in-later-call');
  });

  it('computes a criterion as the exact weighted mean of its sub-criteria', () => {
    const result = assessApplication(application, {
      scores: { ...uniformScores(6), 'market-gap': '7.25', 'rd-needed': '8.5' },
    });
    expect(result.criteria[0]?.score).toBe('7.875');
    expect(result.criteria[0]?.subCriteria.map((s) => [s.id, s.score, s.weight])).toEqual([
      ['market-gap', '7.25', '0.5'],
      ['rd-needed', '8.5', '0.5'],
    ]);
    expect(result.total).toBe('6.5625');
  });

  it('adds the total as a reason when the weighted total misses its threshold', () => {
    const result = assessApplication(application, { scores: uniformScores('5.5') });
    expect(result.criteria.every((c) => c.passed)).toBe(true);
    expect(result.reasons.map((r) => [r.kind, r.code, r.criterionId, r.params])).toEqual([
      ['total', 'total_below_threshold', null, { total: '5.5', threshold: '6' }],
    ]);
  });

  it('passes a score equal to a threshold', () => {
    const result = assessApplication(application, {
      scores: { ...uniformScores(5), need: 10, 'end-users-and-support-base': '7.5' },
    });
    expect(result.criteria.map((c) => c.score)).toEqual(['5', '8.75', '5']);
    expect(result.total).toBe('6.5');
    expect(result.decision).toBe('admitted');
  });

  it.each([
    ['late', late, 'submitted-late', 'submitted_after_deadline'],
    [
      'not subject to procurement law',
      notEligible,
      'applicant-not-eligible',
      'not_subject_to_procurement_law',
    ],
    ['distorting the market', distorting, 'market-distortion', 'market_distortion'],
    [
      'asking cofinancing for an off-the-shelf solution',
      offTheShelf,
      'commercially-available',
      'commercially_available_solution',
    ],
    ['without procurement', noProcurement, 'no-procurement-foreseen', 'no_procurement_foreseen'],
  ] as const)(
    'does not admit a proposal %s, even with perfect scores',
    (_, app, criterionId, code) => {
      const result = assessApplication(app, perfect);
      expect(result.decision).toBe('not-admitted');
      expect(result.total).toBe('10');
      expect(result.exclusions.map((e) => [e.criterionId, e.issues.map((i) => i.code)])).toEqual([
        [criterionId, [code]],
      ]);
      expect(result.reasons.map((r) => [r.kind, r.criterionId, r.code])).toEqual([
        ['exclusion', criterionId, code],
      ]);
    },
  );

  it('lists every exclusion and every failed threshold together', () => {
    const worst: Application = {
      ...offTheShelf,
      submittedAt: late.submittedAt,
      applicant: distorting.applicant,
    };
    const result = assessApplication(worst, { scores: uniformScores(2) });
    expect(result.reasons.map((r) => r.code)).toEqual([
      'submitted_after_deadline',
      'commercially_available_solution',
      'market_distortion',
      'criterion_below_threshold',
      'criterion_below_threshold',
      'criterion_below_threshold',
      'total_below_threshold',
    ]);
    expect(result.exclusions.map((e) => e.criterionId)).toEqual([
      'submitted-late',
      'commercially-available',
      'market-distortion',
    ]);
  });

  it('excludes a proposal for an unknown call (its deadline cannot be met)', () => {
    const result = assessApplication({ ...application, callId: '2031-9' }, perfect);
    expect(result.reasons.map((r) => [r.criterionId, r.code])).toEqual([
      ['submitted-late', 'unknown_call'],
    ]);
  });

  it('keeps rule warnings apart: a draft without submission time is not excluded', () => {
    const result = assessApplication(draft, perfect);
    expect(result.decision).toBe('admitted');
    expect(result.warnings.map((w) => w.code)).toEqual(['submission_time_unknown']);
  });

  it('judges a draft by the at option, as validateApplication does', () => {
    expect(assessApplication(draft, perfect, { at: '2024-10-01T12:00:00+02:00' }).decision).toBe(
      'admitted',
    );
    expect(
      assessApplication(draft, perfect, {
        at: '2024-10-11T12:00:00+02:00',
      }).reasons.map((r) => r.code),
    ).toEqual(['submitted_after_deadline']);
  });

  it('passes the caller’s list of eligible organisation types to the rules', () => {
    const result = assessApplication(application, perfect, {
      eligibleOrganisationTypes: ['province'],
    });
    expect(result.exclusions.map((e) => e.criterionId)).toEqual(['applicant-not-eligible']);
  });

  it('renders reason messages in the requested locale', () => {
    const nl = assessApplication(application, failingTwo);
    const en = assessApplication(application, failingTwo, { locale: 'en' });
    expect(nl.reasons[0]?.message).toBe(
      'Criterium "relevance-and-impact" scoort 4.5, onder de drempel 5.',
    );
    expect(en.reasons[0]?.message).toBe(
      'Criterion "relevance-and-impact" scores 4.5, below the threshold 5.',
    );
    expect(assessApplication(late, perfect, { locale: 'en' }).reasons[0]?.message).toMatch(
      /^Submitted at/,
    );
  });

  it('keeps remarks and the summary with their criteria', () => {
    const result = assessApplication(application, {
      scores: uniformScores(8),
      remarks: { need: 'Sterk onderbouwd.', 'quality-of-approach': 'Ervaren team.' },
      summary: 'Een mooi voorstel.',
    });
    expect(result.criteria[1]?.subCriteria[0]?.remark).toBe('Sterk onderbouwd.');
    expect(result.criteria[1]?.subCriteria[1]?.remark).toBeNull();
    expect(result.criteria[2]?.remark).toBe('Ervaren team.');
    expect(result.criteria[0]?.remark).toBeNull();
    expect(result.summary).toBe('Een mooi voorstel.');
  });

  it('throws every problem of an incomplete assessment, never a silent zero', () => {
    const error = expectCode(
      () =>
        assessApplication(application, {
          scores: { need: 8, team: 11, innovation: 5, 'rd-needed': 'veel' },
        }),
      'missing_score',
    );
    expect(error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['missing_score', 'scores.market-gap'],
      ['invalid_type', 'scores.rd-needed'],
      ['missing_score', 'scores.end-users-and-support-base'],
      ['score_out_of_range', 'scores.team'],
      ['missing_score', 'scores.procurement-route'],
      ['unknown_criterion', 'scores.innovation'],
    ]);
  });
});

describe('safeAssessApplication', () => {
  it('returns the result when the assessment is complete', () => {
    const outcome = safeAssessApplication(application, perfect);
    expect(outcome.success && outcome.result.decision).toBe('admitted');
  });

  it('refuses a score below the scale, NaN, Infinity and decimal commas', () => {
    const outcome = safeAssessApplication(application, {
      scores: {
        ...uniformScores(5),
        need: -1,
        team: Number.NaN,
        'rd-needed': Infinity,
        'market-gap': '7,5',
      },
    });
    expect(outcome.success ? [] : outcome.issues.map((i) => [i.code, i.path[1]])).toEqual([
      ['invalid_type', 'market-gap'],
      ['invalid_type', 'rd-needed'],
      ['score_out_of_range', 'need'],
      ['invalid_type', 'team'],
    ]);
  });

  it('refuses a main criterion scored directly when it has sub-criteria', () => {
    const outcome = safeAssessApplication(application, {
      scores: { ...uniformScores(5), 'fit-with-pio': 8 },
    });
    expect(
      outcome.success ? [] : outcome.issues.map((i) => [i.code, i.params['criterionId']]),
    ).toEqual([['unknown_criterion', 'fit-with-pio']]);
  });

  it('reports malformed assessments: not an object, no scores, wrong remarks and summary, extra keys', () => {
    const cases: [unknown, string[]][] = [
      [null, ['invalid_type']],
      [{}, ['required']],
      [{ scores: [] }, ['invalid_type']],
      [{ scores: uniformScores(5), remarks: 'x' }, ['invalid_type']],
      [
        { scores: uniformScores(5), remarks: { need: 1, nope: 'x' } },
        ['invalid_type', 'unknown_criterion'],
      ],
      [{ scores: uniformScores(5), summary: 3, score: 1 }, ['unknown_key', 'invalid_type']],
    ];
    for (const [assessment, expected] of cases) {
      const outcome = safeAssessApplication(application, assessment as Assessment);
      expect(outcome.success ? [] : outcome.issues.map((i) => i.code)).toEqual(expected);
    }
  });

  it('ignores keys that reach only the prototype', () => {
    const scores = JSON.parse(
      `{"__proto__": {"need": 1}, ${Object.entries(uniformScores(5))
        .map(([k, v]) => `"${k}": ${String(v)}`)
        .join(', ')}}`,
    );
    const outcome = safeAssessApplication(application, { scores });
    expect(outcome.success ? [] : outcome.issues.map((i) => i.params['criterionId'])).toEqual([
      '__proto__',
    ]);
  });

  it('renders the issues in the requested locale', () => {
    const outcome = safeAssessApplication(application, { scores: {} }, { locale: 'en' });
    expect(outcome.success ? '' : outcome.issues[0]?.message).toBe(
      'No score for criterion "market-gap".',
    );
  });

  it('reports a bad at option and an invalid scheme in force as issues', () => {
    const badAt = safeAssessApplication(application, perfect, { at: 'tomorrow' });
    expect(badAt.success ? [] : badAt.issues.map((i) => i.code)).toEqual(['invalid_time']);
    const parameters = registryWithScheme({ scale: { min: 0, max: 10 }, criteria: [] });
    const badScheme = safeAssessApplication(application, perfect, { parameters });
    expect(badScheme.success ? [] : [...new Set(badScheme.issues.map((i) => i.code))]).toEqual([
      'invalid_scheme',
      'weights_do_not_sum',
    ]);
  });
});

describe('a replaced scoring scheme', () => {
  const strict = {
    scale: { min: '0', max: '10' },
    totalThreshold: '8',
    criteria: [
      {
        id: 'fit-with-pio',
        weight: '0.6',
        threshold: '7',
        subCriteria: [{ id: 'market-gap', weight: '1' }],
      },
      {
        id: 'relevance-and-impact',
        weight: '0.2',
        subCriteria: [
          { id: 'need', weight: '0.25' },
          { id: 'end-users-and-support-base', weight: '0.75' },
        ],
      },
      { id: 'quality-of-approach', weight: '0.2' },
    ],
  };
  const parameters = registryWithScheme(strict, 'published');
  const scores = {
    'market-gap': 9,
    need: 2,
    'end-users-and-support-base': 6,
    'quality-of-approach': 7,
  };

  it('changes the scorable ids, the weights and the thresholds', () => {
    const result = assessApplication(application, { scores }, { parameters });
    expect(result.criteria.map((c) => [c.criterionId, c.score, c.threshold, c.passed])).toEqual([
      ['fit-with-pio', '9', '7', true],
      ['relevance-and-impact', '5', null, true],
      ['quality-of-approach', '7', null, true],
    ]);
    expect(result.total).toBe('7.8');
    expect(result.reasons.map((r) => r.code)).toEqual(['total_below_threshold']);
    expect(result.scheme.status).toBe('published');
  });

  it('turns a decision around: admitted under the built-in scheme, not under the strict one, and back', () => {
    const fine = uniformScores(7);
    expect(assessApplication(application, { scores: fine }).decision).toBe('admitted');
    const strictScores = {
      'market-gap': 7,
      need: 7,
      'end-users-and-support-base': 7,
      'quality-of-approach': 7,
    };
    expect(
      assessApplication(application, { scores: strictScores }, { parameters }).reasons.map(
        (r) => r.code,
      ),
    ).toEqual(['total_below_threshold']);
    const lenient = registryWithScheme({ ...strict, totalThreshold: '6' });
    expect(
      assessApplication(application, { scores: strictScores }, { parameters: lenient }).decision,
    ).toBe('admitted');
  });

  it('fails a criterion under raised thresholds that passes under the built-in ones', () => {
    const raised = registryWithScheme({
      scale: { min: 1, max: 5 },
      totalThreshold: 3,
      criteria: [
        { id: 'fit-with-pio', weight: '0.5', threshold: 4 },
        { id: 'relevance-and-impact', weight: '0.25', threshold: 3 },
        { id: 'quality-of-approach', weight: '0.25', threshold: 3 },
      ],
    });
    const result = assessApplication(
      application,
      { scores: { 'fit-with-pio': '3.5', 'relevance-and-impact': 5, 'quality-of-approach': 5 } },
      { parameters: raised },
    );
    expect(result.reasons.map((r) => [r.code, r.criterionId])).toEqual([
      ['criterion_below_threshold', 'fit-with-pio'],
    ]);
    expect(result.total).toBe('4.25');
    expect(result.scale).toEqual({ min: '1', max: '5' });
  });

  it('asks the old scores back as unknown and the new ones as missing', () => {
    const outcome = safeAssessApplication(application, perfect, { parameters });
    expect(
      outcome.success ? [] : outcome.issues.map((i) => [i.code, i.params['criterionId']]),
    ).toEqual([
      ['missing_score', 'quality-of-approach'],
      ['unknown_criterion', 'rd-needed'],
      ['unknown_criterion', 'team'],
      ['unknown_criterion', 'procurement-route'],
    ]);
  });

  it('uses the version in force at the proposal’s submission', () => {
    const dated = registryWithScheme(strict);
    const old = { ...application, submittedAt: new Date('2016-06-01T12:00:00+02:00') };
    const outcome = safeAssessApplication(old, { scores }, { parameters: dated });
    expect(outcome.success ? [] : outcome.issues.map((i) => i.code)).toEqual([
      'no_parameter_value',
    ]);
  });
});

describe('checkExclusions', () => {
  it('finds nothing for a valid proposal', () => {
    expect(checkExclusions(application)).toEqual({ exclusions: [], warnings: [] });
  });

  it('maps each rule error to its exclusion criterion, with the rules run', () => {
    const found = checkExclusions({
      ...notEligible,
      applicant: {
        ...notEligible.applicant,
        economicActivities: {
          declared: true,
          withinGeneralInterest: false,
          marketDistortion: false,
        },
      },
    });
    expect(
      found.exclusions.map((e) => [e.criterionId, e.ruleIds, e.issues.map((i) => i.code)]),
    ).toEqual([
      [
        'applicant-not-eligible',
        ['eligible-organisation', 'general-interest'],
        ['not_subject_to_procurement_law', 'economic_activities_outside_general_interest'],
      ],
    ]);
  });

  it('does not exclude a commercially available solution when no cofinancing is asked', () => {
    const support = { guidance: true };
    expect(checkExclusions({ ...offTheShelf, support }).exclusions).toEqual([]);
    expect(
      checkExclusions({
        ...offTheShelf,
        support: { guidance: true, cofinancing: { requested: eur('1.00') } },
      }).exclusions,
    ).toHaveLength(1);
  });

  it('throws for a bad at option', () => {
    expectCode(() => checkExclusions(application, { at: '2024-10-10T12:00' }), 'ambiguous_time');
  });
});
