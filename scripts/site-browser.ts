// What the browser tests (test/site), the screenshots (scripts/site-screenshots.ts) and the
// bench (bench/site.ts) share: finding the system's Chromium, and serving a built site on
// loopback. Never a browser download: playwright-core drives the Chromium of the machine
// (Debian: `apt-get install chromium`).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Where Chromium may be: `CHROMIUM_PATH` alone when it is set, else Debian's and Ubuntu's names. */
export function chromiumCandidates(): string[] {
  const given = process.env['CHROMIUM_PATH'];
  return given === undefined || given === ''
    ? ['/usr/bin/chromium', '/usr/bin/chromium-browser']
    : [given];
}

/** The first Chromium that exists, or `undefined`. */
export function findChromium(): string | undefined {
  return chromiumCandidates().find((path) => existsSync(path));
}

/** How to get a browser, for the message of a run without one. */
export const installChromium =
  'Install Chromium (Debian/Ubuntu: `apt-get install -y chromium`), or set CHROMIUM_PATH to a Chromium or Chrome executable.';

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A static file server for a folder, on 127.0.0.1 and a free port: any static host, in small. */
export async function serve(
  folder: string,
): Promise<{ readonly origin: string; readonly close: () => Promise<void> }> {
  const root = resolve(folder);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The instant the tests and the screenshots pin the page's clock to (Brussels, winter time). */
export const fixedNow = new Date('2026-12-02T10:00:00+01:00');
