/* eslint-disable @typescript-eslint/no-unsafe-return -- JSON answers of the server, untyped on purpose */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesFiles } from '../../src/cli/input/rulesFiles.js';
import { CliError, FlagIssuesError } from '../../src/cli/errors.js';
import { serveConfig } from '../../src/cli/serve/config.js';
import { runServe } from '../../src/cli/serve/start.js';
import { fakeIo, runInProcess } from '../cli/helpers/fakeIo.js';
import { root, startInProcess } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pio-serve-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

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

describe('runServe (one process)', () => {
  it('prints its URL, serves, and stops with exit code 0 when asked', async () => {
    const fake = fakeIo();
    let stop: (() => void) | undefined;
    const running = runServe(serveConfig({ port: '0' }, {}), fake.io, {
      onStop: (handler) => (stop = handler),
    });
    for (let i = 0; i < 100 && !fake.stdout().includes('\n'); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const url = fake.stdout().trim();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    stop?.();
    expect(await running).toBe(0);
    const events = fake
      .stderr()
      .split('\n')
      .filter((l) => l.startsWith('{"event"'))
      .map((l) => JSON.parse(l).event);
    expect(events).toEqual(['listening', 'stopping', 'stopped']);
  });

  it('says it cannot listen on a port already taken', async () => {
    const taken = await startInProcess();
    try {
      const port = new URL(taken.url).port;
      await expect(
        runServe(serveConfig({ port }, {}), fakeIo().io, { onStop: () => undefined }),
      ).rejects.toBeInstanceOf(CliError);
    } finally {
      await taken.stop();
    }
  });
});

describe('pio-rules serve: options', () => {
  it('refuses bad values before listening, exit code 2', async () => {
    for (const args of [
      ['--port', '70000'],
      ['--workers', '0'],
      ['--max-body', 'lots'],
      ['--cors', '*'],
      ['--grace', '-1'],
    ]) {
      const run = await runInProcess(['serve', ...args, '--lang', 'en']);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain(args[0]);
    }
  });

  it('refuses a missing, malformed or invalid rule file with its place', async () => {
    const missing = await runInProcess(['serve', '--parameters', join(dir, 'none.json')]);
    expect(missing.code).toBe(2);
    const malformed = file('bad.json', '[\n  {"id": }\n]');
    const run = await runInProcess(['serve', '--calendar', malformed, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${malformed}:2:10`);
    const invalid = file('invalid.json', JSON.stringify([{ ...capDefinition, unit: '' }]));
    const refused = await runInProcess(['serve', '--parameters', invalid, '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(invalid);
    await expect(rulesFiles({ parameters: invalid }, 'en')).rejects.toBeInstanceOf(FlagIssuesError);
  });

  it('judges with --parameters and --calendar', async () => {
    const rules = await rulesFiles(
      {
        parameters: file('cap.json', JSON.stringify([capDefinition])),
        calendar: join(root, 'examples/data/calendar-2027.json'),
      },
      'en',
    );
    const server = await startInProcess({}, undefined, rules);
    try {
      const cofinancing = (await (
        await fetch(`${server.url}/v1/cofinancing`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ estimatedCost: '2400000.00' }),
        })
      ).json()) as any;
      expect(cofinancing.data.maximum.amount).toBe('500000.00');
      const calls = (await (
        await fetch(`${server.url}/v1/calls?year=2027&locale=en`)
      ).json()) as any;
      expect(calls.calls.map((c: any) => c.title.en)).toEqual([
        'PIO call 2027, first round',
        'PIO call 2027, second round',
      ]);
      const parameters = (await (await fetch(`${server.url}/v1/parameters`)).json()) as any;
      const cap = parameters.parameters.find((p: any) => p.id === 'cofinancing.cap');
      expect([cap.value, cap.status]).toEqual(['500000.00', 'assumed']);
    } finally {
      await server.stop();
    }
  });
});
