import type { ParameterDefinition } from '../types.js';
import { sources } from './sources.js';

/**
 * The note of a version from 2024 on that rests on the decree of 22 March 2024: its entry into
 * force was not found, so the version's first day is that of PIO under VLAIO.
 */
export const from2024 = {
  nl: 'Het besluit van 22 maart 2024 is de rechtsgrond; zijn inwerkingtreding is niet gevonden (alleen artikel 1 kon gelezen worden). 1 januari 2024, sinds wanneer PIO onder VLAIO valt, is als eerste dag aangenomen.',
  en: 'The decree of 22 March 2024 is the legal basis; its entry into force was not found (only article 1 could be read). 1 January 2024, since when PIO runs under VLAIO, is assumed as the first day.',
};

/** Parameters of the cofinancing rule. */
export const cofinancingParameters: readonly ParameterDefinition[] = [
  {
    id: 'cofinancing.maxRate',
    description: {
      nl: 'Maximaal aandeel van het aankoopbedrag (O&O-diensten, validatie) dat PIO cofinanciert.',
      en: 'Maximum share of the purchase amount (R&D services, validation) that PIO cofinances.',
    },
    unit: 'rate',
    versions: [
      {
        value: '0.5',
        validFrom: '2017-01-01',
        validUntil: '2023-12-31',
        status: 'published',
        source: {
          ...sources.ewi2017,
          quote:
            'een principieel engagement om kosten die in aanmerking komen voor cofinanciering voor 50% mee te dragen',
        },
        note: {
          nl: 'Ook VVSG (10 juni 2020): "een cofinanciering van 50% van de kost van de aanbesteding". Dat de versie vanaf 1 januari 2017 geldt, is aangenomen.',
          en: 'Also VVSG (10 June 2020): "een cofinanciering van 50% van de kost van de aanbesteding". That the version applies from 1 January 2017 is assumed.',
        },
      },
      {
        value: '0.5',
        validFrom: '2024-01-01',
        status: 'published',
        source: { ...sources.seed, quote: 'ten bedrage van maximaal 50% van het aankoopbedrag' },
      },
    ],
  },
  {
    id: 'cofinancing.cap',
    description: {
      nl: 'Richtbedrag (plafond) van de cofinanciering per project: "maximum circa 1 miljoen euro"; het beslissingscomité kan anders beslissen.',
      en: 'Indicative cap on cofinancing per project: "about one million euro at most"; the decision committee may decide otherwise.',
    },
    unit: 'EUR',
    versions: [
      {
        value: '1000000.00',
        validFrom: '2017-01-01',
        validUntil: '2019-12-31',
        status: 'published',
        source: {
          ...sources.aanbod,
          quote: 'Max. 1.000.000 euro voor de cofinanciering van precommerciële projecten',
        },
        note: {
          nl: 'Een richtbedrag, geen grens: "Er zijn in principe geen maximale bedragen voorzien. Om toch enige houvast te bieden voorziet PIO voor een \'gemiddeld\' project volgende maximale inzet van middelen". De pagina is niet gedateerd (van vóór 2024): dat ze van 2017 tot 2019 gold, is aangenomen.',
          en: 'Indicative, not a limit: "Er zijn in principe geen maximale bedragen voorzien. Om toch enige houvast te bieden voorziet PIO voor een \'gemiddeld\' project volgende maximale inzet van middelen". The page is undated (before 2024): that it applied from 2017 to 2019 is assumed.',
        },
      },
      {
        value: '1000000.00',
        validFrom: '2020-01-01',
        status: 'published',
        source: { ...sources.vvsg2020, quote: 'begrensd tot ongeveer 1 miljoen euro' },
        note: {
          nl: 'Bevestigd in 2024: "tot maximum circa 1 miljoen euro cofinanciering" (VLAIO-nieuwsbericht).',
          en: 'Confirmed in 2024: "tot maximum circa 1 miljoen euro cofinanciering" (VLAIO news item).',
        },
      },
    ],
  },
  {
    id: 'cofinancing.rounding',
    description: {
      nl: 'Afronding van het maximum op de cent: naar beneden, zodat 50% nooit wordt overschreden.',
      en: 'Rounding of the maximum to the cent: down, so that 50% is never exceeded.',
    },
    unit: 'roundingMode',
    versions: [
      {
        value: 'down',
        validFrom: '2017-01-01',
        status: 'assumed',
        source: sources.assumption,
        note: {
          nl: 'Geen afrondingsregel gepubliceerd; "naar beneden" houdt het maximum van 50% altijd in acht.',
          en: 'No rounding rule is published; rounding down always respects the 50% maximum.',
        },
      },
    ],
  },
  {
    id: 'cofinancing.eligibleCategories',
    description: {
      nl: 'Kostencategorieën die in aanmerking komen: vóór 2024 O&O-diensten en validatie of testen in een testomgeving; vanaf 2024 ook diensten, leveringen of werken voor onderzoek, ontwikkeling en innovatie en haalbaarheidsstudies ter voorbereiding van een innovatieve overheidsopdracht; nooit de aankoop van kant-en-klare oplossingen.',
      en: 'Cost categories that are eligible: before 2024 R&D services and validation or testing in a test environment; from 2024 also services, supplies or works for research, development and innovation and feasibility studies preparing an innovative procurement; never the purchase of ready-made solutions.',
    },
    unit: 'categories',
    versions: [
      {
        value: ['rd-services', 'validation'],
        validFrom: '2017-01-01',
        validUntil: '2023-12-31',
        status: 'published',
        source: {
          ...sources.ewi2017,
          quote:
            'nog onderzoek & ontwikkeling (PCP) of nog een validatiefase nodig heeft (PPI+test)',
        },
        note: {
          nl: 'Cofinanciering alleen voor de aankoop van O&O-diensten, niet van de innovatieve oplossing zelf (nota bij het ontwerpbesluit van 2017). Haalbaarheidsstudies vallen erbuiten: "Daarnaast voorziet PIO in middelen voor haalbaarheidsstudies die voorafgaan aan het innovatieproject" (VVSG, 10 juni 2020), dus apart, als voortraject (externe expertise).',
          en: 'Cofinancing only for the purchase of R&D services, not of the innovative solution itself (2017 draft decree note). Feasibility studies fall outside: "Daarnaast voorziet PIO in middelen voor haalbaarheidsstudies die voorafgaan aan het innovatieproject" (VVSG, 10 June 2020), so apart, as the preparatory track (external expertise).',
        },
      },
      {
        value: ['rd-services', 'rdi', 'validation', 'feasibility-study'],
        validFrom: '2024-01-01',
        status: 'published',
        source: {
          ...sources.decree2024,
          article: 'art. 1, 4°',
          quote: 'diensten, leveringen of werken voor onderzoek, ontwikkeling en innovatie',
        },
        otherSources: [
          {
            ...sources.eligibility,
            quote:
              'het uitvoeren van haalbaarheidsstudies, in voorbereiding op een innovatieve overheidsopdracht',
          },
          { ...sources.eligibility, quote: 'validatie, evaluatie en testen' },
          {
            ...sources.seed,
            quote:
              'PIO kan zijn middelen niet inzetten voor de aankoop van kant-en-klare oplossingen die commercieel beschikbaar zijn.',
          },
        ],
        note: {
          nl: `Onderzoek, ontwikkeling én innovatie, als diensten, leveringen of werken (besluit, art. 1, 4°); de VLAIO-pagina noemt haalbaarheidsstudies ter voorbereiding van een innovatieve overheidsopdracht en validatie, evaluatie en testen. Die lijst is onvolledig: de rest ervan is niet gevonden en blijft erbuiten. Kant-en-klare oplossingen blijven uitgesloten. ${from2024.nl}`,
          en: `Research, development and innovation, bought as services, supplies or works (decree, art. 1, 4°); the VLAIO page names feasibility studies preparing an innovative procurement and validation, evaluation and testing. That list is partial: its rest was not found and stays out. Ready-made solutions stay excluded. ${from2024.en}`,
        },
      },
    ],
  },
  {
    id: 'vat.standardRate',
    description: {
      nl: 'Btw-tarief waarmee niet-recupereerbare btw aan de basis wordt toegevoegd.',
      en: 'VAT rate used when non-recoverable VAT joins the base.',
    },
    unit: 'rate',
    versions: [
      {
        value: '0.21',
        validFrom: '2017-01-01',
        status: 'assumed',
        source: sources.assumption,
        note: {
          nl: 'Het Belgische normale tarief; of btw in de basis hoort, is niet gepubliceerd.',
          en: 'The Belgian standard rate; whether VAT belongs in the base is not published.',
        },
      },
    ],
  },
];
