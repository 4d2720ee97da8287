import { describe, expect, it } from 'vitest';
import {
  safeAssessApplication,
  safeCreateScoringScheme,
  type Assessment,
} from '../../src/criteria/index.js';
import { issueCodesByGroup, type PioIssue } from '../../src/issues/index.js';
import { issueMessage } from '../../src/locales/index.js';
import { exampleApplication, mainCriteria, uniformScores } from './fixtures.js';

const application = exampleApplication();

function problems(assessment: unknown, locale = 'nl'): readonly PioIssue[] {
  const outcome = safeAssessApplication(application, assessment as Assessment, {
    locale,
  });
  return outcome.success ? [] : outcome.issues;
}

const brief = (issues: readonly PioIssue[]) =>
  issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));

describe('the issues of a malformed score', () => {
  const withNeed = (need: unknown) => ({ scores: { ...uniformScores(5), need } });

  it('name the written form asked for when the score is text', () => {
    for (const need of ['abc', '7,5', '1e3', ' 7', ''])
      expect(brief(problems(withNeed(need)))).toEqual([
        { code: 'invalid_format', path: ['scores', 'need'], params: { format: 'decimal' } },
      ]);
    expect(problems(withNeed('abc'))[0]?.message).toContain('"7.5"');
  });

  it('name the kind of value received otherwise', () => {
    for (const [need, received] of [
      [true, 'boolean'],
      [['5'], 'array'],
      [null, 'null'],
      [{ value: 5 }, 'object'],
    ] as const)
      expect(brief(problems(withNeed(need)))).toEqual([
        { code: 'invalid_type', path: ['scores', 'need'], params: { expected: 'text', received } },
      ]);
  });

  it('count an undefined score as missing', () => {
    expect(brief(problems(withNeed(undefined)))).toEqual([
      { code: 'missing_score', path: ['scores', 'need'], params: { criterionId: 'need' } },
    ]);
  });
});

describe('the messages of the criteria codes', () => {
  const samples = {
    weights_do_not_sum: { sum: '0.9', expected: '1' },
    scale_reversed: { min: '10', max: '0' },
    threshold_outside_scale: { threshold: '12', min: '0', max: '10' },
    unknown_criterion: { criterionId: 'innovation', expected: ['fit-with-pio'] },
    missing_criterion: { criterionId: 'quality-of-approach' },
    missing_score: { criterionId: 'team' },
    score_out_of_range: { criterionId: 'team', score: '10.5', min: '0', max: '10' },
    criterion_below_threshold: { criterionId: 'fit-with-pio', score: '4.5', threshold: '5' },
    total_below_threshold: { total: '5.5', threshold: '6' },
  } as const;

  it('cover every code of the criteria group', () => {
    expect(Object.keys(samples)).toEqual([...issueCodesByGroup.criteria]);
  });

  it('are whole sentences in both languages, with numbers written the language’s way', () => {
    for (const [code, params] of Object.entries(samples))
      for (const locale of ['nl', 'en']) {
        const message = issueMessage({ code, params }, { locale });
        expect(message, `${code} ${locale}`).toMatch(/^[A-Z].*\.$/);
        expect(message).not.toMatch(/undefined|NaN|\[object|\?/);
      }
    expect(
      issueMessage({ code: 'total_below_threshold', params: samples.total_below_threshold }),
    ).toBe('De gewogen totaalscore 5,5 ligt onder de drempel 6.');
    expect(
      issueMessage(
        { code: 'total_below_threshold', params: samples.total_below_threshold },
        { locale: 'en' },
      ),
    ).toBe('The weighted total 5.5 is below the threshold 6.');
  });

  it('quote an unknown criterion, and name a known one by its label', () => {
    expect(issueMessage({ code: 'missing_score', params: { criterionId: 'x' } })).toBe(
      'Geen score voor "x".',
    );
    expect(
      issueMessage({ code: 'missing_score', params: { criterionId: 'team' } }, { locale: 'en' }),
    ).toBe('No score for The team.');
  });

  it('say the same in the scheme check as issueMessage says later', () => {
    const result = safeCreateScoringScheme({
      scale: { min: 0, max: 10 },
      criteria: mainCriteria(['0.3', '0.3', '0.3']),
    });
    const [found] = result.success ? [] : result.issues;
    expect(found && issueMessage(found)).toBe(found?.message);
  });
});
