// Validates the example proposals in examples/applications/ with safeValidateApplication and prints
// every issue in Dutch. Exits 1 when an example does not give exactly its expected codes.
//
//   npx tsx examples/validate-application.ts
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPath } from '@vlaio/pio-rules';
import { safeValidateApplication as validateApplication } from '@vlaio/pio-rules/applications';
import { formatEur } from '@vlaio/pio-rules/money';

const folder = join(dirname(fileURLToPath(import.meta.url)), 'applications');
const { at, expected } = JSON.parse(readFileSync(join(folder, 'expected-issues.json'), 'utf8')) as {
  at: string;
  expected: Record<string, string[]>;
};
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.json') && f !== 'expected-issues.json')
  .sort();

let mismatches = 0;
console.log(`Projectvoorstellen beoordeeld op ${at}\n`);
for (const file of files) {
  const document: unknown = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  const result = validateApplication(document, { at, locale: 'nl-BE' });
  const issues = result.success ? result.warnings : result.issues;
  if (result.success) {
    console.log(`✔ ${file}: geldig`);
    console.log(
      `    maximale cofinanciering ${formatEur(result.data.cofinancing.maximum)} (subsidiabele basis ${formatEur(result.data.cofinancing.eligibleBase)})`,
    );
  } else {
    console.log(`✘ ${file}: ${String(issues.length)} probleem/problemen`);
  }
  for (const issue of issues) {
    const where = issue.path.length > 0 ? formatPath(issue.path) : '(document)';
    const kind = issue.severity === 'error' ? 'fout' : 'waarschuwing';
    console.log(`    [${kind}] ${where}: ${issue.message}`);
  }
  const codes = issues.map((i) => i.code).sort();
  if (JSON.stringify(codes) !== JSON.stringify(expected[file] ?? null)) {
    mismatches += 1;
    console.log(
      `    !! verwacht: ${JSON.stringify(expected[file])}, gekregen: ${JSON.stringify(codes)}`,
    );
  }
}
console.log(
  mismatches === 0
    ? '\nAlle voorbeelden geven de verwachte codes.'
    : `\n${String(mismatches)} afwijking(en).`,
);
process.exit(mismatches === 0 ? 0 : 1);
