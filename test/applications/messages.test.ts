import { describe, expect, it } from 'vitest';
import { applicationRules } from '../../src/applications/index.js';
import {
  issueCodes,
  issueCodesByGroup,
  type IssueCode,
  type IssueParams,
  type PioIssue,
} from '../../src/issues/index.js';
import { issueMessage } from '../../src/locales/index.js';
import { formatterOf, localeTables } from '../../src/locales/render.js';
import type { Formatter } from '../../src/locales/Formatter.js';
import { exampleFiles, loadExample, reported, structuralCodes, validate } from './fixtures.js';

const languages = ['nl', 'en'] as const;

/** The param names a message reads, found by rendering it with a recording proxy. */
function paramsRead(issue: PioIssue, locale: (typeof languages)[number]): string[] {
  const read = new Set<string>();
  const recorder = new Proxy(issue.params, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key) as unknown;
    },
  });
  const render = localeTables[locale].issues[issue.code] as (
    params: IssueParams[IssueCode],
    f: Formatter,
  ) => string;
  render(recorder, formatterOf(locale));
  return [...read];
}

/** Every code a validation of a proposal can report. */
const reportable: IssueCode[] = [
  ...new Set<IssueCode>([
    ...structuralCodes,
    ...applicationRules.flatMap((r) => r.codes),
    ...issueCodesByGroup.applications,
    'amount_out_of_range',
    'requested_above_maximum',
    'no_parameter_value',
    'unsupported_locale',
    'invalid_time',
    'ambiguous_time',
  ]),
];

describe('messages of the applications module', () => {
  it.each(reportable)('%s has a Dutch and an English message', (code) => {
    expect(issueCodes).toContain(code);
    const nl = issueMessage({ code }, { locale: 'nl-BE' });
    const en = issueMessage({ code }, { locale: 'en' });
    expect(nl.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(nl).not.toBe(en);
    expect(`${nl} ${en}`).not.toContain('undefined');
  });

  it('gives every message of every example all the values it shows, in both languages', () => {
    let checked = 0;
    for (const file of exampleFiles) {
      for (const locale of languages) {
        for (const issue of reported(validate(loadExample(file), { locale }))) {
          for (const key of paramsRead(issue, locale))
            if (key !== 'typed' && key !== 'enum')
              expect(issue.params, `${issue.code}.${key}`).toHaveProperty(key);
          expect(issue.message).toBe(issueMessage(issue, { locale }));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('renders a stored issue again, in the other language', () => {
    const [issue] = reported(validate(loadExample('invalid-late-submission.json')));
    expect(issue?.code).toBe('submitted_after_deadline');
    const stored = JSON.parse(JSON.stringify(issue)) as PioIssue;
    expect(issueMessage(stored, { locale: 'nl' })).toBe(issue?.message);
    expect(issueMessage(stored, { locale: 'en' })).toMatch(/^Submitted on /);
  });

  it('shows the values in the text', () => {
    const result = validate(loadExample('invalid-partners.json'));
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      'Ongeldig ondernemingsnummer 0207.999.968 (KBO: 10 cijfers met geldige controlecijfers, bv. 0123.456.749).',
      // The parsed proposal holds every enterprise number in its dotted form.
      'Partner 0207.177.746 is de aanvrager zelf.',
      'Partner 0207.432.124 staat meer dan eens vermeld.',
    ]);
    const english = validate(loadExample('invalid-partners.json'), { locale: 'en' });
    expect(english.success ? [] : english.issues.map((i) => i.message)).toEqual([
      'Invalid enterprise number 0207.999.968 (KBO: 10 digits with valid check digits, e.g. 0123.456.749).',
      'Partner 0207.177.746 is the applicant itself.',
      'Partner 0207.432.124 is listed more than once.',
    ]);
  });

  it('formats the amounts of the cofinancing limits for the language', () => {
    const result = validate(loadExample('invalid-cofinancing.json'), { locale: 'nl-BE' });
    const byCode = new Map(reported(result).map((i) => [i.code, i.message]));
    expect(byCode.get('cofinancing_above_max_rate')).toBe(
      'De gevraagde cofinanciering van € 1.350.000,00 ligt boven 50% van de subsidiabele basis van € 1.800.000,00 (maximum € 900.000,00).',
    );
    expect(byCode.get('cofinancing_above_indicative_cap')).toBe(
      'De gevraagde cofinanciering van € 1.350.000,00 ligt boven het richtbedrag van circa € 1.000.000,00; het beslissingscomité bij het Fonds voor Innoveren en Ondernemen kan anders beslissen.',
    );
    const english = validate(loadExample('invalid-cofinancing.json'), { locale: 'en-GB' });
    const en = new Map(reported(english).map((i) => [i.code, i.message]));
    expect(en.get('cofinancing_above_max_rate')).toBe(
      'The requested cofinancing of €1,350,000.00 is above 50% of the eligible base of €1,800,000.00 (maximum €900,000.00).',
    );
  });
});
