import type { ParameterDefinition } from '../types.js';
import { sources } from './sources.js';

/** Parameters of the calls calendar. */
export const callParameters: readonly ParameterDefinition[] = [
  {
    id: 'calls.perYear',
    description: {
      nl: 'Aantal reguliere oproepen per jaar.',
      en: 'Number of regular calls a year.',
    },
    unit: 'count',
    versions: [
      {
        value: 2,
        validFrom: '2017-01-01',
        status: 'published',
        source: { ...sources.seed, quote: 'Het PIO-team lanceert elk jaar 2 oproepen' },
      },
    ],
  },
  {
    id: 'calls.deadlineTimeOfDay',
    description: {
      nl: 'Uur op de uiterste datum tot wanneer een voorstel tijdig is: "uiterlijk om 24.00 uur".',
      en: 'Time on the deadline date until which a proposal is on time: "at the latest at 24:00".',
    },
    unit: 'time',
    versions: [
      {
        value: '24:00',
        validFrom: '2017-01-01',
        status: 'published',
        source: { ...sources.adhemar2019, quote: 'uiterlijk om 24.00 uur' },
        note: {
          nl: 'Gepubliceerd voor de oproepen van 2019; voor andere jaren aangenomen.',
          en: 'Published for the 2019 calls; assumed for other years.',
        },
      },
    ],
  },
  {
    id: 'calls.timeZone',
    description: {
      nl: 'Tijdzone van de uiterste datum: Brusselse tijd.',
      en: 'Time zone of the deadline: Brussels time.',
    },
    unit: 'timeZone',
    versions: [
      {
        value: 'Europe/Brussels',
        validFrom: '2017-01-01',
        status: 'assumed',
        source: sources.assumption,
        note: {
          nl: 'Belgische praktijk, nergens uitgeschreven.',
          en: 'Belgian practice, never written down.',
        },
      },
    ],
  },
];
