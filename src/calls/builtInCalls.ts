import { sources } from '../parameters/definitions/sources.js';
import type { CallInput } from './types.js';

/** Freezes a call of the built-in data and the objects in it (titles, sources, notes). */
function frozen(call: CallInput): CallInput {
  for (const value of Object.values(call))
    if (typeof value === 'object' && value !== null) Object.freeze(value);
  return Object.freeze(call);
}

/**
 * The calls the programme has made known (see `docs/rules.md` and the domain notes), as input
 * for {@link createCallCalendar}, each with the status of its deadline:
 *
 * - `published` (the deadline stands in a call text or notice): 2017-2, 2019-1, 2019-2 and the
 *   2020 thematic call "Circulaire Economie & Energietransitie";
 * - `announced` (a target date: "In 2024 mikken ze op 18 april en 10 oktober 2024"): 2024-1 and
 *   2024-2;
 * - `projected`: call 1 of 2017, published only as "midden juni" without a day, here on Thursday
 *   15 June 2017 with a note.
 *
 * Where the opening of a call is published it is its `opensAt`, to the precision published: the
 * day (2017-2: 27 September 2017), the first day of the month named (2017-1 opened "half april":
 * 1 April 2017; 2019-1 was launched in March 2019: 1 March 2019), or the date of the
 * announcement (the 2020 thematic call, announced by 10 June 2020); the hour is never published,
 * so the start of the day is taken. Spread this list to add an app's own calls:
 * `createCallCalendar([...builtInCalls, ...mine])`. Frozen.
 *
 * @example
 * ```ts
 * builtInCalls.map((call) => `${call.id} ${call.status ?? 'published'}`);
 * //=> ['2017-1 projected', '2017-2 published', '2019-1 published', '2019-2 published', '2020-circular-economy published', '2024-1 announced', '2024-2 announced']
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
        opensAt: '2017-04-01T00:00:00+02:00',
        status: 'projected',
        source: { ...sources.ewi2017, quote: 'midden juni' },
        note: {
          nl: 'De uiterste datum is enkel gepubliceerd als "midden juni" 2017, zonder dag; 15 juni 2017 is een schatting. De oproep opende half april 2017 (dag niet gepubliceerd): de opening is hier 1 april 2017, de eerste dag van die maand.',
          en: 'The deadline was published only as "midden juni" (mid-June) 2017, without a day; 15 June 2017 is an estimate. The call opened in mid-April 2017 (day not published): the opening here is 1 April 2017, the first day of that month.',
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
        opensAt: '2019-03-01T00:00:00+01:00',
        status: 'published',
        source: { ...sources.adhemar2019, quote: 'uiterlijk om 24.00 uur' },
        note: {
          nl: 'Gelanceerd in maart 2019 (dag niet gepubliceerd): de opening is hier 1 maart 2019, de eerste dag van die maand. Ook gemeld door VVSG.',
          en: 'Launched in March 2019 (day not published): the opening here is 1 March 2019, the first day of that month. Also reported by VVSG.',
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
        opensAt: '2020-06-10T00:00:00+02:00',
        status: 'published',
        source: { ...sources.vvsg2020 },
        note: {
          nl: 'Aangekondigd uiterlijk op 10 juni 2020 (nieuwsbericht van VVSG); een vroegere opening is niet gevonden, dus de opening is hier 10 juni 2020. Naast de reguliere oproepen van 2020, waarvan de data niet gevonden zijn.',
          en: 'Announced by 10 June 2020 (VVSG news item); no earlier opening was found, so the opening here is 10 June 2020. Beside the regular calls of 2020, whose dates were not found.',
        },
      },
      {
        id: '2024-1',
        year: 2024,
        kind: 'regular',
        title: { nl: 'Oproep 1 van 2024', en: 'Call 1 of 2024' },
        deadlineDate: '2024-04-18',
        status: 'announced',
        source: { ...sources.seed, quote: 'In 2024 mikken ze op 18 april en 10 oktober 2024' },
        note: {
          nl: 'Streefdatum ("mikken ze op") uit het nieuwsbericht van VLAIO: aangekondigd, niet als uiterste datum in een oproeptekst gepubliceerd.',
          en: 'Target date ("mikken ze op", "they aim for") from the VLAIO news item: announced, not published as the deadline in a call text.',
        },
      },
      {
        id: '2024-2',
        year: 2024,
        kind: 'regular',
        title: { nl: 'Oproep 2 van 2024', en: 'Call 2 of 2024' },
        deadlineDate: '2024-10-10',
        status: 'announced',
        source: { ...sources.seed, quote: 'In 2024 mikken ze op 18 april en 10 oktober 2024' },
        note: {
          nl: 'Streefdatum ("mikken ze op") uit het nieuwsbericht van VLAIO: aangekondigd, niet als uiterste datum in een oproeptekst gepubliceerd.',
          en: 'Target date ("mikken ze op", "they aim for") from the VLAIO news item: announced, not published as the deadline in a call text.',
        },
      },
    ] satisfies CallInput[]
  ).map(frozen),
);
