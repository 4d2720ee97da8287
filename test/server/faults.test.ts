/* eslint-disable @typescript-eslint/no-unsafe-return -- JSON answers of the server, untyped on purpose (checked against the OpenAPI document) */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { spawn } from 'node:child_process';
import { cli, root } from '../cli/helpers/bin.js';
import { afterEach, describe, expect, it } from 'vitest';
import { logLines, spawnServer, type ChildServer } from './helpers.js';

// Fault tests against the built server (node dist/cli.js serve), on loopback only, each bounded
// in time and in count.

const started: ChildServer[] = [];
async function serve(args: readonly string[] = []): Promise<ChildServer> {
  const server = await spawnServer(args);
  started.push(server);
  return server;
}
afterEach(() => {
  for (const server of started.splice(0))
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** One request on its own connection (no keep-alive), with a time limit. */
function call(url: string, path: string, body?: string, timeoutMs = 20_000): Promise<Answer> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: body === undefined ? 'GET' : 'POST',
        agent: false,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        timeout: timeoutMs,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

describe('pio-rules serve under abuse', () => {
  it('answers malformed JSON with a 400 problem giving line and column', async () => {
    const { url } = await serve();
    const answer = await call(url, '/v1/cofinancing', '{"estimatedCost": "1",,}');
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(answer.body)).toMatchObject({ line: 1, column: 23 });
  });

  it('answers a 10 MB body with 413 before it is all read', async () => {
    const { url } = await serve();
    const { port } = new URL(url);
    const total = 10 * 1024 * 1024;
    const outcome = await new Promise<{ sent: number; head: string }>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: Number(port) });
      let sent = 0;
      let head = '';
      let answered = false;
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      socket.setEncoding('utf8');
      socket.on('data', (text: string) => {
        head += text;
        answered = true;
      });
      socket.on('error', () => resolve({ sent, head }));
      socket.on('close', () => resolve({ sent, head }));
      socket.setTimeout(15_000, () => reject(new Error('timed out')));
      // Chunked, so the server cannot refuse from a Content-Length: it must count.
      socket.write(
        'POST /v1/applications/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
      );
      const pump = () => {
        if (answered || sent >= total || socket.destroyed) {
          if (!answered && !socket.destroyed) socket.end('0\r\n\r\n');
          return;
        }
        socket.write(`${chunk.length.toString(16)}\r\n`);
        socket.write(chunk);
        socket.write('\r\n');
        sent += chunk.length;
        setTimeout(pump, 1);
      };
      pump();
    });
    expect(outcome.head).toMatch(/^HTTP\/1\.1 413 /);
    expect(outcome.head).toContain('urn:pio-rules:problem:body-too-large');
    expect(outcome.sent).toBeLessThan(total);

    // A Content-Length over the limit is refused before a byte of the body is sent.
    const declared = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: Number(port) });
      let head = '';
      socket.setEncoding('utf8');
      socket.on('data', (text: string) => {
        head += text;
        if (head.includes('\r\n\r\n')) resolve(head);
      });
      socket.on('error', reject);
      socket.write(
        `POST /v1/applications/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${String(total)}\r\n\r\n`,
      );
    });
    expect(declared).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('cuts off a client that sends one header byte at a time within the header timeout', async () => {
    const { url, stderr } = await serve(['--header-timeout', '1000']);
    const { port } = new URL(url);
    const header =
      'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(100) + '\r\n\r\n';
    const outcome = await new Promise<{ sentBytes: number; text: string; closedAfterMs: number }>(
      (resolve) => {
        const socket = connect({ host: '127.0.0.1', port: Number(port) });
        const opened = performance.now();
        let sentBytes = 0;
        let text = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (text += chunk));
        const timer = setInterval(() => {
          if (sentBytes < header.length && !socket.destroyed) socket.write(header[sentBytes++]!);
        }, 250);
        const done = () => {
          clearInterval(timer);
          resolve({ sentBytes, text, closedAfterMs: performance.now() - opened });
        };
        socket.on('close', done);
        socket.on('error', () => undefined);
      },
    );
    // Cut off long before the header was complete (100+ bytes at 4 a second is 30 s).
    expect(outcome.sentBytes).toBeLessThan(20);
    expect(outcome.closedAfterMs).toBeLessThan(5_000);
    expect(outcome.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(outcome.text).toContain('urn:pio-rules:problem:request-timeout');
    expect(
      logLines(stderr()).some((line) => line.event === 'client-error' && line.status === 408),
    ).toBe(true);
  });

  it('answers 1,000 simultaneous connections or refuses them with 503; none hangs; /healthz answers after', async () => {
    const { url } = await serve(['--max-connections', '200']);
    const body = JSON.stringify({ estimatedCost: '2400000.00' });
    const answers = await Promise.allSettled(
      Array.from({ length: 1000 }, () => call(url, '/v1/cofinancing', body, 20_000)),
    );
    const statuses = new Map<number | string, number>();
    for (const answer of answers) {
      const key = answer.status === 'fulfilled' ? answer.value.status : String(answer.reason);
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (answer.status === 'fulfilled' && answer.value.status === 503)
        expect(answer.value.headers['retry-after']).toBe('1');
    }
    expect(
      [...statuses.keys()].every((key) => key === 200 || key === 503),
      JSON.stringify([...statuses]),
    ).toBe(true);
    expect((statuses.get(200) ?? 0) + (statuses.get(503) ?? 0)).toBe(1000);
    expect((await call(url, '/healthz')).status).toBe(200);
  });

  it('with --workers 2, keeps serving when a worker is killed under load, and replaces it', async () => {
    const server = await serve(['--workers', '2']);
    const workers = async (count: number) => {
      for (let i = 0; i < 100; i += 1) {
        const pids = new Set(
          logLines(server.stderr())
            .filter((l) => l.event === 'listening')
            .map((l) => l.pid),
        );
        if (pids.size >= count) return [...pids] as number[];
        await sleep(100);
      }
      throw new Error(`fewer than ${String(count)} workers: ${server.stderr()}`);
    };
    const [victim] = await workers(2);
    let ok = 0;
    let failed = 0;
    let okAfterKill = 0;
    let killed = false;
    const until = performance.now() + 2_500;
    const loop = async () => {
      while (performance.now() < until) {
        try {
          const answer = await call(
            server.url,
            '/v1/calls/next?now=2024-05-01T12:00:00%2B02:00',
            undefined,
            5_000,
          );
          expect(answer.status).toBe(200);
          ok += 1;
          if (killed) okAfterKill += 1;
        } catch {
          failed += 1;
        }
      }
    };
    const load = Array.from({ length: 8 }, loop);
    await sleep(500);
    process.kill(victim!, 'SIGKILL');
    killed = true;
    await Promise.all(load);
    // At most the requests in flight on the killed worker fail (one per loop).
    expect(failed).toBeLessThanOrEqual(8);
    expect(okAfterKill).toBeGreaterThan(50);
    expect(ok).toBeGreaterThan(okAfterKill);
    const all = await workers(3);
    expect(all).not.toContain(undefined);
    expect(
      logLines(server.stderr()).some((l) => l.event === 'worker-exit' && l.pid === victim),
    ).toBe(true);
    expect((await call(server.url, '/healthz')).status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('with --workers 2 on a port already taken, says so and exits 2 (no endless replacing)', async () => {
    const taken = await serve();
    const { port } = new URL(taken.url);
    const child = spawn(process.execPath, [cli, 'serve', '--port', port, '--workers', '2'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(-1);
      }, 15_000);
      child.once('exit', (exit) => {
        clearTimeout(timer);
        resolve(exit);
      });
    });
    expect(code, err).toBe(2);
    expect(err).toContain('EADDRINUSE');
    expect(logLines(err).filter((l) => l.event === 'worker-exit').length).toBeLessThanOrEqual(2);
  });

  it('on SIGTERM answers every request in flight, then exits 0', async () => {
    const server = await serve(['--grace', '5']);
    const { port } = new URL(server.url);
    const body = JSON.stringify({ estimatedCost: '2400000.00' });
    const inFlight = Array.from(
      { length: 20 },
      () =>
        new Promise<number>((resolve, reject) => {
          const req = httpRequest(
            {
              host: '127.0.0.1',
              port,
              method: 'POST',
              path: '/v1/cofinancing',
              agent: false,
              headers: {
                'Content-Type': 'application/json',
                'Content-Length': String(body.length),
              },
            },
            (res) => {
              res.resume();
              res.on('end', () => resolve(res.statusCode ?? 0));
            },
          );
          req.on('error', reject);
          // Half the body now, the rest after SIGTERM.
          req.write(body.slice(0, 10));
          setTimeout(() => req.end(body.slice(10)), 400);
        }),
    );
    await sleep(200);
    server.child.kill('SIGTERM');
    const statuses = await Promise.all(inFlight);
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 200));
    expect(await server.exited).toBe(0);
    const events = logLines(server.stderr()).map((l) => l.event ?? 'request');
    expect(events.filter((e) => e === 'request')).toHaveLength(20);
    expect(events.at(-1)).toBe('stopped');
  });
});
