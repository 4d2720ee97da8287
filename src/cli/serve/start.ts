import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inputError } from '../errors.js';
import type { CliIo, ExitCode } from '../io.js';
import { packageRoot, schemaPath } from '../packageFiles.js';
import type { ServeConfig } from './config.js';
import { createPioServer } from './server.js';
import type { ServedFiles } from './routes.js';

/** Where the OpenAPI document is: `schemas/openapi.json` in the package. */
export function openapiPath(from: string | URL = import.meta.url): string {
  const base = packageRoot(from) ?? new URL('../', from);
  return fileURLToPath(new URL('schemas/openapi.json', base));
}

/** The files the API serves, read once. */
function servedFiles(): ServedFiles {
  return {
    applicationSchema: readFileSync(schemaPath(), 'utf8'),
    openapi: readFileSync(openapiPath(), 'utf8'),
  };
}

/** The process hooks a server run uses (the real `process` in the command). */
export interface ServeProcess {
  /** Registers a handler of SIGTERM and SIGINT. */
  readonly onStop: (handler: () => void) => void;
}

/* v8 ignore start -- the real signals: only in the built binary, covered by test/server/faults.test.ts ('on SIGTERM answers every request in flight, then exits 0') */
const defaultProcess: ServeProcess = {
  onStop: (handler) => {
    // Once, whichever comes first (Ctrl-C sends SIGINT to the workers too, beside the primary's
    // SIGTERM).
    let stopped = false;
    const once = (): void => {
      if (stopped) return;
      stopped = true;
      handler();
    };
    process.on('SIGTERM', once);
    process.on('SIGINT', once);
  },
};
/* v8 ignore stop */

function line(value: object): string {
  return `${JSON.stringify(value)}\n`;
}

/** One process serving: listens, and on SIGTERM/SIGINT stops within the grace period. */
async function serveHere(config: ServeConfig, io: CliIo, proc: ServeProcess) {
  const files = servedFiles();
  const { server, stop } = createPioServer(config, {
    files,
    now: io.now,
    log: (text) => io.stderr.write(`${text}\n`),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: config.host, port: config.port }, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch((error: unknown) => {
    const reason = (error as { code?: unknown } | null)?.code;
    const address = `${config.host}:${String(config.port)}`;
    throw inputError((m) =>
      m.serve.cannotListen(address, typeof reason === 'string' ? reason : 'error'),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${String(port)}`;
  io.stderr.write(line({ event: 'listening', pid: process.pid, url, port }));
  if (cluster.isPrimary) io.stdout.write(`${url}\n`);
  await new Promise<void>((resolve) => {
    proc.onStop(() => {
      io.stderr.write(line({ event: 'stopping', pid: process.pid, graceSeconds: config.grace }));
      void stop(config.grace * 1000).then(resolve);
    });
  });
  io.stderr.write(line({ event: 'stopped', pid: process.pid }));
}

/* v8 ignore start -- the `node:cluster` primary forks the binary: covered through dist/cli.js by
   test/server/faults.test.ts ('with --workers 2, keeps serving when a worker is killed...' and
   'with --workers 2 on a port already taken...'), never in the vitest process. */
/**
 * The primary of `--workers N`: forks the workers, replaces one that dies after it listened,
 * stops them all.
 *
 * @returns `true` when stopped, `false` when a worker could not start (it said why).
 */
async function primary(config: ServeConfig, io: CliIo, proc: ServeProcess): Promise<boolean> {
  let stopping = false;
  let shown = false;
  cluster.on('listening', (_worker, address) => {
    if (shown) return;
    shown = true;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    io.stdout.write(`http://${host}:${String(address.port)}\n`);
  });
  // A worker that never got to listen (the port is taken): replacing it would only fail again.
  const listened = new WeakSet<object>();
  cluster.on('listening', (worker) => listened.add(worker));
  let failed: (() => void) | undefined;
  let startFailed = false;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const replaced = listened.has(worker);
    io.stderr.write(
      line({ event: 'worker-exit', pid: worker.process.pid, code, signal, replaced }),
    );
    if (replaced) cluster.fork();
    else failed?.();
  });
  for (let i = 0; i < config.workers; i += 1) cluster.fork();
  await new Promise<void>((resolve) => {
    failed = () => {
      stopping = true;
      startFailed = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
      resolve();
    };
    proc.onStop(() => {
      stopping = true;
      io.stderr.write(line({ event: 'stopping', pid: process.pid, graceSeconds: config.grace }));
      const workers = Object.values(cluster.workers ?? {});
      let left = workers.length;
      if (left === 0) resolve();
      const timer = setTimeout(
        () => {
          for (const worker of workers) worker?.process.kill('SIGKILL');
          resolve();
        },
        (config.grace + 2) * 1000,
      );
      timer.unref();
      for (const worker of workers) {
        worker?.once('exit', () => {
          left -= 1;
          if (left === 0) {
            clearTimeout(timer);
            resolve();
          }
        });
        worker?.process.kill('SIGTERM');
      }
    });
  });
  io.stderr.write(line({ event: 'stopped', pid: process.pid }));
  return !startFailed;
}
/* v8 ignore stop */

/**
 * Runs `pio-rules serve`: one process, or with `--workers N` a primary that forks N workers on
 * one port (`node:cluster`) and replaces one that dies. SIGTERM or SIGINT stops accepting,
 * lets the requests in flight finish within `--grace` seconds, and ends with exit code 0.
 *
 * @param config - The configuration.
 * @param io - Standard streams and the clock.
 * @param proc - The process hooks (default: the real signals).
 * @returns 0 once stopped; 2 when a worker of `--workers` could not start.
 * @throws {@link CliError} (exit code 2) when it cannot listen (port taken, unknown host).
 */
export async function runServe(
  config: ServeConfig,
  io: CliIo,
  proc: ServeProcess = defaultProcess,
): Promise<ExitCode> {
  if (config.workers > 1 && cluster.isPrimary) return (await primary(config, io, proc)) ? 0 : 2;
  try {
    await serveHere(config, io, proc);
  } finally {
    // A worker's channel to the primary would keep it alive (after a stop, or a failed listen).
    if (cluster.isWorker) cluster.worker?.disconnect();
  }
  return 0;
}
