/* eslint-disable @typescript-eslint/no-unsafe-return -- JSON answers of the server, untyped on purpose (checked against the OpenAPI document) */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { serveConfig, type ServeConfig } from '../../src/cli/serve/config.js';
import { createPioServer } from '../../src/cli/serve/server.js';
import type { RouteTable } from '../../src/cli/serve/routes.js';
import { cli, ensureCliBuilt, root } from '../cli/helpers/bin.js';

export { root };

/** The files the server serves, as in the package. */
export const servedFiles = {
  applicationSchema: readFileSync(join(root, 'schemas/application.schema.json'), 'utf8'),
  openapi: readFileSync(join(root, 'schemas/openapi.json'), 'utf8'),
};

/** The OpenAPI document, parsed. */
export const openapi = JSON.parse(servedFiles.openapi);

/** A server started in this process on a free loopback port. */
export interface InProcessServer {
  readonly url: string;
  readonly logs: string[];
  readonly stop: (graceMs?: number) => Promise<void>;
}

/**
 * Starts the API server in this process on 127.0.0.1, port 0 (a free one).
 *
 * @param values - Options as the command line gives them (`{ 'max-body': '100' }`).
 * @param now - The server's clock.
 */
export async function startInProcess(
  values: Record<string, string> = {},
  now: () => Date = () => new Date('2024-05-01T10:00:00Z'),
  rules: Partial<Pick<ServeConfig, 'parameters' | 'calendar'>> = {},
  routes?: RouteTable,
): Promise<InProcessServer> {
  const config = serveConfig({ port: '0', ...values }, rules);
  const logs: string[] = [];
  const { server, stop } = createPioServer(config, {
    files: servedFiles,
    now,
    log: (line) => logs.push(line),
    ...(routes === undefined ? {} : { routes }),
  });
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  return { url: `http://127.0.0.1:${String(address.port)}`, logs, stop: (ms = 1000) => stop(ms) };
}

/** The built server as a child process. */
export interface ChildServer {
  readonly url: string;
  readonly child: ChildProcess;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
}

/**
 * Starts `node dist/cli.js serve --port 0 ...args` and waits for the URL it prints.
 *
 * @param args - More options.
 */
export async function spawnServer(args: readonly string[] = []): Promise<ChildServer> {
  ensureCliBuilt();
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL; stderr: ${err}`)), 15_000);
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      out += text;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line !== undefined) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.once('exit', () => reject(new Error(`exited; stderr: ${err}`)));
  });
  return { url, child, stderr: () => err, exited };
}

/** The JSON lines a child server wrote on stderr. */
export function logLines(stderr: string): any[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as unknown);
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(openapi, 'openapi');

const pointer = (parts: readonly string[]) =>
  parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/**
 * Checks a response against the OpenAPI document: its status is documented for the route, and
 * its body is valid against the documented schema of its media type.
 *
 * @returns The body, parsed (JSON) or as text.
 */
export async function expectDocumented(
  response: Response,
  path: string,
  method: string,
): Promise<any> {
  const operation = openapi.paths[path]?.[method.toLowerCase()];
  expect(operation, `${method} ${path} documented`).toBeDefined();
  const status = String(response.status);
  const documented = operation.responses[status];
  expect(documented, `${method} ${path} ${status} documented`).toBeDefined();
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const media = documented.content?.[type];
  expect(media, `${method} ${path} ${status} ${type} documented`).toBeDefined();
  const text = await response.text();
  const at = `openapi#/${pointer(['paths', path, method.toLowerCase(), 'responses', status, 'content', type, 'schema'])}`;
  const validate = ajv.getSchema(at) ?? ajv.compile({ $ref: at });
  const values =
    type === 'application/x-ndjson'
      ? text
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l))
      : [JSON.parse(text)];
  for (const value of values) {
    const valid = validate(value);
    expect(valid, `${method} ${path} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
  return type === 'application/x-ndjson' ? values : values[0];
}
