import type { ParameterDefinition } from '../types.js';
import { sources } from './sources.js';

/**
 * Who decides on the preparatory track: not the decision committee, but the parties together
 * (the aanbod page: the preparatory costs are shared this way; the R&D cofinancing is approved
 * by the decision committee, `decision.body`).
 */
const shared = {
  ...sources.aanbod,
  quote:
    'na onderling overleg en binnen het gebruikelijke kader van de besteding van werkingsmiddelen',
};

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
        otherSources: [shared],
        note: {
          nl: 'Bedrag van een oudere PIO-pagina; de datum tot wanneer het gold is aangenomen.',
          en: 'Amount from an older PIO page; the date until which it applied is assumed.',
        },
      },
      {
        value: '30000.00',
        validFrom: '2020-01-01',
        status: 'published',
        source: {
          ...sources.vvsgKennisitem,
          quote:
            'Voortraject – tot 30.000 euro voor de inzet van externe expertise, uitvoering van marktconsultaties, organisatie van gebruikersbevragingen enz.',
        },
        otherSources: [{ ...sources.vvsg2020, quote: 'ca. 30.000 euro' }, shared],
        note: {
          nl: 'Het kennisitem van VVSG is niet gedateerd; het vroegste gedateerde bewijs van 30.000 euro is het VVSG-nieuwsbericht van 10 juni 2020 over de thematische oproep ("ca. 30.000 euro"). Dat het bedrag vanaf 1 januari 2020 geldt, is aangenomen.',
          en: 'The VVSG knowledge item is undated; the earliest dated evidence of 30,000 euro is the VVSG news item of 10 June 2020 on the thematic call ("ca. 30.000 euro"). That the amount applies from 1 January 2020 is assumed.',
        },
      },
    ],
  },
];
