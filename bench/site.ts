// The page (issue 19), measured: `npm run bench:site`. Not part of `npm test`, and nothing
// here is asserted: it prints
//   - the gzip size of all the page's JavaScript (app.js; examples.js, the example proposals,
//     apart) against the browser-bundle budget of issue 15 plus 15 KB of page code;
//   - the first render of the calculator in the system's headless Chromium: from the start of
//     the navigation to the maximum on screen, for a URL that carries a cost line (the median
//     and the slowest of N fresh loads), against the one second the issue asks.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import esbuild from 'esbuild';
import { buildSite, siteBundleOptions } from '../scripts/build-site.js';
import { findChromium, installChromium, serve } from '../scripts/site-browser.js';

const RUNS = 10;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  sizeBudget?: { browserBundleGzipBytes?: number };
};
// The page may add 15 KB of its own code to the browser bundle: measured against the budget that
// `npm run size` enforces (package.json `sizeBudget.browserBundleGzipBytes`) and against the goal
// of issue 15 (at most 50 KB gzip, every dependency included).
const enforcedBudget = pkg.sizeBudget?.browserBundleGzipBytes;
if (enforcedBudget === undefined) {
  console.error('bench:site: package.json has no sizeBudget.browserBundleGzipBytes.');
  process.exit(2);
}
const GOAL_BUDGET = 50_000;

const executable = findChromium();
if (executable === undefined) {
  console.error(`bench:site: no Chromium found. ${installChromium}`);
  process.exit(2);
}
const folder = mkdtempSync(join(tmpdir(), 'pio-bench-site-'));
await buildSite({ out: join(folder, 'site'), api: false });
const gzip = (file: string): number =>
  gzipSync(readFileSync(join(folder, 'site', file)), { level: 9 }).length;
const app = gzip('app.js');
const examples = gzip('examples.js');
const raw = readFileSync(join(folder, 'site/app.js')).length;
// Where the minified bytes come from: the page's own code, the library, each dependency.
const { metafile } = await esbuild.build({
  ...siteBundleOptions(null),
  write: false,
  outfile: 'app.js',
  metafile: true,
});
const shares = new Map<string, number>();
for (const output of Object.values(metafile.outputs))
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const owner = input.startsWith('site/')
      ? 'page code (site/src)'
      : input.startsWith('src/')
        ? 'the library (src)'
        : (/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input);
    shares.set(owner, (shares.get(owner) ?? 0) + bytesInOutput);
  }

const server = await serve(folder);
const browser = await chromium.launch({ executablePath: executable });
const times: number[] = [];
const paints: number[] = [];
try {
  for (let i = 0; i <= RUNS; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Page code as text: this file is typed for Node, without the DOM.
    await page.addInitScript({
      content: `new MutationObserver((_, observer) => {
        if (document.getElementById('maximum') !== null) {
          window.renderedAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });`,
    });
    await page.goto(
      `${server.origin}/site/index.html#tool=cofinancing&line=rd-services|2.400.000,00||`,
    );
    await page.waitForSelector('#maximum');
    const [rendered, paint] = await page.evaluate<[number, number]>(
      `[window.renderedAt, performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN]`,
    );
    // The first load warms the browser's own caches of the process; it is not counted.
    if (i > 0) {
      times.push(rendered);
      paints.push(paint);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
console.log(`page JavaScript (app.js): ${kb(raw)} minified, ${kb(app)} gzip`);
for (const [name, budget] of [
  ['the enforced browser-bundle budget', enforcedBudget],
  ['the goal of issue 15', GOAL_BUDGET],
] as const) {
  const page = budget + 15_000;
  console.log(
    `  against ${name}: ${kb(budget)} + 15 KB = ${kb(page)} gzip: ${app <= page ? 'within' : `OVER by ${kb(app - page)}`}`,
  );
}
console.log(
  `  examples.js (the example proposals, data): ${kb(examples)} gzip; with it ${kb(app + examples)}`,
);
console.log(
  `  minified bytes by origin: ${[...shares]
    .sort((a, b) => b[1] - a[1])
    .map(([owner, bytes]) => `${owner} ${kb(bytes)}`)
    .join(', ')}`,
);
console.log(
  `first render of the calculator (navigation start to the maximum in the page), ${String(RUNS)} loads: median ${median(times).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms; first contentful paint median ${median(paints).toFixed(0)} ms: ${Math.max(...times) <= 1000 ? 'within' : 'NOT within'} one second`,
);
