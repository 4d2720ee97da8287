import type { IncomingMessage, ServerResponse } from 'node:http';
import { getCalls, nextDeadline } from '../../calls/index.js';
import { safeValidateApplication } from '../../applications/index.js';
import { safeComputeCofinancing, type CofinancingInput } from '../../cofinancing/index.js';
import { safeAssessApplication, safeInnovationQuickScan } from '../../criteria/index.js';
import type { Application } from '../../applications/index.js';
import type { Assessment, QuickScanAnswers } from '../../criteria/index.js';
import type { Result } from '../../issues/index.js';
import type { Locale } from '../../locales/index.js';
import {
  getDefinition,
  getParameter,
  listParameters,
  type ResolvedParameter,
} from '../../parameters/index.js';
import type { CliTexts } from '../texts.js';
import { callJson } from '../commands/calls.js';
import { recordDecision, verifyRecord, type DecisionKind } from '../../records/index.js';
import type { ServeConfig } from './config.js';
import { problem, type Problem } from './problem.js';

/** The methods the API answers (HEAD and OPTIONS are derived from GET and the table). */
export type Method = 'GET' | 'POST';

/** One request as a route sees it. */
export interface Exchange {
  /** The request (for the NDJSON stream). */
  readonly request: IncomingMessage;
  /** The response (for the NDJSON stream). */
  readonly response: ServerResponse;
  /** The path, without the query. */
  readonly path: string;
  /** The query parameters the route takes, each given at most once. */
  readonly query: ReadonlyMap<string, string>;
  /** The language of the response: `locale` in the query, else `Accept-Language`, else Dutch. */
  readonly locale: Locale;
  /** The tool's texts in that language. */
  readonly texts: CliTexts;
  /** The server's configuration (rules included). */
  readonly config: ServeConfig;
  /** The server's clock, read only where a route says so (`now=server`). */
  readonly now: () => Date;
  /** The files the API serves as they are (the JSON Schema and the OpenAPI document). */
  readonly files: ServedFiles;
}

/** The files served as they are, read once at start. */
export interface ServedFiles {
  /** `schemas/application.schema.json`. */
  readonly applicationSchema: string;
  /** `schemas/openapi.json`. */
  readonly openapi: string;
}

/** What a route answers. */
export type Reply =
  | {
      readonly kind: 'json';
      readonly status: number;
      readonly body: unknown;
      /** Default `application/json`. */
      readonly contentType?: string;
    }
  | { readonly kind: 'text'; readonly contentType: string; readonly text: string }
  | { readonly kind: 'problem'; readonly problem: Problem }
  /** The route wrote the response itself (the NDJSON stream). */
  | { readonly kind: 'streamed' };

/** One method of a route. */
export interface Operation {
  /** The query parameters it takes (`locale` is taken everywhere); any other is a 400. */
  readonly query: readonly string[];
  /**
   * The media types of the body it reads (`application/json` first); none: no body is read. A
   * body of another type is a 415.
   */
  readonly body?: readonly string[];
  /** Counted in `--max-concurrent`: it judges something. */
  readonly gated?: boolean;
  /** Answers a request whose JSON body (if it takes one) parsed. */
  readonly handle: (exchange: Exchange, body: unknown) => Reply | Promise<Reply>;
  /** Answers a request with a body of a streamed media type (`application/x-ndjson`). */
  readonly stream?: (exchange: Exchange) => Promise<void>;
}

/** The routes of the API: path, then method. */
export type RouteTable = Readonly<Record<string, Readonly<Partial<Record<Method, Operation>>>>>;

/** The media type of a JSON body. */
export const JSON_TYPE = 'application/json';
/** The media type of an NDJSON body (one JSON value per line). */
export const NDJSON_TYPE = 'application/x-ndjson';

const ok = (body: unknown): Reply => ({ kind: 'json', status: 200, body });

/** The rules every deciding route judges with: `at` from the query, the server's rule files. */
export interface DecisionOptions {
  readonly at?: string;
  readonly locale: Locale;
  readonly parameters?: NonNullable<ServeConfig['parameters']>;
  readonly calendar?: NonNullable<ServeConfig['calendar']>;
}

/**
 * The options of a deciding route: `at` (query), the language, and the rule files of the
 * server (`record=true` hands the same options, with `decidedAt`, to `recordDecision`).
 *
 * @param exchange - The request.
 * @returns The options for the library call.
 */
export function decisionOptions(exchange: Exchange): DecisionOptions {
  const at = exchange.query.get('at');
  const { parameters, calendar } = exchange.config;
  return {
    ...(at === undefined ? {} : { at }),
    locale: exchange.locale,
    ...(parameters === undefined ? {} : { parameters }),
    ...(calendar === undefined ? {} : { calendar }),
  };
}

/** `record=true` on a deciding route: the instant of the decision and where it came from. */
export interface Recording {
  /** `decidedAt` as given, or the server's clock for `decidedAt=server`; absent: refused. */
  readonly decidedAt: string | Date | undefined;
  /** `query`, or `server-clock` for `decidedAt=server`. */
  readonly source: 'query' | 'server-clock';
}

/**
 * Reads `record` and `decidedAt` from the query: no record (`undefined`), a recording, or a
 * problem (a `record` other than `true`/`false`, a `decidedAt` without `record=true`). The server
 * reads its clock only for `decidedAt=server`; a missing `decidedAt` is left to
 * `recordDecision`, which refuses it with its own issue.
 *
 * @param exchange - The request.
 * @returns The recording, `undefined`, or the problem to answer.
 */
export function recordingOf(exchange: Exchange): Recording | undefined | Problem {
  const { query, texts, path } = exchange;
  const record = query.get('record');
  const decidedAt = query.get('decidedAt');
  if (record !== undefined && record !== 'true' && record !== 'false')
    return problem('invalid-request', texts, (m) => m.badQueryValue('record', m.expectedBoolean), {
      instance: path,
    });
  if (record !== 'true') {
    if (decidedAt === undefined) return undefined;
    return problem('invalid-request', texts, (m) => m.decidedAtNeedsRecord(), { instance: path });
  }
  // The one other place the server reads its clock: only when asked to, and the answer says so.
  if (decidedAt === 'server') return { decidedAt: exchange.now(), source: 'server-clock' };
  return { decidedAt, source: 'query' };
}

const isProblem = (value: Recording | Problem): value is Problem => 'type' in value;

/**
 * A deciding route: a JSON body judged by one library function, answered with its result as it
 * is, `{ success: true, data, warnings }` or `{ success: false, issues }`, always with status
 * 200 (a proposal that parsed but breaks a rule is an answer, not an error). With `record=true`,
 * `recordDecision(kind, ...)` judges it, and the answer is `{ result, record, decidedAtSource }`.
 *
 * @param kind - The kind of decision a record of it has.
 * @param decide - The library call.
 * @param extra - More operation fields (the NDJSON stream of validate).
 * @returns The operation.
 */
function deciding(
  kind: DecisionKind,
  decide: (body: unknown, options: DecisionOptions) => Result<unknown>,
  extra: Partial<Operation> = {},
): Operation {
  return {
    query: ['at', 'record', 'decidedAt'],
    body: [JSON_TYPE],
    gated: true,
    handle: (exchange, body) => {
      const options = decisionOptions(exchange);
      const recording = recordingOf(exchange);
      if (recording === undefined) return ok(decide(body, options));
      if (isProblem(recording)) return { kind: 'problem', problem: recording };
      return recorded(kind, body, options, recording, exchange.texts);
    },
    ...extra,
  };
}

/**
 * Judges with `recordDecision` and answers the result with its record.
 *
 * @returns The answer (the promise rejects with the library's `PioRulesError` for a missing or
 *   bad `decidedAt` or option, answered as a 400 with its issues).
 */
export async function recorded(
  kind: DecisionKind,
  body: unknown,
  options: DecisionOptions,
  recording: Recording,
  texts: CliTexts,
): Promise<Reply> {
  const { result, record } = await recordDecision(kind, body, {
    ...options,
    decidedAt: recording.decidedAt as string,
  });
  return ok({ result, record, ...recordedSource(recording, texts) });
}

/** Where the instant of a record came from, as an answer says it. */
export function recordedSource(
  recording: Recording,
  texts: CliTexts,
): { readonly decidedAtSource: Recording['source']; readonly note?: string } {
  return recording.source === 'server-clock'
    ? { decidedAtSource: 'server-clock', note: texts.serve.nowFromServerClock }
    : { decidedAtSource: 'query' };
}

/** `validateApplication` with the options of a deciding route. */
export const validateProposal = (body: unknown, options: DecisionOptions): Result<unknown> =>
  safeValidateApplication(body, options);

function field(body: unknown, key: string): unknown {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)[key]
    : undefined;
}

function cofinancing(body: unknown, options: DecisionOptions): Result<unknown> {
  const { at, locale, parameters } = options;
  return safeComputeCofinancing(body as CofinancingInput, {
    ...(at === undefined ? {} : { at }),
    locale,
    ...(parameters === undefined ? {} : { parameters }),
  });
}

function assessment(body: unknown, options: DecisionOptions): Result<unknown> {
  return safeAssessApplication(
    field(body, 'application') as Application,
    field(body, 'assessment') as Assessment,
    options,
  );
}

function quickScan(body: unknown, options: DecisionOptions): Result<unknown> {
  return safeInnovationQuickScan(body as QuickScanAnswers, { locale: options.locale });
}

/** A whole number as the library reads it, or the text itself (refused by the library). */
function numberOrText(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  return /^-?\d{1,10}$/.test(text) ? Number(text) : text;
}

function calls(exchange: Exchange): Reply {
  const { query, locale, config } = exchange;
  const year = numberOrText(query.get('year'));
  const kind = query.get('kind');
  const found = getCalls({
    ...(year === undefined ? {} : { year: year as number }),
    ...(kind === undefined ? {} : { kind: kind as 'regular' }),
    ...(config.calendar === undefined ? {} : { calendar: config.calendar }),
    locale,
  });
  return ok({ calls: found.map((call) => callJson(call, locale)) });
}

function next(exchange: Exchange): Reply {
  const { query, locale, config } = exchange;
  const given = query.get('now');
  const kind = query.get('kind');
  // The one place the server reads its clock: only when asked to, and the answer says so.
  const fromClock = given === 'server';
  const at = fromClock ? exchange.now() : given;
  const call = nextDeadline({
    at: at as string,
    ...(kind === undefined ? {} : { kind: kind as 'regular' }),
    ...(config.calendar === undefined ? {} : { calendar: config.calendar }),
    locale,
  });
  return ok({
    call: call === undefined ? null : callJson(call, locale),
    now: fromClock ? (at as Date).toISOString() : given,
    nowSource: fromClock ? 'server-clock' : 'query',
    ...(fromClock ? { note: exchange.texts.serve.nowFromServerClock } : {}),
  });
}

function parameters(exchange: Exchange): Reply {
  const { query, locale, config } = exchange;
  const at = query.get('at');
  const registry = config.parameters === undefined ? {} : { parameters: config.parameters };
  const found: ResolvedParameter[] =
    at === undefined
      ? listParameters({ ...registry, locale }).map((definition) =>
          getParameter(definition.id, { ...registry, locale }),
        )
      : listParameters({ ...registry, at, locale });
  return ok({
    at: at ?? null,
    parameters: found.map((p) => ({
      ...p,
      description: getDefinition(p.id, { ...registry, locale }).description,
    })),
  });
}

/** `POST /v1/decision-records/verify`: the report of `verifyRecord` under the server's rules. */
async function verify(exchange: Exchange, body: unknown): Promise<Reply> {
  const { parameters, calendar } = exchange.config;
  return ok(
    await verifyRecord(body, {
      ...(parameters === undefined ? {} : { parameters }),
      ...(calendar === undefined ? {} : { calendar }),
    }),
  );
}

/**
 * Makes the route table.
 *
 * @param streamProposals - The NDJSON stream of `POST /v1/applications/validate`.
 * @returns The routes.
 */
export function routeTable(streamProposals: (exchange: Exchange) => Promise<void>): RouteTable {
  return {
    '/v1/applications/validate': {
      POST: deciding('validation', validateProposal, {
        body: [JSON_TYPE, NDJSON_TYPE],
        stream: streamProposals,
      }),
    },
    '/v1/cofinancing': { POST: deciding('cofinancing', cofinancing) },
    '/v1/assessments': { POST: deciding('assessment', assessment) },
    '/v1/quick-scan': {
      POST: deciding('quick-scan', quickScan, { query: ['record', 'decidedAt'] }),
    },
    '/v1/decision-records/verify': {
      POST: { query: [], body: [JSON_TYPE], gated: true, handle: verify },
    },
    '/v1/calls': { GET: { query: ['year', 'kind'], handle: calls } },
    '/v1/calls/next': { GET: { query: ['now', 'kind'], handle: next } },
    '/v1/parameters': { GET: { query: ['at'], handle: parameters } },
    '/v1/schemas/application': {
      GET: {
        query: [],
        handle: ({ files }) => ({
          kind: 'text',
          contentType: 'application/schema+json',
          text: files.applicationSchema,
        }),
      },
    },
    '/openapi.json': {
      GET: {
        query: [],
        handle: ({ files }) => ({ kind: 'text', contentType: JSON_TYPE, text: files.openapi }),
      },
    },
    '/healthz': { GET: { query: [], handle: () => ok({ status: 'ok' }) } },
  };
}
