import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lib } from './lib.js';
import { EXAMPLES_AT } from './fixtures.js';
import { type BenchRow, fmtBytes, log } from './harness.js';
import { check, runNode, writeProposals } from './ndjson.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
/** Peak memory goal of `pio-rules replay` on 100,000 records (issue 16, acceptance 5). */
const MEMORY_GOAL = 250e6;

function lastJson(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout.trimEnd().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}

/**
 * `pio-rules replay` (the built CLI) on `lines` decision records of valid proposals, under a
 * registry file whose cap is 1,500,000.00, versus `pio-rules validate` on the same proposals:
 * records per second, and the peak RSS of the replay. The records are made by
 * `validate --record` on those proposals (timed too).
 */
export async function benchReplay(options: { lines: number }): Promise<BenchRow> {
  const { lines } = options;
  const dir = mkdtempSync(join(tmpdir(), 'pio-rules-bench-replay-'));
  try {
    const proposals = join(dir, 'proposals.ndjson');
    const records = join(dir, 'records.ndjson');
    const cap = join(dir, 'cap.json');
    writeProposals(proposals, lines);
    const def = lib.getDefinition('cofinancing.cap');
    writeFileSync(
      cap,
      JSON.stringify([
        { ...def, versions: def.versions.map((v) => ({ ...v, value: '1500000.00' })) },
      ]),
    );
    const validateArgs = [CLI, 'validate', proposals, '--at', EXAMPLES_AT, '--json', '--jobs', '1'];

    log(`  replay: pio-rules validate on ${lines.toLocaleString('en')} proposals ...`);
    const validate = await runNode(validateArgs, dir);
    check(validate, 'pio-rules validate');
    log(`  replay: pio-rules validate --record on ${lines.toLocaleString('en')} proposals ...`);
    const record = await runNode(
      [...validateArgs, '--record', records, '--decided-at', EXAMPLES_AT],
      dir,
    );
    check(record, 'pio-rules validate --record');
    log(`  replay: pio-rules replay on ${lines.toLocaleString('en')} records ...`);
    const replay = await runNode(
      [CLI, 'replay', records, '--parameters', cap, '--json'],
      dir,
      join(dir, 'replay.out'),
    );
    check(replay, 'pio-rules replay');
    const summary = lastJson(replay.stdout)['summary'] as { records: number; changed: number };
    if (summary.records !== lines)
      throw new Error(`replay read ${String(summary.records)} records, expected ${String(lines)}`);

    const perSecond = (ns: number) => Math.round(lines / (ns / 1e9)).toLocaleString('en');
    const ratio = replay.wallNs / validate.wallNs;
    const notes = [
      `${lines.toLocaleString('en')} decision records (${fmtBytes(statSync(records).size)}) of the valid example proposals, made by \`pio-rules validate --record\` (${perSecond(record.wallNs)} proposals/s, peak RSS ${fmtBytes(record.peakRss)}), replayed by \`node dist/cli.js replay RECORDS --parameters CAP.json --json\` with the cap at 1,500,000.00 (${summary.changed.toLocaleString('en')} change). Wall time of each process, start-up included.`,
      `Throughput: replay ${perSecond(replay.wallNs)} records/s (each record's digests checked, the validation run again, the outcome compared), \`validate --jobs 1\` ${perSecond(validate.wallNs)} proposals/s on the same proposals: ${ratio.toFixed(2)}x the time.`,
      `Peak RSS of replay: ${fmtBytes(replay.peakRss)} (goal < ${fmtBytes(MEMORY_GOAL)}: ${replay.peakRss < MEMORY_GOAL ? 'met' : 'missed'}); of validate: ${fmtBytes(validate.peakRss)}.`,
    ];
    return {
      name: '11. pio-rules replay vs validate',
      ours: 'pio-rules replay --parameters',
      baseline: 'pio-rules validate --jobs 1',
      oursNs: replay.wallNs / lines,
      baselineNs: validate.wallNs / lines,
      ratio,
      ratioKind: 'slower',
      goal: `peak RSS < ${fmtBytes(MEMORY_GOAL)}`,
      met: replay.peakRss < MEMORY_GOAL,
      notes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
