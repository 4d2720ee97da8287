import { z } from 'zod';
import { solutionMaturities } from '../../src/vocabulary/index.js';
import { textLimits, textSchema } from './primitives.js';

/** Schema of the project: its title, summary and the answers to the guidance questions. */
export const projectSchema = z
  .object({
    title: textSchema(textLimits.title, 'Title of the project (titel).'),
    summary: textSchema(textLimits.summary, 'Short summary (samenvatting).'),
    need: textSchema(textLimits.answer, 'The need or question (behoefte of vraag).'),
    idealSolution: textSchema(
      textLimits.answer,
      'Characteristics of the ideal solution (kenmerken van de ideale oplossing).',
    ),
    marketScan: textSchema(
      textLimits.answer,
      'What the market offers today and why it falls short (marktverkenning).',
    ),
    rdNeeds: textSchema(
      textLimits.answer,
      'Which aspects need research, development and innovation (nood aan O&O&I).',
    ),
    endUsers: textSchema(
      textLimits.answer,
      'Who the end users are and their constraints (eindgebruikers).',
    ),
    supportBase: textSchema(textLimits.answer, 'Support base for the project (draagvlak).'),
    team: textSchema(textLimits.answer, 'The multidisciplinary team (multidisciplinair team).'),
    solutionMaturity: z.enum(solutionMaturities, { error: 'enum:solutionMaturity' }).meta({
      description:
        'How far the solution exists on the market (bestaat de oplossing al): not-existing, partially-existing or commercially-available.',
    }),
  })
  .strict()
  .meta({ description: 'The project and the answers of the proposal (projectvoorstel).' });
