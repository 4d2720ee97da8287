import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './bin.js';

/** The example proposals of examples/applications, parsed, in name order. */
export const exampleDocuments = readdirSync(join(root, 'examples/applications'))
  .filter((name) => name.endsWith('.json') && name !== 'expected-issues.json')
  .sort()
  .map(
    (name) =>
      JSON.parse(readFileSync(join(root, 'examples/applications', name), 'utf8')) as Record<
        string,
        any
      >,
  );

/**
 * `count` NDJSON lines: every example in turn, each with its own title (so no two lines are
 * alike), every 7th line malformed JSON, every 11th blank, a byte order mark on line 1, and
 * (unless `crlf: false`) every 13th line ended by CRLF.
 */
export function mixedNdjson(count: number, options: { readonly crlf?: boolean } = {}): string {
  const crlf = options.crlf ?? true;
  let text = '\uFEFF';
  for (let i = 0; i < count; i += 1) {
    const document = exampleDocuments[i % exampleDocuments.length]!;
    let line =
      i % 7 === 3
        ? `{"project": {"title": "broken ${i}"`
        : JSON.stringify({
            ...document,
            project: { ...document.project, title: `${String(document.project?.title)} #${i}` },
          });
    if (i % 11 === 5) line = '   ';
    text += `${line}${crlf && i % 13 === 2 ? '\r\n' : '\n'}`;
  }
  return text;
}
