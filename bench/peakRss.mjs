// Preloaded into a benchmarked process (`node --import ./bench/peakRss.mjs ...`): when the
// process exits, writes its peak resident set size in bytes to the file named by
// BENCH_PEAK_RSS_FILE. Works for any script, including the built CLI, on any OS Node runs on.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env['BENCH_PEAK_RSS_FILE'];
if (file) {
  process.on('exit', () => {
    // maxRSS is in kilobytes (KiB).
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
