import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/applications/index.js';
import {
  assessApplication,
  safeAssessApplication,
  type Assessment,
  type AssessApplicationOptions,
} from '../../src/criteria/index.js';
import type { PioIssue } from '../../src/issues/index.js';
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

const assess = (app: Application, assessment: Assessment, options?: AssessApplicationOptions) =>
  assessApplication(app, assessment, options).data;

function issuesOf(
  assessment: unknown,
  options: AssessApplicationOptions = {},
  app: unknown = application,
): readonly PioIssue[] {
  const outcome = safeAssessApplication(app as Application, assessment as Assessment, options);
  return outcome.success ? [] : outcome.issues;
}

describe('assessApplication', () => {
  it('admits a fully scored proposal above every threshold, with no reason', () => {
    const result = assess(application, { scores: uniformScores(7) });
    expect(result.decision).toBe('admitted');
    expect(result.reasons).toEqual([]);
    expect(result.exclusions).toEqual([]);
    expect(result.total).toBe('7');
    expect(result.totalThreshold).toBe('6');
    expect(result.totalPassed).toBe(true);
    expect(result.criteria.map((c) => [c.criterionId, c.score, c.threshold, c.passed])).toEqual([
      ['fit-with-pio', '7', '5', true],
      ['relevance-and-impact', '7', '5', true],
      ['quality-of-approach', '7', '5', true],
    ]);
    expect(result.criteria[0]?.label.en).toBe('Fit with the aims of PIO');
    expect(result.nextStep).toBe('guidance');
    expect(result.callId).toBe('2024-2');
    expect(result.title).toBe(application.project.title);
    expect(result.scale).toEqual({ min: '0', max: '10' });
    expect(result.summary).toBeNull();
    expect(result.scheme).toEqual({
      parameterId: 'criteria.scoringScheme',
      validFrom: '2017-01-01',
      status: 'assumed',
      source: expect.objectContaining({ title: expect.stringContaining('Aanname') }),
    });
  });

  it('returns the same success as safeAssessApplication, frozen', () => {
    const made = assessApplication(application, perfect);
    expect(made).toEqual(safeAssessApplication(application, perfect));
    // The built-in calendar's 2024-2 is announced: the one warning says so.
    expect(made.warnings.map((w) => w.code)).toEqual(['deadline_not_published']);
    expect(Object.isFrozen(made.data)).toBe(true);
    expect(Object.isFrozen(made.data.criteria[0])).toBe(true);
    expect(Object.isFrozen(made.data.criteria[0]?.subCriteria[0])).toBe(true);
  });

  it('lists both criteria of a proposal that fails two of them, and nothing else', () => {
    const result = assess(application, failingTwo);
    expect(result.decision).toBe('not-admitted');
    expect(result.total).toBe('6.15');
    expect(
      result.reasons.map((r) => [
        r.kind,
        r.code,
        r.criterionId,
        r.code === 'criterion_below_threshold' ? r.params.score : undefined,
      ]),
    ).toEqual([
      ['criterion', 'criterion_below_threshold', 'relevance-and-impact', '4.5'],
      ['criterion', 'criterion_below_threshold', 'quality-of-approach', '4.5'],
    ]);
    expect(result.reasons[0]?.params).toEqual({
      criterionId: 'relevance-and-impact',
      score: '4.5',
      threshold: '5',
    });
    expect(result.nextStep).toBe('resubmit-in-later-call');
  });

  it('points the reasons at the criterion and at the total', () => {
    const result = assess(application, {
      scores: { ...uniformScores(6), need: 2, 'end-users-and-support-base': 2 },
    });
    expect(result.reasons.map((r) => [r.path, r.severity])).toEqual([
      [['criteria', 'relevance-and-impact'], 'error'],
      [['total'], 'error'],
    ]);
  });

  it('computes a criterion as the exact weighted mean of its sub-criteria', () => {
    const result = assess(application, {
      scores: { ...uniformScores(6), 'market-gap': '7.25', 'rd-needed': '8.5' },
    });
    expect(result.criteria[0]?.score).toBe('7.875');
    expect(result.criteria[0]?.subCriteria.map((s) => [s.id, s.score, s.weight])).toEqual([
      ['market-gap', '7.25', '0.5'],
      ['rd-needed', '8.5', '0.5'],
    ]);
    expect(result.total).toBe('6.5625');
  });

  it('reads scores as numbers or decimal strings, exactly', () => {
    const result = assess(application, {
      scores: { ...uniformScores('6.10'), need: 0.1, 'end-users-and-support-base': '0.2' },
    });
    expect(result.criteria.map((c) => c.score)).toEqual(['6.1', '0.15', '6.1']);
    expect(result.total).toBe('3.72');
  });

  it('adds the total as a reason when the weighted total misses its threshold', () => {
    const result = assess(application, { scores: uniformScores('5.5') });
    expect(result.criteria.every((c) => c.passed)).toBe(true);
    expect(result.totalPassed).toBe(false);
    expect(result.reasons.map((r) => [r.kind, r.code, r.criterionId, r.params])).toEqual([
      ['total', 'total_below_threshold', null, { total: '5.5', threshold: '6' }],
    ]);
  });

  it('passes a score equal to a threshold', () => {
    const result = assess(application, {
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
      const result = assess(app, perfect);
      expect(result.decision).toBe('not-admitted');
      expect(result.total).toBe('10');
      expect(result.exclusions.map((e) => [e.criterionId, e.issues.map((i) => i.code)])).toEqual([
        [criterionId, [code]],
      ]);
      expect(result.reasons.map((r) => [r.kind, r.criterionId, r.code])).toEqual([
        ['exclusion', criterionId, code],
      ]);
      expect(result.nextStep).toBe('resubmit-in-later-call');
    },
  );

  it('carries the rule’s own issue for an exclusion: its path, params, source and message', () => {
    const result = assess(late, perfect, { locale: 'en' });
    const [exclusion] = result.exclusions;
    expect(exclusion?.label.en).toBe('Submitted late');
    expect(exclusion?.ruleIds).toEqual(['known-call', 'on-time']);
    const [found] = exclusion?.issues ?? [];
    expect(found?.path).toEqual(['submittedAt']);
    expect(found?.source?.url).toMatch(/^https:\/\//);
    expect(found?.message).toMatch(/^Submitted on Friday 11 October 2024 at 00:00/);
    expect(result.reasons[0]).toEqual({
      ...found,
      kind: 'exclusion',
      criterionId: 'submitted-late',
    });
  });

  it('lists every exclusion and every failed threshold together', () => {
    const worst: Application = {
      ...offTheShelf,
      submittedAt: late.submittedAt,
      applicant: distorting.applicant,
    };
    const result = assess(worst, { scores: uniformScores(2) });
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

  it('maps each rule error to its exclusion criterion, with the rules run', () => {
    const result = assess(
      {
        ...notEligible,
        applicant: {
          ...notEligible.applicant,
          economicActivities: {
            declared: true,
            withinGeneralInterest: false,
            marketDistortion: false,
          },
        },
      },
      perfect,
    );
    expect(
      result.exclusions.map((e) => [e.criterionId, e.ruleIds, e.issues.map((i) => i.code)]),
    ).toEqual([
      [
        'applicant-not-eligible',
        ['eligible-organisation', 'general-interest'],
        ['not_subject_to_procurement_law', 'economic_activities_outside_general_interest'],
      ],
    ]);
  });

  it('does not exclude a commercially available solution when no cofinancing is asked', () => {
    expect(assess({ ...offTheShelf, support: { guidance: true } }, perfect).exclusions).toEqual([]);
    expect(
      assess(
        { ...offTheShelf, support: { guidance: true, cofinancing: { requested: eur('1.00') } } },
        perfect,
      ).exclusions.map((e) => e.criterionId),
    ).toEqual(['commercially-available']);
  });

  it('excludes a proposal for an unknown call (its deadline cannot be met)', () => {
    const result = assess({ ...application, callId: '2031-9' }, perfect);
    expect(result.reasons.map((r) => [r.criterionId, r.code])).toEqual([
      ['submitted-late', 'unknown_call'],
    ]);
  });

  it('keeps rule warnings apart: a draft without submission time is not excluded', () => {
    const made = assessApplication(draft, perfect, { locale: 'en' });
    expect(made.data.decision).toBe('admitted');
    expect(made.warnings.map((w) => [w.code, w.severity])).toEqual([
      ['submission_time_unknown', 'warning'],
      ['deadline_not_published', 'warning'],
    ]);
    expect(made.warnings[0]?.message.length).toBeGreaterThan(10);
  });

  it('keeps the errors of an exclusion out of the warnings', () => {
    const made = assessApplication(application, perfect, {
      eligibleOrganisationTypes: ['province'],
    });
    expect(made.data.decision).toBe('not-admitted');
    expect(made.warnings.map((w) => w.code)).toEqual(['deadline_not_published']);
  });

  it('judges a draft by the at option, as validateApplication does', () => {
    expect(assess(draft, perfect, { at: '2024-10-01T12:00:00+02:00' }).decision).toBe('admitted');
    const result = assess(draft, perfect, { at: new Date('2024-10-11T12:00:00+02:00') });
    expect(result.reasons.map((r) => [r.code, r.path])).toEqual([
      ['submitted_after_deadline', ['submittedAt']],
    ]);
  });

  it('passes the caller’s list of eligible organisation types to the rules', () => {
    const result = assess(application, perfect, { eligibleOrganisationTypes: ['province'] });
    expect(result.exclusions.map((e) => e.criterionId)).toEqual(['applicant-not-eligible']);
    expect(
      assess(application, perfect, { eligibleOrganisationTypes: ['municipality'] }).decision,
    ).toBe('admitted');
  });

  it('renders reason messages in the requested locale, numbers written the language’s way', () => {
    const nl = assess(application, failingTwo, { locale: 'nl-BE' });
    const en = assess(application, failingTwo, { locale: 'en-GB' });
    expect(nl.reasons[0]?.message).toBe(
      'Het criterium Relevantie en potentiële impact scoort 4,5, onder de drempel 5.',
    );
    expect(en.reasons[0]?.message).toBe(
      'The criterion Relevance and potential impact scores 4.5, below the threshold 5.',
    );
    expect(assess(application, failingTwo).reasons).toEqual(nl.reasons);
    expect(assess(late, perfect, { locale: 'en-US' }).reasons[0]?.message).toMatch(/^Submitted on/);
    expect(assess(late, perfect, { locale: 'nl-NL' }).reasons[0]?.message).toMatch(
      /^Ingediend op vrijdag 11 oktober 2024 om 00.00 uur/,
    );
  });

  it('keeps remarks and the summary with their criteria', () => {
    const result = assess(application, {
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
    const assessment = { scores: { need: 8, team: 11, innovation: 5, 'rd-needed': 'veel' } };
    const error = expectCode(() => assessApplication(application, assessment), 'invalid_format');
    expect(error.issues).toEqual(issuesOf(assessment));
    expect(error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_format', 'scores.rd-needed'],
      ['missing_score', 'scores.market-gap'],
      ['missing_score', 'scores.end-users-and-support-base'],
      ['score_out_of_range', 'scores.team'],
      ['missing_score', 'scores.procurement-route'],
      ['unknown_criterion', 'scores.innovation'],
    ]);
  });

  it('assesses a proposal made by hand, and one that went through JSON', () => {
    const byHand: Application = {
      schemaVersion: '1',
      callId: '2024-2',
      submittedAt: new Date('2024-10-08T14:32:00+02:00'),
      applicant: {
        name: 'Stad Aalterbeke',
        organisationType: 'municipality',
        enterpriseNumber: '0207.123.407',
        subjectToProcurementLaw: true,
        economicActivities: { declared: false },
        contact: { name: 'An Verhaegen', email: 'innovatie@aalterbeke.be' },
      },
      project: { ...application.project, title: 'Met de hand' },
      procurement: {
        procedure: 'pcp',
        costs: [{ category: 'rd-services', amount: eur('1500000.00') }],
        vat: 'excluded',
      },
      support: { guidance: true, cofinancing: { requested: eur('750000.00') } },
    };
    expect(assess(byHand, perfect)).toMatchObject({ decision: 'admitted', title: 'Met de hand' });
    const viaJson = JSON.parse(JSON.stringify(late)) as Application;
    expect(assess(viaJson, perfect)).toEqual(assess(late, perfect));
    expect(assess({ ...application, ...structuredClone(application) }, perfect).decision).toBe(
      'admitted',
    );
  });

  it('neither freezes nor changes the caller’s proposal and assessment', () => {
    const app = structuredClone(application);
    const assessment = structuredClone(failingTwo);
    assess(app, assessment);
    expect(app).toEqual(application);
    expect(assessment).toEqual(failingTwo);
    expect(Object.isFrozen(app) || Object.isFrozen(app.project)).toBe(false);
    expect(Object.isFrozen(assessment.scores)).toBe(false);
  });
});

describe('safeAssessApplication', () => {
  it('returns the result when the assessment is complete', () => {
    const outcome = safeAssessApplication(application, perfect);
    expect(outcome.success && outcome.data.decision).toBe('admitted');
  });

  it('refuses a score below the scale, NaN, Infinity, decimal commas and exponents', () => {
    const issues = issuesOf({
      scores: {
        ...uniformScores(5),
        need: -1,
        team: Number.NaN,
        'rd-needed': Infinity,
        'market-gap': '7,5',
        'procurement-route': '1e1',
      },
    });
    expect(issues.map((i) => [i.code, i.path[1]])).toEqual([
      ['invalid_format', 'market-gap'],
      ['invalid_format', 'rd-needed'],
      ['invalid_format', 'team'],
      ['invalid_format', 'procurement-route'],
      ['score_out_of_range', 'need'],
    ]);
  });

  it('gives the criterion, the score and the scale of a score out of range', () => {
    const [found] = issuesOf({ scores: { ...uniformScores(5), team: '10.50' } }, { locale: 'en' });
    expect(found && { code: found.code, path: found.path, params: found.params }).toEqual({
      code: 'score_out_of_range',
      path: ['scores', 'team'],
      params: { criterionId: 'team', score: '10.5', min: '0', max: '10' },
    });
    expect(found?.message).toBe('The score 10.5 for The team is outside the scale from 0 to 10.');
  });

  it('reads a decimal string of 60 characters and refuses one of 61', () => {
    const sixty = `5.${'0'.repeat(58)}`;
    expect(issuesOf({ scores: { ...uniformScores(5), need: sixty } })).toEqual([]);
    expect(
      issuesOf({ scores: { ...uniformScores(5), need: `${sixty}0` } }).map((i) => [i.code, i.path]),
    ).toEqual([['too_long', ['scores', 'need']]]);
  });

  it('refuses a main criterion scored directly when it has sub-criteria', () => {
    const issues = issuesOf({ scores: { ...uniformScores(5), 'fit-with-pio': 8 } });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_criterion', ['scores', 'fit-with-pio']],
    ]);
    expect(issues[0]?.params).toEqual({
      criterionId: 'fit-with-pio',
      expected: [
        'market-gap',
        'rd-needed',
        'need',
        'end-users-and-support-base',
        'team',
        'procurement-route',
      ],
    });
  });

  it('reports malformed assessments: not an object, no scores, wrong remarks and summary, extra keys', () => {
    const cases: [unknown, [string, (string | number)[]][]][] = [
      [null, [['invalid_type', []]]],
      [[], [['invalid_type', []]]],
      [{}, [['required', ['scores']]]],
      [{ scores: [] }, [['invalid_type', ['scores']]]],
      [{ scores: uniformScores(5), remarks: 'x' }, [['invalid_type', ['remarks']]]],
      [
        { scores: uniformScores(5), remarks: { need: 1, nope: 'x' } },
        [
          ['invalid_type', ['remarks', 'need']],
          ['unknown_criterion', ['remarks', 'nope']],
        ],
      ],
      [
        { scores: uniformScores(5), summary: 3, score: 1 },
        [
          ['invalid_type', ['summary']],
          ['unknown_key', ['score']],
        ],
      ],
    ];
    for (const [assessment, expected] of cases)
      expect(
        issuesOf(assessment).map((i) => [i.code, i.path]),
        JSON.stringify(assessment),
      ).toEqual(expected);
  });

  it('names an unknown remark with every id that takes one', () => {
    const [unknown] = issuesOf({ scores: uniformScores(5), remarks: { innovation: 'x' } });
    expect(unknown?.params).toEqual({
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
    });
  });

  it('accepts a remark and a summary of 10,000 characters and refuses 10,001', () => {
    const text = (n: number) => 'r'.repeat(n);
    expect(
      issuesOf({
        scores: uniformScores(5),
        remarks: { need: text(10_000) },
        summary: text(10_000),
      }),
    ).toEqual([]);
    expect(
      issuesOf({
        scores: uniformScores(5),
        remarks: { need: text(10_001) },
        summary: text(10_001),
      }).map((i) => [i.code, i.path, i.params]),
    ).toEqual([
      ['too_long', ['remarks', 'need'], { maximum: 10_000, unit: 'characters' }],
      ['too_long', ['summary'], { maximum: 10_000, unit: 'characters' }],
    ]);
  });

  it('reports keys that could reach a prototype, and never reads them', () => {
    const scores = JSON.parse(
      `{"__proto__": {"need": 1}, ${Object.entries(uniformScores(5))
        .map(([k, v]) => `"${k}": ${String(v)}`)
        .join(', ')}}`,
    );
    expect(issuesOf({ scores }).map((i) => [i.code, i.path])).toEqual([
      ['unknown_key', ['scores', '__proto__']],
    ]);
    expect(({} as Record<string, unknown>)['need']).toBeUndefined();
  });

  it('renders the issues in the requested locale', () => {
    expect(issuesOf({ scores: {} }, { locale: 'en' })[0]?.message).toBe(
      'No score for What the market offers and why it falls short.',
    );
    expect(issuesOf({ scores: {} })[0]?.message).toBe(
      'Geen score voor Marktaanbod en waarom het tekortschiet.',
    );
  });

  it('refuses a proposal that is not one, at paths under application', () => {
    const assessment = { scores: uniformScores(5) };
    const at = (app: unknown) => issuesOf(assessment, {}, app).map((i) => [i.code, i.path]);
    expect(at({ ...application, project: 'x' })).toEqual([
      ['invalid_type', ['application', 'project']],
    ]);
    expect(at({ ...application, project: { ...application.project, title: 5 } })).toEqual([
      ['invalid_type', ['application', 'project', 'title']],
    ]);
    expect(at({ ...application, callId: 2024 })).toEqual([
      ['invalid_type', ['application', 'callId']],
    ]);
    expect(at({ ...application, submittedAt: new Date(Number.NaN) })).toEqual([
      ['invalid_type', ['application', 'submittedAt']],
    ]);
    expect(at(null)).toEqual([['invalid_type', ['application']]]);
    const cyclic: Record<string, unknown> = { ...application };
    cyclic['self'] = cyclic;
    expect(at(cyclic)).toEqual([['invalid_input', ['application', 'self']]]);
  });

  it('reports bad options at their paths', () => {
    const at = (options: unknown) =>
      issuesOf(perfect, options as AssessApplicationOptions).map((i) => [i.code, i.path]);
    expect(at({ at: 'tomorrow' })).toEqual([['invalid_time', ['at']]]);
    expect(at({ at: '2024-10-01' })).toEqual([['ambiguous_time', ['at']]]);
    expect(at({ calendar: 'built-in' })).toEqual([['invalid_type', ['calendar']]]);
    expect(at({ parameters: {} })).toEqual([['invalid_type', ['parameters']]]);
    expect(at({ eligibleOrganisationTypes: 'province' })).toEqual([
      ['invalid_type', ['eligibleOrganisationTypes']],
    ]);
    expect(at({ eligibleOrganisationTypes: ['province', 'town'] })).toEqual([
      ['invalid_value', ['eligibleOrganisationTypes', 1]],
    ]);
    expect(at({ eligibleOrganisationTypes: new Array(2 ** 32 - 1) })).toEqual([
      ['input_too_large', ['eligibleOrganisationTypes']],
    ]);
    expect(at({ locale: 'fr' })).toEqual([['unsupported_locale', ['locale']]]);
    expect(at('en')).toEqual([['invalid_type', ['options']]]);
    expect(at({ at: 'tomorrow', calendar: 5, parameters: 5 }).map(([code]) => code)).toEqual([
      'invalid_time',
      'invalid_type',
      'invalid_type',
    ]);
  });

  it('still checks the scores of a proposal with a submission time when at is wrong', () => {
    expect(issuesOf({ scores: {} }, { at: 'tomorrow' }).map((i) => i.code)).toEqual([
      'invalid_time',
      'missing_score',
      'missing_score',
      'missing_score',
      'missing_score',
      'missing_score',
      'missing_score',
    ]);
    expect(issuesOf({ scores: {} }, { at: 'tomorrow' }, draft).map((i) => i.code)).toEqual([
      'invalid_time',
    ]);
  });

  it('bounds the assessment: too deep, too wide or cyclic is refused at once', () => {
    let deep: unknown = 5;
    for (let i = 0; i < 20_000; i += 1) deep = { deep };
    expect(issuesOf({ scores: { ...uniformScores(5), need: deep } }).map((i) => i.code)).toEqual([
      'input_too_large',
    ]);
    const wide = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${String(i)}`, 1]));
    expect(issuesOf({ scores: wide }).map((i) => i.code)).toEqual(['input_too_large']);
    const cyclic: Record<string, unknown> = { scores: uniformScores(5) };
    cyclic['remarks'] = cyclic;
    expect(issuesOf(cyclic).map((i) => [i.code, i.path])).toEqual([['invalid_input', ['remarks']]]);
  });

  it('lets an error that is not one of the library’s own through', async () => {
    const { hostileRegistry } = await import('../helpers/hostileRegistry.js');
    expect(() =>
      safeAssessApplication(application, perfect, { parameters: hostileRegistry() }),
    ).toThrow(RangeError);
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
    const result = assess(application, { scores }, { parameters });
    expect(result.criteria.map((c) => [c.criterionId, c.score, c.threshold, c.passed])).toEqual([
      ['fit-with-pio', '9', '7', true],
      ['relevance-and-impact', '5', null, true],
      ['quality-of-approach', '7', null, true],
    ]);
    expect(result.total).toBe('7.8');
    expect(result.reasons.map((r) => r.code)).toEqual(['total_below_threshold']);
    expect(result.scheme.status).toBe('published');
    expect(result.scheme.source.url).toBe('https://example.org/scheme');
  });

  it('turns a decision around: admitted under the built-in scheme, not under the strict one, and back', () => {
    expect(assess(application, { scores: uniformScores(7) }).decision).toBe('admitted');
    const strictScores = {
      'market-gap': 7,
      need: 7,
      'end-users-and-support-base': 7,
      'quality-of-approach': 7,
    };
    expect(
      assess(application, { scores: strictScores }, { parameters }).reasons.map((r) => r.code),
    ).toEqual(['total_below_threshold']);
    const lenient = registryWithScheme({ ...strict, totalThreshold: '6' });
    expect(assess(application, { scores: strictScores }, { parameters: lenient }).decision).toBe(
      'admitted',
    );
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
    const result = assess(
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

  it('admits on any scores when the scheme has no thresholds', () => {
    const none = registryWithScheme({
      scale: { min: 0, max: 10 },
      criteria: [
        { id: 'fit-with-pio', weight: '0.3' },
        { id: 'relevance-and-impact', weight: '0.4' },
        { id: 'quality-of-approach', weight: '0.3' },
      ],
    });
    const result = assess(
      application,
      { scores: { 'fit-with-pio': 0, 'relevance-and-impact': 0, 'quality-of-approach': 0 } },
      { parameters: none },
    );
    expect([result.decision, result.totalThreshold, result.totalPassed]).toEqual([
      'admitted',
      null,
      true,
    ]);
  });

  it('asks the old scores back as unknown and the new ones as missing', () => {
    const issues = issuesOf(perfect, { parameters });
    expect(issues.map((i) => [i.code, i.path[1]])).toEqual([
      ['missing_score', 'quality-of-approach'],
      ['unknown_criterion', 'rd-needed'],
      ['unknown_criterion', 'team'],
      ['unknown_criterion', 'procurement-route'],
    ]);
  });

  it('uses the version in force at the proposal’s submission', () => {
    const old = { ...application, submittedAt: new Date('2016-06-01T12:00:00+02:00') };
    expect(issuesOf({ scores }, { parameters }, old).map((i) => i.code)).toEqual([
      'no_parameter_value',
    ]);
    expect(issuesOf({ scores }, { parameters, at: '2016-06-01T12:00:00+02:00' }, draft)).toEqual(
      issuesOf({ scores }, { parameters }, old),
    );
  });
});
