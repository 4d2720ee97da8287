import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { isPioRulesError } from '../../issues/index.js';
import { renderedOrThrown } from '../../locales/render.js';
import type { Locale } from '../../locales/index.js';
import { malformedDocument } from '../input/readProposals.js';
import { jsonAnswer } from './json.js';
import { textsFor, type CliTexts } from '../texts.js';
import { acceptLanguage } from './acceptLanguage.js';
import { mediaTypeOf, readBody } from './body.js';
import type { ServeConfig } from './config.js';
import { streamProposals } from './ndjson.js';
import { problem, type Problem } from './problem.js';
import {
  routeTable,
  type Exchange,
  type Method,
  type Operation,
  type Reply,
  type RouteTable,
  type ServedFiles,
} from './routes.js';

/** What the server needs from its process. */
export interface ServerDeps {
  /** The served files. */
  readonly files: ServedFiles;
  /** The clock (read only for `now=server` and the log). */
  readonly now: () => Date;
  /** Where the log lines go (one JSON object per line). */
  readonly log: (line: string) => void;
  /** Another route table (tests only: a route that fails). */
  readonly routes?: RouteTable;
}

/** The seconds a client is asked to wait after a 503. */
export const RETRY_AFTER = 1;

/** A running API server. */
export interface PioServer {
  /** The `node:http` server. */
  readonly server: Server;
  /**
   * Stops accepting, lets the requests in flight finish, and closes every connection after
   * `graceMs` at the latest.
   *
   * @returns A promise that settles once every connection is closed.
   */
  readonly stop: (graceMs: number) => Promise<void>;
}

const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

/** The methods of a route as the `Allow` header lists them. */
function allowedOf(route: Readonly<Partial<Record<Method, Operation>>>): string[] {
  const methods: string[] = Object.keys(route);
  if (methods.includes('GET')) methods.push('HEAD');
  methods.push('OPTIONS');
  return methods;
}

/**
 * Makes the API server (not listening yet): the route table, its limits (body size, header,
 * request and keep-alive timeouts, open connections, requests judged at once) and the log.
 *
 * @param config - The configuration.
 * @param deps - Files, clock and log.
 * @returns The server and its graceful stop.
 */
export function createPioServer(config: ServeConfig, deps: ServerDeps): PioServer {
  const routes: RouteTable = deps.routes ?? routeTable(streamProposals);
  let judging = 0;
  let stopping = false;
  const sockets = new Set<Socket>();
  const active = new Set<ServerResponse>();

  const server = createServer({
    headersTimeout: config.headerTimeout,
    // The whole-request limit is the server's own timer (below), so the NDJSON stream is not cut.
    requestTimeout: 0,
    keepAliveTimeout: config.keepAliveTimeout,
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(config.headerTimeout / 4))),
    maxHeaderSize: 16_384,
  });
  // Beyond --max-connections, a connection is still taken, but only to answer its request 503
  // (with Retry-After) and close it; beyond twice as many (at least 1024 more), Node refuses the
  // connection outright.
  const overflow = new WeakSet<Socket>();
  server.maxConnections = Math.max(config.maxConnections * 2, config.maxConnections + 1024);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    if (sockets.size > config.maxConnections) overflow.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  const send = (
    response: ServerResponse,
    status: number,
    contentType: string,
    text: string,
    headers: Record<string, string> = {},
  ): void => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response.writeHead(status, {
      ...headers,
      'Content-Type': contentType,
      'Content-Length': String(Buffer.byteLength(text)),
    });
    response.end(text);
  };

  const sendProblem = (
    response: ServerResponse,
    found: Problem,
    headers: Record<string, string> = {},
  ): void => {
    send(
      response,
      found.status,
      'application/problem+json; charset=utf-8',
      jsonAnswer(found),
      headers,
    );
  };

  const reply = (response: ServerResponse, answer: Reply): void => {
    if (answer.kind === 'streamed') return;
    if (answer.kind === 'problem') {
      sendProblem(response, answer.problem);
      return;
    }
    if (answer.kind === 'text') {
      send(response, 200, `${answer.contentType}; charset=utf-8`, answer.text);
      return;
    }
    send(
      response,
      answer.status,
      `${answer.contentType ?? 'application/json'}; charset=utf-8`,
      jsonAnswer(answer.body),
    );
  };

  /** A problem that ends the connection after it is written (the rest of the body is not read). */
  const refuseAndClose = (request: IncomingMessage, response: ServerResponse, found: Problem) => {
    response.shouldKeepAlive = false;
    sendProblem(response, found, { Connection: 'close' });
    response.once('finish', () => {
      // Read (and drop) a little more for a moment so the client sees the answer rather than a
      // reset, then close.
      request.resume();
      setTimeout(() => request.socket.destroy(), 500).unref();
    });
  };

  const handle = async (
    request: IncomingMessage,
    response: ServerResponse,
    texts: CliTexts,
    locale: Locale,
    path: string,
    url: URL,
  ): Promise<void> => {
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (route === undefined) {
      sendProblem(
        response,
        problem('not-found', texts, (m) => m.notFound(path), { instance: path }),
      );
      return;
    }
    const allowed = allowedOf(route);
    const method = request.method ?? '';
    if (method === 'OPTIONS') {
      response.writeHead(204, { Allow: allowed.join(', '), 'Content-Length': '0' });
      response.end();
      return;
    }
    const operation = route[(method === 'HEAD' ? 'GET' : method) as Method];
    if (operation === undefined) {
      sendProblem(
        response,
        problem(
          'method-not-allowed',
          texts,
          (m) => m.methodNotAllowed(method, allowed.join(', ')),
          {
            instance: path,
            allowed,
          },
        ),
        { Allow: allowed.join(', ') },
      );
      return;
    }

    // The query: only the parameters the route takes (and `locale`), each once.
    const query = new Map<string, string>();
    for (const [name, value] of url.searchParams) {
      if (name === 'locale') continue;
      const bad = !operation.query.includes(name)
        ? (m: CliTexts['serve']) => m.unknownQueryParameter(name)
        : query.has(name)
          ? (m: CliTexts['serve']) => m.repeatedQueryParameter(name)
          : undefined;
      if (bad !== undefined) {
        sendProblem(response, problem('invalid-request', texts, bad, { instance: path }));
        return;
      }
      query.set(name, value);
    }

    if (operation.gated === true) {
      if (judging >= config.maxConcurrent) {
        sendProblem(
          response,
          problem('overloaded', texts, (m) => m.overloaded(RETRY_AFTER), {
            instance: path,
            retryAfter: RETRY_AFTER,
          }),
          { 'Retry-After': String(RETRY_AFTER) },
        );
        return;
      }
      judging += 1;
      response.once('close', () => {
        judging -= 1;
      });
    }

    const exchange: Exchange = {
      request,
      response,
      path,
      query,
      locale,
      texts,
      config,
      now: deps.now,
      files: deps.files,
    };

    let body: unknown;
    if (operation.body !== undefined) {
      const type = mediaTypeOf(request);
      if (!operation.body.includes(type)) {
        refuseAndClose(
          request,
          response,
          problem(
            'unsupported-media-type',
            texts,
            (m) => m.unsupportedMediaType(type, operation.body?.join(', ') ?? ''),
            { instance: path },
          ),
        );
        return;
      }
      if (type !== operation.body[0] && operation.stream !== undefined) {
        await operation.stream(exchange);
        return;
      }
      // The whole body must arrive within --request-timeout.
      const timer = setTimeout(() => {
        refuseAndClose(
          request,
          response,
          problem('request-timeout', texts, (m) => m.requestTimeout(), { instance: path }),
        );
      }, config.requestTimeout);
      const read = await readBody(request, config.maxBody);
      clearTimeout(timer);
      if (response.headersSent) return;
      if (read.kind === 'too-large') {
        refuseAndClose(
          request,
          response,
          problem('body-too-large', texts, (m) => m.bodyTooLarge(config.maxBody), {
            instance: path,
            limit: config.maxBody,
          }),
        );
        return;
      }
      if (read.kind === 'unreadable') {
        refuseAndClose(
          request,
          response,
          problem('unreadable-body', texts, (m) => m.unreadableBody(), { instance: path }),
        );
        return;
      }
      const text = read.text.startsWith('\uFEFF') ? read.text.slice(1) : read.text;
      try {
        body = JSON.parse(text);
      } catch {
        const failure = malformedDocument('body', text);
        sendProblem(
          response,
          problem('malformed-json', texts, () => failure.message(texts), {
            instance: path,
            ...(failure.line === null ? {} : { line: failure.line }),
            ...(failure.column === null ? {} : { column: failure.column }),
          }),
        );
        return;
      }
    }
    try {
      reply(response, await operation.handle(exchange, body));
    } catch (error) {
      // A refusal of the library (a bad query parameter): its issues, as data.
      if (!isPioRulesError(error)) throw error;
      sendProblem(
        response,
        problem('invalid-request', texts, (m) => m.invalidRequest(), {
          instance: path,
          issues: error.issues,
        }),
      );
    }
    return;
  };

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const started = performance.now();
    active.add(response);
    let bytesIn = 0;
    request.on('data', (chunk: Buffer) => {
      bytesIn += chunk.length;
    });
    let route = 'unknown';
    response.once('close', () => {
      active.delete(response);
      deps.log(
        JSON.stringify({
          time: deps.now().toISOString(),
          pid: process.pid,
          method: request.method,
          route,
          status: response.statusCode,
          ms: Number((performance.now() - started).toFixed(1)),
          bytesIn,
          complete: response.writableFinished,
        }),
      );
    });
    for (const [name, value] of Object.entries(BASE_HEADERS)) response.setHeader(name, value);
    response.setHeader('Vary', 'Accept-Language');
    if (config.cors !== undefined) {
      response.setHeader('Access-Control-Allow-Origin', config.cors);
      response.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, OPTIONS');
      response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept-Language');
      response.setHeader('Access-Control-Max-Age', '600');
    }
    if (stopping) {
      response.shouldKeepAlive = false;
      response.setHeader('Connection', 'close');
    }

    let locale = acceptLanguage(request.headers['accept-language']);
    let texts = textsFor(locale);
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      sendProblem(
        response,
        problem('bad-request', texts, (m) => m.badRequest()),
      );
      return;
    }
    const path = url.pathname;
    route = Object.hasOwn(routes, path) ? path : 'unknown';
    if (overflow.has(request.socket)) {
      response.shouldKeepAlive = false;
      sendProblem(
        response,
        problem('overloaded', texts, (m) => m.overloaded(RETRY_AFTER), {
          instance: path,
          retryAfter: RETRY_AFTER,
        }),
        { 'Retry-After': String(RETRY_AFTER), Connection: 'close' },
      );
      return;
    }
    const tags = url.searchParams.getAll('locale');
    if (tags.length > 0) {
      try {
        if (tags.length > 1) throw new Error('repeated');
        locale = renderedOrThrown(tags[0], (chosen) => chosen);
        texts = textsFor(locale);
      } catch (error) {
        sendProblem(
          response,
          problem(
            'invalid-request',
            texts,
            (m) =>
              isPioRulesError(error) ? m.invalidRequest() : m.repeatedQueryParameter('locale'),
            { instance: path, ...(isPioRulesError(error) ? { issues: error.issues } : {}) },
          ),
        );
        return;
      }
    }
    response.setHeader('Content-Language', locale);
    handle(request, response, texts, locale, path, url).then(
      () => undefined,
      (error: unknown) => {
        deps.log(
          JSON.stringify({
            time: deps.now().toISOString(),
            pid: process.pid,
            event: 'internal-error',
            route: path,
            error: error instanceof Error ? error.name : 'unknown',
          }),
        );
        sendProblem(
          response,
          problem('internal-error', texts, (m) => m.internalError()),
        );
      },
    );
  });

  // A request Node cannot read (malformed HTTP, headers too slow or too large): a problem, then
  // the connection is closed; never Node's own text.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || (socket as Socket & { _httpMessage?: unknown })._httpMessage) {
      socket.destroy();
      return;
    }
    const texts = textsFor('nl');
    const timeout = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const found = timeout
      ? problem('request-timeout', texts, (m) => m.requestTimeout())
      : problem('bad-request', texts, (m) => m.badRequest());
    const status = tooLarge ? 431 : found.status;
    const text = jsonAnswer({ ...found, status });
    const reason = timeout
      ? 'Request Timeout'
      : tooLarge
        ? 'Request Header Fields Too Large'
        : 'Bad Request';
    socket.end(
      `HTTP/1.1 ${String(status)} ${reason}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `X-Content-Type-Options: nosniff\r\nContent-Length: ${String(Buffer.byteLength(text))}\r\n` +
        `Connection: close\r\n\r\n${text}`,
    );
    deps.log(
      JSON.stringify({
        time: deps.now().toISOString(),
        pid: process.pid,
        event: 'client-error',
        status,
        code: error.code ?? 'unknown',
      }),
    );
  });

  const stop = (graceMs: number): Promise<void> =>
    new Promise((resolve) => {
      stopping = true;
      // The requests in flight are answered, then their connections close.
      for (const response of active) {
        if (response.headersSent) continue;
        response.shouldKeepAlive = false;
        response.setHeader('Connection', 'close');
      }
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      timer.unref();
      idle.unref();
      server.close(() => {
        clearTimeout(timer);
        clearInterval(idle);
        resolve();
      });
      server.closeIdleConnections();
    });

  return { server, stop };
}
