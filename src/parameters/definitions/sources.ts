import type { Source } from '../../issues/issue.js';

/**
 * The date the domain brief of this library records for its last search of the sources
 * ("searched again 2026-12-01"): every page below was read by then. It is the `retrieved` date
 * of each source whose day of publication is not known, and of the library's own assumptions
 * (nothing was found up to that day).
 */
const READ_BY = '2026-12-01';

/** A source of the library's list: a publisher and a day, published or read. */
export type ListedSource = Source & { readonly publisher: string } & (
    | { readonly published: string; readonly retrieved?: undefined }
    | { readonly retrieved: string; readonly published?: undefined }
  );

/**
 * The one list of the public sources the library cites: the parameter registry, the calls
 * calendar, the business rules and the criteria (see `docs/sources.md`, generated from this list
 * with every value that cites each source). Where the domain notes give a page's full address it
 * is used; where they give only the site and the page's name, the `url` is the site and the
 * `title` names the page. Each has a `publisher` and a day: `published` where the notes give it,
 * else `retrieved`.
 *
 * A citation is an entry spread with what it cites: `{ ...sources.seed, quote: '...' }`; a value
 * resting on a legal text adds the article: `{ ...sources.decree2024, article: 'art. 1, 4°',
 * quote: '...' }`.
 */
export const sources = freezeAll({
  seed: {
    title:
      'VLAIO, nieuwsbericht "VLAIO verwelkomt team Programma Innovatieve Overheidsopdrachten" (2024)',
    url: 'https://www.vlaio.be/pio',
    publisher: 'VLAIO',
    retrieved: READ_BY,
  },
  vvsg2020: {
    title:
      'VVSG, "innovatieve-overheidsopdrachten-nieuwe-oproep-circulaire-economie-en-energietransitie" (2020)',
    url: 'https://www.vvsg.be',
    publisher: 'VVSG',
    published: '2020-06-10',
  },
  vvsg2019: {
    title: 'VVSG, "projectoproep-innovatieve-overheidsopdrachten" (2019)',
    url: 'https://www.vvsg.be',
    publisher: 'VVSG',
    retrieved: READ_BY,
  },
  vvsgKennisitem: {
    title: 'VVSG, kennisitem "het-vlaamse-programma-innovatieve-overheidsopdrachten-pio"',
    url: 'https://www.vvsg.be',
    publisher: 'VVSG',
    retrieved: READ_BY,
  },
  adhemar2019: {
    title: 'Adhemar, bericht van 27 mei 2019 over de PIO-oproep 2019',
    url: 'https://www.adhemar.law',
    publisher: 'Adhemar',
    published: '2019-05-27',
  },
  aanbod: {
    title: 'Programma Innovatieve Overheidsopdrachten: aanbod',
    url: 'https://www.innovatieveoverheidsopdrachten.be/aanbod/aanbod',
    publisher: 'Programma Innovatieve Overheidsopdrachten',
    retrieved: READ_BY,
  },
  aanvraagprocedure: {
    title: 'Programma Innovatieve Overheidsopdrachten: aanvraagprocedure',
    url: 'https://www.innovatieveoverheidsopdrachten.be/aanbod-publieke-sector/aanvraagprocedure',
    publisher: 'Programma Innovatieve Overheidsopdrachten',
    retrieved: READ_BY,
  },
  eligibility: {
    title: 'VLAIO: welke organisaties en projecten komen in aanmerking voor PIO',
    url: 'https://www.vlaio.be/nl/vlaio-netwerk/projectaanvraag-pio/welke-organisaties-en-projecten-komen-aanmerking-voor-pio',
    publisher: 'VLAIO',
    retrieved: READ_BY,
  },
  ewi2017: {
    title: 'EWI, "stap-3b-aanvragen-van" (2017): beoordelingscriteria en oproep 2017',
    url: 'https://www.ewi-vlaanderen.be',
    publisher: 'Departement EWI',
    retrieved: READ_BY,
  },
  flanderscare2017: {
    title:
      'Flanders\' Care, "nieuwe-oproep-projectvoorstellen-innovatieve-overheidsopdrachten" (2017)',
    url: 'https://www.flanderscare.be',
    publisher: "Flanders' Care",
    retrieved: READ_BY,
  },
  decree2017Note: {
    title:
      'Regulatory framework co-financing research and development services (2017 draft decree note)',
    url: 'https://www.innovatieveoverheidsopdrachten.be/en/about-pip/regulatory-framework-co-financing-research-and-development-services',
    publisher: 'Programma Innovatieve Overheidsopdrachten',
    retrieved: READ_BY,
  },
  decree2024: {
    title:
      'Besluit van de Vlaamse Regering van 22 maart 2024 tot regeling van de cofinanciering van onderzoek, ontwikkeling en innovatie in het kader van overheidsopdrachten',
    url: 'https://www.lisloi.be/laws/2024003642',
    publisher: 'Vlaamse Regering',
    retrieved: READ_BY,
    identifier: 'NUMAC 2024003642',
    eli: 'eli/besluit/2024/03/22/2024003642/staatsblad',
  },
  assumption: {
    title: 'Aanname van @vlaio/pio-rules: geen publieke bron gevonden (zie docs/assumptions.md)',
    url: 'https://www.npmjs.com/package/@vlaio/pio-rules#assumptions',
    publisher: '@vlaio/pio-rules',
    retrieved: READ_BY,
  },
} as const satisfies Record<string, ListedSource>);

/** The key of a source of the list (`'seed'`, `'decree2024'`, ...). */
export type SourceId = keyof typeof sources;

/**
 * What `docs/sources.md` says about a source beyond its fields: what its date or identifier
 * rests on.
 */
export const sourceNotes: Readonly<Partial<Record<SourceId, string>>> = Object.freeze({
  seed: 'Published in 2024; the stored copy shows "Publicatiedatum" without a day.',
  vvsg2020:
    'Announces the thematic call of 2020; the earliest dated evidence of the 30,000 euro for external expertise ("ca. 30.000 euro").',
  vvsgKennisitem:
    'Undated: "Voortraject – tot 30.000 euro voor de inzet van externe expertise, ...".',
  aanbod: 'Undated, from before 2024 (the programme under the department EWI).',
  decree2024:
    'Only article 1 (definitions) could be read. The ELI follows the Belgian pattern: derived, not verified.',
  assumption:
    'Not a source: the mark of a value of this library for which no public source was found by the day given.',
});

/** The fields that name a document (all but what a citation adds: `article`, `quote`). */
const DOCUMENT_FIELDS = [
  'title',
  'url',
  'publisher',
  'published',
  'retrieved',
  'identifier',
  'eli',
] as const satisfies readonly (keyof Source)[];

/**
 * The entry of the list a citation cites: the one whose document fields (all but `article` and
 * `quote`) are those of the citation, exactly; `undefined` for a source that is not one of the
 * list (a caller's own, or one made by hand).
 *
 * @param source - A source as a value, a call, a rule or a criterion cites it.
 * @returns The key of the entry, or `undefined`.
 * @internal
 */
export function sourceIdOf(source: Source): SourceId | undefined {
  for (const [id, entry] of Object.entries(sources) as [SourceId, Source][])
    if (DOCUMENT_FIELDS.every((field) => source[field] === entry[field])) return id;
  return undefined;
}

/** The sources and each source, frozen: issues and results hand them out. */
function freezeAll<T extends Record<string, Source>>(all: T): T {
  for (const source of Object.values(all)) Object.freeze(source);
  return Object.freeze(all);
}
