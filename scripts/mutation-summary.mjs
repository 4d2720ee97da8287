// Summarises reports/mutation/mutation.json: the score per module and every surviving or
// uncovered mutant (file:line, mutator, replacement). With --write it updates the module rows
// in docs/quality.md between the markers.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8'));
const perModule = new Map();
const survivors = [];
for (const [file, { mutants }] of Object.entries(report.files)) {
  const module = file.split('/')[1];
  const row = perModule.get(module) ?? {
    killed: 0,
    timeout: 0,
    survived: 0,
    noCoverage: 0,
    errors: 0,
  };
  for (const m of mutants) {
    if (m.status === 'Killed') row.killed += 1;
    else if (m.status === 'Timeout') row.timeout += 1;
    else if (m.status === 'Survived') row.survived += 1;
    else if (m.status === 'NoCoverage') row.noCoverage += 1;
    else row.errors += 1;
    if (m.status === 'Survived' || m.status === 'NoCoverage') {
      survivors.push(
        `${file}:${String(m.location.start.line)} ${m.status} ${m.mutatorName}: ${String(
          m.replacement ?? '',
        )
          .replace(/\s+/g, ' ')
          .slice(0, 90)}`,
      );
    }
  }
  perModule.set(module, row);
}
console.log('| module | score | killed | timeout | survived | no coverage | compile errors |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [module, r] of [...perModule].sort()) {
  const detected = r.killed + r.timeout;
  const valid = detected + r.survived + r.noCoverage;
  console.log(
    `| ${module} | ${(valid === 0 ? 100 : (100 * detected) / valid).toFixed(2)}% | ${String(r.killed)} | ${String(r.timeout)} | ${String(r.survived)} | ${String(r.noCoverage)} | ${String(r.errors)} |`,
  );
}
if (process.argv.includes('--survivors')) for (const s of survivors) console.log(s);
