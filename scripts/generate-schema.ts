// Writes the JSON Schemas in schemas/ from the library's zod schemas: a proposal
// (application.schema.json), a decision record (decision-record.schema.json), a parameter
// registry file (parameter-registry.schema.json) and a calls calendar file
// (call-calendar.schema.json). zod's toJSONSchema runs here, at build time only.
// `--check` writes nothing and exits 1 when a committed file is not current.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { createApplicationJsonSchema } from '../src/applications/schema/applicationJsonSchema.js';
import { callInputSchema } from '../src/calls/checkCalendar.js';
import { definitionSchema } from '../src/parameters/schema.js';
import { decisionRecordSchema } from '../src/records/schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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
  const schema = zm.toJSONSchema(decisionRecordSchema, { target: 'draft-2020-12', io: 'input' });
  return withHeader(
    schema,
    'decision-record.schema.json',
    'A decision record of @vlaio/pio-rules (format "pio-rules/decision@1"): input in RFC 8785 canonical JSON, rules, trace and outcome, each with its SHA-256 digest. See docs/decision-records.md.',
  );
}

function registrySchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(z.array(definitionSchema).max(1000), {
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
  const schema = z.toJSONSchema(z.array(callInputSchema).max(10_000), {
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

const targets: readonly (readonly [string, () => unknown])[] = [
  ['schemas/application.schema.json', createApplicationJsonSchema],
  ['schemas/decision-record.schema.json', () => sorted(recordSchema())],
  ['schemas/parameter-registry.schema.json', () => sorted(registrySchema())],
  ['schemas/call-calendar.schema.json', () => sorted(calendarSchema())],
];

let stale = 0;
for (const [file, make] of targets) {
  const target = resolve(root, file);
  const text = `${JSON.stringify(make(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) {
      console.error(`${file} is stale: run \`npx tsx scripts/generate-schema.ts\`.`);
      stale += 1;
    } else console.log(`${file} is current.`);
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`Wrote ${file}.`);
  }
}
if (stale > 0) process.exit(1);
