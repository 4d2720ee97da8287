import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicationRules, organisationEligibility } from '../../src/applications/index.js';
import { builtInCalls, defaultCallCalendar, getCalls } from '../../src/calls/index.js';
import { exclusionCriteria, getCriteria } from '../../src/criteria/index.js';
import type { Source } from '../../src/issues/index.js';
import { sourceIdOf, sources, type SourceId } from '../../src/parameters/definitions/sources.js';
import {
  getDefinition,
  getParameter,
  listParameters,
  safeCreateParameterRegistry,
} from '../../src/parameters/index.js';
import { createCallCalendar, getCall } from '../../src/calls/index.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** What a citation may add to an entry of the list. */
const CITATION_FIELDS = new Set(['article', 'quote']);
const ENTRY_FIELDS = new Set([
  'title',
  'url',
  'publisher',
  'published',
  'retrieved',
  'identifier',
  'eli',
]);
const entries = Object.entries(sources) as [SourceId, Source][];

/** Every source the built-in data cites, with where. */
function citations(): { readonly where: string; readonly source: Source | undefined }[] {
  const found: { where: string; source: Source | undefined }[] = [];
  for (const def of listParameters())
    def.versions.forEach((v, i) => {
      found.push({ where: `${def.id} version ${String(i)}`, source: v.source });
      for (const other of v.otherSources ?? [])
        found.push({ where: `${def.id} version ${String(i)} (other)`, source: other });
    });
  for (const call of builtInCalls)
    found.push({ where: `built-in call ${call.id}`, source: call.source });
  for (const entry of defaultCallCalendar.entries)
    found.push({ where: `calendar entry ${entry.id}`, source: entry.source });
  for (let year = 2017; year <= 2035; year += 1)
    for (const call of getCalls({ year }))
      found.push({ where: `call ${call.id} (${call.status})`, source: call.source });
  for (const rule of applicationRules)
    if (rule.source !== undefined) found.push({ where: `rule ${rule.id}`, source: rule.source });
  for (const e of organisationEligibility)
    found.push({ where: `organisation type ${e.type}`, source: e.source });
  for (const c of [...exclusionCriteria, ...getCriteria()]) {
    found.push({ where: `criterion ${c.id}`, source: c.source });
    for (const sub of c.subCriteria)
      found.push({ where: `sub-criterion ${c.id}/${sub.id}`, source: sub.source });
  }
  return found;
}

describe('the one list of sources', () => {
  it.each(entries)('%s has a title, an https address, a publisher and one date', (_, source) => {
    expect(source.title.length).toBeGreaterThan(0);
    expect(source.url).toMatch(/^https:\/\/\S+$/);
    expect(source.publisher?.length).toBeGreaterThan(0);
    const dates = [source.published, source.retrieved].filter((d) => d !== undefined);
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatch(ISO_DATE);
    expect(Number.isNaN(Date.parse(`${dates[0]}T00:00:00Z`))).toBe(false);
    for (const field of Object.keys(source)) expect(ENTRY_FIELDS).toContain(field);
    expect(Object.isFrozen(source)).toBe(true);
  });

  it('tells its entries apart by their fields, so a citation names exactly one', () => {
    for (const [id, source] of entries) {
      expect(sourceIdOf(source)).toBe(id);
      expect(sourceIdOf({ ...source, quote: 'x', article: 'art. 1' })).toBe(id);
    }
    expect(sourceIdOf({ title: 'what-if', url: 'https://example.org' })).toBeUndefined();
    expect(sourceIdOf({ ...sources.seed, published: '2024-01-01' })).toBeUndefined();
  });

  it('gives the decree of 22 March 2024 its NUMAC and its derived ELI', () => {
    expect(sources.decree2024.identifier).toBe('NUMAC 2024003642');
    expect(sources.decree2024.url).toContain('2024003642');
    expect(sources.decree2024.eli).toBe('eli/besluit/2024/03/22/2024003642/staatsblad');
  });
});

describe('every value of the built-in data cites a source of the list', () => {
  const all = citations();

  it('walks the registry, the calendar, the rules and the criteria', () => {
    // Every definition and version, every entry, every call of 2017-2035 is in the walk.
    const versions = listParameters().reduce((n, d) => n + d.versions.length, 0);
    expect(all.filter((c) => c.where.includes(' version ')).length).toBeGreaterThanOrEqual(
      versions,
    );
    expect(all.filter((c) => c.where.startsWith('calendar entry '))).toHaveLength(
      defaultCallCalendar.entries.length,
    );
    expect(all.filter((c) => c.where.startsWith('call ')).length).toBeGreaterThanOrEqual(
      2 * (2035 - 2024 + 1),
    );
  });

  it('with a publisher and a date, and nothing beyond a quote and an article', () => {
    const problems: string[] = [];
    for (const { where, source } of all) {
      if (source === undefined) {
        problems.push(`${where}: no source`);
        continue;
      }
      const id = sourceIdOf(source);
      if (id === undefined) {
        problems.push(`${where}: not in the list (${source.title})`);
        continue;
      }
      const listed: Source = sources[id];
      if (listed.publisher === undefined) problems.push(`${where}: no publisher`);
      if ((listed.published ?? listed.retrieved) === undefined) problems.push(`${where}: no date`);
      for (const field of Object.keys(source))
        if (!ENTRY_FIELDS.has(field) && !CITATION_FIELDS.has(field))
          problems.push(`${where}: unknown field ${field}`);
    }
    expect(problems).toEqual([]);
  });

  it('cites a legal text by article, and an assumption only for an assumed value', () => {
    for (const { where, source } of all) {
      if (source === undefined) continue;
      const id = sourceIdOf(source);
      const listed: Source | undefined = id === undefined ? undefined : sources[id];
      if (listed?.identifier !== undefined)
        expect(source.article, where).toMatch(/^art\. \d+, \d+°$/);
      if (id !== 'decree2024') expect(source.article, where).toBeUndefined();
    }
    for (const def of listParameters())
      for (const v of def.versions)
        if (v.status === 'published')
          expect(sourceIdOf(v.source), `${def.id} ${v.validFrom}`).not.toBe('assumption');
  });

  it('hands out the citation a version holds, with its article, through getParameter', () => {
    const scope = getParameter('cofinancing.eligibleCategories', { at: '2024-04-18' });
    expect(scope.source).toMatchObject({ identifier: 'NUMAC 2024003642', article: 'art. 1, 4°' });
    expect(scope.source.quote).toContain('diensten, leveringen of werken voor onderzoek');
    expect(scope.otherSources?.map((s) => sourceIdOf(s))).toEqual([
      'eligibility',
      'eligibility',
      'seed',
    ]);
    expect(getParameter('decision.body', { at: '2024-04-18' }).source.article).toBe('art. 1, 1°');
  });
});

describe('a source a caller writes', () => {
  const cited = {
    title: 'Besluit',
    url: 'https://example.org/besluit',
    publisher: 'Vlaamse Regering',
    published: '2027-03-01',
    identifier: 'NUMAC 2027000000',
    article: 'art. 2, 1°',
    quote: '60%',
  };
  const rate = (source: object) =>
    safeCreateParameterRegistry([
      {
        ...getDefinition('cofinancing.maxRate'),
        versions: [{ value: '0.6', validFrom: '2027-01-01', status: 'published', source } as never],
      },
    ]);

  it('keeps every field of a source in a registry, and checks its dates', () => {
    const made = rate(cited);
    expect(
      made.success && made.data.definitions.get('cofinancing.maxRate')?.versions[0]?.source,
    ).toEqual(cited);
    const bad = rate({ ...cited, retrieved: '2027-02-30', colour: 'red' });
    expect(bad.success ? [] : bad.issues.map((i) => [i.code, i.path.slice(-2)])).toEqual([
      ['invalid_format', ['source', 'retrieved']],
      ['unknown_key', ['source', 'colour']],
    ]);
  });

  it("keeps every field of a call's source in a calendar", () => {
    const calendar = createCallCalendar([
      {
        id: '2027-1',
        year: 2027,
        kind: 'regular',
        title: { nl: 'Oproep 1 van 2027', en: 'Call 1 of 2027' },
        deadlineDate: '2027-04-22',
        source: cited,
      },
    ]).data;
    expect(getCall('2027-1', { calendar })?.source).toEqual(cited);
    expect(Object.isFrozen(getCall('2027-1', { calendar })?.source)).toBe(true);
  });
});

/** The TypeScript files of a folder and its subfolders. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('no rule value, date or quote in src/ outside the sourced data', () => {
  // The files whose data the walk above proves sourced: the parameter definitions, the
  // built-in calls and the list of sources itself.
  const sourced = (file: string) =>
    file.startsWith('src/parameters/definitions/') || file === 'src/calls/builtInCalls.ts';
  const files = sourceFiles('src').map((f) => relative('.', f).replace(/\\/g, '/'));
  /** The lines of code of a file (comment lines left out). */
  const codeLines = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((text, i) => ({ text, line: i + 1 }))
      .filter(({ text }) => !/^\s*(?:\*|\/\/|\/\*\*)/.test(text));

  it('makes no source by hand: every source object comes from the list', () => {
    const made = files
      .filter((f) => f !== 'src/parameters/definitions/sources.ts')
      .flatMap((file) =>
        codeLines(file)
          .filter(
            ({ text }) =>
              /\burl:\s*['"`]/.test(text) || /\btitle:\s*['"`][^'"`]*['"`],\s*url:/.test(text),
          )
          .map(({ line }) => `${file}:${String(line)}`),
      );
    expect(made).toEqual([]);
  });

  it('writes rule dates and amounts only in the sourced data', () => {
    const literal = /['`](?:19|20)\d{2}-\d{2}-\d{2}(?:T[^'`]*)?['`]|['`](?!0\.00['`])\d+\.\d+['`]/;
    const found = files
      .filter((file) => !sourced(file))
      .flatMap((file) =>
        codeLines(file)
          .filter(({ text }) => literal.test(text))
          .map(({ line, text }) => `${file}:${String(line)}: ${text.trim()}`),
      );
    expect(found).toEqual([]);
  });

  it('catches a hand-made source or a date outside the sourced data', () => {
    // The checks above must be able to fail.
    expect(/\burl:\s*['"`]/.test("    source: { title: 'x', url: 'https://x' },")).toBe(true);
    expect(/['`](?:19|20)\d{2}-\d{2}-\d{2}(?:T[^'`]*)?['`]/.test("  at: '2024-04-18',")).toBe(true);
  });
});
