import * as z from 'zod/mini';
import { strictObject } from '../../input/object.js';
import { amountSchema } from '../../cofinancing/schema.js';
import { described } from '../../input/described.js';
import { expertiseActivities } from '../../vocabulary/index.js';

/** Schema of a request for external expertise in the preparatory track (voortraject). */
export function externalExpertiseSchema() {
  return described(
    strictObject({
      activities: described(
        z
          .array(
            described(z.enum(expertiseActivities, { error: 'enum:expertiseActivity' }), {
              description:
                'workshops, state-of-the-art, market-consultation (marktconsultatie), user-survey (gebruikersbevraging) or feasibility-study (haalbaarheidsstudie).',
            }),
          )
          .check(z.minLength(1), z.maxLength(expertiseActivities.length)),
        { description: 'The activities to support (activiteiten).' },
      ),
      requested: described(amountSchema(), {
        description: 'Requested amount in euro (gevraagd bedrag).',
      }),
    }),
    { description: 'External expertise in the preparatory track (externe expertise).' },
  );
}

/** Schema of a request for cofinancing (cofinanciering). */
export function cofinancingRequestSchema() {
  return described(
    strictObject({
      requested: described(amountSchema(), {
        description: 'Requested cofinancing in euro (gevraagde cofinanciering).',
      }),
    }),
    { description: 'Cofinancing of the purchase of R&D services (cofinanciering).' },
  );
}

/** Schema of the support asked from PIO (gevraagde ondersteuning). */
export function supportSchema() {
  return described(
    strictObject({
      guidance: described(z.boolean(), { description: 'Guidance by the PIO team (begeleiding).' }),
      externalExpertise: z.optional(externalExpertiseSchema()),
      cofinancing: z.optional(cofinancingRequestSchema()),
    }),
    { description: 'The support asked from PIO (gevraagde ondersteuning).' },
  );
}
