// The page in a real browser: the system's headless Chromium, driven by playwright-core, on
// a site built from the sources into a temporary folder and served on loopback. Every number
// the page shows is compared with what the library's own functions return for the same input.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build-site.js';
import {
  chromiumCandidates,
  findChromium,
  fixedNow,
  installChromium,
  serve,
} from '../../scripts/site-browser.js';
import {
  computeCofinancing,
  createParameterRegistry,
  defaultParameters,
  formatDeadline,
  formatEur,
  formatPath,
  getCalls,
  getDefinition,
  nextDeadline,
  parseEur,
  safeParseEur,
  safeValidateApplication,
} from '../../src/index.js';
import { DECISION_RECORD_FORMAT, verifyRecord } from '../../src/records/index.js';

const executable = findChromium();
const inCi = process.env['CI'] === 'true' || process.env['CI'] === '1';

if (executable === undefined && !inCi)
  console.warn(
    [
      '',
      '='.repeat(78),
      'THE BROWSER TESTS OF THE PAGE (test/site) DID NOT RUN: no Chromium was found',
      `(looked for: ${chromiumCandidates().join(', ')}).`,
      installChromium,
      'In CI (CI=true) a missing browser fails the run instead.',
      '='.repeat(78),
      '',
    ].join('\n'),
  );

// Runs wherever there is a browser and always in CI (CI=true), where a missing browser fails it;
// only a machine without Chromium outside CI skips it, after the notice above.
describe('the page in a real browser: the browser', () => {
  it.skipIf(executable === undefined && !inCi)(
    'finds a Chromium to run the browser tests in',
    () => {
      expect(
        executable,
        `No Chromium: the browser tests of the page cannot run. ${installChromium}`,
      ).toBeDefined();
    },
  );
});

// The committed schema of a record, compiled as the records tests do (strict, every error).
const validateRecord = new Ajv2020({
  strict: true,
  allErrors: true,
  allowUnionTypes: true,
}).compile(JSON.parse(readFileSync('schemas/decision-record.schema.json', 'utf8')) as object);

/** What a downloaded decision record must be: the format, the schema, and `reproduced` in Node. */
async function expectRecordOf(
  text: string,
  proposal: unknown,
  locale: 'nl' | 'en',
): Promise<Record<string, unknown>> {
  const record = JSON.parse(text) as Record<string, unknown>;
  expect(record['format']).toBe(DECISION_RECORD_FORMAT);
  expect(record['kind']).toBe('validation');
  const valid = validateRecord(record);
  expect(valid ? [] : validateRecord.errors).toEqual([]);
  // The instant of the decision is the browser's clock (pinned by the test), as given.
  expect(record['decidedAt']).toBe(fixedNow.toISOString());
  expect(record['options']).toEqual({ at: fixedNow.toISOString(), locale });
  expect(JSON.parse((record['input'] as { canonical: string }).canonical)).toEqual(proposal);
  const checked = safeValidateApplication(proposal, { at: fixedNow, locale });
  expect((record['outcome'] as { success: boolean }).success).toBe(checked.success);
  const report = await verifyRecord(record);
  expect(report.status, JSON.stringify(report)).toBe('reproduced');
  return record;
}

/** A cap of 1,500,000.00 from 2020: the what-if registry of the second build. */
const whatIfDefinitions = [
  {
    ...getDefinition('cofinancing.cap'),
    versions: [
      {
        value: '1500000.00',
        validFrom: '2020-01-01',
        status: 'assumed' as const,
        source: { title: 'what-if', url: 'https://example.org/what-if' },
      },
    ],
  },
];

// Dutch words that an English page has no reason to contain (whole words, lower case).
const DUTCH =
  /\b(de|het|een|van|en|niet|geen|ja|nee|oproep\w*|bedrag\w*|kost\w*|fase|btw|uur|verwacht\w*|aangekondigd|gepubliceerd|nakijken|voorstel\w*|fout\w*|waarschuwing\w*|begrensd|maximale|subsidiabele|regel\w*|bron|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|mei|juni|juli|augustus|oktober|diensten|ontbreekt|veld\w*)\b/giu;

describe.runIf(executable !== undefined)('the page in a real browser', () => {
  let folder: string;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let context: BrowserContext;
  let requests: string[];
  let errors: string[];
  const shots = join(process.cwd(), 'site/screenshots');

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'pio-site-'));
    await buildSite({ out: join(folder, 'main'), api: false });
    await buildSite({ out: join(folder, 'whatif'), api: false, parameters: whatIfDefinitions });
    server = await serve(folder);
    browser = await chromium.launch({ executablePath: executable ?? '' });
    mkdirSync(shots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function newPage(clock: 'fixed' | 'running' = 'fixed'): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    if (clock === 'fixed') await page.clock.setFixedTime(fixedNow);
    else {
      // Fake timers, paused at the instant: time moves only when the test moves it.
      await page.clock.install({ time: new Date(fixedNow.getTime() - 60_000) });
      await page.clock.pauseAt(fixedNow);
    }
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    return page;
  }

  const url = (hash: string, build = 'main'): string =>
    `${server.origin}/${build}/index.html${hash}`;

  async function open(hash: string, build = 'main'): Promise<Page> {
    const page = await newPage();
    await page.goto(url(hash, build));
    await page.waitForSelector('main section');
    return page;
  }

  // Every test: no console error, no request outside the site's own files.
  afterEach(async () => {
    await context?.close();
    const own = requests.filter(
      (r) => !r.startsWith(`${server.origin}/`) && !r.startsWith('blob:') && !r.startsWith('data:'),
    );
    const requestsBefore = requests;
    requests = [];
    const errorsBefore = errors;
    errors = [];
    expect(own, `requests outside the site: ${requestsBefore.join(', ')}`).toEqual([]);
    expect(errorsBefore).toEqual([]);
  });
  beforeAll(() => {
    requests = [];
    errors = [];
  });

  /** The maximum shown, as the decimal string the page received from the library. */
  const maximumOf = (page: Page): Promise<string | null> =>
    page.locator('#maximum').getAttribute('data-amount');

  it('shows the calls of this year and the next, and the next deadline with the time left', async () => {
    const page = await open('#tool=calls');
    const expected = [...getCalls({ year: 2026 }), ...getCalls({ year: 2027 })];
    const rows = page.locator('tr[data-call]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-call')))).toEqual(
      expected.map((call) => call.id),
    );
    for (const call of expected) {
      const row = page.locator(`tr[data-call="${call.id}"]`);
      expect(await row.locator('time').textContent()).toBe(formatDeadline(call, { locale: 'nl' }));
      const status = await row.locator('.status').textContent();
      expect(status).toBe(
        { published: 'gepubliceerd', announced: 'aangekondigd', projected: 'verwacht' }[
          call.status
        ],
      );
      expect(await row.locator('a').getAttribute('href')).toBe(call.source?.url);
    }
    const next = nextDeadline({ at: fixedNow })!;
    const box = page.locator('#next-deadline');
    expect(await box.textContent()).toContain(formatDeadline(next, { locale: 'nl' }));
    const minutes = Math.floor((next.deadline.getTime() - fixedNow.getTime()) / 60_000);
    expect(await box.locator('[data-left]').textContent()).toContain(
      `Nog ${String(Math.floor(minutes / 1440))} dagen`,
    );
  });

  it('counts the time left down with the browser clock, and moves on after the deadline', async () => {
    const page = await newPage('running');
    await page.goto(url('#tool=calls&lang=en'));
    const left = page.locator('#next-deadline [data-left]');
    const next = nextDeadline({ at: fixedNow })!;
    const text = (at: Date): string => {
      const minutes = Math.floor((next.deadline.getTime() - at.getTime()) / 60_000);
      const d = Math.floor(minutes / 1440);
      const h = Math.floor((minutes % 1440) / 60);
      const m = minutes % 60;
      return `${String(d)} days, ${String(h)} hours and ${String(m)} ${m === 1 ? 'minute' : 'minutes'} left.`;
    };
    expect(await left.textContent()).toBe(text(fixedNow));
    await page.clock.runFor(5 * 60_000);
    expect(await left.textContent()).toBe(text(new Date(fixedNow.getTime() + 5 * 60_000)));
    // Past the deadline the next call is shown.
    await page.clock.pauseAt(new Date(next.deadline.getTime() + 1000));
    await page.clock.runFor(30_000);
    const after = nextDeadline({ at: new Date(next.deadline.getTime() + 1) })!;
    await page.waitForFunction(
      (id) => document.querySelector('#next-deadline')?.textContent?.includes(id) ?? false,
      after.id,
    );
  });

  it('computes the maximum of a cost line as it is typed, with the library', async () => {
    const page = await open('#tool=cofinancing');
    await page.locator('#label-0').fill('Prototype');
    await page.locator('#amount-0').pressSequentially('1.234.567,89');
    const expected = computeCofinancing({
      costs: [
        { category: 'rd-services', amount: parseEur('1.234.567,89').data, label: 'Prototype' },
      ],
    }).data;
    expect(await maximumOf(page)).toBe(expected.maximum.amount);
    expect(await page.locator('#maximum').textContent()).toBe(formatEur(expected.maximum));
    expect(await page.locator('#capped').getAttribute('data-capped')).toBe(String(expected.capped));
    const steps = await page.locator('#explanation li').allTextContents();
    expect(steps).toEqual(
      (await import('../../src/index.js')).explainCofinancing(expected, { locale: 'nl' }),
    );
    const used = await page
      .locator('#parameters tr[data-parameter]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-parameter')));
    expect(used).toEqual(expected.parameters.map((p) => p.id));
    expect(await page.locator('#result-live').getAttribute('aria-live')).toBe('polite');

    // A second line in the English way, and a cap that bites.
    await page.locator('#add-line').click();
    await page.locator('#amount-1').fill('1234567.89');
    await page.locator('#category-1').selectOption('validation');
    const both = computeCofinancing({
      costs: [
        { category: 'rd-services', amount: '1234567.89', label: 'Prototype' },
        { category: 'validation', amount: '1234567.89' },
      ],
    }).data;
    expect(await maximumOf(page)).toBe(both.maximum.amount);
    expect(await page.locator('#capped').getAttribute('data-capped')).toBe('true');
    expect(both.capped).toBe(true);
    // And removing it again.
    await page.getByRole('button', { name: 'Kostenlijn 2 verwijderen' }).click();
    expect(await maximumOf(page)).toBe(expected.maximum.amount);
  });

  it('refuses 0.005 beside its field, with the library message, and shows no result', async () => {
    const page = await open('#tool=cofinancing');
    await page.locator('#amount-0').fill('0.005');
    const refused = safeParseEur('0.005', { locale: 'nl' });
    expect(refused.success).toBe(false);
    const message = refused.success ? '' : (refused.issues[0]?.message ?? '');
    expect(await page.locator('#amount-0-error').textContent()).toBe(message);
    expect(await page.locator('#amount-0').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#maximum').count()).toBe(0);
    await page.locator('#amount-0').fill('0.05');
    expect(await page.locator('#amount-0').getAttribute('aria-invalid')).toBeNull();
    expect(await maximumOf(page)).toBe('0.02');
  });

  it('switches to English and leaves no Dutch, in each tool', async () => {
    const page = await open('#tool=calls');
    await page.locator('[data-lang-link]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const dutchIn = (): Promise<string[]> =>
      page.evaluate((source) => {
        const clone = document.body.cloneNode(true) as HTMLElement;
        // Marked Dutch on purpose: the link to the Dutch page, the titles of Flemish sources;
        // and the proposal's own data in the checker.
        for (const element of clone.querySelectorAll('[lang="nl"], textarea, .value'))
          element.remove();
        // A proper name stays as it is in every language.
        const parts: string[] = [];
        const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
          parts.push(node.textContent ?? '');
        const text = parts.join(' ').replaceAll('Fonds voor Innoveren en Ondernemen', '');
        return [...text.matchAll(new RegExp(source, 'giu'))].map((m) => m[0]);
      }, DUTCH.source);
    expect(await dutchIn()).toEqual([]);
    await page.getByRole('link', { name: 'Cofinancing' }).click();
    await page.locator('#amount-0').fill('2400000');
    await page.locator('#add-line').click();
    await page.locator('#amount-1').fill('0.005');
    await page.locator('#split').check();
    expect(await page.locator('#amount-1-error').textContent()).toContain('more than two decimals');
    await page.locator('#amount-1').fill('150000');
    await page.locator('#category-1').selectOption('off-the-shelf');
    expect(await maximumOf(page)).toBe('1000000.00');
    expect(await dutchIn()).toEqual([]);
    await page.getByRole('link', { name: 'Check a proposal' }).click();
    await page.locator('#example').selectOption('invalid-cofinancing');
    await page.locator('#load-example').click();
    await page.waitForSelector('#fields .issues li');
    expect(await dutchIn()).toEqual([]);
    await page.screenshot({ path: join(shots, 'checker-en.png'), fullPage: true });
  });

  it('puts every issue of an invalid example beside its field, errors before warnings', async () => {
    const page = await open('#tool=checker');
    await page.locator('#example').selectOption('invalid-structure-and-late');
    await page.locator('#load-example').click();
    await page.waitForSelector('#fields .issues li');
    const proposal: unknown = JSON.parse(
      readFileSync('examples/applications/invalid-structure-and-late.json', 'utf8'),
    );
    const checked = safeValidateApplication(proposal, { at: fixedNow, locale: 'nl' });
    expect(checked.success).toBe(false);
    const issues = checked.success ? checked.warnings : checked.issues;
    expect(issues.length).toBeGreaterThan(3);
    for (const issue of issues) {
      const row = page.locator(`#fields > li[data-path="${formatPath(issue.path)}"]`);
      expect(await row.count(), formatPath(issue.path)).toBe(1);
      expect(await row.locator('.issues').textContent()).toContain(issue.message);
    }
    const severities = await page
      .locator('#overview > li')
      .evaluateAll((items: HTMLElement[]) => items.map((li) => li.className));
    expect(severities).toEqual([...severities].sort()); // 'error' < 'warning'
    expect(severities).toContain('error');
    expect(severities).toContain('warning');
    expect(await page.locator('#overview > li').count()).toBe(issues.length);

    // Fix the proposal in the editor: the issue of the field goes away, live.
    const fixed = structuredClone(proposal) as { procurement: { costs: { amount: unknown }[] } };
    const first = fixed.procurement.costs[0];
    if (first !== undefined) first.amount = '250000.00';
    await page.locator('#proposal').fill(JSON.stringify(fixed, null, 2));
    await page.waitForFunction(
      () => document.querySelector('[data-path="procurement.costs[0].amount"] .issues') === null,
    );
    // And download it back: the file is what the editor holds.
    const download = page.waitForEvent('download');
    await page.locator('#download-proposal').click();
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(fixed);
  });

  it('downloads the decision record of the proposal, which Node verifies as reproduced', async () => {
    const page = await open('#tool=checker');
    await page.locator('#example').selectOption('invalid-cofinancing');
    await page.locator('#load-example').click();
    await page.waitForSelector('#fields .issues li');
    const invalid: unknown = JSON.parse(
      readFileSync('examples/applications/invalid-cofinancing.json', 'utf8'),
    );
    expect(await page.locator('#record-status').getAttribute('aria-live')).toBe('polite');
    const download = page.waitForEvent('download');
    await page.locator('#download-record').click();
    const done = await download;
    expect(done.suggestedFilename()).toBe('invalid-cofinancing.record.json');
    const record = await expectRecordOf(readFileSync(await done.path(), 'utf8'), invalid, 'nl');
    expect((record['outcome'] as { success: boolean }).success).toBe(false);
    // The live region says what was made, with the record's own digest.
    const status = await page.locator('#record-status').textContent();
    expect(status).toContain('invalid-cofinancing.record.json');
    expect(status).toContain('niet geldig');
    expect(status).toContain(String(record['digest']).slice(0, 12));

    // After an edit the record is of the proposal as the editor holds it: with the keyboard.
    const fixed = JSON.parse(
      readFileSync('examples/applications/city-pcp.json', 'utf8'),
    ) as unknown;
    await page.locator('#proposal').fill(JSON.stringify(fixed, null, 2));
    await page.waitForFunction(() =>
      document.querySelector('#check-summary')?.textContent?.includes('geldig'),
    );
    await page.locator('#download-record').focus();
    const again = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const second = await expectRecordOf(
      readFileSync(await (await again).path(), 'utf8'),
      fixed,
      'nl',
    );
    expect((second['outcome'] as { success: boolean }).success).toBe(true);

    // What is no JSON gets no record, and the page says why.
    await page.locator('#proposal').fill('{ "half":');
    await page.locator('#download-record').click();
    expect(await page.locator('#record-status').textContent()).toBe(
      'Geen beslissingsrecord: het voorstel is geen geldige JSON.',
    );
  });

  it('says so when the browser offers no Web Crypto (no secure context)', async () => {
    const page = await newPage();
    // What a page served over plain http from another host sees: no `crypto.subtle`.
    await page.addInitScript(() =>
      Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined }),
    );
    await page.goto(url('#tool=checker&lang=en&example=city-pcp'));
    await page.waitForSelector('#check-summary p');
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.locator('#download-record').click();
    expect(await page.locator('#record-status').textContent()).toContain(
      'this browser offers no Web Crypto (crypto.subtle)',
    );
    expect(downloads).toBe(0);
  });

  it('reads a proposal file dropped on the editor', async () => {
    const page = await open('#tool=checker&lang=en');
    const text = readFileSync('examples/applications/invalid-partners.json', 'utf8');
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'proposal.json', { type: 'application/json' }));
      return data;
    }, text);
    await page.dispatchEvent('#proposal', 'drop', { dataTransfer: transfer });
    await page.waitForSelector('#fields [data-code="duplicate_partner"]');
    expect(await page.locator('#proposal').inputValue()).toBe(text);
    const checked = safeValidateApplication(JSON.parse(text), { at: fixedNow, locale: 'en' });
    const codes = (checked.success ? checked.warnings : checked.issues).map((i) => i.code).sort();
    const shown = await page
      .locator('#overview > li')
      .evaluateAll((items: HTMLElement[]) => items.map((li) => li.dataset['code'] ?? ''));
    expect(shown.sort()).toEqual(codes);
  });

  it('reopens a shared URL to the same state', async () => {
    const page = await open('#tool=cofinancing&lang=en');
    await page.locator('#amount-0').fill('1.800.000,00');
    await page.locator('#label-0').fill('Ontwerp & prototype | fase 1');
    await page.locator('#split').check();
    await page.locator('#add-line').click();
    await page.locator('#amount-1').fill('600000');
    await page.locator('#category-1').selectOption('validation');
    await page.locator('#phase-1').fill('Test series');
    await page.locator('input[name="vat"][value="non-recoverable"]').check();
    const shared = await page.locator('#share').getAttribute('href');
    const maximum = await maximumOf(page);
    const shares = await page.locator('#phase-shares li').allTextContents();
    expect(shares).toHaveLength(2);
    await context.close();
    const again = await newPage();
    await again.goto(shared!);
    await again.waitForSelector('#maximum');
    expect(await maximumOf(again)).toBe(maximum);
    expect(await again.locator('#phase-shares li').allTextContents()).toEqual(shares);
    expect(await again.locator('#amount-0').inputValue()).toBe('1.800.000,00');
    expect(await again.locator('#label-0').inputValue()).toBe('Ontwerp & prototype | fase 1');
    expect(await again.locator('#category-1').inputValue()).toBe('validation');
    expect(await again.locator('#phase-1').inputValue()).toBe('Test series');
    expect(await again.locator('input[name="vat"]:checked').inputValue()).toBe('non-recoverable');
    expect(await again.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('follows a what-if registry: the page shows what the library computes with it', async () => {
    const whatIf = createParameterRegistry(whatIfDefinitions, { base: defaultParameters }).data;
    const input = { costs: [{ category: 'rd-services' as const, amount: '2400000.00' }] };
    const normal = computeCofinancing(input).data.maximum.amount;
    const changed = computeCofinancing(input, { parameters: whatIf }).data.maximum.amount;
    expect(changed).not.toBe(normal);
    for (const [build, expected] of [
      ['main', normal],
      ['whatif', changed],
    ] as const) {
      const page = await open('#tool=cofinancing', build);
      await page.locator('#amount-0').fill('2400000');
      expect(await maximumOf(page)).toBe(expected);
      await context.close();
    }
    // The record of the what-if page is made under the what-if registry: Node reproduces it
    // with that registry, and without it says the recorded rules are missing.
    const page = await open('#tool=checker&example=city-pcp', 'whatif');
    await page.waitForSelector('#check-summary p');
    const download = page.waitForEvent('download');
    await page.locator('#download-record').click();
    const record: unknown = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect((record as { rules: { parameters: unknown } }).rules.parameters).toMatchObject({
      builtIn: false,
    });
    expect((await verifyRecord(record, { parameters: whatIf })).status).toBe('reproduced');
    const without = await verifyRecord(record);
    expect([without.status, without.rules.parameters]).toEqual(['differs', 'missing']);
  });

  it('prints the calculator on one A4 page', async () => {
    const page = await open(
      '#tool=cofinancing&line=rd-services|1800000|Ontwerp|&line=validation|600000|Proeftuin|&line=off-the-shelf|150000|Sensoren|&vat=non-recoverable',
    );
    await page.waitForSelector('#maximum');
    const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
  });

  it('works with the keyboard alone, with a visible focus', async () => {
    const page = await open('#tool=cofinancing');
    const focused = (): Promise<string> => page.evaluate(() => document.activeElement?.id ?? '');
    let steps = 0;
    while ((await focused()) !== 'amount-0' && steps < 30) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    expect(await focused()).toBe('amount-0');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.type('2400000');
    while ((await focused()) !== 'add-line' && steps < 60) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('amount-1');
    await page.keyboard.type('100000');
    expect(await maximumOf(page)).toBe('1000000.00');
  });

  it('opens from file:// as well', async () => {
    const page = await newPage();
    await page.goto(`${pathToFileURL(join(folder, 'main/index.html')).href}#tool=cofinancing`);
    await page.locator('#amount-0').fill('100000');
    expect(await maximumOf(page)).toBe('50000.00');
    // Web Crypto is there on file:// (Chromium counts it a secure context): the record too.
    expect(await page.evaluate(() => isSecureContext && typeof crypto.subtle === 'object')).toBe(
      true,
    );
    await page.goto(
      `${pathToFileURL(join(folder, 'main/index.html')).href}#tool=checker&lang=en&example=city-pcp`,
    );
    await page.waitForSelector('#check-summary p');
    const download = page.waitForEvent('download');
    await page.locator('#download-record').click();
    await expectRecordOf(
      readFileSync(await (await download).path(), 'utf8'),
      JSON.parse(readFileSync('examples/applications/city-pcp.json', 'utf8')),
      'en',
    );
    // Only the site's own files were read (file:// is not the server: checked here).
    const foreign = requests.filter((r) => !r.startsWith(pathToFileURL(folder).href));
    expect(foreign).toEqual([]);
    requests = [];
  });

  it('links its documentation from the navigation', async () => {
    const page = await open('#tool=calls');
    await page.locator('#docs-link').click();
    await page.waitForSelector('main.doc');
    const links = await page
      .locator('main.doc a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('api/index.html');
    expect(links).toEqual(
      expect.arrayContaining([
        'rules.html',
        'sources.html',
        'criteria.html',
        'getting-started.html',
      ]),
    );
    await page.locator('a[href="rules.html"]').click();
    await page.waitForSelector('main.doc h1');
    expect(await page.locator('main.doc h1').textContent()).toContain('rules');
  });

  for (const locale of ['nl', 'en'] as const)
    it(`has no axe-core violation in any tool, and writes their screenshots (${locale})`, async () => {
      for (const [tool, extra] of [
        ['calls', ''],
        ['cofinancing', '&line=rd-services|1800000|Ontwerp|&line=validation|0.005||'],
        ['checker', '&example=invalid-partners'],
      ] as const) {
        const page = await open(`#tool=${tool}&lang=${locale}${extra}`);
        await page.addScriptTag({ content: axe.source });
        const result = await page.evaluate(() =>
          (window as unknown as { axe: typeof axe }).axe.run(document, {
            runOnly: {
              type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
            },
          }),
        );
        expect(
          result.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
          `${tool} ${locale}`,
        ).toEqual([]);
        expect(result.passes.length).toBeGreaterThan(10);
        await page.screenshot({ path: join(shots, `${tool}-${locale}.png`), fullPage: true });
        await context.close();
      }
    });
});
