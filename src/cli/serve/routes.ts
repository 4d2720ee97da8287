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
import type { ServeConfig } from './config.js';
import type { Problem } from './problem.js';

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
  readonly handle: (exchange: Exchange, body: unknown) => Reply;
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
 * server. (The place where `record=true` will take `decidedAt` and hand the same options to
 * `recordDecision`.)
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

/**
 * A deciding route: a JSON body judged by one library function, answered with its result as it
 * is, `{ success: true, data, warnings }` or `{ success: false, issues }`, always with status
 * 200 (a proposal that parsed but breaks a rule is an answer, not an error).
 *
 * @param decide - The library call.
 * @param extra - More operation fields (the NDJSON stream of validate).
 * @returns The operation.
 */
function deciding(
  decide: (body: unknown, options: DecisionOptions) => Result<unknown>,
  extra: Partial<Operation> = {},
): Operation {
  return {
    query: ['at'],
    body: [JSON_TYPE],
    gated: true,
    handle: (exchange, body) => ok(decide(body, decisionOptions(exchange))),
    ...extra,
  };
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

/**
 * Makes the route table.
 *
 * @param streamProposals - The NDJSON stream of `POST /v1/applications/validate`.
 * @returns The routes.
 */
export function routeTable(streamProposals: (exchange: Exchange) => Promise<void>): RouteTable {
  return {
    '/v1/applications/validate': {
      POST: deciding(validateProposal, {
        body: [JSON_TYPE, NDJSON_TYPE],
        stream: streamProposals,
      }),
    },
    '/v1/cofinancing': { POST: deciding(cofinancing) },
    '/v1/assessments': { POST: deciding(assessment) },
    '/v1/quick-scan': { POST: deciding(quickScan, { query: [] }) },
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
