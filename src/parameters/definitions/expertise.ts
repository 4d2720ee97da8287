import type { ParameterDefinition } from '../types.js';
import { sources } from './sources.js';

/** Parameters of the preparatory track (externe expertise). */
export const expertiseParameters: readonly ParameterDefinition[] = [
  {
    id: 'expertise.indicativeMax',
    description: {
      nl: 'Richtbedrag voor externe expertise in het voortraject (workshops, state-of-the-art, marktconsultatie, gebruikersbevraging).',
      en: 'Indicative maximum for external expertise in the preparatory track (workshops, state of the art, market consultation, user surveys).',
    },
    unit: 'EUR',
    versions: [
      {
        value: '25000.00',
        validFrom: '2017-01-01',
        validUntil: '2019-12-31',
        status: 'published',
        source: sources.aanbod,
        note: {
          nl: 'Bedrag van een oudere PIO-pagina; de datum tot wanneer het gold is aangenomen.',
          en: 'Amount from an older PIO page; the date until which it applied is assumed.',
        },
      },
      {
        value: '30000.00',
        validFrom: '2020-01-01',
        status: 'published',
        source: sources.vvsg2020,
        note: {
          nl: 'Bedrag van een latere VVSG-pagina; de datum vanaf wanneer het geldt is aangenomen.',
          en: 'Amount from a later VVSG page; the date from which it applies is assumed.',
        },
      },
    ],
  },
];
