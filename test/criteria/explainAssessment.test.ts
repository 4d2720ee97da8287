import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/applications/index.js';
import {
  assessApplication,
  explainAssessment,
  type AssessApplicationOptions,
  type Assessment,
  type AssessmentResult,
} from '../../src/criteria/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { exampleApplication, registryWithScheme, uniformScores } from './fixtures.js';

const application = exampleApplication();
const late: Application = { ...application, submittedAt: new Date('2024-10-11T09:00:00+02:00') };
const failing: Assessment = {
  scores: {
    ...uniformScores(10),
    need: 4,
    'end-users-and-support-base': 5,
    team: '6',
    'procurement-route': 3,
  },
  remarks: { need: 'De behoefte is niet onderbouwd.' },
  summary: 'Werk de behoefteanalyse uit.',
};
const assess = (app: Application, assessment: Assessment, options?: AssessApplicationOptions) =>
  assessApplication(app, assessment, options).data;

const refusal = () =>
  assess(application, {
    scores: uniformScores(4),
    remarks: { need: 'goed', 'fit-with-pio': 'ok' },
    summary: 'Samen',
  });

const noThresholds = registryWithScheme(
  {
    scale: { min: 0, max: 10 },
    criteria: [
      { id: 'fit-with-pio', weight: '0.3' },
      { id: 'relevance-and-impact', weight: '0.4' },
      { id: 'quality-of-approach', weight: '0.3' },
    ],
  },
  'published',
);

describe('explainAssessment', () => {
  it('motivates a no in Dutch with every reason, the scores and the next step', () => {
    const lines = explainAssessment(assess(late, failing));
    expect(lines[0]).toBe(
      `Advies over de ontvankelijkheid van het projectvoorstel "${application.project.title}" (oproep 2024-2)`,
    );
    expect(lines[1]).toBe('Beslissing: niet ontvankelijk.');
    expect(lines).toContain('Redenen:');
    expect(lines).toContain(
      '- Uitsluitingscriterium "Laattijdig ingediend": Ingediend op vrijdag 11 oktober 2024 om 09.00 uur, na de uiterste datum van oproep 2024-2 (donderdag 10 oktober 2024 om 24.00 uur).',
    );
    expect(lines).toContain(
      '- Het criterium "Relevantie en potentiële impact" scoort 4,5, onder de drempel 5.',
    );
    expect(lines).toContain(
      '- Het criterium "Kwaliteit van de aanpak" scoort 4,5, onder de drempel 5.',
    );
    expect(lines).toContain(
      '- Relevantie en potentiële impact (gewicht 40%): 4,5, drempel 5 — onvoldoende',
    );
    expect(lines).toContain('  - Behoefte (gewicht 50%): 4');
    expect(lines).toContain('    Opmerking: De behoefte is niet onderbouwd.');
    expect(lines).toContain('Gewogen totaalscore: 6,15, drempel 6 — voldoende');
    expect(lines).toContain('Opmerkingen van de beoordelaars: Werk de behoefteanalyse uit.');
    expect(lines).toContain(
      'Volgende stap: Uw projectvoorstel wordt niet opgenomen in de PIO-portfolio. Met deze feedback kunt u een herwerkt voorstel indienen bij een volgende oproep.',
    );
    expect(lines.at(-1)).toContain('dit is een aanname van @vlaio/pio-rules');
  });

  it('motivates the same no in English', () => {
    const lines = explainAssessment(assess(late, failing, { locale: 'en' }), { locale: 'en-GB' });
    expect(lines[1]).toBe('Decision: not admitted.');
    expect(lines).toContain(
      '- Exclusion criterion "Submitted late": Submitted on Friday 11 October 2024 at 09:00, after the deadline of call 2024-2 (Thursday 10 October 2024 at 24:00).',
    );
    expect(lines).toContain(
      '- The criterion "Relevance and potential impact" scores 4.5, below the threshold 5.',
    );
    expect(lines).toContain(
      '- The criterion "Quality of the approach" scores 4.5, below the threshold 5.',
    );
    expect(lines).toContain('Weighted total: 6.15, threshold 6 — passed');
    expect(lines).toContain(
      'Next step: Your proposal does not join the PIO portfolio. With this feedback you may submit a revised proposal in a later call.',
    );
    expect(lines.at(-1)).toContain('they are an assumption of @vlaio/pio-rules');
  });

  it('renders the reasons of a Dutch result in English too', () => {
    const result = assess(
      { ...application, applicant: { ...application.applicant, subjectToProcurementLaw: false } },
      failing,
    );
    expect(explainAssessment(result, { locale: 'en' })).toContain(
      '- Exclusion criterion "Applicant not eligible": The applicant must be structurally subject to the public procurement law.',
    );
  });

  it('writes every reason, score, remark and the summary of a refusal in English', () => {
    expect(explainAssessment(refusal(), { locale: 'en' })).toEqual([
      'Advice on the admission of the proposal "Slimme detectie van wateroverlast in de binnenstad" (call 2024-2)',
      'Decision: not admitted.',
      '',
      'Reasons:',
      '- The criterion "Fit with the aims of PIO" scores 4, below the threshold 5.',
      '- The criterion "Relevance and potential impact" scores 4, below the threshold 5.',
      '- The criterion "Quality of the approach" scores 4, below the threshold 5.',
      '- The weighted total 4 is below the threshold 6.',
      '',
      'Scores (scale 0 to 10):',
      '- Fit with the aims of PIO (weight 30%): 4, threshold 5 — not passed',
      '  Remark: ok',
      '  - What the market offers and why it falls short (weight 50%): 4',
      '  - Research and development still needed (weight 50%): 4',
      '- Relevance and potential impact (weight 40%): 4, threshold 5 — not passed',
      '  - The need (weight 50%): 4',
      '    Remark: goed',
      '  - End users and support base (weight 50%): 4',
      '- Quality of the approach (weight 30%): 4, threshold 5 — not passed',
      '  - The team (weight 50%): 4',
      '  - The procurement route (weight 50%): 4',
      'Weighted total: 4, threshold 6 — not passed',
      '',
      'Remarks of the assessors: Samen',
      '',
      'Next step: Your proposal does not join the PIO portfolio. With this feedback you may submit a revised proposal in a later call.',
      '',
      'Note: the scale, weights, thresholds and sub-criteria of this scoring scheme are not published; they are an assumption of @vlaio/pio-rules.',
    ]);
  });

  it('writes the scores of a refusal in Dutch by default', () => {
    const lines = explainAssessment(refusal());
    expect(explainAssessment(refusal(), { locale: 'nl-BE' })).toEqual(lines);
    expect(lines.slice(9, 12)).toEqual([
      'Scores (schaal 0 tot 10):',
      '- Aansluiting bij de doelstellingen van PIO (gewicht 30%): 4, drempel 5 — onvoldoende',
      '  Opmerking: ok',
    ]);
    expect(lines[21]).toBe('Gewogen totaalscore: 4, drempel 6 — onvoldoende');
    expect(lines[7]).toBe('- De gewogen totaalscore 4 ligt onder de drempel 6.');
  });

  it('motivates a yes with guidance and the commitment in principle to cofinancing', () => {
    const lines = explainAssessment(assess(application, { scores: uniformScores('7.5') }));
    expect(lines[1]).toBe('Beslissing: ontvankelijk.');
    expect(lines).not.toContain('Redenen:');
    expect(lines).toContain('Gewogen totaalscore: 7,5, drempel 6 — voldoende');
    expect(lines.join('\n')).toContain('principieel engagement tot cofinanciering');
  });

  it('leaves out thresholds, remarks, the summary and the assumption note when there are none', () => {
    const result = assess(
      application,
      { scores: { 'fit-with-pio': 7, 'relevance-and-impact': '7.5', 'quality-of-approach': 8 } },
      { parameters: noThresholds },
    );
    expect(result.decision).toBe('admitted');
    expect(explainAssessment(result, { locale: 'en' })).toEqual([
      'Advice on the admission of the proposal "Slimme detectie van wateroverlast in de binnenstad" (call 2024-2)',
      'Decision: admitted.',
      '',
      'Scores (scale 0 to 10):',
      '- Fit with the aims of PIO (weight 30%): 7 — passed',
      '- Relevance and potential impact (weight 40%): 7.5 — passed',
      '- Quality of the approach (weight 30%): 8 — passed',
      'Weighted total: 7.5 — passed',
      '',
      'Next step: Your proposal joins the PIO portfolio: the PIO team guides the procurement and there is a commitment in principle to cofinancing. The amount of the cofinancing is fixed later, on the basis of the procurement document.',
    ]);
    expect(explainAssessment(result).slice(4, 8)).toEqual([
      '- Aansluiting bij de doelstellingen van PIO (gewicht 30%): 7 — voldoende',
      '- Relevantie en potentiële impact (gewicht 40%): 7,5 — voldoende',
      '- Kwaliteit van de aanpak (gewicht 30%): 8 — voldoende',
      'Gewogen totaalscore: 7,5 — voldoende',
    ]);
  });

  it('writes a weight that is not a whole percentage with its decimals', () => {
    const parameters = registryWithScheme({
      scale: { min: 0, max: 10 },
      criteria: [
        { id: 'fit-with-pio', weight: '0.125' },
        { id: 'relevance-and-impact', weight: '0.5' },
        { id: 'quality-of-approach', weight: '0.375' },
      ],
    });
    const lines = explainAssessment(
      assess(
        application,
        { scores: { 'fit-with-pio': 1, 'relevance-and-impact': 2, 'quality-of-approach': 3 } },
        { parameters },
      ),
    );
    expect(lines[4]).toBe(
      '- Aansluiting bij de doelstellingen van PIO (gewicht 12,5%): 1 — voldoende',
    );
  });

  it('explains a result that went through JSON exactly as the result itself', () => {
    const result = assess(late, failing);
    const stored = JSON.parse(JSON.stringify(result)) as AssessmentResult;
    expect(explainAssessment(stored, { locale: 'en' })).toEqual(
      explainAssessment(result, { locale: 'en' }),
    );
  });

  it('never writes undefined, NaN or an object into the text', () => {
    for (const result of [assess(late, failing), refusal(), assess(application, failing)])
      for (const locale of ['nl', 'en'])
        for (const line of explainAssessment(result, { locale }))
          expect(line).not.toMatch(/undefined|NaN|\[object/);
  });

  it('refuses an unsupported locale, a result that is not an object and options that are not one', () => {
    expectCode(() => explainAssessment(refusal(), { locale: 'fr' }), 'unsupported_locale');
    expectCode(() => explainAssessment(null as never), 'invalid_type');
    expectCode(() => explainAssessment('result' as never, { locale: 'en' }), 'invalid_type');
    expectCode(() => explainAssessment(refusal(), 5 as never), 'invalid_type');
  });

  it('refuses at once a value that is too large, too deep, sparse or cyclic, and one it cannot read', () => {
    const result = refusal();
    let deep: unknown = 'x';
    for (let i = 0; i < 20_000; i += 1) deep = { deep };
    const cyclic: Record<string, unknown> = { ...result };
    cyclic['self'] = cyclic;
    expectCode(() => explainAssessment({ ...result, title: deep } as never), 'input_too_large');
    expectCode(
      () => explainAssessment({ ...result, reasons: new Array(2 ** 32 - 1) }),
      'input_too_large',
    );
    expectCode(() => explainAssessment(cyclic as never), 'invalid_input');
  });

  it('refuses a part that is not what the text needs, at its path, never writing undefined', () => {
    const result = refusal();
    const pathOf = (value: unknown, code: 'invalid_type' | 'invalid_value') =>
      expectCode(() => explainAssessment(value as never), code).issues[0]?.path;
    expect(pathOf({ decision: 'admitted' }, 'invalid_type')).toEqual(['title']);
    expect(pathOf({ ...result, decision: 'maybe' }, 'invalid_value')).toEqual(['decision']);
    const criteria = structuredClone(result.criteria) as any[];
    criteria[1].label = '';
    expect(pathOf({ ...result, criteria }, 'invalid_type')).toEqual(['criteria', 1, 'label']);
    criteria[1].label = result.criteria[1]!.label;
    criteria[2].subCriteria[0].score = 7;
    expect(pathOf({ ...result, criteria }, 'invalid_type')).toEqual([
      'criteria',
      2,
      'subCriteria',
      0,
      'score',
    ]);
    const reasons = [{ ...result.reasons[0]!, kind: 'exclusion', code: 'no_such_code' }];
    expect(pathOf({ ...result, reasons }, 'invalid_value')).toEqual(['reasons', 0, 'code']);
    expect(
      pathOf({ ...result, reasons: [{ ...result.reasons[0]!, params: {} }] }, 'invalid_type'),
    ).toEqual(['reasons', 0, 'params', 'score']);
    expect(pathOf({ ...result, nextStep: 'later' }, 'invalid_value')).toEqual(['nextStep']);
  });

  it('renders an exclusion whose stored params lack a value without writing undefined', () => {
    const result = assess(late, failing);
    const reasons = [{ ...result.reasons[0]!, params: {} }];
    const lines = explainAssessment({ ...result, reasons } as never, { locale: 'en' });
    expect(lines[4]).toMatch(/^- Exclusion criterion "Submitted late": /);
    for (const line of lines) expect(line).not.toContain('undefined');
  });
});
