import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/errors.js';
import { chunkLines } from '../../src/cli/input/chunkLines.js';
import { openLines, readLines } from '../../src/cli/input/readLines.js';
import { RecordFile } from '../../src/cli/recordFile.js';
import { textsFor } from '../../src/cli/texts.js';

const openOnDemand = (path: string) => openLines(path, chunkLines);

// The edges of the line readers and of the records file: streams that fail, files that are
// not there or not files, a last line ending in a carriage return, a record file that cannot be
// written.
const dir = mkdtempSync(join(tmpdir(), 'pio-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const en = textsFor('en');

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

/** A stream that gives `text`, then fails with `error`. */
function failing(text: string, error: unknown): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(text);
        return;
      }
      setImmediate(() => this.emit('error', error));
    },
  });
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof CliError) return error.text(en);
    throw error;
  }
  throw new Error('not refused');
}

describe('readLines', () => {
  it('gives the lines read, then throws the error of the stream', async () => {
    const seen: string[] = [];
    const error = new Error('disk on fire');
    await expect(
      (async () => {
        for await (const line of readLines(failing('a\nb\n', error))) seen.push(line);
      })(),
    ).rejects.toBe(error);
    expect(seen).toEqual(['a', 'b']);
  });

  it('throws, carrying the reason, for a stream that fails with what is not an Error', async () => {
    await expect(collect(readLines(failing('a\n', 'broken pipe')))).rejects.toSatisfy(
      (thrown: unknown) => String(thrown).includes('broken pipe'),
    );
  });

  it('refuses a file that is not there, a path through a file, and a folder', async () => {
    const plain = join(dir, 'plain.txt');
    writeFileSync(plain, 'x\n');
    expect(await refusal(() => openLines(join(dir, 'absent.ndjson')))).toContain('absent.ndjson');
    expect(await refusal(() => openLines(join(plain, 'below')))).toContain('ENOTDIR');
    expect(await refusal(() => openLines(dir))).toContain(dir);
    const source = await openLines(plain);
    try {
      expect(await collect(source.lines)).toEqual(['x']);
    } finally {
      source.close();
    }
  });
});

describe('chunkLines', () => {
  it('strips a carriage return that ends the last line, and reads text chunks as they are', async () => {
    expect(await collect(chunkLines(Readable.from(['a\r\nb\r'])))).toEqual(['a', 'b']);
    expect(await collect(chunkLines(Readable.from([Buffer.from('é\n'), 'f'])))).toEqual(['é', 'f']);
  });

  it('refuses a file that is not there, a path through a file, and a folder', async () => {
    const plain = join(dir, 'chunk.txt');
    writeFileSync(plain, 'y\r\n');
    expect(await refusal(() => openOnDemand(join(dir, 'absent.ndjson')))).toContain(
      'absent.ndjson',
    );
    expect(await refusal(() => openOnDemand(join(plain, 'below')))).toContain('ENOTDIR');
    expect(await refusal(() => openOnDemand(dir))).toContain(dir);
    const source = await openOnDemand(plain);
    try {
      expect(await collect(source.lines)).toEqual(['y']);
    } finally {
      source.close();
    }
  });
});

describe('RecordFile', () => {
  it('refuses a file it cannot open for writing, with the reason', async () => {
    const plain = join(dir, 'taken.txt');
    writeFileSync(plain, '');
    expect(await refusal(() => RecordFile.open(join(plain, 'records.ndjson')))).toMatch(
      /records\.ndjson.*ENOTDIR/,
    );
    expect(await refusal(() => RecordFile.open(dir))).toMatch(/EISDIR/);
  });
});
