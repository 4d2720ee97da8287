import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, startInProcess, type InProcessServer } from './helpers.js';

// examples/python-client.py (standard library only) against a real server on loopback.
// `PYTHON` names another interpreter than python3; `-S`: no site packages, the standard library only.
const PYTHON = process.env['PYTHON'] ?? 'python3';

let server: InProcessServer;
beforeAll(async () => {
  server = await startInProcess();
});
afterAll(async () => {
  await server.stop();
});

describe('examples/python-client.py', () => {
  it('calls the API with urllib.request only and reads every kind of answer', async () => {
    // Not spawnSync: the server answers from this process's event loop.
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(PYTHON, ['-S', join(root, 'examples/python-client.py'), server.url], {
          timeout: 30_000,
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
        child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
        child.once('error', () =>
          reject(new Error(`${PYTHON} could not run: install Python 3 or set PYTHON`)),
        );
        child.once('close', (status) => resolve({ status, stdout, stderr }));
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      'healthz: 200 ok',
      'valid: 200 True maximum 750000.00',
      "late: 200 False ['submitted_after_deadline', 'deadline_not_published']",
      'malformed: 400 urn:pio-rules:problem:malformed-json line 1 column 12',
      'line 1 success True',
      'line 2 problem urn:pio-rules:problem:malformed-json',
      'line 3 success False',
      "summary: {'valid': 1, 'invalid': 1, 'unreadable': 1, 'total': 3}",
      'next: 200 2024-2 2024-10-10T22:00:00.000Z query',
      'recorded: 200 cofinancing 2024-05-02T08:00:00.000Z query',
      'verify: 200 reproduced',
      "tampered: 200 tampered ['outcome']",
    ]);
  });
});
