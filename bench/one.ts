// One benchmark in a process of its own, so no other benchmark warms or pollutes the JIT for it:
//   npx tsx bench/one.ts N [--lines L] [--big-lines B]
// Prints its result row as JSON on stdout (bench/run.ts reads it); progress goes to stderr.
import { parseArgs } from 'node:util';
import type { BenchRow } from './harness.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lines: { type: 'string', default: '100000' },
    'big-lines': { type: 'string' },
    'http-seconds': { type: 'string', default: '10' },
    'rss-requests': { type: 'string', default: '20000' },
  },
});
const n = Number(positionals[0]);
const lines = Number(values.lines);
const bigLines = values['big-lines'] === undefined ? undefined : Number(values['big-lines']);
const http = {
  seconds: Number(values['http-seconds']),
  rssRequests: Number(values['rss-requests']),
};

async function run(): Promise<BenchRow> {
  switch (n) {
    case 1:
      return (await import('./validate.js')).benchValidate();
    case 2:
      return (await import('./cofinancing.js')).benchCofinancing();
    case 3:
      return (await import('./rulesEngine.js')).benchRulesEngine();
    case 4:
      return (await import('./ndjson.js')).benchNdjson({ lines, bigLines });
    case 5:
      return (await import('./importCost.js')).benchImportCost();
    case 6:
      return (await import('./browserWeight.js')).benchBrowserWeight();
    case 7:
      return (await import('./oneCommand.js')).benchOneCommand();
    case 8:
      return (await import('./http.js')).benchHttpThroughput(http);
    case 9:
      return (await import('./http.js')).benchHttpWorkers(http);
    case 10:
      return (await import('./http.js')).benchHttpMemory(http);
    case 11:
      return (await import('./replay.js')).benchReplay({ lines });
    default:
      throw new Error(`no benchmark ${String(positionals[0])}: 1 to 11`);
  }
}

process.stdout.write(`${JSON.stringify(await run())}\n`);
