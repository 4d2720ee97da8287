import type { CliCommandName, CliTexts } from '../cli.js';

const LANG = `  --lang TAAL    taal van de uitvoer: nl, nl-BE, nl-NL (standaard) of en, en-GB, en-US`;

const help: { readonly [C in CliCommandName]: string } = {
  calls: `Gebruik: pio-rules calls [--year JAAR] [--json]

De oproepen van het PIO met hun deadline (24.00 uur Brusselse tijd op de uiterste datum).
Een uiterste datum die niet gepubliceerd is, is gemarkeerd: "aangekondigd" (een streefdatum van
het programma) of "verwacht" (een projectie van deze bibliotheek).

Opties:
  --year JAAR    enkel de oproepen van dit jaar
  --json         de oproepen als JSON (tijdstippen als ISO 8601 in UTC)
${LANG}

Voorbeeld:
  pio-rules calls --year 2024`,
  'next-deadline': `Gebruik: pio-rules next-deadline [--now TIJDSTIP] [--kind regular|thematic] [--json]

De oproep met de eerstvolgende deadline na een tijdstip (standaard: nu, volgens de klok van
deze computer).

Opties:
  --now TIJDSTIP             ISO 8601 met tijdzone, bv. 2024-05-01T12:00:00+02:00
  --kind regular|thematic    enkel gewone of enkel thematische oproepen
  --json                     de oproep als JSON (null als er geen is)
${LANG}

Voorbeeld:
  pio-rules next-deadline --now 2024-05-01T12:00:00+02:00`,
  cofinancing: `Gebruik: pio-rules cofinancing --cost BEDRAG [opties]
       pio-rules cofinancing --line CATEGORIE=BEDRAG [--line ...] [opties]

De maximale PIO-cofinanciering van een aankoop, met de uitleg van elke stap.

Opties:
  --cost BEDRAG                geraamde kost excl. btw (één lijn O&O-diensten)
  --line CATEGORIE=BEDRAG      een kostenlijn; herhaal voor meer lijnen; categorieën:
                               rd-services, rdi, validation, feasibility-study,
                               off-the-shelf, other
  --vat excluded|non-recoverable
                               btw (standaard excluded); non-recoverable telt de btw mee
  --requested BEDRAG           de gevraagde cofinanciering
  --at DATUM                   de regels van deze datum (JJJJ-MM-DD) of dit tijdstip
                               (standaard: de laatste regels)
  --json                       het resultaat als JSON (bedragen als decimale tekst,
                               bv. "1000000.00"), met de uitleg als "text"
  --record BESTAND             schrijf ook het beslissingsrecord naar BESTAND (één NDJSON-regel)
  --decided-at TIJDSTIP        het tijdstip van de beslissing in het record (standaard: nu)
${LANG}

Bedragen, in elke taal gelezen op dezelfde manier: 1200000, 1200000.50, 1.200.000,50 of
1,200,000.50, met of zonder €; hoogstens twee decimalen. 1.50 is € 1,50 en 1.500,00 is
€ 1.500,00, maar 1.500 wordt geweigerd: 1500 in Nederlandse schrijfwijze en 1,5 in Engelse
(net als 1,500, 250.000 en 1.234: schrijf 1.500,00, 1,50 of 1500).

Voorbeelden:
  pio-rules cofinancing --cost 2400000
  pio-rules cofinancing --line rd-services=1200000 --line off-the-shelf=300000`,
  validate: `Gebruik: pio-rules validate BESTAND... [--at TIJDSTIP] [--json] [--jobs N] [--record BESTAND]
       pio-rules validate - [--at TIJDSTIP] [--json] [--jobs N] [--record BESTAND]

Valideert projectvoorstellen: structuur en alle regels. Een bestand bevat één voorstel (JSON),
een JSON-array van voorstellen, of NDJSON (één voorstel per regel, gestreamd). "-" leest de
standaardinvoer. Per voorstel de fouten met hun pad, en een samenvatting.

Opties:
  --at TIJDSTIP   het tijdstip om deadlines aan te toetsen als een voorstel geen
                  submittedAt heeft (ISO 8601 met tijdzone)
  --json          per voorstel één JSON-object per regel (NDJSON), en een samenvatting;
                  bedragen als decimale tekst, bv. "750000.00"
  --jobs N        NDJSON valideren in N werkthreads (standaard: het aantal kernen; 1: alles
                  in één thread); de uitvoer blijft in de volgorde van de invoer, en per
                  werkthread zijn hoogstens 384 regels tegelijk in het geheugen
  --record BESTAND
                  schrijf ook een beslissingsrecord van elk voorstel naar BESTAND (NDJSON,
                  één record per regel; zie "pio-rules verify"); valideert in één thread
  --decided-at TIJDSTIP
                  het tijdstip van de beslissingen in de records (ISO 8601 met tijdzone;
                  standaard: nu, volgens de klok van deze computer, één keer voor de hele run)
${LANG}

Exitcodes: 0 alles geldig, 1 minstens één voorstel ongeldig, 2 onleesbare invoer.

Voorbeeld:
  pio-rules validate voorstellen.ndjson`,
  schema: `Gebruik: pio-rules schema

Toont het JSON Schema van een projectvoorstel. Het schema controleert enkel de structuur;
"pio-rules validate" controleert ook de regels.

Opties:
${LANG}`,
  parameters: `Gebruik: pio-rules parameters [--at DATUM] [--json]

De parameters van het programma (percentages, plafonds, deadlines) met hun bron.

Opties:
  --at DATUM     de versies die gelden op deze datum (JJJJ-MM-DD) of dit tijdstip
                 (standaard: de laatste versie van elke parameter)
  --json         de parameters als JSON
${LANG}`,
  serve: `Gebruik: pio-rules serve [--host HOST] [--port POORT] [--parameters BESTAND] [--calendar BESTAND]
                         [--workers N] [--max-body BYTES] [--cors OORSPRONG] [--grace SECONDEN] ...

Een HTTP-API over de regels van de bibliotheek (zie docs/http-api.md): voorstellen valideren (één,
of veel als NDJSON), cofinanciering, beoordelingen, de quickscan, oproepen, parameters,
beslissingsrecords (record=true, verify); OpenAPI 3.1 op /openapi.json. Zonder toestand: zet er gerust meerdere achter een load balancer.

Opties:
  --host HOST              het adres om op te luisteren (standaard 127.0.0.1)
  --port POORT             de poort (standaard 8080; 0 voor een vrije)
  --parameters BESTAND     een JSON-array van parameterdefinities, boven de ingebouwde
  --calendar BESTAND       een JSON-array van oproepen, over de ingebouwde (zelfde id: vervangen)
  --workers N              N processen op één poort (standaard 1); een gestopt proces wordt vervangen
  --max-body BYTES         de grootste body, en de grootste NDJSON-regel (standaard 1048576)
  --max-connections N      open verbindingen die bediend worden (standaard 1024); daarboven: 503
  --max-concurrent N       verzoeken tegelijk beoordeeld per proces (standaard 64); daarboven: 503
  --header-timeout MS      tijd om de headers van een verzoek te ontvangen (standaard 10000)
  --request-timeout MS     tijd om een heel verzoek te ontvangen (standaard 30000; NDJSON: geen)
  --keep-alive-timeout MS  een verbinding zonder verkeer sluit daarna (standaard 5000)
  --grace SECONDEN         bij SIGTERM/SIGINT, tijd om af te werken wat bezig is (standaard 10)
  --cors OORSPRONG         browsers van deze oorsprong toelaten (standaard: geen CORS-headers)
${LANG}

Eén JSON-regel per verzoek op stderr (nooit de body).

Voorbeeld:
  pio-rules serve --port 8080 --workers 2`,
  test: `Gebruik: pio-rules test [BESTAND of MAP ...] [--json] [--coverage]

Voert scenariobestanden uit (YAML of JSON, zie docs/scenarios.md): per scenario een regel,
bij een mislukt scenario wat verwacht werd en wat er kwam, dan "N geslaagd, M mislukt". Een
map wordt doorzocht op .yaml-, .yml- en .json-bestanden; zonder argument: de map scenarios.
Een bestand met een fout (ongeldige YAML, een onbekend veld, een code die niet bestaat, een pad
dat niet in het formaat staat) wordt gemeld met bestand:regel:kolom, en niets ervan wordt
uitgevoerd.

Opties:
  --json         het resultaat als één JSON-object
  --coverage     ook de regels, meldingscodes en parameterversies die geen enkel scenario
                 raakt (exitcode 1 als er zo zijn)
${LANG}

Exitcodes: 0 alles geslaagd, 1 minstens één scenario mislukt, 2 een bestand onbruikbaar.

Voorbeeld:
  pio-rules test scenarios/ --coverage`,
  verify: `Gebruik: pio-rules verify BESTAND... [--parameters BESTAND] [--calendar BESTAND] [--json]

Controleert beslissingsrecords (NDJSON, één record per regel, zoals "validate --record" ze
schrijft; "-" leest de standaardinvoer): elke digest (een gewijzigde byte van de invoer, de
regels, het verloop of de uitkomst wordt gevonden en het deel genoemd), en voert elke beslissing
opnieuw uit met deze versie van de bibliotheek onder de geregistreerde regels: de ingebouwde als
hun digest klopt, anders de opgegeven bestanden.

Opties:
  --parameters BESTAND  het parameterregister waaronder de records gemaakt zijn (zie replay --help)
  --calendar BESTAND    de oproepkalender waaronder de records gemaakt zijn
  --json                per record één JSON-object per regel (status, delen, verschillen), en
                        een samenvatting
${LANG}

Exitcodes: 0 alles gereproduceerd, 1 minstens één record verschilt of is gewijzigd,
2 onleesbare invoer.

Voorbeeld:
  pio-rules verify records.ndjson`,
  replay: `Gebruik: pio-rules replay BESTAND... [--parameters BESTAND] [--calendar BESTAND] [--json]

Voert beslissingsrecords opnieuw uit onder andere regels (een hervorming): welke beslissingen
zouden veranderen, de maximale cofinanciering ervoor en erna, en een samenvatting met de
totalen. Records waarvan een digest niet klopt, worden geteld, niet opnieuw uitgevoerd.

Opties:
  --parameters BESTAND  een JSON-array van parameterdefinities
                        (schemas/parameter-registry.schema.json), over het ingebouwde register
                        gelegd (een definitie vervangt die met hetzelfde id)
  --calendar BESTAND    een JSON-array van oproepen (schemas/call-calendar.schema.json), over de
                        ingebouwde oproepen gelegd (een oproep vervangt die met hetzelfde id)
  --json                per record één JSON-object per regel, en de samenvatting
${LANG}

Exitcodes: 0 klaar (ook als beslissingen veranderen), 2 een gebruiks- of invoerfout.

Voorbeeld:
  pio-rules replay records.ndjson --parameters plafond-1500000.json`,
};

const quote = (text: string): string => JSON.stringify(text);

/** The Dutch texts of the command line tool (the default). @internal */
export const cli: CliTexts = {
  toolHelp: `pio-rules: de regels van het Programma Innovatieve Overheidsopdrachten (PIO)

Gebruik: pio-rules <opdracht> [opties]

Opdrachten:
  calls          de oproepen en hun deadlines
  next-deadline  de eerstvolgende deadline
  cofinancing    de maximale cofinanciering, met uitleg
  validate       projectvoorstellen valideren (JSON, JSON-array of NDJSON)
  schema         het JSON Schema van een projectvoorstel
  parameters     de parameters van het programma, met hun bron
  serve          een HTTP-API over de regels (docs/http-api.md)
  test           scenariobestanden uitvoeren (YAML of JSON)
  verify         beslissingsrecords controleren en opnieuw uitvoeren
  replay         beslissingsrecords opnieuw uitvoeren onder andere regels

Algemene opties:
${LANG}
  --help, -h     deze hulp; "pio-rules <opdracht> --help" voor een opdracht
  --version, -V  de versie

Met --json staan bedragen als decimale tekst in euro ("1000000.00") en tijdstippen als
ISO 8601 in UTC; meldingen hebben een vaste code en een tekst in de gekozen taal.

Exitcodes: 0 alles geldig, 1 iets ongeldig, 2 fout in het gebruik of de invoer.`,
  commandHelp: help,
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
  expectedJobs: (max) => `een geheel getal van 1 tot en met ${String(max)}, bv. 2`,
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
    `${where}: ongeldig (${String(errors)} ${errors === 1 ? 'fout' : 'fouten'})`,
  summary: (valid, invalid, unreadable) =>
    `${String(valid)} geldig, ${String(invalid)} ongeldig${unreadable > 0 ? `, ${String(unreadable)} onleesbaar` : ''}`,
  validationFailed: (where, reason) =>
    `${where}: kon niet gevalideerd worden (interne fout: ${reason})`,
  workerStopped: (exitCode) => `de werkthread stopte onverwacht met exitcode ${String(exitCode)}`,
  progress: (count) => `${String(count)} voorstellen gelezen…`,
  noCalls: (year) => (year === undefined ? 'geen oproepen' : `geen oproepen in ${String(year)}`),
  noNextDeadline: () => 'geen volgende deadline gekend',
  parametersHeading: (at) =>
    at === undefined ? 'Parameters (laatste versie):' : `Parameters die gelden op ${at}:`,
  validity: (from, until) => (until === null ? `sinds ${from}` : `van ${from} tot en met ${until}`),
  source: 'bron',
  noParametersAt: (at, earliest) =>
    `geen enkele regel van het programma gold op ${at}: de eerste regels gelden sinds ${earliest}`,
  counted: (id, count) =>
    id === 'calls.perYear' ? `${count} ${count === '1' ? 'oproep' : 'oproepen'} per jaar` : count,
  timeOfDay: (time) => `${time} uur`,
  parametersUsed: 'Gebruikte parameters:',
  serve: {
    titles: {
      'not-found': 'Niet gevonden',
      'method-not-allowed': 'Methode niet toegelaten',
      'unsupported-media-type': 'Mediatype niet ondersteund',
      'body-too-large': 'Body te groot',
      'malformed-json': 'Ongeldige JSON',
      'invalid-request': 'Ongeldig verzoek',
      overloaded: 'Overbelast',
      'unreadable-body': 'Onleesbare body',
      'request-timeout': 'Verzoek te traag',
      'bad-request': 'Slecht verzoek',
      'internal-error': 'Interne fout',
    },
    notFound: (path) => `geen route ${quote(path)}`,
    methodNotAllowed: (method, allowed) => `${method} is hier niet toegelaten; wel: ${allowed}`,
    unsupportedMediaType: (given, expected) =>
      `de body is ${given === '' ? 'zonder Content-Type' : quote(given)}; verwacht: ${expected}`,
    bodyTooLarge: (limit) => `de body is groter dan ${String(limit)} bytes`,
    overloaded: (seconds) =>
      `te veel verzoeken tegelijk; probeer opnieuw over ${String(seconds)} ${seconds === 1 ? 'seconde' : 'seconden'}`,
    invalidRequest: () => 'het verzoek wordt geweigerd; de issues zeggen waarom',
    unknownQueryParameter: (name) => `onbekende queryparameter ${quote(name)}`,
    repeatedQueryParameter: (name) => `queryparameter ${quote(name)} meer dan eens gegeven`,
    badQueryValue: (name, expected) => `queryparameter ${quote(name)}: verwacht ${expected}`,
    unreadableBody: () => 'de body kon niet gelezen worden (geen UTF-8, of de verbinding brak af)',
    requestTimeout: () => 'het verzoek kwam niet op tijd binnen',
    badRequest: () => 'het verzoek is geen geldige HTTP',
    internalError: () => 'er liep intern iets mis; het is gelogd',
    nowFromServerClock: 'de klok van de server',
    expectedBoolean: 'true of false',
    decidedAtNeedsRecord: () => 'queryparameter "decidedAt" hoort bij record=true',
    expectedWhole: (min, max) => `een geheel getal van ${String(min)} tot ${String(max)}`,
    expectedOrigin: 'een oorsprong zoals https://example.org',
    expectedPort: 'een poort van 0 tot 65535',
    ruleFileRefused: (flag, file) => `${flag} ${file}: geweigerd`,
    cannotListen: (address, reason) => `kan niet luisteren op ${address}: ${reason}`,
  },
  scenarioPassed: (where, name) => `geslaagd ${where}  ${name}`,
  scenarioFailed: (where, name) => `MISLUKT  ${where}  ${name}`,
  expectedValue: (expectation, value) => `         ${expectation}: verwacht ${value}`,
  receivedValue: (value) => `         gekregen ${value}`,
  scenarioSummary: (passed, failed, unusable) =>
    `${String(passed)} geslaagd, ${String(failed)} mislukt${unusable > 0 ? `, ${String(unusable)} ${unusable === 1 ? 'bestand' : 'bestanden'} onbruikbaar` : ''}`,
  noScenarioFiles: (where) => `${where}: geen scenariobestand (.yaml, .yml of .json)`,
  invalidYaml: (where, detail) => `${where}: ongeldige YAML: ${detail}`,
  uncoveredHeading: 'Niet gedekt door een scenario:',
  allCovered: 'Dekking: elke regel, meldingscode en parameterversie is gedekt.',
  uncoveredKind: { rule: 'regel', code: 'meldingscode', parameter: 'parameterversie' },
  recordFileUnwritable: (file, reason) => `${file}: kan niet geschreven worden (${reason})`,
  noRecords: (file) => `${file}: bevat geen beslissingsrecord`,
  recordVerified: (where, status, detail) =>
    `${where}: ${status === 'reproduced' ? 'gereproduceerd' : status === 'differs' ? 'verschilt' : 'gewijzigd'}${detail === '' ? '' : ` (${detail})`}`,
  tamperedParts: (parts) => `digest klopt niet: ${parts.join(', ')}`,
  rulesMissing: (which) =>
    `de geregistreerde ${which.join(' en ')} zijn niet ingebouwd: geef ze met ${which.map((w) => `--${w}`).join(' en ')}`,
  otherLibrary: (recorded, current) =>
    `geregistreerd door versie ${recorded}, opnieuw uitgevoerd door ${current}`,
  verifySummary: (reproduced, differs, tampered, unreadable) =>
    `${String(reproduced)} gereproduceerd, ${String(differs)} verschillend, ${String(tampered)} gewijzigd${unreadable > 0 ? `, ${String(unreadable)} onleesbaar` : ''}`,
  replayChanged: (where, before, after, added, removed) =>
    `${where}: verandert: maximum ${before} → ${after}${added.length > 0 ? `; nieuw: ${added.join(', ')}` : ''}${removed.length > 0 ? `; weg: ${removed.join(', ')}` : ''}`,
  replayTampered: (where) =>
    `${where}: niet opnieuw uitgevoerd: een digest klopt niet (zie "pio-rules verify")`,
  replaySummary: (records, changed, tampered, before, after) =>
    `${String(records)} beslissingen, ${String(changed)} zouden veranderen${tampered > 0 ? `, ${String(tampered)} niet opnieuw uitgevoerd (gewijzigd)` : ''}; totale maximale cofinanciering ${before} → ${after}`,
};
