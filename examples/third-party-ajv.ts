// How a third-party tool checks a proposal without this library: with the shipped JSON Schema
// (the file `@vlaio/pio-rules/application.schema.json`, draft 2020-12; `npx pio-rules schema`
// prints it) and any validator, here ajv's Ajv2020. The schema checks the structure only;
// deadlines, eligibility and cofinancing limits need validateApplication. Exits 1 when a valid
// example fails the schema.
//
//   npx tsx examples/third-party-ajv.ts
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const schemaFile = createRequire(import.meta.url).resolve(
  '@vlaio/pio-rules/application.schema.json',
);
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

const folder = join(here, 'applications');
let failures = 0;
for (const file of readdirSync(folder)
  .filter((f) => f.endsWith('.json') && f !== 'expected-issues.json')
  .sort()) {
  const document: unknown = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  const valid = validate(document);
  console.log(`${valid ? 'structure ok ' : 'structure bad'}  ${file}`);
  for (const error of validate.errors ?? [])
    console.log(`    ${error.instancePath || '/'} ${error.message ?? ''}`);
  if (!valid && !file.includes('invalid')) failures += 1;
}
console.log(
  '\nThe JSON Schema checks the structure only: a structurally valid proposal can still be late, ' +
    'from an ineligible organisation, or above the cofinancing limits (see validateApplication).',
);
process.exit(failures === 0 ? 0 : 1);
