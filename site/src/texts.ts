import type { Locale } from '@vlaio/pio-rules';

/**
 * Everything the page itself says, per language. The library's own texts (issue messages,
 * explanations, deadlines, the labels of the closed lists) come from the library's tables.
 */
export interface SiteTexts {
  readonly title: string;
  readonly tagline: string;
  readonly skip: string;
  readonly nav: {
    readonly label: string;
    readonly calls: string;
    readonly cofinancing: string;
    readonly checker: string;
    readonly docs: string;
  };
  /** The link to the other language, written in that language. */
  readonly otherLanguage: { readonly locale: Locale; readonly name: string };
  readonly calls: {
    readonly heading: string;
    readonly intro: string;
    readonly next: string;
    readonly noNext: string;
    readonly left: (days: number, hours: number, minutes: number) => string;
    readonly year: (year: number) => string;
    readonly call: string;
    readonly kind: string;
    readonly deadline: string;
    readonly status: string;
    readonly source: string;
    readonly sourceLink: string;
    readonly noSource: string;
    readonly closed: string;
  };
  readonly cofinancing: {
    readonly heading: string;
    readonly intro: string;
    readonly lines: string;
    readonly line: (n: number) => string;
    readonly category: string;
    readonly amount: string;
    readonly amountHint: string;
    readonly label: string;
    readonly phase: string;
    readonly defaultPhase: (n: number) => string;
    readonly add: string;
    readonly remove: (n: number) => string;
    readonly vat: string;
    readonly split: string;
    readonly result: string;
    readonly maximum: string;
    readonly capped: string;
    readonly notCapped: string;
    readonly eligibleBase: string;
    readonly phases: string;
    readonly explanation: string;
    readonly parameters: string;
    readonly parameter: string;
    readonly value: string;
    readonly validFrom: string;
    readonly paramStatus: string;
    readonly fixFields: string;
    readonly emptyAmount: string;
    readonly share: string;
    readonly print: string;
    readonly rules: string;
  };
  readonly checker: {
    readonly heading: string;
    readonly intro: string;
    readonly example: string;
    readonly chooseExample: string;
    readonly load: string;
    readonly drop: string;
    readonly file: string;
    readonly editor: string;
    readonly fields: string;
    readonly summary: (errors: number, warnings: number) => string;
    readonly valid: string;
    readonly notJson: string;
    readonly empty: string;
    readonly missing: string;
    readonly whole: string;
    readonly error: string;
    readonly warning: string;
    readonly download: string;
    readonly downloadRecord: string;
    readonly recordHint: string;
    readonly recording: string;
    readonly recorded: (file: string, valid: boolean, digest: string) => string;
    readonly recordEmpty: string;
    readonly recordNotJson: string;
    readonly noCrypto: string;
    readonly recordFailed: (message: string) => string;
    readonly maximum: string;
  };
  readonly docs: {
    readonly heading: string;
    readonly api: string;
  };
  readonly footer: string;
}

const nl: SiteTexts = {
  title: 'PIO: oproepen, cofinanciering en voorstellen',
  tagline:
    'De regels van het Programma Innovatieve Overheidsopdrachten, rechtstreeks uit de bibliotheek @vlaio/pio-rules.',
  skip: 'Naar de inhoud',
  nav: {
    label: 'Hulpmiddelen',
    calls: 'Oproepen',
    cofinancing: 'Cofinanciering',
    checker: 'Voorstel nakijken',
    docs: 'Documentatie',
  },
  otherLanguage: { locale: 'en', name: 'English' },
  calls: {
    heading: 'Oproepen',
    intro:
      'De oproepen van dit en volgend jaar, met hun uiterste indieningsdatum in Brusselse tijd. Een datum is gepubliceerd, aangekondigd of verwacht (een projectie van de bibliotheek).',
    next: 'Volgende uiterste datum',
    noNext: 'Geen volgende oproep bekend.',
    left: (d, h, m) =>
      `Nog ${String(d)} ${d === 1 ? 'dag' : 'dagen'}, ${String(h)} uur en ${String(m)} ${m === 1 ? 'minuut' : 'minuten'}.`,
    year: (y) => `Oproepen van ${String(y)}`,
    call: 'Oproep',
    kind: 'Soort',
    deadline: 'Uiterste datum (Brusselse tijd)',
    status: 'Status',
    source: 'Bron',
    sourceLink: 'bron',
    noSource: 'geen bron',
    closed: 'afgesloten',
  },
  cofinancing: {
    heading: 'Cofinanciering',
    intro:
      'Hoeveel kan PIO maximaal cofinancieren? Vul de kostenlijnen van de aankoop in (exclusief btw). Het resultaat volgt terwijl u typt.',
    lines: 'Kostenlijnen',
    line: (n) => `Kostenlijn ${String(n)}`,
    category: 'Soort kost',
    amount: 'Bedrag (euro, excl. btw)',
    amountHint: 'Bijvoorbeeld 1.234.567,89 of 1234567.89',
    label: 'Omschrijving',
    phase: 'Fase',
    defaultPhase: (n) => `Fase ${String(n)}`,
    add: 'Kostenlijn toevoegen',
    remove: (n) => `Kostenlijn ${String(n)} verwijderen`,
    vat: 'Btw',
    split: 'Het maximum per fase verdelen',
    result: 'Resultaat',
    maximum: 'Maximale cofinanciering',
    capped: 'Begrensd door het plafond: ja',
    notCapped: 'Begrensd door het plafond: nee',
    eligibleBase: 'Subsidiabele basis',
    phases: 'Per fase',
    explanation: 'Berekening, stap voor stap',
    parameters: 'Gebruikte regels en hun bronnen',
    parameter: 'Regel',
    value: 'Waarde',
    validFrom: 'Geldig vanaf',
    paramStatus: 'Status',
    fixFields: 'Verbeter de gemarkeerde velden; pas dan volgt een resultaat.',
    emptyAmount: 'Vul een bedrag in.',
    share: 'Link naar dit resultaat',
    print: 'Afdrukken',
    rules: 'De laatste versie van elke regel uit het register van de bibliotheek.',
  },
  checker: {
    heading: 'Voorstel nakijken',
    intro:
      'Sleep een voorstel (JSON) hierheen, plak het in het veld of begin van een voorbeeld. Elke opmerking staat naast het veld waarover ze gaat, fouten eerst.',
    example: 'Voorbeeld',
    chooseExample: 'Kies een voorbeeld',
    load: 'Voorbeeld laden',
    drop: 'Sleep een JSON-bestand op het veld, of kies een bestand:',
    file: 'Bestand met een voorstel',
    editor: 'Het voorstel (JSON)',
    fields: 'Velden en opmerkingen',
    summary: (e, w) =>
      `${String(e)} ${e === 1 ? 'fout' : 'fouten'}, ${String(w)} ${w === 1 ? 'waarschuwing' : 'waarschuwingen'}.`,
    valid: 'Het voorstel is geldig.',
    notJson: 'Dit is geen geldige JSON.',
    empty: 'Nog geen voorstel.',
    missing: '(ontbreekt)',
    whole: 'Het voorstel als geheel',
    error: 'Fout',
    warning: 'Waarschuwing',
    download: 'Voorstel downloaden',
    downloadRecord: 'Beslissingsrecord downloaden',
    recordHint:
      'Het beslissingsrecord (pio-rules/decision@1) bewaart het voorstel, de regels die nu gelden, elke gelezen regelversie en de uitkomst, elk met een SHA-256-digest; "pio-rules verify" controleert het en voert de beslissing opnieuw uit.',
    recording: 'Het beslissingsrecord wordt gemaakt…',
    recorded: (file, valid, digest) =>
      `Beslissingsrecord ${file} gedownload: het voorstel is ${valid ? 'geldig' : 'niet geldig'}; digest ${digest.slice(0, 12)}…`,
    recordEmpty: 'Geen beslissingsrecord: er is nog geen voorstel.',
    recordNotJson: 'Geen beslissingsrecord: het voorstel is geen geldige JSON.',
    noCrypto:
      'Geen beslissingsrecord: deze browser biedt op deze pagina geen Web Crypto (crypto.subtle) voor de digests. Open de pagina over https, van deze computer of als bestand (file://).',
    recordFailed: (message) => `Geen beslissingsrecord: ${message}`,
    maximum: 'Maximale cofinanciering van dit voorstel',
  },
  docs: {
    heading: 'Documentatie',
    api: 'API-referentie',
  },
  footer:
    'Alle bedragen, datums en opmerkingen komen uit de functies van @vlaio/pio-rules; deze pagina rekent zelf niets uit.',
};

const en: SiteTexts = {
  title: 'PIO: calls, cofinancing and proposals',
  tagline:
    "The rules of Flanders' innovative public procurement programme, straight from the library @vlaio/pio-rules.",
  skip: 'Skip to the content',
  nav: {
    label: 'Tools',
    calls: 'Calls',
    cofinancing: 'Cofinancing',
    checker: 'Check a proposal',
    docs: 'Documentation',
  },
  otherLanguage: { locale: 'nl', name: 'Nederlands' },
  calls: {
    heading: 'Calls',
    intro:
      "The calls of this year and the next, with their deadlines in Brussels time. A date is published, announced or expected (the library's projection).",
    next: 'Next deadline',
    noNext: 'No next call is known.',
    left: (d, h, m) =>
      `${String(d)} ${d === 1 ? 'day' : 'days'}, ${String(h)} ${h === 1 ? 'hour' : 'hours'} and ${String(m)} ${m === 1 ? 'minute' : 'minutes'} left.`,
    year: (y) => `Calls of ${String(y)}`,
    call: 'Call',
    kind: 'Kind',
    deadline: 'Deadline (Brussels time)',
    status: 'Status',
    source: 'Source',
    sourceLink: 'source',
    noSource: 'no source',
    closed: 'closed',
  },
  cofinancing: {
    heading: 'Cofinancing',
    intro:
      'How much can PIO cofinance at most? Enter the cost lines of the purchase (excl. VAT). The result follows as you type.',
    lines: 'Cost lines',
    line: (n) => `Cost line ${String(n)}`,
    category: 'Kind of cost',
    amount: 'Amount (euro, excl. VAT)',
    amountHint: 'For example 1,234,567.89 or 1234567.89',
    label: 'Description',
    phase: 'Phase',
    defaultPhase: (n) => `Phase ${String(n)}`,
    add: 'Add a cost line',
    remove: (n) => `Remove cost line ${String(n)}`,
    vat: 'VAT',
    split: 'Split the maximum per phase',
    result: 'Result',
    maximum: 'Maximum cofinancing',
    capped: 'Limited by the cap: yes',
    notCapped: 'Limited by the cap: no',
    eligibleBase: 'Eligible base',
    phases: 'Per phase',
    explanation: 'The computation, step by step',
    parameters: 'Rules used and their sources',
    parameter: 'Rule',
    value: 'Value',
    validFrom: 'Valid from',
    paramStatus: 'Status',
    fixFields: 'Correct the marked fields; then a result follows.',
    emptyAmount: 'Enter an amount.',
    share: 'Link to this result',
    print: 'Print',
    rules: "The latest version of every rule in the library's registry.",
  },
  checker: {
    heading: 'Check a proposal',
    intro:
      'Drop a proposal (JSON) here, paste it into the field or start from an example. Each remark stands beside the field it concerns, errors first.',
    example: 'Example',
    chooseExample: 'Choose an example',
    load: 'Load the example',
    drop: 'Drop a JSON file on the field, or choose a file:',
    file: 'File with a proposal',
    editor: 'The proposal (JSON)',
    fields: 'Fields and remarks',
    summary: (e, w) =>
      `${String(e)} ${e === 1 ? 'error' : 'errors'}, ${String(w)} ${w === 1 ? 'warning' : 'warnings'}.`,
    valid: 'The proposal is valid.',
    notJson: 'This is not valid JSON.',
    empty: 'No proposal yet.',
    missing: '(missing)',
    whole: 'The proposal as a whole',
    error: 'Error',
    warning: 'Warning',
    download: 'Download the proposal',
    downloadRecord: 'Download the decision record',
    recordHint:
      'The decision record (pio-rules/decision@1) keeps the proposal, the rules in force now, every rule version read and the outcome, each with a SHA-256 digest; "pio-rules verify" checks it and replays the decision.',
    recording: 'Making the decision record…',
    recorded: (file, valid, digest) =>
      `Decision record ${file} downloaded: the proposal is ${valid ? 'valid' : 'not valid'}; digest ${digest.slice(0, 12)}…`,
    recordEmpty: 'No decision record: there is no proposal yet.',
    recordNotJson: 'No decision record: the proposal is not valid JSON.',
    noCrypto:
      'No decision record: this browser offers no Web Crypto (crypto.subtle) for the digests on this page. Open the page over https, from this computer or as a file (file://).',
    recordFailed: (message) => `No decision record: ${message}`,
    maximum: 'Maximum cofinancing of this proposal',
  },
  docs: {
    heading: 'Documentation',
    api: 'API reference',
  },
  footer:
    'Every amount, date and remark comes from the functions of @vlaio/pio-rules; this page computes nothing itself.',
};

/** The page's texts by language. */
export const siteTexts: Readonly<Record<Locale, SiteTexts>> = { nl, en };
