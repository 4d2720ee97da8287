// Runs the tests that touch time or formatting under several host time zones and locales.
// The host zone and language must change nothing: every result is computed in Brussels time
// and formatted by hand.
import { spawnSync } from 'node:child_process';

const zones = [
  'UTC',
  'Europe/Brussels',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Asia/Kathmandu',
];
const langs = ['C', 'nl_BE.UTF-8'];
const files = ['test/time', 'test/money', 'test/parameters', 'test/calls', 'test/cofinancing'];
const existing = files.filter((f) => spawnSync('test', ['-e', f]).status === 0);
let failed = 0;
for (const TZ of zones) {
  for (const LANG of langs) {
    const run = spawnSync('npx', ['vitest', 'run', '--reporter=dot', ...existing], {
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
}
console.log(`${String(zones.length * langs.length - failed)} passed, ${String(failed)} failed`);
process.exit(failed === 0 ? 0 : 1);
