// Writes schemas/application.schema.json from the zod schema of a proposal, and
// schemas/scenario.schema.json from the zod/mini schema of a scenario file (pio-rules test).
// `--check` writes nothing and exits 1 when a committed file is not current.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { createApplicationJsonSchema } from '../src/applications/schema/applicationJsonSchema.js';
import { scenarioFileSchema } from '../src/scenarios/schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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

const targets = [
  { file: 'schemas/application.schema.json', schema: () => createApplicationJsonSchema() },
  { file: 'schemas/scenario.schema.json', schema: scenarioJsonSchema },
];

let stale = false;
for (const { file, schema } of targets) {
  const target = resolve(root, file);
  const text = `${JSON.stringify(schema(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) {
      console.error(`${file} is stale: run \`npx tsx scripts/generate-schema.ts\`.`);
      stale = true;
    } else console.log(`${file} is current.`);
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`Wrote ${file}.`);
  }
}
if (stale) process.exit(1);
