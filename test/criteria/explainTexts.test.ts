import { describe, expect, it } from 'vitest';
import {
  assessApplication,
  explainAssessment,
  explainQuickScan,
  innovationQuickScan,
  type AssessmentResult,
} from '../../src/criteria/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { exampleApplication, registryWithScheme, uniformScores } from './fixtures.js';

const failing = () =>
  assessApplication(exampleApplication(), {
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
const passing = () =>
  assessApplication(
    exampleApplication(),
    { scores: { 'fit-with-pio': 7, 'relevance-and-impact': '7.5', 'quality-of-approach': 8 } },
    { parameters: noThresholds },
  );

describe('explainAssessment', () => {
  it('writes every reason, score, remark and the summary of a refusal in English', () => {
    expect(explainAssessment(failing(), { locale: 'en' }).split('\n')).toEqual([
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

  it('writes the scores of a refusal in Dutch, by default and for null options', () => {
    const lines = explainAssessment(failing()).split('\n');
    expect(explainAssessment(failing(), null as never)).toBe(lines.join('\n'));
    expect(lines.slice(9, 12)).toEqual([
      'Scores (schaal 0 tot 10):',
      '- Aansluiting bij de doelstellingen van PIO (gewicht 30%): 4, drempel 5 — onvoldoende',
      '  Opmerking: ok',
    ]);
    expect(lines[21]).toBe('Gewogen totaalscore: 4, drempel 6 — onvoldoende');
  });

  it('leaves out thresholds, remarks, the summary and the assumption note when there are none', () => {
    const result = passing();
    expect(result.decision).toBe('admitted');
    expect(explainAssessment(result, { locale: 'en' }).split('\n')).toEqual([
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
    expect(explainAssessment(result).split('\n').slice(4, 8)).toEqual([
      '- Aansluiting bij de doelstellingen van PIO (gewicht 30%): 7 — voldoende',
      '- Relevantie en potentiële impact (gewicht 40%): 7,5 — voldoende',
      '- Kwaliteit van de aanpak (gewicht 30%): 8 — voldoende',
      'Gewogen totaalscore: 7,5 — voldoende',
    ]);
  });

  it('shows a score or threshold of a reason that is neither text nor number as ?', () => {
    const result = failing();
    const odd: AssessmentResult = {
      ...result,
      reasons: [{ ...result.reasons[0]!, params: { score: 4, threshold: { value: 5 } } }],
    };
    expect(explainAssessment(odd, { locale: 'en' }).split('\n')[4]).toBe(
      '- The criterion "Fit with the aims of PIO" scores 4, below the threshold ?.',
    );
  });

  it('refuses a value that is not an assessment result, at the path of each problem', () => {
    const error = expectCode(
      () => explainAssessment({ ...failing(), decision: 'maybe' } as never),
      'invalid_type',
    );
    expect(error.issues.map((i) => [i.path, i.params['received']])).toEqual([
      [['decision'], 'a value of another shape'],
    ]);
    expect(typeof error.issues[0]?.params['expected']).toBe('string');
  });
});

describe('explainQuickScan', () => {
  it('uses Dutch for null options and refuses an unknown light at its path', () => {
    const result = innovationQuickScan({
      solutionExists: 'no',
      rdNeeded: true,
      endUserAndSupportBase: true,
      procurementForeseen: true,
    });
    expect(explainQuickScan(result, null as never)).toBe(explainQuickScan(result));
    expect(explainQuickScan(result)).not.toBe(explainQuickScan(result, { locale: 'en' }));
    expect(
      expectCode(() => explainQuickScan({ ...result, light: 'blue' } as never), 'invalid_type')
        .issues[0]?.path,
    ).toEqual(['light']);
  });
});
