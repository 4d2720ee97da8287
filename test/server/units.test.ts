/* eslint-disable @typescript-eslint/no-unsafe-return -- JSON answers of the server, untyped on purpose */
import { connect } from 'node:net';
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../../src/locales/index.js';
import { acceptLanguage } from '../../src/cli/serve/acceptLanguage.js';
import { routeTable } from '../../src/cli/serve/routes.js';
import { streamProposals } from '../../src/cli/serve/ndjson.js';
import { expectDocumented, startInProcess } from './helpers.js';

const tags = fc.constantFrom('nl', 'nl-BE', 'en', 'en-GB', 'fr', 'de-DE', '*', 'x-klingon', 'EN');
const weight = fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined });

describe('acceptLanguage', () => {
  it('always gives nl or en: the highest-weighted range the locale rule accepts, first on a tie', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(tags, weight), { maxLength: 6 }), (ranges) => {
        const header = ranges
          .map(([tag, q]) => (q === undefined ? tag : `${tag};q=${(q / 1000).toFixed(3)}`))
          .join(', ');
        const expected =
          ranges
            .map(([tag, q], at) => ({ tag, q: q === undefined ? 1 : q / 1000, at }))
            .filter((r) => r.q > 0 && r.tag !== '*')
            .sort((a, b) => b.q - a.q || a.at - b.at)
            .map((r) => negotiateLocale(r.tag))
            .find((l) => l !== undefined) ?? 'nl';
        expect(acceptLanguage(header)).toBe(expected);
      }),
    );
  });

  it('falls back to Dutch without a header, or for a header too long to be real', () => {
    expect(acceptLanguage(undefined)).toBe('nl');
    expect(acceptLanguage(`en, ${'x'.repeat(2000)}`)).toBe('nl');
  });
});

describe('the NDJSON stream', () => {
  it('answers every line in input order, whatever the mix of proposals, garbage and blank lines', async () => {
    const server = await startInProcess();
    try {
      const line = fc.constantFrom('{}', '{"schemaVersion":"1"}', '{bad', '', '   ', '[]', '"x"');
      await fc.assert(
        fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), async (lines) => {
          const response = await fetch(`${server.url}/v1/applications/validate`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-ndjson' },
            body: lines.join('\r\n'),
          });
          const out = await expectDocumented(response, '/v1/applications/validate', 'POST');
          const numbered = lines.flatMap((text, i) => (text.trim() === '' ? [] : [i + 1]));
          expect(out.slice(0, -1).map((o: any) => o.line)).toEqual(numbered);
          const bad = lines.filter((text) => text === '{bad').length;
          expect(out.at(-1).summary.unreadable).toBe(bad);
          expect(out.at(-1).summary.total).toBe(numbered.length);
        }),
        { numRuns: 25 },
      );
    } finally {
      await server.stop();
    }
  });

  it('reports a line that is not UTF-8 as unreadable, at its number, and goes on', async () => {
    const server = await startInProcess();
    try {
      const body = Buffer.concat([
        Buffer.from('{}\n'),
        Buffer.from([0xff, 0xfe, 0x0a]),
        Buffer.from('{}'),
      ]);
      const response = await fetch(`${server.url}/v1/applications/validate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-ndjson' },
        body,
      });
      const out = await expectDocumented(response, '/v1/applications/validate', 'POST');
      expect(out.map((o: any) => o.problem?.type ?? o.line ?? 'summary')).toEqual([
        1,
        'urn:pio-rules:problem:unreadable-body',
        3,
        'summary',
      ]);
    } finally {
      await server.stop();
    }
  });
});

describe('bodies and connections the server cannot read', () => {
  it('refuses a JSON body that is not UTF-8 with 400 unreadable-body', async () => {
    const server = await startInProcess();
    try {
      const response = await fetch(`${server.url}/v1/quick-scan`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: Buffer.from([0x7b, 0xff, 0x7d]),
      });
      const body = await expectDocumented(response, '/v1/quick-scan', 'POST');
      expect([response.status, body.type]).toEqual([400, 'urn:pio-rules:problem:unreadable-body']);
    } finally {
      await server.stop();
    }
  });

  it('cuts off a body that does not arrive within --request-timeout with 408', async () => {
    const server = await startInProcess({ 'request-timeout': '200' });
    try {
      const { port } = new URL(server.url);
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/v1/cofinancing',
            headers: { 'Content-Type': 'application/json', 'Content-Length': '100' },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.write('{"estimatedCost":');
      });
      expect(answer.status).toBe(408);
      expect(JSON.parse(answer.body).type).toBe('urn:pio-rules:problem:request-timeout');
    } finally {
      await server.stop(100);
    }
  });

  it('answers what is not HTTP with a 400 problem and closes', async () => {
    const server = await startInProcess();
    try {
      const { port } = new URL(server.url);
      const text = await new Promise<string>((resolve) => {
        const socket = connect({ host: '127.0.0.1', port: Number(port) });
        let got = '';
        socket.setEncoding('utf8').on('data', (chunk: string) => (got += chunk));
        socket.on('close', () => resolve(got));
        socket.write('NOT HTTP AT ALL\r\n\r\n');
      });
      expect(text).toMatch(/^HTTP\/1\.1 400 /);
      expect(text).toContain('urn:pio-rules:problem:bad-request');
      expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
    } finally {
      await server.stop();
    }
  });

  it('answers a bug with a 500 problem that says nothing internal, and logs it', async () => {
    const failing = {
      ...routeTable(streamProposals),
      '/healthz': {
        GET: {
          query: [],
          handle: () => {
            throw new Error('secret internal detail');
          },
        },
      },
    };
    const server = await startInProcess({}, undefined, {}, failing);
    try {
      const response = await fetch(`${server.url}/healthz`);
      const body = await expectDocumented(response, '/healthz', 'GET');
      expect([response.status, body.type]).toEqual([500, 'urn:pio-rules:problem:internal-error']);
      expect(JSON.stringify(body)).not.toContain('secret');
      expect(server.logs.some((l) => l.includes('"event":"internal-error"'))).toBe(true);
      expect(server.logs.join('\n')).not.toContain('secret');
    } finally {
      await server.stop();
    }
  });
});
