import { resolve } from 'node:path';
import esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * What a web app ships: the root entry bundled for the browser with every dependency, as an app
 * bundler does (esbuild `--bundle --minify --platform=browser`). zod's classic API brings every
 * locale and the JSON-Schema converters in both directions; the library's schemas are in
 * `zod/mini` and its JSON Schema is generated at build time, so neither may be in the bundle.
 */
const root = resolve(import.meta.dirname, '../..');

/** Text that only zod's locale tables and JSON-Schema conversion code hold. */
const markers = {
  'the English locale table': 'Invalid input: expected',
  'the German locale table (the locales module)': 'Eingabe: erwartet',
  'the converter to JSON Schema': 'toJSONSchema',
  'the converter from JSON Schema': 'fromJSONSchema',
  "the converter's draft-07 target": 'json-schema.org/draft-07/schema#',
  "the converter's draft-04 target": 'json-schema.org/draft-04/schema#',
  "the converter's refusals": 'cannot be represented in JSON Schema',
};

/** The minified browser bundle of a module given as source. */
async function bundle(contents: string): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, sourcefile: 'app.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The markers a bundle holds, by name. */
function found(code: string): string[] {
  return Object.entries(markers)
    .filter(([, text]) => code.includes(text))
    .map(([name]) => name);
}

describe('the browser bundle of the root entry', () => {
  it('holds no zod locale and no JSON-Schema conversion code', async () => {
    const code = await bundle(`export * from './src/index.ts';`);
    expect(code).toContain('validateApplication');
    expect(found(code)).toEqual([]);
  });

  it('holds neither in the app of the issue (validateApplication, computeCofinancing, getCalls)', async () => {
    const code = await bundle(
      `import { computeCofinancing, getCalls, validateApplication } from './src/index.ts';
       export const app = [computeCofinancing, getCalls, validateApplication];`,
    );
    expect(found(code)).toEqual([]);
  });

  it('would see them: a bundle of classic zod holds every marker', async () => {
    const code = await bundle(
      `import { z } from 'zod'; export const s = z.string(); export const j = z.toJSONSchema; export const f = z.fromJSONSchema;`,
    );
    expect(found(code)).toEqual(Object.keys(markers));
  });
});
