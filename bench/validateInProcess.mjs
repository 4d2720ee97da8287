// The in-process baseline of the NDJSON benchmark: what a script does that validates an NDJSON
// file with the library directly (read the lines, JSON.parse, validateApplication), with no
// command line tool and no output per proposal. Uses the built package, as the CLI does.
//
// Usage: node bench/validateInProcess.mjs FILE.ndjson AT
// Prints {"valid":N,"invalid":M} on stdout.
import { createReadStream } from 'node:fs';
import process from 'node:process';
import { createInterface } from 'node:readline';
import { safeValidateApplication as validateApplication } from '../dist/index.js';

const [file, atText] = process.argv.slice(2);
if (!file || !atText) {
  process.stderr.write('usage: node bench/validateInProcess.mjs FILE.ndjson AT\n');
  process.exit(2);
}
const at = new Date(atText);
let valid = 0;
let invalid = 0;
const lines = createInterface({
  input: createReadStream(file, { encoding: 'utf8' }),
  crlfDelay: Infinity,
});
for await (const line of lines) {
  if (line.trim() === '') continue;
  const result = validateApplication(JSON.parse(line), { at });
  if (result.success) valid += 1;
  else invalid += 1;
}
process.stdout.write(`${JSON.stringify({ valid, invalid })}\n`);
