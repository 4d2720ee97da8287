import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkLines } from '../../src/cli/input/chunkLines.js';

async function linesOf(chunks: readonly (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of chunkLines(Readable.from(chunks))) out.push(line);
  return out;
}

describe('chunkLines', () => {
  it('splits on \\n and \\r\\n, keeps a last line without a line end, and blank lines', async () => {
    expect(await linesOf(['a\r\nb\n', '\nc'])).toEqual(['a', 'b', '', 'c']);
    expect(await linesOf([''])).toEqual([]);
  });

  it('gives the lines of any text however its UTF-8 bytes are cut into chunks (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[\r\n]/g, '')),
          {
            maxLength: 8,
          },
        ),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (lines, cuts) => {
          const bytes = Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8');
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort(
            (a, b) => a - b,
          );
          const chunks: Buffer[] = [];
          let from = 0;
          for (const p of [...points, bytes.length]) {
            if (p > from) chunks.push(bytes.subarray(from, p));
            from = Math.max(from, p);
          }
          expect(await linesOf(chunks)).toEqual(lines);
        },
      ),
      { numRuns: 200 },
    );
  });
});
