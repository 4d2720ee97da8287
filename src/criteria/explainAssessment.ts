import { optionsOf } from '../input/options.js';
import type { IssuePath } from '../issues/issue.js';
import type { LocaleTag } from '../locales/Locale.js';
import { formatterOf, issueMessage, localeTables, renderedOrThrown } from '../locales/render.js';
import { explained } from './explained.js';
import type { AssessmentResult } from './types.js';

/** Options of {@link explainAssessment}. */
export interface ExplainAssessmentOptions {
  /** The language of the text (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/**
 * Renders an assessment as the motivation an applicant receives: the decision, every reason for
 * a no (each exclusion with the rule's message, each criterion and the total below its
 * threshold), the scores per criterion and sub-criterion with the assessors' remarks, the
 * summary, and the next step (guidance and a commitment in principle to cofinancing; or
 * feedback, with the option to submit again in a later call). When the scoring scheme is the
 * built-in assumption, the text says so. Every message is rendered in `locale`, whatever the
 * locale of the assessment; numbers are written the language's way (`7,5` in Dutch). It
 * reads an assessment result (also one that went through JSON) as it is, without checking its
 * shape first; a value too large or too deep is refused at once, and a part that is not what the
 * text needs at its path.
 *
 * @param result - An assessment result (`data` of {@link assessApplication}).
 * @param options - `locale`.
 * @returns The lines of the motivation; empty strings separate its parts, so
 *   `lines.join('\n')` is the letter.
 * @throws {@link PioRulesError} `unsupported_locale`; `invalid_type` when `result` or `options`
 *   is not an object; `input_too_large`, `invalid_input`, `invalid_type` or `invalid_value` for
 *   a value that is no assessment result (at the path of the part).
 * @example
 * ```ts
 * const stored = {
 *   decision: 'admitted',
 *   callId: '2024-2',
 *   title: 'Slimme riolen',
 *   exclusions: [],
 *   criteria: [],
 *   total: '7.5',
 *   totalThreshold: '6',
 *   totalPassed: true,
 *   scale: { min: '0', max: '10' },
 *   reasons: [],
 *   summary: null,
 *   nextStep: 'guidance',
 *   scheme: { parameterId: 'criteria.scoringScheme', validFrom: '2025-01-01', status: 'published', source: { title: 'VLAIO', url: 'https://www.vlaio.be' } },
 * } as const;
 * explainAssessment(stored).slice(0, 2);
 * //=> ['Advies over de ontvankelijkheid van het projectvoorstel "Slimme riolen" (oproep 2024-2)', 'Beslissing: ontvankelijk.']
 * explainAssessment(stored, { locale: 'en' })[4];
 * //=> 'Weighted total: 7.5, threshold 6 — passed'
 * ```
 */
export function explainAssessment(
  result: AssessmentResult,
  options: ExplainAssessmentOptions = {},
): string[] {
  return renderedOrThrown(options?.locale, (locale) => {
    optionsOf(options);
    const t = localeTables[locale].criteria;
    const f = formatterOf(locale);
    return explained(result, (r, read) => {
      const number = (value: unknown, path: IssuePath): string => f.number(read.text(value, path));
      const optionalNumber = (value: unknown, path: IssuePath): string | null =>
        value === null ? null : number(value, path);
      const label = (value: unknown, path: IssuePath): string =>
        read.text(read.object(value, path)[locale], [...path, locale]);
      const reasonLine = (value: unknown, path: IssuePath): string => {
        const reason = read.object(value, path);
        const params = read.object(reason['params'], [...path, 'params']);
        const criterion = (): string =>
          f.criterion(read.text(reason['criterionId'], [...path, 'criterionId']));
        if (reason['kind'] === 'exclusion') {
          const code = read.text(reason['code'], [...path, 'code']);
          read.entry(localeTables[locale].issues, code, [...path, 'code']);
          return t.reasons.excluded(criterion(), issueMessage({ code, params }, { locale }));
        }
        if (reason['kind'] === 'total')
          return t.reasons.totalBelowThreshold(
            number(params['total'], [...path, 'params', 'total']),
            number(params['threshold'], [...path, 'params', 'threshold']),
          );
        return t.reasons.criterionBelowThreshold(
          criterion(),
          number(params['score'], [...path, 'params', 'score']),
          number(params['threshold'], [...path, 'params', 'threshold']),
        );
      };
      const lines = [
        t.explain.title(read.text(r['title'], ['title']), read.text(r['callId'], ['callId'])),
        t.explain.decisionLine(read.entry(t.decision, r['decision'], ['decision'])),
      ];
      const reasons = read.list(r['reasons'], ['reasons']);
      if (reasons.length > 0)
        lines.push(
          '',
          t.explain.reasonsHeading,
          ...reasons.map((reason, i) => `- ${reasonLine(reason, ['reasons', i])}`),
        );
      const scale = read.object(r['scale'], ['scale']);
      lines.push(
        '',
        t.explain.scoresHeading(
          number(scale['min'], ['scale', 'min']),
          number(scale['max'], ['scale', 'max']),
        ),
      );
      read.list(r['criteria'], ['criteria']).forEach((value, i) => {
        const path = ['criteria', i];
        const c = read.object(value, path);
        lines.push(
          `- ${t.explain.criterionLine(
            label(c['label'], [...path, 'label']),
            f.percent(read.text(c['weight'], [...path, 'weight'])),
            number(c['score'], [...path, 'score']),
            optionalNumber(c['threshold'], [...path, 'threshold']),
            c['passed'] === true,
          )}`,
        );
        const remark = read.optionalText(c['remark'], [...path, 'remark']);
        if (remark !== null) lines.push(`  ${t.explain.remark(remark)}`);
        read.list(c['subCriteria'], [...path, 'subCriteria']).forEach((subValue, j) => {
          const subPath = [...path, 'subCriteria', j];
          const sub = read.object(subValue, subPath);
          lines.push(
            `  - ${t.explain.subCriterionLine(
              label(sub['label'], [...subPath, 'label']),
              f.percent(read.text(sub['weight'], [...subPath, 'weight'])),
              number(sub['score'], [...subPath, 'score']),
            )}`,
          );
          const subRemark = read.optionalText(sub['remark'], [...subPath, 'remark']);
          if (subRemark !== null) lines.push(`    ${t.explain.remark(subRemark)}`);
        });
      });
      lines.push(
        t.explain.totalLine(
          number(r['total'], ['total']),
          optionalNumber(r['totalThreshold'], ['totalThreshold']),
          r['totalPassed'] === true,
        ),
      );
      const summary = read.optionalText(r['summary'], ['summary']);
      if (summary !== null) lines.push('', t.explain.summary(summary));
      lines.push(
        '',
        `${t.explain.nextStepHeading} ${read.entry(t.nextStep, r['nextStep'], ['nextStep'])}`,
      );
      if (read.object(r['scheme'], ['scheme'])['status'] === 'assumed')
        lines.push('', t.explain.assumedScheme);
      return lines;
    });
  });
}
