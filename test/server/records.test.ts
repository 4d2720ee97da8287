/* eslint-disable @typescript-eslint/no-unsafe-return -- JSON answers of the server, untyped on purpose (checked against the OpenAPI document) */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectDocumented, root, startInProcess, type InProcessServer } from './helpers.js';

const valid = readFileSync(join(root, 'examples/applications/city-pcp.json'), 'utf8');
const clock = new Date('2024-05-01T10:00:00Z');

let server: InProcessServer;
beforeAll(async () => {
  server = await startInProcess({}, () => clock);
});
afterAll(async () => {
  await server.stop();
});

const post = (path: string, body: string, type = 'application/json') =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': type }, body });
const documented = async (path: string, query: string, body: string, type?: string) =>
  expectDocumented(await post(`${path}${query}`, body, type), path, 'POST');
const verify = async (record: unknown) =>
  documented('/v1/decision-records/verify', '', JSON.stringify(record));

describe('record=true on the deciding routes', () => {
  const decidedAt = encodeURIComponent('2024-05-02T10:00:00+02:00');

  it('answers the result with its record; the record verifies as reproduced', async () => {
    const cases = [
      ['/v1/applications/validate', valid, 'validation'],
      ['/v1/cofinancing', JSON.stringify({ estimatedCost: '2400000.00' }), 'cofinancing'],
      ['/v1/quick-scan', JSON.stringify({ solutionExists: true }), 'quick-scan'],
    ] as const;
    for (const [path, body, kind] of cases) {
      const answer = await documented(path, `?record=true&decidedAt=${decidedAt}`, body);
      expect(answer.decidedAtSource, path).toBe('query');
      expect(answer.note, path).toBeUndefined();
      expect(answer.record.kind, path).toBe(kind);
      expect(answer.record.decidedAt, path).toBe('2024-05-02T08:00:00.000Z');
      expect(answer.record.outcome.success, path).toBe(answer.result.success);
      const report = await verify(answer.record);
      expect([path, report.status]).toEqual([path, 'reproduced']);
    }
  });

  it('records an assessment, and a refused proposal', async () => {
    const proposal = (await documented('/v1/applications/validate', '', valid)).data.application;
    const scores = Object.fromEntries(
      [
        'market-gap',
        'rd-needed',
        'need',
        'end-users-and-support-base',
        'team',
        'procurement-route',
      ].map((id) => [id, 10]),
    );
    const assessed = await documented(
      '/v1/assessments',
      `?record=true&decidedAt=${decidedAt}`,
      JSON.stringify({ application: proposal, assessment: { scores } }),
    );
    expect(assessed.record.kind).toBe('assessment');
    expect((await verify(assessed.record)).status).toBe('reproduced');
    const refused = await documented(
      '/v1/applications/validate',
      `?record=true&decidedAt=${decidedAt}&locale=en`,
      JSON.stringify({ title: 'x' }),
    );
    expect(refused.result.success).toBe(false);
    expect(refused.record.outcome.success).toBe(false);
    expect((await verify(refused.record)).status).toBe('reproduced');
  });

  it('reads the clock only for decidedAt=server, and says so', async () => {
    const answer = await documented(
      '/v1/cofinancing',
      '?record=true&decidedAt=server&locale=en',
      JSON.stringify({ estimatedCost: '500000.00' }),
    );
    expect(answer.decidedAtSource).toBe('server-clock');
    expect(answer.note).toBe("the server's clock");
    expect(answer.record.decidedAt).toBe(clock.toISOString());
  });

  it('refuses record=true without decidedAt (the library issue), a bad decidedAt or record', async () => {
    const body = JSON.stringify({ estimatedCost: '500000.00' });
    const missing = await documented('/v1/cofinancing', '?record=true', body);
    expect(missing.status).toBe(400);
    expect(missing.issues.map((i: any) => [i.code, i.path])).toEqual([
      ['required', ['options', 'decidedAt']],
    ]);
    const bad = await documented('/v1/cofinancing', '?record=true&decidedAt=yesterday', body);
    expect(bad.status).toBe(400);
    expect(bad.issues[0].path).toEqual(['decidedAt']);
    const word = await documented('/v1/cofinancing', '?record=yes&locale=en', body);
    expect(word.detail).toContain('true or false');
    const alone = await documented('/v1/cofinancing', `?decidedAt=${decidedAt}&locale=en`, body);
    expect(alone.detail).toContain('record=true');
    // record=false is the plain answer.
    const plain = await documented('/v1/cofinancing', '?record=false', body);
    expect(plain.success).toBe(true);
    expect(plain.record).toBeUndefined();
  });

  it('streams NDJSON with a record per result line, in order', async () => {
    const lines = [valid.replaceAll('\n', ''), '{"title": }', JSON.stringify({ title: 'x' })];
    const answer = await documented(
      '/v1/applications/validate',
      '?record=true&decidedAt=server',
      `${lines.join('\n')}\n`,
      'application/x-ndjson',
    );
    expect(answer.map((l: any) => l.line ?? 'summary')).toEqual([1, 2, 3, 'summary']);
    expect(answer[0].record.outcome.success).toBe(true);
    expect(answer[1].problem.line).toBe(2);
    expect(answer[2].record.outcome.success).toBe(false);
    expect(answer[3].decidedAtSource).toBe('server-clock');
    expect((await verify(answer[2].record)).status).toBe('reproduced');
    const refused = await post(
      '/v1/applications/validate?record=true',
      `${lines[0]!}\n`,
      'application/x-ndjson',
    );
    const problem = await expectDocumented(refused, '/v1/applications/validate', 'POST');
    expect(problem.issues[0].code).toBe('required');
  });
});

describe('POST /v1/decision-records/verify', () => {
  it('answers a tampered record or a non-record with 200 and status tampered', async () => {
    const { record } = await documented(
      '/v1/cofinancing',
      '?record=true&decidedAt=server',
      JSON.stringify({ estimatedCost: '2400000.00' }),
    );
    const changed = structuredClone(record);
    changed.outcome.data.maximum = '2000000.00';
    const report = await verify(changed);
    expect([report.status, report.tampered]).toEqual(['tampered', ['outcome']]);
    const header = await verify({ ...record, kind: 'validation' });
    expect(header.tampered).toEqual(['header']);
    const nothing = await verify({ hello: 'world' });
    expect(nothing.status).toBe('tampered');
    expect(nothing.problems.length).toBeGreaterThan(0);
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await post('/v1/decision-records/verify', '{"format": ');
    const problem = await expectDocumented(response, '/v1/decision-records/verify', 'POST');
    expect(problem.line).toBe(1);
  });
});
