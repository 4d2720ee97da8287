import type { ParameterDefinition } from '../types.js';
import { from2024 } from './cofinancing.js';
import { sources } from './sources.js';

/** Parameters of who decides. */
export const decisionParameters: readonly ParameterDefinition[] = [
  {
    id: 'decision.body',
    description: {
      nl: 'Het orgaan dat de cofinanciering goedkeurt en anders kan beslissen dan het richtbedrag: zijn naam, in het Nederlands en het Engels.',
      en: 'The body that approves the cofinancing and may decide otherwise than the indicative cap: its name, in Dutch and English.',
    },
    unit: 'text',
    versions: [
      {
        value: {
          nl: 'het Beslissingscomité van het Hermesfonds',
          en: 'the decision committee of the Hermesfonds',
        },
        validFrom: '2017-01-01',
        validUntil: '2023-12-31',
        status: 'published',
        source: {
          ...sources.aanbod,
          quote:
            'het Beslissingscomité van het Hermesfonds dat ultiem de cofinanciering moet goedkeuren',
        },
        note: {
          nl: 'De pagina is niet gedateerd (van vóór 2024): dat dit orgaan van 2017 tot 2023 besliste, is aangenomen.',
          en: 'The page is undated (before 2024): that this body decided from 2017 to 2023 is assumed.',
        },
      },
      {
        value: {
          nl: 'het beslissingscomité bij het Fonds voor Innoveren en Ondernemen',
          en: 'the decision committee of the Fonds voor Innoveren en Ondernemen',
        },
        validFrom: '2024-01-01',
        status: 'published',
        source: { ...sources.decree2024, article: 'art. 1, 1°', quote: 'beslissingscomité' },
        note: {
          nl: `Het besluit definieert het beslissingscomité als dat van het Fonds voor Innoveren en Ondernemen (art. 41ter, § 1, van het decreet van 21 december 2001). ${from2024.nl}`,
          en: `The decree defines the decision committee as that of the Fonds voor Innoveren en Ondernemen (art. 41ter, § 1, of the decree of 21 December 2001). ${from2024.en}`,
        },
      },
    ],
  },
];
