import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

// The six TZ/LANG pairs of scripts/tz-matrix.mjs.
const combos = [
  ['UTC', 'C'],
  ['Europe/Brussels', 'C'],
  ['Europe/Brussels', 'nl_BE.UTF-8'],
  ['America/Los_Angeles', 'nl_BE.UTF-8'],
  ['Pacific/Kiritimati', 'C'],
  ['Asia/Kathmandu', 'nl_BE.UTF-8'],
] as const;

describe('decision records under every TZ/LANG pair of the test matrix', () => {
  it('are byte-identical', () => {
    const outputs = combos.map(([TZ, LANG]) => {
      const run = spawnSync(tsx, ['test/records/makeRecords.ts'], {
        cwd: root,
        env: { ...process.env, TZ, LANG, LC_ALL: LANG },
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      return run.stdout;
    });
    expect(outputs[0]!.split('\n').filter(Boolean)).toHaveLength(6);
    for (const output of outputs.slice(1)) expect(output).toBe(outputs[0]);
  }, 60_000);
});
