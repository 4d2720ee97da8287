// Writes schemas/application.schema.json from the zod schema of a proposal.
// `--check` writes nothing and exits 1 when the committed file is not current.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApplicationJsonSchema } from './applicationJsonSchema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, 'schemas/application.schema.json');
const text = `${JSON.stringify(buildApplicationJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = '';
  }
  if (current !== text) {
    console.error(
      'schemas/application.schema.json is stale: run `npx tsx scripts/generate-schema.ts`.',
    );
    process.exit(1);
  }
  console.log('schemas/application.schema.json is current.');
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log('Wrote schemas/application.schema.json.');
}
