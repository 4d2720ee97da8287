/* eslint-disable @typescript-eslint/no-unsafe-return -- JSON answers of the server, untyped on purpose (checked against the OpenAPI document) */
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectDocumented,
  openapi,
  root,
  servedFiles,
  startInProcess,
  type InProcessServer,
} from './helpers.js';

const example = (name: string) => readFileSync(join(root, 'examples/applications', name), 'utf8');
const valid = example('city-pcp.json');
const late = example('invalid-late-submission.json');
const scores = {
  'market-gap': 10,
  'rd-needed': 10,
  need: 10,
  'end-users-and-support-base': 10,
  team: 10,
  'procurement-route': 10,
};

let server: InProcessServer;
beforeAll(async () => {
  server = await startInProcess();
});
afterAll(async () => {
  await server.stop();
});

const post = (path: string, body: string, type = 'application/json', headers = {}) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': type, ...headers },
    body,
  });

describe('POST /v1/applications/validate', () => {
  const path = '/v1/applications/validate';

  it('answers a valid proposal with success and its maximum cofinancing', async () => {
    const body = await expectDocumented(await post(path, valid), path, 'POST');
    expect(body.success).toBe(true);
    expect(body.data.cofinancing.maximum).toEqual({ amount: '750000.00', currency: 'EUR' });
    expect(body.data.application.callId).toBe('2024-2');
  });

  it('answers a proposal that breaks a rule with 200 and success false, every issue in the language asked for', async () => {
    const response = await post(path, late, 'application/json', {
      'Accept-Language': 'fr, en-GB;q=0.8, nl;q=0.5',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-language')).toBe('en');
    const body = await expectDocumented(response, path, 'POST');
    expect(body.success).toBe(false);
    const issue = body.issues.find((i: any) => i.code === 'submitted_after_deadline');
    expect(issue.message).toMatch(/deadline/i);
  });

  it('takes locale from the query over Accept-Language, and at for a draft', async () => {
    const draft = JSON.parse(valid);
    delete draft.submittedAt;
    const response = await post(
      `${path}?locale=nl-BE&at=${encodeURIComponent('2024-10-11T08:00:00+02:00')}`,
      JSON.stringify(draft),
      'application/json',
      { 'Accept-Language': 'en' },
    );
    const body = await expectDocumented(response, path, 'POST');
    expect(response.headers.get('content-language')).toBe('nl');
    expect(body.success).toBe(false);
    expect(body.issues.map((i: any) => i.code)).toContain('submitted_after_deadline');
  });

  it('refuses malformed JSON with 400, the line and the column', async () => {
    const response = await post(path, '{\n  "schemaVersion": "1",\n  "callId": 2024-2\n}');
    const body = await expectDocumented(response, path, 'POST');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body.type).toBe('urn:pio-rules:problem:malformed-json');
    expect([body.line, body.column]).toEqual([3, 17]);
  });

  it('refuses another media type with 415', async () => {
    const response = await post(path, valid, 'text/plain');
    const body = await expectDocumented(response, path, 'POST');
    expect(response.status).toBe(415);
    expect(body.detail).toContain('application/x-ndjson');
  });

  it('refuses a locale the library does not speak with 400 and its issue', async () => {
    const response = await post(`${path}?locale=fr`, valid);
    const body = await expectDocumented(response, path, 'POST');
    expect(response.status).toBe(400);
    expect(body.issues.map((i: any) => i.code)).toEqual(['unsupported_locale']);
  });

  it('refuses an unknown or repeated query parameter with 400', async () => {
    for (const query of ['?year=2024', '?at=2024-01-01&at=2024-01-02']) {
      const response = await post(`${path}${query}`, valid);
      await expectDocumented(response, path, 'POST');
      expect(response.status, query).toBe(400);
    }
  });

  it('streams NDJSON: results in input order, an unreadable line reported at its line number', async () => {
    const one = JSON.stringify(JSON.parse(valid));
    const two = JSON.stringify(JSON.parse(late));
    const body = [one, '{"broken": ', '', two, '\uD800', one].join('\n');
    const response = await post(path, body, 'application/x-ndjson');
    expect(response.status).toBe(200);
    const lines = await expectDocumented(response, path, 'POST');
    expect(lines.map((l: any) => l.line ?? 'summary')).toEqual([1, 2, 4, 5, 6, 'summary']);
    expect(lines[0].result.success).toBe(true);
    expect(lines[1].problem.type).toBe('urn:pio-rules:problem:malformed-json');
    expect(lines[1].problem.line).toBe(2);
    expect(lines[2].result.success).toBe(false);
    expect(lines[4].result.success).toBe(true);
    expect(lines[5].summary).toEqual({ valid: 2, invalid: 1, unreadable: 2, total: 5 });
  });
});

describe('the other deciding routes', () => {
  it('POST /v1/cofinancing computes the maximum, or lists every issue', async () => {
    const path = '/v1/cofinancing';
    const ok = await expectDocumented(
      await post(path, JSON.stringify({ estimatedCost: '2400000.00', requested: '1200000.00' })),
      path,
      'POST',
    );
    expect([ok.success, ok.data.maximum.amount, ok.data.capped]).toEqual([
      true,
      '1000000.00',
      true,
    ]);
    const refused = await expectDocumented(await post(path, '{"costs":[]}'), path, 'POST');
    expect(refused.issues.map((i: any) => i.code)).toEqual(['no_cost_lines']);
  });

  it('POST /v1/assessments decides the admission', async () => {
    const path = '/v1/assessments';
    const body = JSON.stringify({ application: JSON.parse(valid), assessment: { scores } });
    const ok = await expectDocumented(await post(path, body), path, 'POST');
    expect([ok.success, ok.data.decision]).toEqual([true, 'admitted']);
    const refused = await expectDocumented(await post(path, '[]'), path, 'POST');
    expect(refused.success).toBe(false);
  });

  it('POST /v1/quick-scan gives the light', async () => {
    const path = '/v1/quick-scan';
    const answers = {
      solutionExists: 'partly',
      rdNeeded: true,
      endUserAndSupportBase: true,
      procurementForeseen: false,
    };
    const ok = await expectDocumented(await post(path, JSON.stringify(answers)), path, 'POST');
    expect(ok.data).toEqual({
      light: 'red',
      reasons: ['no_procurement_foreseen'],
      nextStep: 'not-a-pio-project',
    });
    const refused = await expectDocumented(await post(`${path}?at=2024-01-01`, '{}'), path, 'POST');
    expect(refused.type).toBe('urn:pio-rules:problem:invalid-request');
  });
});

describe('the reading routes', () => {
  const get = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);

  it('GET /v1/calls?year= lists the calls of a year, and refuses a bad year with its issue', async () => {
    const body = await expectDocumented(
      await get('/v1/calls?year=2024&locale=en'),
      '/v1/calls',
      'GET',
    );
    expect(body.calls.map((c: any) => c.id)).toEqual(['2024-1', '2024-2']);
    expect(body.calls[0].deadline).toBe('2024-04-18T22:00:00.000Z');
    const bad = await get('/v1/calls?year=20244');
    const problem = await expectDocumented(bad, '/v1/calls', 'GET');
    expect(bad.status).toBe(400);
    expect(problem.issues.length).toBeGreaterThan(0);
  });

  it("GET /v1/calls/next uses the caller's now, or the server clock only with now=server", async () => {
    const path = '/v1/calls/next';
    const given = await expectDocumented(
      await get(`${path}?now=${encodeURIComponent('2024-05-01T12:00:00+02:00')}`),
      path,
      'GET',
    );
    expect([given.call.id, given.nowSource]).toEqual(['2024-2', 'query']);
    // The in-process server's clock says 2024-05-01T10:00:00Z.
    const clock = await expectDocumented(await get(`${path}?now=server&locale=en`), path, 'GET');
    expect([clock.call.id, clock.now, clock.nowSource]).toEqual([
      '2024-2',
      '2024-05-01T10:00:00.000Z',
      'server-clock',
    ]);
    expect(clock.note).toBe("the server's clock");
    const missing = await get(path);
    const problem = await expectDocumented(missing, path, 'GET');
    expect(problem.issues.map((i: any) => i.code)).toEqual(['required']);
    const ambiguous = await expectDocumented(
      await get(`${path}?now=2024-05-01T12:00`),
      path,
      'GET',
    );
    expect(ambiguous.issues.map((i: any) => i.code)).toEqual(['ambiguous_time']);
  });

  it('GET /v1/parameters?at= lists the versions in force with their sources', async () => {
    const path = '/v1/parameters';
    const all = await expectDocumented(await get(path), path, 'GET');
    expect(all.at).toBeNull();
    expect(all.parameters.map((p: any) => p.id)).toContain('cofinancing.cap');
    const old = await expectDocumented(await get(`${path}?at=2018-05-01`), path, 'GET');
    const expertise = old.parameters.find((p: any) => p.id === 'expertise.indicativeMax');
    expect(expertise.value).toBe('25000.00');
    const bad = await get(`${path}?at=yesterday`);
    await expectDocumented(bad, path, 'GET');
    expect(bad.status).toBe(400);
  });

  it('serves the JSON Schema and the OpenAPI document as the package ships them', async () => {
    const schema = await get('/v1/schemas/application');
    expect(schema.headers.get('content-type')).toMatch(/^application\/schema\+json/);
    expect(await schema.text()).toBe(servedFiles.applicationSchema);
    const document = await get('/openapi.json');
    expect(await expectDocumented(document, '/openapi.json', 'GET')).toEqual(openapi);
  });

  it('GET /healthz answers ok; HEAD answers without a body; OPTIONS lists the methods', async () => {
    expect(await expectDocumented(await get('/healthz'), '/healthz', 'GET')).toEqual({
      status: 'ok',
    });
    const head = await get('/healthz', { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
    const options = await get('/v1/cofinancing', { method: 'OPTIONS' });
    expect([options.status, options.headers.get('allow')]).toEqual([204, 'POST, OPTIONS']);
  });
});

describe('the check against the OpenAPI document', () => {
  it('fails a body off its schema and a status it does not document', async () => {
    const headers = { 'content-type': 'application/json', 'x-content-type-options': 'nosniff' };
    await expect(
      expectDocumented(new Response('{"status":"bad"}', { headers }), '/healthz', 'GET'),
    ).rejects.toThrow();
    await expect(
      expectDocumented(new Response('{}', { status: 418, headers }), '/healthz', 'GET'),
    ).rejects.toThrow();
    await expect(
      expectDocumented(
        new Response(
          '{"success":true,"data":{"light":"blue","reasons":[],"nextStep":"full-proposal"},"warnings":[]}',
          { headers },
        ),
        '/v1/quick-scan',
        'POST',
      ),
    ).rejects.toThrow();
  });
});

describe('errors of routing', () => {
  it('answers an unknown path with 404 problem+json', async () => {
    const response = await fetch(`${server.url}/v2/anything`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await response.json();
    expect(body).toMatchObject({
      type: 'urn:pio-rules:problem:not-found',
      status: 404,
      instance: '/v2/anything',
    });
  });

  it('answers a wrong method with 405 and the allowed methods', async () => {
    const response = await fetch(`${server.url}/v1/calls`, { method: 'DELETE' });
    const body = await expectDocumented(response, '/v1/calls', 'GET');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(body.allowed).toEqual(['GET', 'HEAD', 'OPTIONS']);
  });

  it('never serves files: a path with dots is a 404', async () => {
    const response = await fetch(`${server.url}/../package.json`);
    expect(response.status).toBe(404);
  });

  it('logs one JSON line per request, without the body', async () => {
    const before = server.logs.length;
    await (await post('/v1/quick-scan', '{"secret-marker":1}')).text();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const lines = server.logs.slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('secret-marker');
    expect(JSON.parse(lines[0]!)).toMatchObject({
      method: 'POST',
      route: '/v1/quick-scan',
      status: 200,
      bytesIn: 19,
    });
  });
});

describe('limits', () => {
  it('refuses a body over --max-body with 413, and a Content-Length over it before reading', async () => {
    const small = await startInProcess({ 'max-body': '100' });
    try {
      const response = await fetch(`${small.url}/v1/applications/validate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: valid,
      });
      const body = await expectDocumented(response, '/v1/applications/validate', 'POST');
      expect([response.status, body.limit]).toEqual([413, 100]);
      const ndjson = await fetch(`${small.url}/v1/applications/validate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-ndjson' },
        body: `${'{}\n'.repeat(3)}${JSON.stringify(JSON.parse(valid))}\n{}\n`,
      });
      const lines = await expectDocumented(ndjson, '/v1/applications/validate', 'POST');
      expect(lines.map((l: any) => l.problem?.type ?? (l.result ? 'result' : 'summary'))).toEqual([
        'result',
        'result',
        'result',
        'urn:pio-rules:problem:body-too-large',
        'result',
        'summary',
      ]);
    } finally {
      await small.stop();
    }
  });

  it('answers 503 with Retry-After beyond --max-concurrent', async () => {
    const one = await startInProcess({ 'max-concurrent': '1' });
    try {
      const { port } = new URL(one.url);
      // A request that holds the one slot: its body never ends.
      const held = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/v1/cofinancing',
        headers: { 'Content-Type': 'application/json', 'Content-Length': '1000' },
      });
      held.on('error', () => {});
      held.write('{');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const response = await fetch(`${one.url}/v1/cofinancing`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      const body = await expectDocumented(response, '/v1/cofinancing', 'POST');
      expect([response.status, response.headers.get('retry-after'), body.retryAfter]).toEqual([
        503,
        '1',
        1,
      ]);
      held.destroy();
      // Not-judging routes are not counted.
      expect((await fetch(`${one.url}/healthz`)).status).toBe(200);
    } finally {
      await one.stop(100);
    }
  });

  it('sends CORS headers only with --cors', async () => {
    expect(
      (await fetch(`${server.url}/healthz`)).headers.get('access-control-allow-origin'),
    ).toBeNull();
    const cors = await startInProcess({ cors: 'https://example.org' });
    try {
      const response = await fetch(`${cors.url}/healthz`);
      expect(response.headers.get('access-control-allow-origin')).toBe('https://example.org');
    } finally {
      await cors.stop();
    }
  });
});
