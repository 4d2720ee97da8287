import type { ParameterDefinition } from '../types.js';
import { sources } from './sources.js';

const before2024 = {
  nl: 'Waarde voor 2024 niet gepubliceerd gevonden: aangenomen gelijk aan de latere gepubliceerde waarde.',
  en: 'No published value before 2024 was found: assumed equal to the later published value.',
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
        status: 'assumed',
        source: sources.assumption,
        note: before2024,
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
        status: 'assumed',
        source: sources.assumption,
        note: {
          nl: 'Voor 2020 geen gepubliceerd plafond gevonden: aangenomen gelijk aan het latere richtbedrag.',
          en: 'No published cap before 2020 was found: assumed equal to the later indicative cap.',
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
      nl: 'Kostencategorieën die in aanmerking komen: O&O-diensten en validatie of testen in een testomgeving; niet de aankoop van kant-en-klare oplossingen.',
      en: 'Cost categories that are eligible: R&D services and validation or testing in a test environment; not the purchase of ready-made solutions.',
    },
    unit: 'categories',
    versions: [
      {
        value: ['rd-services', 'validation'],
        validFrom: '2017-01-01',
        status: 'published',
        source: {
          ...sources.seed,
          quote:
            'PIO kan zijn middelen niet inzetten voor de aankoop van kant-en-klare oplossingen die commercieel beschikbaar zijn.',
        },
        note: {
          nl: 'Ook: cofinanciering alleen voor de aankoop van O&O-diensten (nota bij het ontwerpbesluit van 2017).',
          en: 'Also: cofinancing only for the purchase of R&D services (2017 draft decree note).',
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
