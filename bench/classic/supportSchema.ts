import { z } from 'zod';
import { amountSchema } from './cofinancingSchema.js';
import { expertiseActivities } from '../../src/vocabulary/index.js';

/** Schema of a request for external expertise in the preparatory track (voortraject). */
export const externalExpertiseSchema = z
  .object({
    activities: z
      .array(
        z.enum(expertiseActivities, { error: 'enum:expertiseActivity' }).meta({
          description:
            'workshops, state-of-the-art, market-consultation (marktconsultatie), user-survey (gebruikersbevraging) or feasibility-study (haalbaarheidsstudie).',
        }),
      )
      .min(1)
      .max(expertiseActivities.length)
      .meta({ description: 'The activities to support (activiteiten).' }),
    requested: amountSchema.meta({ description: 'Requested amount in euro (gevraagd bedrag).' }),
  })
  .strict()
  .meta({ description: 'External expertise in the preparatory track (externe expertise).' });

/** Schema of a request for cofinancing (cofinanciering). */
export const cofinancingRequestSchema = z
  .object({
    requested: amountSchema.meta({
      description: 'Requested cofinancing in euro (gevraagde cofinanciering).',
    }),
  })
  .strict()
  .meta({ description: 'Cofinancing of the purchase of R&D services (cofinanciering).' });

/** Schema of the support asked from PIO (gevraagde ondersteuning). */
export const supportSchema = z
  .object({
    guidance: z.boolean().meta({ description: 'Guidance by the PIO team (begeleiding).' }),
    externalExpertise: externalExpertiseSchema.optional(),
    cofinancing: cofinancingRequestSchema.optional(),
  })
  .strict()
  .meta({ description: 'The support asked from PIO (gevraagde ondersteuning).' });
