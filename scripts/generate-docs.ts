// Writes the generated docs (docs/rules.md, docs/sources.md, docs/criteria.md, ...) from the library's own data.
// With --check it writes nothing and exits 1 when a committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { criteriaDoc } from './docs/criteria.js';
import { jsonFormatDoc } from './docs/jsonFormat.js';
import { rulesDoc } from './docs/rules.js';
import { sourcesDoc } from './docs/sources.js';

const generated: Record<string, () => string> = {
  'docs/rules.md': rulesDoc,
  'docs/criteria.md': criteriaDoc,
  'docs/json-format.md': jsonFormatDoc,
  'docs/sources.md': sourcesDoc,
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, make] of Object.entries(generated)) {
  const text = `${make().trimEnd()}\n`;
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = '';
  }
  if (current === text) continue;
  if (check) {
    console.error(`${file} is stale: run npm run docs:generate`);
    stale += 1;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale === 0 ? 0 : 1);
