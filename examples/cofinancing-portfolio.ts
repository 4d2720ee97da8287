/**
 * Computes the maximum PIO cofinancing for a portfolio of projects read from a CSV file and
 * prints a table of maxima, with Flemish formatting, followed by the explanation of one project.
 *
 * CSV columns: `project,category,amount,label`. A project has one row per cost line; the category
 * `estimatedCost` stands for the shorthand of one R&D-services line. Fields hold no commas.
 *
 * Run: `npx tsx examples/cofinancing-portfolio.ts`
 */
import { readFileSync } from 'node:fs';
import {
  explainCofinancing,
  safeComputeCofinancing,
  type CofinancingInput,
  type CofinancingResult,
  type CostCategory,
  type CostLine,
} from '@vlaio/pio-rules';
import { formatEur, formatPath, money } from '@vlaio/pio-rules';

const { sum } = money;

const csv = readFileSync(new URL('./data/portfolio.csv', import.meta.url), 'utf8');
const [header, ...rows] = csv.trim().split(/\r?\n/);
if (header !== 'project,category,amount,label') throw new Error(`unexpected header: ${header}`);

// Group the rows per project, keeping the order of the file.
const projects = new Map<string, CofinancingInput>();
for (const row of rows) {
  const [project = '', category = '', amount = '', label = ''] = row.split(',');
  const input = projects.get(project) ?? {};
  if (category === 'estimatedCost') {
    projects.set(project, { ...input, estimatedCost: amount });
  } else {
    const line: CostLine = {
      category: category as CostCategory,
      amount,
      ...(label === '' ? {} : { label }),
    };
    projects.set(project, { ...input, costs: [...(input.costs ?? []), line] });
  }
}

const nl = { locale: 'nl-BE' } as const;
const columns = ['Project', 'Basis', 'Uitgesloten', 'Maximum', 'Begrensd'];
const table: string[][] = [];
const results: [string, CofinancingResult][] = [];
let failed = 0;
for (const [name, input] of projects) {
  const outcome = safeComputeCofinancing(input);
  if (!outcome.success) {
    failed += 1;
    console.error(
      `${name}: ${outcome.issues.map((i) => `${formatPath(i.path)} ${i.message}`).join('; ')}`,
    );
    continue;
  }
  const result = outcome.data;
  results.push([name, result]);
  table.push([
    name,
    formatEur(result.eligibleBase, nl),
    formatEur(sum(result.excluded.map((l) => l.amount)), nl),
    formatEur(result.maximum, nl),
    result.capped ? 'ja' : 'nee',
  ]);
}
table.push([
  'Totaal',
  formatEur(sum(results.map(([, r]) => r.eligibleBase)), nl),
  formatEur(sum(results.flatMap(([, r]) => r.excluded.map((l) => l.amount))), nl),
  formatEur(sum(results.map(([, r]) => r.maximum)), nl),
  '',
]);

const widths = columns.map((c, i) => Math.max(c.length, ...table.map((r) => (r[i] ?? '').length)));
const format = (cells: readonly string[]) =>
  cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
    .join('  ');
console.log(format(columns));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const [i, row] of table.entries()) {
  if (i === table.length - 1) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(format(row));
}

const [firstName, first] = results[0]!;
console.log(`\nToelichting bij "${firstName}":`);
for (const line of explainCofinancing(first, nl)) console.log(`  - ${line}`);

if (failed > 0) process.exitCode = 1;
