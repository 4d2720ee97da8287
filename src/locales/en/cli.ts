import type { CliCommandName, CliTexts } from '../cli.js';

const LANG = `  --lang LANG    language of the output: nl, nl-BE, nl-NL (default) or en, en-GB, en-US`;

const help: { readonly [C in CliCommandName]: string } = {
  calls: `Usage: pio-rules calls [--year YEAR] [--json]

The calls of the PIO programme with their deadlines (24:00 Brussels time on the deadline date).
A deadline that is not published is marked: "announced" (a target date of the programme) or
"expected" (a projection of this library).

Options:
  --year YEAR    only the calls of this year
  --json         the calls as JSON (instants as ISO 8601 in UTC)
${LANG}

Example:
  pio-rules calls --year 2024 --lang en`,
  'next-deadline': `Usage: pio-rules next-deadline [--now INSTANT] [--kind regular|thematic] [--json]

The call with the next deadline after an instant (default: now, by this computer's clock).

Options:
  --now INSTANT              ISO 8601 with an offset, e.g. 2024-05-01T12:00:00+02:00
  --kind regular|thematic    only regular or only thematic calls
  --json                     the call as JSON (null when there is none)
${LANG}

Example:
  pio-rules next-deadline --now 2024-05-01T12:00:00+02:00 --lang en`,
  cofinancing: `Usage: pio-rules cofinancing --cost AMOUNT [options]
       pio-rules cofinancing --line CATEGORY=AMOUNT [--line ...] [options]

The maximum PIO cofinancing of a purchase, with the explanation of every step.

Options:
  --cost AMOUNT                estimated cost excl. VAT (one line of R&D services)
  --line CATEGORY=AMOUNT       a cost line; repeat for more lines; categories:
                               rd-services, rdi, validation, feasibility-study,
                               off-the-shelf, other
  --vat excluded|non-recoverable
                               VAT (default excluded); non-recoverable adds VAT to the base
  --requested AMOUNT           the cofinancing asked for
  --at DATE                    the rules of this date (YYYY-MM-DD) or instant
                               (default: the latest rules)
  --json                       the result as JSON (amounts as decimal text,
                               e.g. "1000000.00"), with the explanation as "text"
  --record FILE                also write the decision record to FILE (one NDJSON line)
  --decided-at INSTANT         the instant of the decision in the record (default: now)
${LANG}

Amounts, read the same way in every language: 1200000, 1200000.50, 1,200,000.50 or
1.200.000,50, with or without €; at most two decimals. 1.50 is €1.50 and 1.500,00 is
€1,500.00, but 1.500 is refused: 1500 written the Dutch way and 1.5 the English way (as are
1,500, 250.000 and 1.234: write 1,500.00, 1.50 or 1500).

Examples:
  pio-rules cofinancing --cost 2400000 --lang en
  pio-rules cofinancing --line rd-services=1200000 --line off-the-shelf=300000`,
  validate: `Usage: pio-rules validate FILE... [--at INSTANT] [--json] [--jobs N] [--record FILE]
       pio-rules validate - [--at INSTANT] [--json] [--jobs N] [--record FILE]

Validates project proposals: structure and every rule. A file holds one proposal (JSON), a
JSON array of proposals, or NDJSON (one proposal a line, streamed). "-" reads standard input.
For each proposal its issues with their paths, then a summary.

Options:
  --at INSTANT    the instant to judge deadlines by when a proposal has no submittedAt
                  (ISO 8601 with an offset)
  --json          one JSON object a line (NDJSON) per proposal, then a summary;
                  amounts as decimal text, e.g. "750000.00"
  --jobs N        validate NDJSON in N worker threads (default: the number of cores; 1: all
                  in one thread); the output keeps the order of the input, and at most
                  384 lines per worker thread are held in memory at once
  --record FILE   also write a decision record of each proposal to FILE (NDJSON, one
                  record a line; see "pio-rules verify"); validates in one thread
  --decided-at INSTANT
                  the instant of the decisions in the records (ISO 8601 with an offset;
                  default: now, by this computer's clock, once for the whole run)
${LANG}

Exit codes: 0 all valid, 1 at least one proposal invalid, 2 unreadable input.

Example:
  pio-rules validate proposals.ndjson --lang en`,
  schema: `Usage: pio-rules schema

Prints the JSON Schema of a project proposal. The schema checks the structure only;
"pio-rules validate" also checks the rules.

Options:
${LANG}`,
  parameters: `Usage: pio-rules parameters [--at DATE] [--json]

The parameters of the programme (rates, caps, deadlines) with their sources.

Options:
  --at DATE      the versions in force on this date (YYYY-MM-DD) or at this instant
                 (default: the latest version of every parameter)
  --json         the parameters as JSON
${LANG}`,
  serve: `Usage: pio-rules serve [--host HOST] [--port PORT] [--parameters FILE] [--calendar FILE]
                       [--workers N] [--max-body BYTES] [--cors ORIGIN] [--grace SECONDS] ...

An HTTP API over the library's rules (see docs/http-api.md): validate proposals (one, or many as
NDJSON), cofinancing, assessments, the quick scan, calls, parameters, decision records
(record=true, verify); OpenAPI 3.1 at /openapi.json. Stateless: run several behind any load balancer.

Options:
  --host HOST              the address to listen on (default 127.0.0.1)
  --port PORT              the port (default 8080; 0 for a free one)
  --parameters FILE        a JSON array of parameter definitions, over the built-in ones
  --calendar FILE          a JSON array of calls, over the built-in ones (same id: replaced)
  --workers N              N processes on one port (default 1); a dead one is replaced
  --max-body BYTES         the largest body, and the largest NDJSON line (default 1048576)
  --max-connections N      open connections served (default 1024); beyond it: 503
  --max-concurrent N       requests judged at once per process (default 64); beyond it: 503
  --header-timeout MS      time to receive the headers of a request (default 10000)
  --request-timeout MS     time to receive a whole request (default 30000; NDJSON: none)
  --keep-alive-timeout MS  an idle kept-alive connection is closed after it (default 5000)
  --grace SECONDS          on SIGTERM/SIGINT, time to finish what is in flight (default 10)
  --cors ORIGIN            allow browsers of this origin (default: no CORS headers)
${LANG}

One JSON line per request on stderr (never the body).

Example:
  pio-rules serve --port 8080 --workers 2`,
  test: `Usage: pio-rules test [FILE or FOLDER ...] [--json] [--coverage]

Runs scenario files (YAML or JSON, see docs/scenarios.md): one line per scenario, for a failed
one what was expected and what came, then "N passed, M failed". A folder is searched for
.yaml, .yml and .json files; without arguments: the folder scenarios. A file with a mistake
(malformed YAML, an unknown key, a code that does not exist, a path that is not in the format)
is reported with file:line:column, and nothing of it runs.

Options:
  --json         the result as one JSON object
  --coverage     also the rules, issue codes and parameter versions no scenario touches
                 (exit code 1 when there are any)
${LANG}

Exit codes: 0 all passed, 1 at least one scenario failed, 2 a file cannot be used.

Example:
  pio-rules test scenarios/ --coverage`,
  verify: `Usage: pio-rules verify FILE... [--parameters FILE] [--calendar FILE] [--json]

Verifies decision records (NDJSON, one record a line, as "validate --record" writes them; "-"
reads standard input): every digest (a changed byte of the input, the rules, the trace or the
outcome is found and the part named), then replays each decision with this version of the
library under the recorded rules: the built-in ones when their digests match, else the files
given.

Options:
  --parameters FILE  the parameter registry the records were made under (see --help of replay)
  --calendar FILE    the calls calendar the records were made under
  --json             one JSON object a line per record (status, parts, differences), then a
                     summary
${LANG}

Exit codes: 0 all reproduced, 1 at least one differs or is tampered, 2 unreadable input.

Example:
  pio-rules verify records.ndjson --lang en`,
  replay: `Usage: pio-rules replay FILE... [--parameters FILE] [--calendar FILE] [--json]

Replays decision records under other rules (a reform): which decisions would change, the
maximum cofinancing before and after, and a summary with the totals. Records whose digests
fail are counted, not replayed.

Options:
  --parameters FILE  a JSON array of parameter definitions (schemas/parameter-registry.schema.json),
                     laid over the built-in registry (a definition replaces the one of its id)
  --calendar FILE    a JSON array of calls (schemas/call-calendar.schema.json), laid over the
                     built-in calls (a call replaces the one of its id)
  --json             one JSON object a line per record, then the summary
${LANG}

Exit codes: 0 done (also when decisions change), 2 a usage or input error.

Example:
  pio-rules replay records.ndjson --parameters cap-1500000.json --lang en`,
};

const quote = (text: string): string => JSON.stringify(text);

/** The English texts of the command line tool (`--lang en`). @internal */
export const cli: CliTexts = {
  toolHelp: `pio-rules: the rules of Flanders' Programma Innovatieve Overheidsopdrachten (PIO)

Usage: pio-rules <command> [options]

Commands:
  calls          the calls and their deadlines
  next-deadline  the next deadline
  cofinancing    the maximum cofinancing, explained
  validate       validate project proposals (JSON, a JSON array or NDJSON)
  schema         the JSON Schema of a project proposal
  parameters     the parameters of the programme, with their sources
  serve          an HTTP API over the rules (docs/http-api.md)
  test           run scenario files (YAML or JSON)
  verify         check decision records and replay them
  replay         replay decision records under other rules

Global options:
${LANG}
  --help, -h     this help; "pio-rules <command> --help" for a command
  --version, -V  the version

With --json, amounts are decimal text in euro ("1000000.00") and instants ISO 8601 in UTC;
issues have a stable code and a message in the chosen language.

Exit codes: 0 all valid, 1 something invalid, 2 a usage or input error.`,
  commandHelp: help,
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
  expectedJobs: (max) => `a whole number from 1 to ${String(max)}, e.g. 2`,
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
    `${where}: invalid (${String(errors)} ${errors === 1 ? 'error' : 'errors'})`,
  summary: (valid, invalid, unreadable) =>
    `${String(valid)} valid, ${String(invalid)} invalid${unreadable > 0 ? `, ${String(unreadable)} unreadable` : ''}`,
  validationFailed: (where, reason) =>
    `${where}: could not be validated (internal error: ${reason})`,
  workerStopped: (exitCode) =>
    `the worker thread stopped unexpectedly with exit code ${String(exitCode)}`,
  progress: (count) => `${String(count)} proposals read…`,
  noCalls: (year) => (year === undefined ? 'no calls' : `no calls in ${String(year)}`),
  noNextDeadline: () => 'no next deadline known',
  parametersHeading: (at) =>
    at === undefined ? 'Parameters (latest version):' : `Parameters in force on ${at}:`,
  validity: (from, until) => (until === null ? `since ${from}` : `from ${from} to ${until}`),
  source: 'source',
  noParametersAt: (at, earliest) =>
    `no rule of the programme was in force on ${at}: the first rules are in force from ${earliest}`,
  counted: (id, count) =>
    id === 'calls.perYear' ? `${count} ${count === '1' ? 'call' : 'calls'} a year` : count,
  timeOfDay: (time) => time,
  parametersUsed: 'Parameters used:',
  serve: {
    titles: {
      'not-found': 'Not found',
      'method-not-allowed': 'Method not allowed',
      'unsupported-media-type': 'Unsupported media type',
      'body-too-large': 'Body too large',
      'malformed-json': 'Malformed JSON',
      'invalid-request': 'Invalid request',
      overloaded: 'Overloaded',
      'unreadable-body': 'Unreadable body',
      'request-timeout': 'Request timeout',
      'bad-request': 'Bad request',
      'internal-error': 'Internal error',
    },
    notFound: (path) => `no route ${quote(path)}`,
    methodNotAllowed: (method, allowed) => `${method} is not allowed here; allowed: ${allowed}`,
    unsupportedMediaType: (given, expected) =>
      `the body is ${given === '' ? 'without a Content-Type' : quote(given)}; expected ${expected}`,
    bodyTooLarge: (limit) => `the body is larger than ${String(limit)} bytes`,
    overloaded: (seconds) =>
      `too many requests at once; try again in ${String(seconds)} ${seconds === 1 ? 'second' : 'seconds'}`,
    invalidRequest: () => 'the request is refused; the issues say why',
    unknownQueryParameter: (name) => `unknown query parameter ${quote(name)}`,
    repeatedQueryParameter: (name) => `query parameter ${quote(name)} given more than once`,
    badQueryValue: (name, expected) => `query parameter ${quote(name)}: expected ${expected}`,
    unreadableBody: () => 'the body could not be read (not UTF-8, or the connection broke)',
    requestTimeout: () => 'the request did not arrive in time',
    badRequest: () => 'the request is not well-formed HTTP',
    internalError: () => 'an internal error occurred; it has been logged',
    nowFromServerClock: "the server's clock",
    expectedBoolean: 'true or false',
    decidedAtNeedsRecord: () => 'query parameter "decidedAt" goes with record=true',
    expectedWhole: (min, max) => `a whole number from ${String(min)} to ${String(max)}`,
    expectedOrigin: 'an origin such as https://example.org',
    expectedPort: 'a port from 0 to 65535',
    ruleFileRefused: (flag, file) => `${flag} ${file}: refused`,
    cannotListen: (address, reason) => `cannot listen on ${address}: ${reason}`,
  },
  scenarioPassed: (where, name) => `ok      ${where}  ${name}`,
  scenarioFailed: (where, name) => `FAILED  ${where}  ${name}`,
  expectedValue: (expectation, value) => `        ${expectation}: expected ${value}`,
  receivedValue: (value) => `        received ${value}`,
  scenarioSummary: (passed, failed, unusable) =>
    `${String(passed)} passed, ${String(failed)} failed${unusable > 0 ? `, ${String(unusable)} ${unusable === 1 ? 'file' : 'files'} unusable` : ''}`,
  noScenarioFiles: (where) => `${where}: no scenario file (.yaml, .yml or .json)`,
  invalidYaml: (where, detail) => `${where}: malformed YAML: ${detail}`,
  uncoveredHeading: 'Not covered by any scenario:',
  allCovered: 'Coverage: every rule, issue code and parameter version is covered.',
  uncoveredKind: { rule: 'rule', code: 'issue code', parameter: 'parameter version' },
  recordFileUnwritable: (file, reason) => `${file}: cannot be written (${reason})`,
  noRecords: (file) => `${file}: holds no decision record`,
  recordVerified: (where, status, detail) =>
    `${where}: ${status === 'reproduced' ? 'reproduced' : status === 'differs' ? 'differs' : 'tampered'}${detail === '' ? '' : ` (${detail})`}`,
  tamperedParts: (parts) => `digest fails: ${parts.join(', ')}`,
  rulesMissing: (which) =>
    `the recorded ${which.join(' and ')} are not built in: give them with ${which.map((w) => `--${w}`).join(' and ')}`,
  otherLibrary: (recorded, current) => `recorded by version ${recorded}, replayed by ${current}`,
  verifySummary: (reproduced, differs, tampered, unreadable) =>
    `${String(reproduced)} reproduced, ${String(differs)} differ, ${String(tampered)} tampered${unreadable > 0 ? `, ${String(unreadable)} unreadable` : ''}`,
  replayChanged: (where, before, after, added, removed) =>
    `${where}: changes: maximum ${before} → ${after}${added.length > 0 ? `; new: ${added.join(', ')}` : ''}${removed.length > 0 ? `; gone: ${removed.join(', ')}` : ''}`,
  replayTampered: (where) => `${where}: not replayed: a digest fails (see "pio-rules verify")`,
  replaySummary: (records, changed, tampered, before, after) =>
    `${String(records)} decisions, ${String(changed)} would change${tampered > 0 ? `, ${String(tampered)} not replayed (tampered)` : ''}; total maximum cofinancing ${before} → ${after}`,
};
