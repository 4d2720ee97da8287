import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/applications/index.js';
import { assessApplication, explainAssessment } from '../../src/criteria/index.js';
import { exampleApplication, registryWithScheme, uniformScores } from './fixtures.js';

const application = exampleApplication();
const late: Application = { ...application, submittedAt: new Date('2024-10-11T09:00:00+02:00') };
const failing = {
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

describe('explainAssessment', () => {
  it('motivates a no in Dutch with every reason, the scores and the next step', () => {
    const text = explainAssessment(assessApplication(late, failing));
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      `Advies over de ontvankelijkheid van het projectvoorstel "${application.project.title}" (oproep 2024-2)`,
    );
    expect(lines[1]).toBe('Beslissing: niet ontvankelijk.');
    expect(lines).toContain('Redenen:');
    expect(text).toMatch(
      /^- Uitsluitingscriterium "Laattijdig ingediend": Ingediend op 2024-10-11T07:00:00.000Z, na de uiterste datum van oproep 2024-2/m,
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
    expect(text).toContain(
      'Volgende stap: Uw projectvoorstel wordt niet opgenomen in de PIO-portfolio. Met deze feedback kunt u een herwerkt voorstel indienen bij een volgende oproep.',
    );
    expect(text).toContain('dit is een aanname van @vlaio/pio-rules');
  });

  it('motivates the same no in English', () => {
    const text = explainAssessment(assessApplication(late, failing, { locale: 'en' }), {
      locale: 'en',
    });
    const lines = text.split('\n');
    expect(lines[1]).toBe('Decision: not admitted.');
    expect(text).toMatch(
      /^- Exclusion criterion "Submitted late": Submitted at 2024-10-11T07:00:00.000Z, after the deadline of call 2024-2/m,
    );
    expect(lines).toContain(
      '- The criterion "Relevance and potential impact" scores 4.5, below the threshold 5.',
    );
    expect(lines).toContain(
      '- The criterion "Quality of the approach" scores 4.5, below the threshold 5.',
    );
    expect(lines).toContain('Weighted total: 6.15, threshold 6 — passed');
    expect(text).toContain(
      'Next step: Your proposal does not join the PIO portfolio. With this feedback you may submit a revised proposal in a later call.',
    );
    expect(text).toContain('they are an assumption of @vlaio/pio-rules');
  });

  it('renders the reasons of a Dutch result in English too', () => {
    const text = explainAssessment(
      assessApplication(
        { ...application, applicant: { ...application.applicant, subjectToProcurementLaw: false } },
        failing,
      ),
      { locale: 'en' },
    );
    expect(text).toContain(
      '- Exclusion criterion "Applicant not eligible": The applicant must be structurally subject to the public procurement law.',
    );
  });

  it('motivates a yes with guidance and the commitment in principle to cofinancing', () => {
    const text = explainAssessment(
      assessApplication(application, { scores: uniformScores('7.5') }),
    );
    expect(text.split('\n')[1]).toBe('Beslissing: ontvankelijk.');
    expect(text).not.toContain('Redenen:');
    expect(text).toContain('Gewogen totaalscore: 7,5, drempel 6 — voldoende');
    expect(text).toContain('principieel engagement tot cofinanciering');
  });

  it('lists the total as a reason, and leaves out thresholds and the assumption note a published scheme does not have', () => {
    const parameters = registryWithScheme(
      {
        scale: { min: 0, max: 10 },
        criteria: [
          { id: 'fit-with-pio', weight: '0.5' },
          { id: 'relevance-and-impact', weight: '0.25' },
          { id: 'quality-of-approach', weight: '0.25' },
        ],
      },
      'published',
    );
    const text = explainAssessment(
      assessApplication(
        application,
        {
          scores: { 'fit-with-pio': 1, 'relevance-and-impact': 2, 'quality-of-approach': 3 },
          remarks: { 'fit-with-pio': 'Zwak.' },
        },
        { parameters },
      ),
      { locale: 'en' },
    );
    expect(text).toContain('Decision: admitted.');
    expect(text).toContain('- Fit with the aims of PIO (weight 50%): 1 — passed');
    expect(text).toContain('  Remark: Zwak.');
    expect(text).toContain('Weighted total: 1.75 — passed');
    expect(text).not.toContain('assumption');
    const strict = explainAssessment(assessApplication(application, { scores: uniformScores(5) }));
    expect(strict).toContain('- De gewogen totaalscore 5 ligt onder de drempel 6.');
  });
});
