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
  {
    id: 'calls.projection',
    description: {
      nl: 'Projectieregel voor de reguliere oproepen van jaren zonder gepubliceerde data: per oproep de maand, de weekdag (1 = maandag ... 7 = zondag) en de hoeveelste zulke weekdag van de maand de uiterste datum is; en hoeveel jaar na de laatste gekende oproep getCalls() standaard projecteert.',
      en: 'Projection rule for the regular calls of years without published dates: per call the month, the weekday (1 = Monday ... 7 = Sunday) and which such weekday of the month the deadline date is; and how many years after the last known call getCalls() projects by default.',
    },
    unit: 'rule',
    versions: [
      {
        value: {
          slots: [
            { month: 4, weekday: 4, occurrence: 3 },
            { month: 10, weekday: 4, occurrence: 2 },
          ],
          horizonYears: 10,
        },
        validFrom: '2017-01-01',
        status: 'assumed',
        source: sources.assumption,
        note: {
          nl: 'Aanname: oproep 1 op de derde donderdag van april, oproep 2 op de tweede donderdag van oktober, zoals de streefdata van 2024 (18 april en 10 oktober 2024). Geprojecteerde oproepen zijn "verwacht", nooit bevestigd; gepubliceerde oproepen vervangen ze.',
          en: 'Assumption: call 1 on the third Thursday of April, call 2 on the second Thursday of October, like the 2024 target dates (18 April and 10 October 2024). Projected calls are "expected", never confirmed; published calls replace them.',
        },
      },
    ],
  },
];
