// The OpenAPI 3.1 document of `pio-rules serve`, built from the library's own schemas at build
// time (scripts/generate-schema.ts writes it to schemas/openapi.json); the server serves that
// file and never runs `toJSONSchema`.
import * as z from 'zod/mini';
import { cofinancingSchemas } from '../src/cofinancing/schema.js';
import { quickScanAnswersSchema } from '../src/criteria/innovationQuickScan.js';
import { assessmentSchema } from '../src/criteria/scoreAssessment.js';
import { issueCodes } from '../src/issues/index.js';
import type { ServeProblemKind } from '../src/locales/cli.js';
import {
  callKinds,
  quickScanNextSteps,
  quickScanReasonCodes,
  trafficLights,
} from '../src/vocabulary/index.js';
import { decisionRecordSchema } from '../src/records/schema.js';
import { problemStatus, problemType } from '../src/cli/serve/problem.js';
import { routeTable, type Method } from '../src/cli/serve/routes.js';

const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description));

/** An issue of the library, as every response carries it. */
const issueSchema = described(
  z.object({
    code: z.enum(issueCodes as unknown as readonly [string, ...string[]]),
    severity: z.enum(['error', 'warning']),
    path: z.array(z.union([z.string(), z.int()])),
    params: z.record(z.string(), z.unknown()),
    message: z.string(),
    source: z.optional(z.looseObject({ title: z.string(), url: z.string() })),
  }),
  'One problem, as data: a stable machine code, where it is (path), the values that explain it (params) and the message in the language of the response.',
);

const problemKinds = Object.keys(problemStatus) as ServeProblemKind[];

const problemSchema = described(
  z.object({
    type: z.enum(problemKinds.map(problemType) as [string, ...string[]]),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.optional(z.string()),
    issues: z.optional(z.array(issueSchema)),
    line: z.optional(z.int()),
    column: z.optional(z.int()),
    allowed: z.optional(z.array(z.string())),
    limit: z.optional(z.int()),
    retryAfter: z.optional(z.int()),
  }),
  "An RFC 9457 problem (application/problem+json), with the library's issues where it found them.",
);

function resultOf(data: z.ZodMiniType, description: string) {
  return described(
    z.union([
      z.object({ success: z.literal(true), data, warnings: z.array(issueSchema) }),
      z.object({ success: z.literal(false), issues: z.array(issueSchema) }),
    ]),
    description,
  );
}

const amount = described(
  z.object({ amount: z.string(), currency: z.literal('EUR') }),
  'An amount in euro (Money): the decimal string with two decimals and the currency, {"amount": "1000000.00", "currency": "EUR"}.',
);
const instant = described(z.string(), 'An instant, ISO 8601 in UTC.');
const localized = z.object({ nl: z.string(), en: z.string() });

const callSchema = described(
  z.looseObject({
    id: z.string(),
    year: z.int(),
    kind: z.enum(callKinds),
    title: localized,
    deadlineDate: z.string(),
    deadline: instant,
    deadlineText: z.string(),
    status: z.string(),
  }),
  'A call with its deadline (instants as ISO 8601 in UTC) and the deadline in words in the language of the response.',
);

const validatedSchema = z.looseObject({
  application: z.looseObject({ callId: z.string() }),
  cofinancing: z.looseObject({ maximum: amount }),
});

const cofinancingResultSchema = z.looseObject({
  eligibleBase: amount,
  maximum: amount,
  capped: z.boolean(),
  explanation: z.array(z.looseObject({ code: z.string() })),
  parameters: z.array(z.looseObject({ id: z.string() })),
});

const assessmentResultSchema = z.looseObject({
  decision: z.enum(['admitted', 'not-admitted']),
});

const quickScanResultSchema = z.object({
  light: z.enum(trafficLights),
  reasons: z.array(z.enum(quickScanReasonCodes)),
  nextStep: z.enum(quickScanNextSteps),
});

const parameterSchema = z.looseObject({
  id: z.string(),
  value: z.unknown(),
  validFrom: z.string(),
  status: z.enum(['published', 'assumed']),
  source: z.looseObject({ title: z.string(), url: z.string() }),
  description: localized,
});

const recordSchema = described(
  decisionRecordSchema(),
  'A decision record (pio-rules/decision@1, schemas/decision-record.schema.json): input in RFC 8785 canonical JSON, rules, trace and outcome, each with its SHA-256 digest. See docs/decision-records.md.',
);
const decidedAtSource = {
  decidedAtSource: z.enum(['query', 'server-clock']),
  note: z.optional(z.string()),
};
const withRecord = (result: z.ZodMiniType, description: string) =>
  described(z.object({ result, record: recordSchema, ...decidedAtSource }), description);

const validationResult = resultOf(
  validatedSchema,
  'What validateApplication says: the parsed proposal and its cofinancing, or every issue.',
);
const cofinancingResult = resultOf(
  cofinancingResultSchema,
  'What computeCofinancing says, with its explanation and the parameter versions used.',
);
const assessmentResult = resultOf(
  assessmentResultSchema,
  'What assessApplication says: the admission decision with every reason.',
);
const quickScanResult = resultOf(quickScanResultSchema, 'What innovationQuickScan says.');
const recordedDescription =
  'With record=true: the result and its decision record; decidedAtSource says whether decidedAt came from the query or the server clock (decidedAt=server, with a note).';

const ndjsonRecordSchema = described(
  z.union([
    z.object({
      line: z.int(),
      result: resultOf(validatedSchema, 'The result of the proposal on this line.'),
      record: z.optional(recordSchema),
    }),
    z.object({ line: z.int(), problem: problemSchema }),
    z.object({
      summary: z.object({ valid: z.int(), invalid: z.int(), unreadable: z.int(), total: z.int() }),
      decidedAtSource: z.optional(decidedAtSource.decidedAtSource),
      note: z.optional(z.string()),
    }),
  ]),
  'One line of the NDJSON answer: the result of the proposal on a line (with record=true, its decision record), a problem with a line that could not be read, or (last) the summary.',
);

const verifyReportSchema = described(
  z.object({
    status: z.enum(['reproduced', 'differs', 'tampered']),
    tampered: z.array(z.enum(['header', 'input', 'rules', 'trace', 'outcome'])),
    problems: z.array(
      z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }),
    ),
    rules: z.object({
      parameters: z.enum(['built-in', 'supplied', 'missing']),
      calendar: z.enum(['built-in', 'supplied', 'missing', 'none']),
    }),
    library: z.object({ recorded: z.string(), current: z.string(), differs: z.boolean() }),
    differences: z.array(
      z.object({
        part: z.enum(['outcome', 'rules', 'library']),
        path: z.array(z.union([z.string(), z.number()])),
        before: z.json(),
        after: z.json(),
      }),
    ),
  }),
  'What verifyRecord says of a record: reproduced (every digest holds and the replay under the recorded rules gives the same outcome), differs, or tampered (with the parts whose digest fails).',
);

/** The response schemas, by component name. */
const responses = z.registry<{ id: string }>();
const registered: Record<string, z.ZodMiniType> = {
  Issue: issueSchema,
  Problem: problemSchema,
  Call: callSchema,
  ValidationResult: validationResult,
  ValidationLine: ndjsonRecordSchema,
  CofinancingResult: cofinancingResult,
  AssessmentResult: assessmentResult,
  QuickScanResult: quickScanResult,
  DecisionRecord: recordSchema,
  RecordedValidation: withRecord(validationResult, recordedDescription),
  RecordedCofinancing: withRecord(cofinancingResult, recordedDescription),
  RecordedAssessment: withRecord(assessmentResult, recordedDescription),
  RecordedQuickScan: withRecord(quickScanResult, recordedDescription),
  VerifyReport: verifyReportSchema,
  Calls: z.object({ calls: z.array(callSchema) }),
  NextCall: z.object({
    call: z.nullable(callSchema),
    now: z.string(),
    nowSource: z.enum(['query', 'server-clock']),
    note: z.optional(z.string()),
  }),
  Parameters: z.object({ at: z.nullable(z.string()), parameters: z.array(parameterSchema) }),
  Health: z.object({ status: z.literal('ok') }),
};
for (const [id, schema] of Object.entries(registered)) responses.add(schema, { id });

/** An amount as JSON gives it: a decimal string, a number, or a Money object. */
const moneyInputJson = {
  description:
    'An amount in euro: a decimal string ("1200000.00"), a number, or {"amount","currency":"EUR"}.',
  anyOf: [
    { type: 'string' },
    { type: 'number' },
    {
      type: 'object',
      properties: { amount: { type: 'string' }, currency: { const: 'EUR' } },
      required: ['amount', 'currency'],
    },
  ],
};

function jsonSchemas(
  registry: z.core.$ZodRegistry<{ id: string }>,
  io: 'input' | 'output',
): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ zodSchema, jsonSchema }) => {
      if ((zodSchema._zod.def as { type: string }).type === 'custom')
        Object.assign(jsonSchema, moneyInputJson);
    },
  });
  const out: Record<string, unknown> = {};
  // A recursive schema (the JSON values of a record) is kept in `__shared`; its references are
  // made JSON pointers into the document (`#/components/schemas/__shared/$defs/...`).
  const pointed = JSON.parse(
    JSON.stringify(schemas).replaceAll(
      '#/components/schemas/__shared#/$defs/',
      '#/components/schemas/__shared/$defs/',
    ),
  ) as typeof schemas;
  for (const [id, schema] of Object.entries(pointed)) {
    const rest: Record<string, unknown> = { ...schema };
    delete rest['$schema'];
    delete rest['$id'];
    out[id] = rest;
  }
  return out;
}

const requests = z.registry<{ id: string }>();
requests.add(cofinancingSchemas().input, { id: 'CofinancingInput' });
requests.add(quickScanAnswersSchema(), { id: 'QuickScanAnswers' });
requests.add(assessmentSchema(), { id: 'Assessment' });

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const common = {
  '400': problemResponse(
    "A malformed request: bad JSON (with line and column), an unknown or repeated query parameter, a refused value (with the library's issues).",
  ),
  '404': problemResponse('No route at this path.'),
  '500': problemResponse('A bug: the answer says only that it happened; the log has a line.'),
  '405': problemResponse(
    'The route exists but not with this method (the Allow header lists those it has).',
  ),
};
const bodyErrors = {
  '408': problemResponse('The body did not arrive within the request timeout.'),
  '413': problemResponse('The body is larger than --max-body.'),
  '415': problemResponse('The body is not of a media type the route reads.'),
  '503': {
    ...problemResponse(
      'Too many requests judged at once, or too many open connections; try again after Retry-After seconds.',
    ),
    headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' } },
  },
};

const queryParameter = (name: string, description: string, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema: { type: 'string' },
});
const localeParameter = queryParameter(
  'locale',
  'The language of the messages: a BCP 47 tag of Dutch (nl, nl-BE, ...) or English (en, en-GB, ...). Default: Accept-Language by the same rule, else Dutch. Any other tag is a 400 with the issue unsupported_locale.',
);
const atParameter = queryParameter(
  'at',
  'The instant to judge by (an ISO 8601 instant with offset), or the date of the rules; for a draft without submittedAt, "now" as the caller knows it. A bad value is an issue of the result at path "at".',
);

const recordParameter = queryParameter(
  'record',
  'true: answer the result with its decision record ({ result, record, decidedAtSource }); needs decidedAt. Default false.',
);
const decidedAtParameter = queryParameter(
  'decidedAt',
  'With record=true (required then): the instant of the decision (ISO 8601 with offset), or "server" to have the server read its clock (the answer then says so: decidedAtSource "server-clock"). Missing or bad: a 400 with the library\'s issue.',
);

function deciding(
  summary: string,
  operationId: string,
  body: string,
  result: string,
  extraBody: Record<string, unknown> = {},
  parameters = [atParameter, recordParameter, decidedAtParameter, localeParameter],
) {
  return {
    summary,
    operationId,
    security: [],
    parameters,
    requestBody: { required: true, content: { ...json(ref(body)), ...extraBody } },
    responses: {
      '200': {
        description:
          'The result, as the library gives it. A body that parsed but breaks a rule is an answer (success false, with every issue), not an HTTP error.',
        content: {
          ...json({ oneOf: [ref(result), ref(`Recorded${result.replace(/Result$/, '')}`)] }),
          ...(Object.keys(extraBody).length === 0
            ? {}
            : {
                'application/x-ndjson': {
                  schema: {
                    ...ref('ValidationLine'),
                    description:
                      'For an NDJSON body: one ValidationLine per line, in input order, then the summary.',
                  },
                },
              }),
        },
      },
      ...common,
      ...bodyErrors,
    },
  };
}

const getOperation = (
  summary: string,
  operationId: string,
  schema: object,
  parameters: readonly object[],
  type = 'application/json',
) => ({
  summary,
  operationId,
  security: [],
  parameters: [...parameters],
  responses: {
    '200': { description: summary, content: { [type]: { schema } } },
    ...common,
    '503': bodyErrors['503'],
  },
});

/**
 * The OpenAPI 3.1 document of the HTTP API: its paths are those of the server's route table, its
 * request and response schemas generated from the library's own (zod) schemas.
 *
 * @param version - The package version.
 * @param proposalSchema - The JSON Schema of a proposal (schemas/application.schema.json).
 * @returns The document.
 */
export function createOpenApiDocument(
  version: string,
  proposalSchema: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const applicationSchema: Record<string, unknown> = { ...proposalSchema };
  delete applicationSchema['$schema'];
  const assessmentInput = {
    type: 'object',
    description: "A proposal and the assessors' scores of it.",
    properties: { application: ref('Application'), assessment: ref('Assessment') },
    required: ['application', 'assessment'],
    additionalProperties: false,
  };
  const paths: Record<string, unknown> = {
    '/v1/applications/validate': {
      post: deciding(
        'Validate a proposal (JSON), or many (NDJSON: one result per line, in input order)',
        'validateApplication',
        'Application',
        'ValidationResult',
        {
          'application/x-ndjson': {
            schema: { type: 'string', description: 'One proposal (JSON) per line.' },
          },
        },
      ),
    },
    '/v1/cofinancing': {
      post: deciding(
        'The maximum cofinancing, explained',
        'computeCofinancing',
        'CofinancingInput',
        'CofinancingResult',
      ),
    },
    '/v1/assessments': {
      post: deciding(
        'Assess a proposal: exclusions, scores, the admission decision',
        'assessApplication',
        'AssessmentInput',
        'AssessmentResult',
      ),
    },
    '/v1/quick-scan': {
      post: deciding(
        'The quick self-check before a full proposal',
        'innovationQuickScan',
        'QuickScanAnswers',
        'QuickScanResult',
        {},
        [recordParameter, decidedAtParameter, localeParameter],
      ),
    },
    '/v1/decision-records/verify': {
      post: {
        summary: 'Verify a decision record: its digests, then a replay under the recorded rules',
        operationId: 'verifyRecord',
        security: [],
        parameters: [localeParameter],
        requestBody: {
          required: true,
          content: json({
            ...ref('DecisionRecord'),
            description:
              'One record as stored. Any JSON is read: what is not a record, or a record whose digests fail, is answered as tampered (200), not as an error.',
          }),
        },
        responses: {
          '200': {
            description:
              "The report of verifyRecord under the server's --parameters and --calendar. A tampered record is an answer (status tampered), not an HTTP error.",
            content: json(ref('VerifyReport')),
          },
          ...common,
          ...bodyErrors,
        },
      },
    },
    '/v1/calls': {
      get: getOperation('The calls with their deadlines', 'getCalls', ref('Calls'), [
        queryParameter('year', 'Only the calls of this year.'),
        queryParameter('kind', 'Only regular or only thematic calls.'),
        localeParameter,
      ]),
    },
    '/v1/calls/next': {
      get: getOperation(
        'The call with the next deadline after "now"',
        'nextDeadline',
        ref('NextCall'),
        [
          queryParameter(
            'now',
            'The current instant as the caller knows it (ISO 8601 with offset), or "server" to have the server read its clock (the answer then says so: nowSource "server-clock").',
            true,
          ),
          queryParameter('kind', 'Only regular or only thematic calls.'),
          localeParameter,
        ],
      ),
    },
    '/v1/parameters': {
      get: getOperation(
        'The parameter versions in force, with their sources',
        'listParameters',
        ref('Parameters'),
        [
          queryParameter(
            'at',
            'The versions in force on this date (YYYY-MM-DD) or at this instant; default the latest version of each.',
          ),
          localeParameter,
        ],
      ),
    },
    '/v1/schemas/application': {
      get: getOperation(
        'The JSON Schema of a proposal',
        'applicationSchema',
        { type: 'object' },
        [localeParameter],
        'application/schema+json',
      ),
    },
    '/openapi.json': {
      get: getOperation('This document', 'openapi', { type: 'object' }, [localeParameter]),
    },
    '/healthz': {
      get: getOperation('Liveness', 'health', ref('Health'), [localeParameter]),
    },
  };
  // Every route of the server is documented, and nothing else.
  const table = routeTable(() => Promise.resolve());
  for (const [path, methods] of Object.entries(table)) {
    const documented = paths[path] as Record<string, unknown> | undefined;
    for (const method of Object.keys(methods) as Method[])
      if (documented?.[method.toLowerCase()] === undefined)
        throw new Error(`OpenAPI: ${method} ${path} is not documented`);
  }
  for (const path of Object.keys(paths))
    if (!Object.hasOwn(table, path)) throw new Error(`OpenAPI: ${path} is not a route`);

  return {
    openapi: '3.1.0',
    info: {
      title: 'pio-rules HTTP API',
      version,
      summary: "The rules of Flanders' Programma Innovatieve Overheidsopdrachten (PIO), over HTTP.",
      description:
        "Served by `pio-rules serve` (docs/http-api.md). No authentication: put it behind your own gateway when it leaves the machine. Every error is application/problem+json (RFC 9457) with the library's issues inside. A body that parsed but breaks a rule is a 200 with success false. Amounts are Money objects (amount as a decimal string, currency EUR), as the library returns them; instants ISO 8601 in UTC.",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8080', description: 'pio-rules serve, default address' }],
    paths,
    components: {
      schemas: {
        Application: applicationSchema,
        AssessmentInput: assessmentInput,
        ...jsonSchemas(requests, 'input'),
        ...jsonSchemas(responses, 'output'),
      },
    },
  };
}
