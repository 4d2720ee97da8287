import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCriteria } from '../../src/criteria/index.js';
import { criteriaDoc } from '../../scripts/docs/criteria.js';
import { rulesDoc } from '../../scripts/docs/rules.js';

const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(resolve(root, file), 'utf8');

describe('docs/criteria.md', () => {
  const doc = criteriaDoc();
  const catalogue = getCriteria();

  it('is current (npm run docs:generate writes it)', () => {
    expect(read('docs/criteria.md')).toBe(`${doc.trimEnd()}\n`);
  });

  it('keeps the published and the assumed parts in two sections, in that order', () => {
    const published = doc.indexOf('\n## Published\n');
    const assumed = doc.indexOf('\n## Assumed\n');
    expect(published).toBeGreaterThan(0);
    expect(assumed).toBeGreaterThan(published);
    const [before, after] = [doc.slice(published, assumed), doc.slice(assumed)];
    for (const c of catalogue.filter((c) => c.kind === 'evaluation')) {
      expect(before).toContain(c.label.nl);
      expect(before).toContain(c.description.en);
      expect(before).toContain(c.source.title);
      for (const sub of c.subCriteria) expect(after).toContain(sub.label.nl);
    }
    for (const c of catalogue.filter((c) => c.kind === 'exclusion')) {
      expect(after).toContain(c.label.nl);
      expect(after).toContain(c.description.en);
      expect(before).toContain(c.source.url);
    }
    expect(after).toContain('`criteria.scoringScheme`');
    expect(after).toContain('| `relevance-and-impact` | 40% | 5 | `need` | 50% | **assumed** |');
    expect(after).toContain('Threshold on the weighted total: 6.');
  });

  it('names only functions of the 0.2 API', () => {
    for (const gone of ['validateScoringScheme', 'checkApplicationRules', 'innovationCriteria'])
      expect(doc).not.toContain(gone);
    expect(doc).toContain('safeCreateScoringScheme');
  });

  it('lists the scoring scheme parameter in docs/rules.md as well', () => {
    expect(rulesDoc()).toContain('## `criteria.scoringScheme`');
  });
});
