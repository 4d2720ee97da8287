import type { Locale } from '../i18n/index.js';

/** The commands of `pio-rules`. */
export type CommandName =
  'calls' | 'next-deadline' | 'cofinancing' | 'validate' | 'schema' | 'parameters';

/** Every command, in the order the help lists them. */
export const commandNames: readonly CommandName[] = [
  'calls',
  'next-deadline',
  'cofinancing',
  'validate',
  'schema',
  'parameters',
];

/**
 * Every text the command line tool writes itself, in one language (the library's issues bring
 * their own messages). Both tables are typed with this interface, so a missing translation
 * fails to compile.
 */
export interface CliMessages {
  /** The help of the tool. */
  readonly toolHelp: string;
  /** The help of each command. */
  readonly commandHelp: Readonly<Record<CommandName, string>>;
  /** Added to a usage error. */
  readonly seeHelp: (command: CommandName | undefined) => string;
  /** No command given. */
  readonly noCommand: () => string;
  /** An unknown command. */
  readonly unknownCommand: (command: string) => string;
  /** An option the command does not know. */
  readonly unknownOption: (option: string, command: CommandName | undefined) => string;
  /** An option that needs a value got none. */
  readonly missingValue: (option: string) => string;
  /** A flag that takes no value got one (`--json=yes`). */
  readonly unexpectedValue: (option: string) => string;
  /** An option given twice that may be given once. */
  readonly repeatedOption: (option: string) => string;
  /** A value the option does not accept. */
  readonly badValue: (option: string, value: string, expected: string) => string;
  /** What `--year` expects. */
  readonly expectedYear: string;
  /** An argument the command does not take. */
  readonly unexpectedArgument: (argument: string, command: CommandName) => string;
  /** `cofinancing` without `--cost` or `--line`. */
  readonly missingCost: () => string;
  /** `cofinancing` with both `--cost` and `--line`. */
  readonly costAndLine: () => string;
  /** A `--line` that is not `CATEGORY=AMOUNT`. */
  readonly badLine: (value: string) => string;
  /** A `--line` with an unknown category. */
  readonly badCategory: (category: string, categories: readonly string[]) => string;
  /** `validate` without files. */
  readonly noFiles: () => string;
  /** `-` given more than once. */
  readonly stdinTwice: () => string;
  /** A file that does not exist. */
  readonly fileNotFound: (file: string) => string;
  /** A directory given as a file. */
  readonly fileIsDirectory: (file: string) => string;
  /** A file that cannot be read, with the system's reason. */
  readonly fileUnreadable: (file: string, reason: string) => string;
  /** A file or stdin without any proposal. */
  readonly emptyInput: (file: string) => string;
  /** Malformed JSON, at `where` (`file:line:column`). */
  readonly invalidJson: (where: string, detail: string) => string;
  /** JSON detail: the text ends too early. */
  readonly jsonUnexpectedEnd: () => string;
  /** JSON detail: a character that does not belong there. */
  readonly jsonUnexpectedCharacter: (character: string) => string;
  /** JSON detail: nested too deeply to read. */
  readonly jsonTooDeep: () => string;
  /** The JSON Schema file is not where the package ships it. */
  readonly schemaMissing: (path: string) => string;
  /** An error the tool did not expect (a bug): one line, no stack trace. */
  readonly unexpectedError: (message: string) => string;
  /** Label of an issue with severity `error`. */
  readonly error: string;
  /** Label of an issue with severity `warning`. */
  readonly warning: string;
  /** The path shown for an issue about the proposal as a whole. */
  readonly wholeProposal: string;
  /** A valid proposal, with its maximum cofinancing. */
  readonly validProposal: (where: string, maximum: string) => string;
  /** An invalid proposal, with its number of errors. */
  readonly invalidProposal: (where: string, errors: number) => string;
  /** The summary of `validate`. */
  readonly summary: (valid: number, invalid: number, unreadable: number) => string;
  /** The progress line of `validate` on a terminal. */
  readonly progress: (count: number) => string;
  /** `calls` found none. */
  readonly noCalls: (year: number | undefined) => string;
  /** `next-deadline` found none. */
  readonly noNextDeadline: () => string;
  /** The kind of a call. */
  readonly callKind: Readonly<Record<'regular' | 'thematic', string>>;
  /** `parameters`: the versions shown. */
  readonly parametersHeading: (at: string | undefined) => string;
  /** `parameters`: the validity of a version. */
  readonly validity: (from: string, until: string | null) => string;
  /** `parameters`: a version's status. */
  readonly status: Readonly<Record<'published' | 'assumed', string>>;
  /** `parameters`: the source of a version. */
  readonly source: string;
}

const nlHelp: Record<CommandName, string> = {
  calls: `Gebruik: pio-rules calls [--year JAAR] [--json]

De oproepen van het PIO met hun deadline (24.00 uur Brusselse tijd op de uiterste datum).
Verwachte oproepen (nog niet gepubliceerd) zijn als "verwacht" gemarkeerd.

Opties:
  --year JAAR    enkel de oproepen van dit jaar
  --json         de oproepen als JSON
  --lang nl|en   taal van de uitvoer (standaard nl)

Voorbeeld:
  pio-rules calls --year 2024`,
  'next-deadline': `Gebruik: pio-rules next-deadline [--now TIJDSTIP] [--kind regular|thematic] [--json]

De oproep met de eerstvolgende deadline na een tijdstip (standaard: nu, volgens de klok van
deze computer).

Opties:
  --now TIJDSTIP             ISO 8601 met tijdzone, bv. 2024-05-01T12:00:00+02:00
  --kind regular|thematic    enkel gewone of enkel thematische oproepen
  --json                     de oproep als JSON (null als er geen is)
  --lang nl|en               taal van de uitvoer (standaard nl)

Voorbeeld:
  pio-rules next-deadline --now 2024-05-01T12:00:00+02:00`,
  cofinancing: `Gebruik: pio-rules cofinancing --cost BEDRAG [opties]
       pio-rules cofinancing --line CATEGORIE=BEDRAG [--line ...] [opties]

De maximale PIO-cofinanciering van een aankoop, met de uitleg van elke stap.

Opties:
  --cost BEDRAG                geraamde kost excl. btw (één lijn O&O-diensten)
  --line CATEGORIE=BEDRAG      een kostenlijn; herhaal voor meer lijnen; categorieën:
                               rd-services, validation, off-the-shelf, other
  --vat excluded|non-recoverable
                               btw (standaard excluded); non-recoverable telt de btw mee
  --requested BEDRAG           de gevraagde cofinanciering
  --at DATUM                   de regels van deze datum (JJJJ-MM-DD) of dit tijdstip
                               (standaard: de laatste regels)
  --json                       het resultaat als JSON
  --lang nl|en                 taal van de uitvoer (standaard nl)

Bedragen: 1200000 of 1200000.50, of zoals getypt in de gekozen taal (nl: 1.200.000,50).

Voorbeelden:
  pio-rules cofinancing --cost 2400000
  pio-rules cofinancing --line rd-services=1200000 --line off-the-shelf=300000`,
  validate: `Gebruik: pio-rules validate BESTAND... [--at TIJDSTIP] [--json]
       pio-rules validate - [--at TIJDSTIP] [--json]

Valideert projectvoorstellen: structuur en alle regels. Een bestand bevat één voorstel (JSON),
een JSON-array van voorstellen, of NDJSON (één voorstel per regel, gestreamd). "-" leest de
standaardinvoer. Per voorstel de fouten met hun pad, en een samenvatting.

Opties:
  --at TIJDSTIP   het tijdstip om deadlines aan te toetsen als een voorstel geen
                  submittedAt heeft (ISO 8601 met tijdzone)
  --json          per voorstel één JSON-object per regel (NDJSON), en een samenvatting
  --lang nl|en    taal van de uitvoer (standaard nl)

Exitcodes: 0 alles geldig, 1 minstens één voorstel ongeldig, 2 onleesbare invoer.

Voorbeeld:
  pio-rules validate voorstellen.ndjson`,
  schema: `Gebruik: pio-rules schema

Toont het JSON Schema van een projectvoorstel. Het schema controleert enkel de structuur;
"pio-rules validate" controleert ook de regels.`,
  parameters: `Gebruik: pio-rules parameters [--at DATUM] [--json]

De parameters van het programma (percentages, plafonds, deadlines) met hun bron.

Opties:
  --at DATUM     de versies die gelden op deze datum (JJJJ-MM-DD) of dit tijdstip
                 (standaard: de laatste versie van elke parameter)
  --json         de parameters als JSON
  --lang nl|en   taal van de uitvoer (standaard nl)`,
};

const enHelp: Record<CommandName, string> = {
  calls: `Usage: pio-rules calls [--year YEAR] [--json]

The calls of the PIO programme with their deadlines (24:00 Brussels time on the deadline date).
Expected calls (not published yet) are marked "expected".

Options:
  --year YEAR    only the calls of this year
  --json         the calls as JSON
  --lang nl|en   language of the output (default nl)

Example:
  pio-rules calls --year 2024 --lang en`,
  'next-deadline': `Usage: pio-rules next-deadline [--now INSTANT] [--kind regular|thematic] [--json]

The call with the next deadline after an instant (default: now, by this computer's clock).

Options:
  --now INSTANT              ISO 8601 with an offset, e.g. 2024-05-01T12:00:00+02:00
  --kind regular|thematic    only regular or only thematic calls
  --json                     the call as JSON (null when there is none)
  --lang nl|en               language of the output (default nl)

Example:
  pio-rules next-deadline --now 2024-05-01T12:00:00+02:00 --lang en`,
  cofinancing: `Usage: pio-rules cofinancing --cost AMOUNT [options]
       pio-rules cofinancing --line CATEGORY=AMOUNT [--line ...] [options]

The maximum PIO cofinancing of a purchase, with the explanation of every step.

Options:
  --cost AMOUNT                estimated cost excl. VAT (one line of R&D services)
  --line CATEGORY=AMOUNT       a cost line; repeat for more lines; categories:
                               rd-services, validation, off-the-shelf, other
  --vat excluded|non-recoverable
                               VAT (default excluded); non-recoverable adds VAT to the base
  --requested AMOUNT           the cofinancing asked for
  --at DATE                    the rules of this date (YYYY-MM-DD) or instant
                               (default: the latest rules)
  --json                       the result as JSON
  --lang nl|en                 language of the output (default nl)

Amounts: 1200000 or 1200000.50, or as typed in the chosen language (en: 1,200,000.50).

Examples:
  pio-rules cofinancing --cost 2400000 --lang en
  pio-rules cofinancing --line rd-services=1200000 --line off-the-shelf=300000`,
  validate: `Usage: pio-rules validate FILE... [--at INSTANT] [--json]
       pio-rules validate - [--at INSTANT] [--json]

Validates project proposals: structure and every rule. A file holds one proposal (JSON), a
JSON array of proposals, or NDJSON (one proposal a line, streamed). "-" reads standard input.
For each proposal its issues with their paths, then a summary.

Options:
  --at INSTANT    the instant to judge deadlines by when a proposal has no submittedAt
                  (ISO 8601 with an offset)
  --json          one JSON object a line (NDJSON) per proposal, then a summary
  --lang nl|en    language of the output (default nl)

Exit codes: 0 all valid, 1 at least one proposal invalid, 2 unreadable input.

Example:
  pio-rules validate proposals.ndjson --lang en`,
  schema: `Usage: pio-rules schema

Prints the JSON Schema of a project proposal. The schema checks the structure only;
"pio-rules validate" also checks the rules.`,
  parameters: `Usage: pio-rules parameters [--at DATE] [--json]

The parameters of the programme (rates, caps, deadlines) with their sources.

Options:
  --at DATE      the versions in force on this date (YYYY-MM-DD) or at this instant
                 (default: the latest version of every parameter)
  --json         the parameters as JSON
  --lang nl|en   language of the output (default nl)`,
};

const quote = (text: string): string => JSON.stringify(text);

/** The Dutch texts of the tool (the default). */
export const nl: CliMessages = {
  toolHelp: `pio-rules: de regels van het Programma Innovatieve Overheidsopdrachten (PIO)

Gebruik: pio-rules <opdracht> [opties]

Opdrachten:
  calls          de oproepen en hun deadlines
  next-deadline  de eerstvolgende deadline
  cofinancing    de maximale cofinanciering, met uitleg
  validate       projectvoorstellen valideren (JSON, JSON-array of NDJSON)
  schema         het JSON Schema van een projectvoorstel
  parameters     de parameters van het programma, met hun bron

Algemene opties:
  --lang nl|en   taal van de uitvoer (standaard nl)
  --help, -h     deze hulp; "pio-rules <opdracht> --help" voor een opdracht
  --version, -V  de versie

Exitcodes: 0 alles geldig, 1 iets ongeldig, 2 fout in het gebruik of de invoer.`,
  commandHelp: nlHelp,
  seeHelp: (command) => `zie "pio-rules ${command === undefined ? '' : `${command} `}--help"`,
  noCommand: () => 'geen opdracht gegeven',
  unknownCommand: (command) => `onbekende opdracht ${quote(command)}`,
  unknownOption: (option, command) =>
    command === undefined
      ? `onbekende optie ${option}`
      : `onbekende optie ${option} voor ${command}`,
  missingValue: (option) => `${option} verwacht een waarde`,
  unexpectedValue: (option) => `${option} neemt geen waarde`,
  repeatedOption: (option) => `${option} mag maar één keer gegeven worden`,
  badValue: (option, value, expected) =>
    `ongeldige waarde ${quote(value)} voor ${option} (verwacht: ${expected})`,
  expectedYear: 'een jaar, bv. 2024',
  unexpectedArgument: (argument, command) =>
    `onverwacht argument ${quote(argument)}: ${command} neemt geen argumenten`,
  missingCost: () => 'geef --cost of minstens één --line',
  costAndLine: () => 'geef --cost of --line, niet allebei',
  badLine: (value) => `ongeldige --line ${quote(value)} (verwacht: CATEGORIE=BEDRAG)`,
  badCategory: (category, categories) =>
    `onbekende kostencategorie ${quote(category)} (verwacht: ${categories.join(', ')})`,
  noFiles: () => 'geef minstens één bestand, of - voor de standaardinvoer',
  stdinTwice: () => '- (de standaardinvoer) mag maar één keer gegeven worden',
  fileNotFound: (file) => `${file}: bestand niet gevonden`,
  fileIsDirectory: (file) => `${file}: is een map, geen bestand`,
  fileUnreadable: (file, reason) => `${file}: kan niet gelezen worden (${reason})`,
  emptyInput: (file) => `${file}: bevat geen projectvoorstel`,
  invalidJson: (where, detail) => `${where}: ongeldige JSON: ${detail}`,
  jsonUnexpectedEnd: () => 'onverwacht einde van de tekst',
  jsonUnexpectedCharacter: (character) => `onverwacht teken ${character}`,
  jsonTooDeep: () => 'te diep genest',
  schemaMissing: (path) => `JSON Schema niet gevonden in ${path}`,
  unexpectedError: (message) => `onverwachte fout: ${message}`,
  error: 'fout',
  warning: 'waarschuwing',
  wholeProposal: '(voorstel)',
  validProposal: (where, maximum) => `${where}: geldig (maximale cofinanciering ${maximum})`,
  invalidProposal: (where, errors) =>
    `${where}: ongeldig (${errors} ${errors === 1 ? 'fout' : 'fouten'})`,
  summary: (valid, invalid, unreadable) =>
    `${valid} geldig, ${invalid} ongeldig${unreadable > 0 ? `, ${unreadable} onleesbaar` : ''}`,
  progress: (count) => `${count} voorstellen gelezen…`,
  noCalls: (year) => (year === undefined ? 'geen oproepen' : `geen oproepen in ${year}`),
  noNextDeadline: () => 'geen volgende deadline gekend',
  callKind: { regular: 'gewoon', thematic: 'thematisch' },
  parametersHeading: (at) =>
    at === undefined ? 'Parameters (laatste versie):' : `Parameters die gelden op ${at}:`,
  validity: (from, until) => (until === null ? `sinds ${from}` : `van ${from} tot en met ${until}`),
  status: { published: 'gepubliceerd', assumed: 'aanname' },
  source: 'bron',
};

/** The English texts of the tool (`--lang en`). */
export const en: CliMessages = {
  toolHelp: `pio-rules: the rules of Flanders' Programma Innovatieve Overheidsopdrachten (PIO)

Usage: pio-rules <command> [options]

Commands:
  calls          the calls and their deadlines
  next-deadline  the next deadline
  cofinancing    the maximum cofinancing, explained
  validate       validate project proposals (JSON, a JSON array or NDJSON)
  schema         the JSON Schema of a project proposal
  parameters     the parameters of the programme, with their sources

Global options:
  --lang nl|en   language of the output (default nl)
  --help, -h     this help; "pio-rules <command> --help" for a command
  --version, -V  the version

Exit codes: 0 all valid, 1 something invalid, 2 a usage or input error.`,
  commandHelp: enHelp,
  seeHelp: (command) => `see "pio-rules ${command === undefined ? '' : `${command} `}--help"`,
  noCommand: () => 'no command given',
  unknownCommand: (command) => `unknown command ${quote(command)}`,
  unknownOption: (option, command) =>
    command === undefined ? `unknown option ${option}` : `unknown option ${option} for ${command}`,
  missingValue: (option) => `${option} needs a value`,
  unexpectedValue: (option) => `${option} takes no value`,
  repeatedOption: (option) => `${option} may be given only once`,
  badValue: (option, value, expected) =>
    `invalid value ${quote(value)} for ${option} (expected: ${expected})`,
  expectedYear: 'a year, e.g. 2024',
  unexpectedArgument: (argument, command) =>
    `unexpected argument ${quote(argument)}: ${command} takes no arguments`,
  missingCost: () => 'give --cost or at least one --line',
  costAndLine: () => 'give --cost or --line, not both',
  badLine: (value) => `invalid --line ${quote(value)} (expected: CATEGORY=AMOUNT)`,
  badCategory: (category, categories) =>
    `unknown cost category ${quote(category)} (expected: ${categories.join(', ')})`,
  noFiles: () => 'give at least one file, or - for standard input',
  stdinTwice: () => '- (standard input) may be given only once',
  fileNotFound: (file) => `${file}: no such file`,
  fileIsDirectory: (file) => `${file}: is a directory, not a file`,
  fileUnreadable: (file, reason) => `${file}: cannot be read (${reason})`,
  emptyInput: (file) => `${file}: holds no project proposal`,
  invalidJson: (where, detail) => `${where}: malformed JSON: ${detail}`,
  jsonUnexpectedEnd: () => 'unexpected end of the text',
  jsonUnexpectedCharacter: (character) => `unexpected character ${character}`,
  jsonTooDeep: () => 'nested too deeply',
  schemaMissing: (path) => `JSON Schema not found at ${path}`,
  unexpectedError: (message) => `unexpected error: ${message}`,
  error: 'error',
  warning: 'warning',
  wholeProposal: '(proposal)',
  validProposal: (where, maximum) => `${where}: valid (maximum cofinancing ${maximum})`,
  invalidProposal: (where, errors) =>
    `${where}: invalid (${errors} ${errors === 1 ? 'error' : 'errors'})`,
  summary: (valid, invalid, unreadable) =>
    `${valid} valid, ${invalid} invalid${unreadable > 0 ? `, ${unreadable} unreadable` : ''}`,
  progress: (count) => `${count} proposals read…`,
  noCalls: (year) => (year === undefined ? 'no calls' : `no calls in ${year}`),
  noNextDeadline: () => 'no next deadline known',
  callKind: { regular: 'regular', thematic: 'thematic' },
  parametersHeading: (at) =>
    at === undefined ? 'Parameters (latest version):' : `Parameters in force on ${at}:`,
  validity: (from, until) => (until === null ? `since ${from}` : `from ${from} to ${until}`),
  status: { published: 'published', assumed: 'assumed' },
  source: 'source',
};

/**
 * The texts of the tool in a locale.
 *
 * @param locale - `'nl-BE'` or `'en'`.
 * @returns The table.
 * @example
 * ```ts
 * messagesFor('en').summary(2, 1, 0);
 * //=> '2 valid, 1 invalid'
 * ```
 */
export function messagesFor(locale: Locale): CliMessages {
  return locale === 'en' ? en : nl;
}
