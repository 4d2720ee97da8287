import type { Source } from '../../issues/issue.js';

/**
 * The public sources the registry cites (see `docs/rules.md`). Where the domain notes give a
 * page's full address it is used; where they give only the site and the page's name, the `url`
 * is the site and the `title` names the page.
 */
export const sources = freezeAll({
  seed: {
    title:
      'VLAIO, nieuwsbericht "VLAIO verwelkomt team Programma Innovatieve Overheidsopdrachten" (2024)',
    url: 'https://www.vlaio.be/pio',
  },
  vvsg2020: {
    title:
      'VVSG, "innovatieve-overheidsopdrachten-nieuwe-oproep-circulaire-economie-en-energietransitie" (2020)',
    url: 'https://www.vvsg.be',
  },
  vvsg2019: {
    title: 'VVSG, "projectoproep-innovatieve-overheidsopdrachten" (2019)',
    url: 'https://www.vvsg.be',
  },
  adhemar2019: {
    title: 'Adhemar, bericht van 27 mei 2019 over de PIO-oproep 2019',
    url: 'https://www.adhemar.law',
  },
  aanbod: {
    title: 'Programma Innovatieve Overheidsopdrachten: aanbod',
    url: 'https://www.innovatieveoverheidsopdrachten.be/aanbod/aanbod',
  },
  aanvraagprocedure: {
    title: 'Programma Innovatieve Overheidsopdrachten: aanvraagprocedure',
    url: 'https://www.innovatieveoverheidsopdrachten.be/aanbod-publieke-sector/aanvraagprocedure',
  },
  eligibility: {
    title: 'VLAIO: welke organisaties en projecten komen in aanmerking voor PIO',
    url: 'https://www.vlaio.be/nl/vlaio-netwerk/projectaanvraag-pio/welke-organisaties-en-projecten-komen-aanmerking-voor-pio',
  },
  ewi2017: {
    title: 'EWI, "stap-3b-aanvragen-van" (2017): beoordelingscriteria en oproep 2017',
    url: 'https://www.ewi-vlaanderen.be',
  },
  flanderscare2017: {
    title:
      'Flanders\' Care, "nieuwe-oproep-projectvoorstellen-innovatieve-overheidsopdrachten" (2017)',
    url: 'https://www.flanderscare.be',
  },
  decree2017Note: {
    title:
      'Regulatory framework co-financing research and development services (2017 draft decree note)',
    url: 'https://www.innovatieveoverheidsopdrachten.be/en/about-pip/regulatory-framework-co-financing-research-and-development-services',
  },
  decree2024: {
    title:
      'Besluit van de Vlaamse Regering van 22 maart 2024 tot regeling van de cofinanciering van onderzoek, ontwikkeling en innovatie in het kader van overheidsopdrachten',
    url: 'https://www.lisloi.be/laws/2024003642',
  },
  assumption: {
    title: 'Aanname van @vlaio/pio-rules: geen publieke bron gevonden (zie docs/assumptions.md)',
    url: 'https://www.npmjs.com/package/@vlaio/pio-rules#assumptions',
  },
} as const satisfies Record<string, Source>);

/** The sources and each source, frozen: issues and results hand them out. */
function freezeAll<T extends Record<string, Source>>(all: T): T {
  for (const source of Object.values(all)) Object.freeze(source);
  return Object.freeze(all);
}
