// Regenerates the screenshots of the page shown in the README (docs/images/site-*.png):
// the site built from the sources into a temporary folder, served on loopback, opened in the
// system's headless Chromium with its clock at a fixed instant, so the images change only when
// the page does. `npm run site:screenshots`. (The browser tests write every tool in both
// languages to site/screenshots/, which git ignores.)
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildSite } from './build-site.js';
import { findChromium, fixedNow, installChromium, serve } from './site-browser.js';

/** The committed screenshots: one of each tool. */
export const scenes: readonly (readonly [file: string, hash: string])[] = [
  ['site-calls.png', '#tool=calls&lang=nl'],
  [
    'site-cofinancing.png',
    '#tool=cofinancing&lang=nl&line=rd-services|1.800.000,00|Oplossingsontwerp en prototype|&line=validation|600000|Proeftuin|&line=off-the-shelf|150000|Standaardsensoren|',
  ],
  ['site-checker.png', '#tool=checker&lang=en&example=invalid-partners'],
];

const executable = findChromium();
if (executable === undefined) {
  console.error(`site:screenshots: no Chromium found. ${installChromium}`);
  process.exit(2);
}
const folder = mkdtempSync(join(tmpdir(), 'pio-shots-'));
const images = join(process.cwd(), 'docs/images');
mkdirSync(images, { recursive: true });
await buildSite({ out: join(folder, 'site'), api: false });
const server = await serve(folder);
const browser = await chromium.launch({ executablePath: executable });
try {
  for (const [file, hash] of scenes) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 820 } });
    await page.clock.setFixedTime(fixedNow);
    await page.goto(`${server.origin}/site/index.html${hash}`);
    await page.waitForSelector('main section');
    await page.screenshot({ path: join(images, file) });
    await page.close();
    console.log(`wrote docs/images/${file}`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}
