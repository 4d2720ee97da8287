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
      nl: 'Projectieregel voor de reguliere oproepen van jaren zonder gekende data: per oproep de maand, de weekdag (1 = maandag ... 7 = zondag) en de hoeveelste zulke weekdag van de maand de uiterste datum is; en hoeveel jaar na de laatste gekende oproep getCalls() standaard projecteert. Eén versie per periode, elk afgeleid uit de gekende data van die periode; een jaar volgt de versie die op 1 januari van kracht is.',
      en: 'Projection rule for the regular calls of years without known dates: per call the month, the weekday (1 = Monday ... 7 = Sunday) and which such weekday of the month the deadline date is; and how many years after the last known call getCalls() projects by default. One version per period, each derived from the known dates of that period; a year follows the version in force on its 1 January.',
    },
    unit: 'rule',
    versions: [
      {
        value: {
          slots: [
            { month: 6, weekday: 5, occurrence: 2 },
            { month: 12, weekday: 5, occurrence: 2 },
          ],
          horizonYears: 10,
        },
        validFrom: '2017-01-01',
        validUntil: '2023-12-31',
        status: 'assumed',
        source: { ...sources.adhemar2019 },
        otherSources: [
          { ...sources.ewi2017, quote: 'midden juni' },
          { ...sources.flanderscare2017 },
          { ...sources.vvsg2019 },
          { ...sources.vvsg2020 },
        ],
        note: {
          nl: 'Aanname, afgeleid uit de gepubliceerde uiterste data van 2017 tot 2023 (het programma onder EWI): "midden juni" 2017, vrijdag 1 december 2017, vrijdag 14 juni 2019, vrijdag 13 december 2019 en de thematische oproep van dinsdag 15 december 2020. Elke datum van die periode valt in juni of december; oproep 1 valt op de tweede vrijdag van juni en oproep 2 op de tweede vrijdag van december, zoals de laatste twee reguliere oproepen van de periode (14 juni en 13 december 2019). Geprojecteerde oproepen zijn "verwacht", nooit bevestigd; gekende oproepen vervangen ze.',
          en: 'Assumption, derived from the published deadlines of 2017 to 2023 (the programme under EWI): "midden juni" (mid-June) 2017, Friday 1 December 2017, Friday 14 June 2019, Friday 13 December 2019 and the thematic call of Tuesday 15 December 2020. Every date of that period falls in June or December; call 1 falls on the second Friday of June and call 2 on the second Friday of December, like the last two regular calls of the period (14 June and 13 December 2019). Projected calls are "expected", never confirmed; known calls replace them.',
        },
      },
      {
        value: {
          slots: [
            { month: 4, weekday: 4, occurrence: 3 },
            { month: 10, weekday: 4, occurrence: 2 },
          ],
          horizonYears: 10,
        },
        validFrom: '2024-01-01',
        status: 'assumed',
        source: { ...sources.seed, quote: 'In 2024 mikken ze op 18 april en 10 oktober 2024' },
        note: {
          nl: 'Aanname, afgeleid uit de aangekondigde streefdata van 2024, de enige gekende data sinds het programma op 1 januari 2024 naar VLAIO ging: donderdag 18 april en donderdag 10 oktober 2024. Oproep 1 valt op de derde donderdag van april, oproep 2 op de tweede donderdag van oktober. Geprojecteerde oproepen zijn "verwacht", nooit bevestigd; gekende oproepen vervangen ze.',
          en: 'Assumption, derived from the announced target dates of 2024, the only dates known since the programme moved to VLAIO on 1 January 2024: Thursday 18 April and Thursday 10 October 2024. Call 1 falls on the third Thursday of April, call 2 on the second Thursday of October. Projected calls are "expected", never confirmed; known calls replace them.',
        },
      },
    ],
  },
];
