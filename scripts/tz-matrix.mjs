// Runs the tests that touch time or formatting under several host time zones and locales.
// The host zone and language must change nothing: every result is computed in Brussels time
// and formatted by hand.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Every zone runs once, each language under several zones (Brussels under both): zones west and
// east of UTC, one with a 45-minute offset, one 14 hours ahead, and the programme's own.
const combos = [
  ['UTC', 'C'],
  ['Europe/Brussels', 'C'],
  ['Europe/Brussels', 'nl_BE.UTF-8'],
  ['America/Los_Angeles', 'nl_BE.UTF-8'],
  ['Pacific/Kiritimati', 'C'],
  ['Asia/Kathmandu', 'nl_BE.UTF-8'],
];
// Every listed file must exist: a renamed test fails the matrix instead of silently dropping out.
const files = [
  'test/time',
  'test/money',
  'test/parameters',
  'test/calls',
  'test/cofinancing',
  'test/locales',
  'test/locales-everywhere.test.ts',
  'test/purity.test.ts',
  'test/applications/rules.test.ts',
  'test/applications/examples.test.ts',
  'test/criteria/assessApplication.test.ts',
  'test/criteria/explainAssessment.test.ts',
  'test/records/records.test.ts',
  'test/records/canonicalJson.test.ts',
];
const missing = files.filter((f) => !existsSync(f));
if (missing.length > 0) {
  console.log(`missing from the matrix: ${missing.join(', ')} (update scripts/tz-matrix.mjs)`);
  process.exit(1);
}
let failed = 0;
for (const [TZ, LANG] of combos) {
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=dot', ...files], {
    env: { ...process.env, TZ, LANG, LC_ALL: LANG },
    encoding: 'utf8',
  });
  const ok = run.status === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} TZ=${TZ} LANG=${LANG}`);
  if (!ok) {
    failed += 1;
    console.log(run.stdout.slice(-4000), run.stderr.slice(-2000));
  }
}
console.log(`${String(combos.length - failed)} passed, ${String(failed)} failed`);
process.exit(failed === 0 ? 0 : 1);
