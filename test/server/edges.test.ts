/* eslint-disable @typescript-eslint/no-unsafe-return -- JSON answers of the server, untyped on purpose */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError, FlagIssuesError } from '../../src/cli/errors.js';
import { rulesFiles } from '../../src/cli/input/rulesFiles.js';
import { routeTable } from '../../src/cli/serve/routes.js';
import { textsFor } from '../../src/cli/texts.js';
import { streamProposals } from '../../src/cli/serve/ndjson.js';
import { root, startInProcess } from './helpers.js';

// The paths of the server (src/cli/serve/{server,routes,body}.ts) and of the rule-file loader
// that the route tests do not take: raw HTTP a client library would not send, a server with
// rule files, a stop while a request is in flight.
const dir = mkdtempSync(join(tmpdir(), 'pio-serve-edges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Sends raw bytes and collects what comes back until the server closes (or `until` matches). */
function raw(url: string, text: string, until?: RegExp): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    let got = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      got += chunk;
      if (until?.test(got) === true) socket.destroy();
    });
    socket.on('close', () => resolve(got));
    socket.on('error', () => resolve(got));
    socket.write(text);
  });
}

const bodyOf = (answer: string): any => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

describe('the server, raw HTTP', () => {
  it('answers a header block over the limit with 431 problem+json and closes', async () => {
    const server = await startInProcess();
    try {
      const answer = await raw(
        server.url,
        `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
      expect(bodyOf(answer)).toMatchObject({
        status: 431,
        type: 'urn:pio-rules:problem:bad-request',
      });
      expect(
        server.logs.some((l) => l.includes('"event":"client-error"') && l.includes('431')),
      ).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('answers a request target that is no URL with 400', async () => {
    const server = await startInProcess();
    try {
      const answer = await raw(
        server.url,
        'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      );
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(bodyOf(answer).type).toBe('urn:pio-rules:problem:bad-request');
    } finally {
      await server.stop();
    }
  });

  it('answers a connection beyond --max-connections with 503 and Retry-After', async () => {
    const server = await startInProcess({ 'max-connections': '1' });
    const { port } = new URL(server.url);
    const first: Socket = connect({ host: '127.0.0.1', port: Number(port) });
    try {
      await new Promise((resolve) => first.once('connect', resolve));
      // Let the server take the first connection before the second arrives.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const answer = await raw(server.url, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
      expect(answer).toMatch(/^HTTP\/1\.1 503 /);
      expect(answer).toMatch(/\r\nRetry-After: \d+\r\n/i);
      expect(bodyOf(answer).type).toBe('urn:pio-rules:problem:overloaded');
    } finally {
      first.destroy();
      await server.stop();
    }
  });

  it('names a missing Content-Type in the 415, in both languages; reads a body with a BOM', async () => {
    const server = await startInProcess();
    try {
      const post = (lang: string) =>
        raw(
          server.url,
          `POST /v1/quick-scan HTTP/1.1\r\nHost: x\r\nAccept-Language: ${lang}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
        );
      const nl = bodyOf(await post('nl'));
      const en = bodyOf(await post('en'));
      expect([nl.status, en.status]).toEqual([415, 415]);
      expect(nl.detail).toContain('zonder Content-Type');
      expect(en.detail).toContain('without a Content-Type');
      const bom = await fetch(`${server.url}/v1/cofinancing`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: `\uFEFF${JSON.stringify({ estimatedCost: '1000.00' })}`,
      });
      expect(bom.status).toBe(200);
      expect(((await bom.json()) as any).data.maximum.amount).toBe('500.00');
    } finally {
      await server.stop();
    }
  });

  it('refuses a repeated locale with 400, and a chunked body over --max-body with 413', async () => {
    const server = await startInProcess({ 'max-body': '100' });
    try {
      const repeated = await fetch(`${server.url}/healthz?locale=en&locale=nl`);
      expect(repeated.status).toBe(400);
      const problem = (await repeated.json()) as any;
      expect(problem.type).toBe('urn:pio-rules:problem:invalid-request');
      expect(problem.issues).toBeUndefined();
      const chunk = (text: string) => `${text.length.toString(16)}\r\n${text}\r\n`;
      const answer = await raw(
        server.url,
        `POST /v1/cofinancing HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${chunk(`{"a":"${'x'.repeat(80)}`)}${chunk(`${'y'.repeat(80)}"}`)}0\r\n\r\n`,
        /\r\n\r\n\{.*\}$/s,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(bodyOf(answer)).toMatchObject({
        type: 'urn:pio-rules:problem:body-too-large',
        limit: 100,
      });
    } finally {
      await server.stop();
    }
  });
});

describe('the server, slow clients', () => {
  it('answers headers that do not arrive within --header-timeout with 408 and closes', async () => {
    const server = await startInProcess({ 'header-timeout': '200' });
    try {
      const answer = await raw(server.url, 'GET /healthz HTTP/1.1\r\nHost: x\r\n');
      expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      expect(bodyOf(answer).type).toBe('urn:pio-rules:problem:request-timeout');
    } finally {
      await server.stop();
    }
  });
});

describe('the server, in flight and failing', () => {
  it('a request in flight when it stops is answered, with Connection: close', async () => {
    let release: (() => void) | undefined;
    let entered: (() => void) | undefined;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const routes = {
      ...routeTable(streamProposals),
      '/healthz': {
        GET: {
          query: [],
          handle: async () => {
            entered?.();
            await new Promise<void>((resolve) => (release = resolve));
            return { kind: 'json' as const, status: 200, body: { status: 'slow' } };
          },
        },
      },
    };
    const server = await startInProcess({}, undefined, {}, routes);
    const answer = fetch(`${server.url}/healthz`);
    await inside;
    const stopped = server.stop(2000);
    release?.();
    const response = await answer;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({ status: 'slow' });
    await stopped;
  });

  it('answers a handler that throws what is not an Error with 500, logged as unknown', async () => {
    const routes = {
      ...routeTable(streamProposals),
      '/healthz': {
        GET: {
          query: [],
          handle: () => {
            // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a bug might throw
            throw 'a text';
          },
        },
      },
    };
    const server = await startInProcess({}, undefined, {}, routes);
    try {
      const response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(500);
      expect(((await response.json()) as any).type).toBe('urn:pio-rules:problem:internal-error');
      expect(server.logs.some((l) => l.includes('"error":"unknown"'))).toBe(true);
    } finally {
      await server.stop();
    }
  });
});

const capDefinition = {
  id: 'cofinancing.cap',
  description: { nl: 'Plafond', en: 'Cap' },
  unit: 'EUR',
  versions: [
    {
      value: '500000.00',
      validFrom: '2016-01-01',
      status: 'assumed',
      source: { title: 'What-if', url: 'https://example.org/what-if' },
    },
  ],
};

describe('routes with --parameters and --calendar', () => {
  it('lists, finds the next call, and verifies records with the files’ rules', async () => {
    const parameters = join(dir, 'cap.json');
    writeFileSync(parameters, `\uFEFF${JSON.stringify([capDefinition])}`);
    const rules = await rulesFiles(
      { parameters, calendar: join(root, 'examples/data/calendar-2027.json') },
      'en',
    );
    const server = await startInProcess({}, undefined, rules);
    try {
      const get = async (path: string) =>
        (await (await fetch(`${server.url}${path}`)).json()) as any;
      const regular = await get('/v1/calls?kind=regular');
      expect(regular.calls.map((c: any) => c.id)).toEqual(
        expect.arrayContaining(['2027-1', '2027-2']),
      );
      const next = await get('/v1/calls/next?now=2027-01-01T00:00:00%2B01:00&kind=regular');
      expect(next.call.id).toBe('2027-1');
      const none = await get('/v1/calls/next?now=2099-01-01T00:00:00Z&kind=thematic');
      expect(none.call).toBeNull();
      const dated = await get('/v1/parameters?at=2024-05-01');
      expect(dated.parameters.find((p: any) => p.id === 'cofinancing.cap').value).toBe('500000.00');
      const verified = await fetch(`${server.url}/v1/decision-records/verify`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind: 'nothing' }),
      });
      expect(verified.status).toBe(200);
      expect(((await verified.json()) as any).status).not.toBe('reproduced');
    } finally {
      await server.stop();
    }
  });
});

describe('rulesFiles: files it cannot take', () => {
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const refusal = async (values: Record<string, string>): Promise<string> => {
    try {
      await rulesFiles(values, 'en');
    } catch (error) {
      if (error instanceof FlagIssuesError)
        return error.issues.map((p) => `${p.where}: ${p.issue.code}`).join('\n');
      if (error instanceof CliError) return error.text(textsFor('en'));
      throw error;
    }
    throw new Error('not refused');
  };

  it('refuses a folder, a missing file, a file cut short, one too deep, and a wrong value at its place', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    expect(await refusal({ parameters: folder })).toContain(folder);
    expect(await refusal({ calendar: join(dir, 'none.json') })).toMatch(/none\.json/);
    expect(await refusal({ parameters: file('cut.json', '[{"id": "x"') })).toContain('cut.json:1:');
    expect(await refusal({ parameters: file('deep.json', '['.repeat(100_001)) })).toMatch(
      /deep\.json:1:\d+: .*nested too deeply/,
    );
    expect(await refusal({ parameters: file('empty.json', '') })).toContain('empty.json:1:1');
    expect(await refusal({ parameters: file('object.json', '{"a": 1}') })).toMatch(
      /object\.json: invalid_type/,
    );
  });

  it('refuses a calendar whose call is off its format, naming the file', async () => {
    const calendar = file(
      'clash.json',
      JSON.stringify([{ id: '2024-1', kind: 'regular', deadlineDate: 'not a date' }]),
    );
    expect(await refusal({ calendar })).toContain('clash.json');
  });
});
