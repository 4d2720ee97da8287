import { pickText } from '../i18n/Locale.js';
import { localizeIssue } from '../issues/createIssue.js';
import type { ExplainOptions } from './explainQuickScan.js';
import { formatNumber, formatWeight, textsFor } from './internal.js';
import { assessmentResultShape, checkShape } from './resultShapes.js';
import type { AssessmentReason, AssessmentResult } from './types.js';

/**
 * Renders an assessment as the motivation an applicant receives: the decision, every reason for
 * a no (each exclusion with the rule's message, each criterion and the total below their
 * threshold), the scores per criterion and sub-criterion with the assessors' remarks, and the
 * next step (guidance and a commitment in principle to cofinancing; or feedback, with the
 * option to submit again in a later call). When the scoring scheme is the built-in assumption,
 * the text says so.
 *
 * @param result - The result of {@link assessApplication}.
 * @param options - `locale`: `'nl-BE'` (default) or `'en'`.
 * @returns The motivation text, one line per part.
 * @throws {@link PioRulesError} `invalid_type` for a value that is not an assessment result.
 * @example
 * ```ts
 * explainAssessment(assessApplication(application, perfectScores)).split('\n')[1];
 * //=> 'Beslissing: ontvankelijk.'
 * ```
 */
export function explainAssessment(result: AssessmentResult, options: ExplainOptions = {}): string {
  const locale = options?.locale === 'en' ? 'en' : 'nl-BE';
  checkShape(assessmentResultShape, result);
  const t = textsFor(locale);
  const n = (value: string) => formatNumber(value, locale);
  const shown = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : '?';
  const reasonLine = (r: AssessmentReason): string => {
    if (r.criterionId === null)
      return t.reasons.totalBelowThreshold(n(result.total), n(result.totalThreshold ?? ''));
    const name = t.criteria[r.criterionId].label;
    if (r.kind === 'exclusion') return t.reasons.excluded(name, localizeIssue(r, locale).message);
    return t.reasons.criterionBelowThreshold(
      name,
      n(shown(r.params['score'])),
      n(shown(r.params['threshold'])),
    );
  };
  const lines = [
    t.explain.title(result.title, result.callId),
    t.explain.decisionLine(t.decision[result.decision]),
  ];
  if (result.reasons.length > 0)
    lines.push('', t.explain.reasonsHeading, ...result.reasons.map((r) => `- ${reasonLine(r)}`));
  lines.push('', t.explain.scoresHeading(n(result.scale.min), n(result.scale.max)));
  for (const c of result.criteria) {
    lines.push(
      `- ${t.explain.criterionLine(pickText(c.label, locale), formatWeight(c.weight, locale), n(c.score), c.threshold === null ? null : n(c.threshold), c.passed)}`,
    );
    if (c.remark !== null) lines.push(`  ${t.explain.remark(c.remark)}`);
    for (const s of c.subCriteria) {
      lines.push(
        `  - ${t.explain.subCriterionLine(pickText(s.label, locale), formatWeight(s.weight, locale), n(s.score))}`,
      );
      if (s.remark !== null) lines.push(`    ${t.explain.remark(s.remark)}`);
    }
  }
  lines.push(
    t.explain.totalLine(
      n(result.total),
      result.totalThreshold === null ? null : n(result.totalThreshold),
      result.totalPassed,
    ),
  );
  if (result.summary !== null) lines.push('', t.explain.summary(result.summary));
  lines.push('', `${t.explain.nextStepHeading} ${t.nextStep[result.nextStep]}`);
  if (result.scheme.status === 'assumed') lines.push('', t.explain.assumedScheme);
  return lines.join('\n');
}
