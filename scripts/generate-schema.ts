// Writes schemas/application.schema.json from the zod schema of a proposal, and
// schemas/openapi.json (the OpenAPI 3.1 document of `pio-rules serve`) from the library's schemas,
// and schemas/scenario.schema.json from the zod/mini schema of a scenario file (pio-rules test).
// `--check` writes nothing and exits 1 when a committed file is not current.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { scenarioFileSchema } from '../src/scenarios/schema.js';
import { buildApplicationJsonSchema } from './applicationJsonSchema.js';
import { createOpenApiDocument } from './openapi.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = (
  JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }
).version;

/** The JSON Schema of a scenario file, with its id and a description for editors. */
function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scenarioFileSchema) as Record<string, unknown>;
  return {
    $schema: generated['$schema'],
    title: 'PIO scenario file (pio-rules test)',
    description:
      'Scenarios that state a case of the PIO rules beside the source sentence it tests, run by `pio-rules test`. The structure only: one decision per scenario, issue codes that exist and paths in the proposal format are checked by the tool. See docs/scenarios.md.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

const applicationSchema = buildApplicationJsonSchema();
const files: readonly (readonly [string, unknown])[] = [
  ['schemas/application.schema.json', applicationSchema],
  ['schemas/openapi.json', createOpenApiDocument(version, applicationSchema)],
  ['schemas/scenario.schema.json', scenarioJsonSchema()],
];

let stale = false;
for (const [name, value] of files) {
  const target = resolve(root, name);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) {
      console.error(`${name} is stale: run \`npm run schema:generate\`.`);
      stale = true;
    } else {
      console.log(`${name} is current.`);
    }
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`Wrote ${name}.`);
  }
}
if (stale) process.exit(1);
