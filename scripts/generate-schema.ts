// Writes the JSON Schemas and the OpenAPI document in schemas/ from the library's zod schemas,
// at build time only (zod's toJSONSchema never runs in the library): a proposal
// (application.schema.json), the OpenAPI 3.1 document of `pio-rules serve` (openapi.json), a
// scenario file of `pio-rules test` (scenario.schema.json), a decision record
// (decision-record.schema.json), a parameter registry file (parameter-registry.schema.json) and
// a calls calendar file (call-calendar.schema.json).
// `--check` writes nothing and exits 1 when a committed file is not current.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { callInputSchema } from '../src/calls/checkCalendar.js';
import { parameterSchemas } from '../src/parameters/schema.js';
import { decisionRecordSchema } from '../src/records/schema.js';
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

/** Object keys sorted, so the files do not change with zod's key order. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
  );
}

function withHeader(schema: Record<string, unknown>, id: string, description: string) {
  return {
    ...schema,
    $id: `https://unpkg.com/@vlaio/pio-rules/schemas/${id}`,
    title: id.replace('.schema.json', ''),
    description,
  };
}

function recordSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(decisionRecordSchema(), { target: 'draft-2020-12', io: 'input' });
  return withHeader(
    schema,
    'decision-record.schema.json',
    'A decision record of @vlaio/pio-rules (format "pio-rules/decision@1"): input in RFC 8785 canonical JSON, rules, trace and outcome, each with its SHA-256 digest. See docs/decision-records.md.',
  );
}

function registrySchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(parameterSchemas().definitions, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return withHeader(
    schema,
    'parameter-registry.schema.json',
    'A parameter registry file of @vlaio/pio-rules: a JSON array of parameter definitions (id, description, unit, dated versions with value, status and source), as createParameterRegistry takes them. The command line tool lays them over the built-in registry. See docs/decision-records.md.',
  );
}

function calendarSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(z.array(callInputSchema()).check(z.maxLength(10_000)), {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as { items: { properties: Record<string, unknown> } };
  // `opensAt` takes any instant in the library (a Date too); in a JSON file it is ISO 8601 text
  // with an offset, or a date YYYY-MM-DD.
  schema.items.properties['opensAt'] = {
    type: 'string',
    description: 'The published opening: an ISO 8601 instant with an offset, or a date YYYY-MM-DD.',
  };
  return withHeader(
    schema,
    'call-calendar.schema.json',
    'A calls calendar file of @vlaio/pio-rules: a JSON array of calls (id, year, kind, title, deadlineDate, opensAt, status, source, note), as createCallCalendar takes them. The command line tool lays them over the built-in calls (a call of the same id replaces it). See docs/decision-records.md.',
  );
}

const applicationSchema = buildApplicationJsonSchema();
const files: readonly (readonly [string, () => unknown])[] = [
  ['schemas/application.schema.json', () => applicationSchema],
  ['schemas/openapi.json', () => createOpenApiDocument(version, applicationSchema)],
  ['schemas/scenario.schema.json', scenarioJsonSchema],
  ['schemas/decision-record.schema.json', () => sorted(recordSchema())],
  ['schemas/parameter-registry.schema.json', () => sorted(registrySchema())],
  ['schemas/call-calendar.schema.json', () => sorted(calendarSchema())],
];

let stale = false;
for (const [name, make] of files) {
  const target = resolve(root, name);
  const text = `${JSON.stringify(make(), null, 2)}\n`;
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
