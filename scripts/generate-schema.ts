// Writes schemas/application.schema.json from the zod schema of a proposal, and
// schemas/openapi.json (the OpenAPI 3.1 document of `pio-rules serve`) from the library's schemas.
// `--check` writes nothing and exits 1 when a committed file is not current.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApplicationJsonSchema } from './applicationJsonSchema.js';
import { createOpenApiDocument } from './openapi.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = (
  JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }
).version;
const applicationSchema = buildApplicationJsonSchema();
const files: readonly (readonly [string, unknown])[] = [
  ['schemas/application.schema.json', applicationSchema],
  ['schemas/openapi.json', createOpenApiDocument(version, applicationSchema)],
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
