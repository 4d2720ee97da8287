import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOpenApiDocument } from '../../scripts/openapi.js';
import { routeTable } from '../../src/cli/serve/routes.js';
import { openapi, root } from './helpers.js';

function lint(path: string) {
  return spawnSync(
    process.execPath,
    [join(root, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', '--format=stylish', path],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
}

describe('the OpenAPI document (schemas/openapi.json)', () => {
  it('is the one generated from the library schemas (npm run schema:generate)', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const proposal = JSON.parse(
      readFileSync(join(root, 'schemas/application.schema.json'), 'utf8'),
    );
    expect(openapi).toEqual(createOpenApiDocument(version, proposal));
  });

  it('documents every route of the server, with every method, and nothing else', () => {
    const table = routeTable(() => Promise.resolve());
    const documented = Object.entries(openapi.paths as Record<string, object>).map(
      ([path, methods]) => [path, Object.keys(methods).sort()],
    );
    const served = Object.entries(table).map(([path, methods]) => [
      path,
      Object.keys(methods)
        .map((m) => m.toLowerCase())
        .sort(),
    ]);
    expect(documented).toEqual(served);
  });

  it('passes the lint of a real OpenAPI validator (@redocly/cli lint), which fails a broken copy', () => {
    const good = lint(join(root, 'schemas/openapi.json'));
    expect(good.status, good.stderr).toBe(0);
    expect(good.stderr).toContain('Your API description is valid');
    const broken = structuredClone(openapi);
    broken.paths['/healthz'].get.responses['200'].content['application/json'].schema = {
      $ref: '#/components/schemas/Nothing',
    };
    const path = join(mkdtempSync(join(tmpdir(), 'pio-openapi-')), 'broken.json');
    writeFileSync(path, JSON.stringify(broken));
    const bad = lint(path);
    expect(bad.status).not.toBe(0);
    expect(`${bad.stdout}${bad.stderr}`).toContain('no-unresolved-refs');
  }, 60_000);
});
