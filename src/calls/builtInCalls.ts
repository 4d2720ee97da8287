import { sources } from '../parameters/definitions/sources.js';
import type { CallInput } from './types.js';

/** Freezes a call of the built-in data and the objects in it (titles, sources, notes). */
function frozen(call: CallInput): CallInput {
  for (const value of Object.values(call))
    if (typeof value === 'object' && value !== null) Object.freeze(value);
  return Object.freeze(call);
}

/**
 * The calls the programme has published (see `docs/rules.md` and the domain notes), as input
 * for {@link createCallCalendar}: 2017-2, 2019-1, 2019-2, the 2020 thematic call
 * "Circulaire Economie & Energietransitie", 2024-1 and 2024-2. Call 1 of 2017 was published only
 * as "midden juni" without a day: it is here as a *projected* call on Thursday 15 June 2017, with
 * a note. Spread this list to add an app's own calls:
 * `createCallCalendar([...builtInCalls, ...mine])`. Frozen.
 *
 * @example
 * ```ts
 * builtInCalls.filter((call) => call.status !== 'projected').map((call) => call.id);
 * //=> ['2017-2', '2019-1', '2019-2', '2020-circular-economy', '2024-1', '2024-2']
 * ```
 */
export const builtInCalls: readonly CallInput[] = Object.freeze(
  (
    [
      {
        id: '2017-1',
        year: 2017,
        kind: 'regular',
        title: {
          nl: 'Oproep 1 van 2017 (verwacht: "midden juni")',
          en: 'Call 1 of 2017 (expected: "mid-June")',
        },
        deadlineDate: '2017-06-15',
        status: 'projected',
        source: { ...sources.ewi2017, quote: 'midden juni' },
        note: {
          nl: 'De uiterste datum is enkel gepubliceerd als "midden juni" 2017, zonder dag; 15 juni 2017 is een schatting. De oproep opende half april 2017.',
          en: 'The deadline was published only as "midden juni" (mid-June) 2017, without a day; 15 June 2017 is an estimate. The call opened in mid-April 2017.',
        },
      },
      {
        id: '2017-2',
        year: 2017,
        kind: 'regular',
        title: { nl: 'Oproep 2 van 2017', en: 'Call 2 of 2017' },
        deadlineDate: '2017-12-01',
        opensAt: '2017-09-27T00:00:00+02:00',
        status: 'published',
        source: { ...sources.flanderscare2017 },
        note: {
          nl: 'Geopend op 27 september 2017; het uur is niet gepubliceerd (begin van de dag aangenomen).',
          en: 'Opened on 27 September 2017; the hour was not published (start of the day assumed).',
        },
      },
      {
        id: '2019-1',
        year: 2019,
        kind: 'regular',
        title: { nl: 'Oproep 1 van 2019', en: 'Call 1 of 2019' },
        deadlineDate: '2019-06-14',
        status: 'published',
        source: { ...sources.adhemar2019, quote: 'uiterlijk om 24.00 uur' },
        note: {
          nl: 'Gelanceerd in maart 2019 (dag niet gepubliceerd). Ook gemeld door VVSG.',
          en: 'Launched in March 2019 (day not published). Also reported by VVSG.',
        },
      },
      {
        id: '2019-2',
        year: 2019,
        kind: 'regular',
        title: { nl: 'Oproep 2 van 2019', en: 'Call 2 of 2019' },
        deadlineDate: '2019-12-13',
        status: 'published',
        source: { ...sources.adhemar2019, quote: 'uiterlijk om 24.00 uur' },
      },
      {
        id: '2020-circular-economy',
        year: 2020,
        kind: 'thematic',
        title: {
          nl: 'Thematische oproep "Circulaire Economie & Energietransitie" 2020',
          en: 'Thematic call "Circular Economy & Energy Transition" 2020',
        },
        deadlineDate: '2020-12-15',
        status: 'published',
        source: { ...sources.vvsg2020 },
        note: {
          nl: 'Naast de reguliere oproepen van 2020, waarvan de data niet gevonden zijn.',
          en: 'Beside the regular calls of 2020, whose dates were not found.',
        },
      },
      {
        id: '2024-1',
        year: 2024,
        kind: 'regular',
        title: { nl: 'Oproep 1 van 2024', en: 'Call 1 of 2024' },
        deadlineDate: '2024-04-18',
        status: 'published',
        source: { ...sources.seed, quote: 'mikken ze op' },
        note: {
          nl: 'Streefdatum ("mikken ze op") uit het nieuwsbericht van VLAIO.',
          en: 'Target date ("mikken ze op", "they aim for") from the VLAIO news item.',
        },
      },
      {
        id: '2024-2',
        year: 2024,
        kind: 'regular',
        title: { nl: 'Oproep 2 van 2024', en: 'Call 2 of 2024' },
        deadlineDate: '2024-10-10',
        status: 'published',
        source: { ...sources.seed, quote: 'mikken ze op' },
        note: {
          nl: 'Streefdatum ("mikken ze op") uit het nieuwsbericht van VLAIO.',
          en: 'Target date ("mikken ze op", "they aim for") from the VLAIO news item.',
        },
      },
    ] satisfies CallInput[]
  ).map(frozen),
);
