// Runs every example script (examples/*.ts) and fails when one fails.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const scripts = readdirSync('examples')
  .filter((f) => f.endsWith('.ts'))
  .sort();
let failed = 0;
for (const file of scripts) {
  const run = spawnSync('npx', ['tsx', `examples/${file}`], {
    encoding: 'utf8',
    env: { ...process.env, PIO_EXAMPLE_CHECK: '1' },
  });
  const ok = run.status === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} examples/${file}`);
  if (!ok) {
    failed += 1;
    console.log(run.stdout.slice(-3000), run.stderr.slice(-3000));
  }
}
console.log(`${String(scripts.length - failed)} passed, ${String(failed)} failed`);
process.exit(failed === 0 ? 0 : 1);
