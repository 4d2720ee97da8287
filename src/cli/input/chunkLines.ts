import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * The lines of a stream, read a chunk at a time only when the reader asks for the next line
 * (the stream's own async iterator, which reads on demand): nothing is read ahead while a line
 * is being worked on, however long that takes. `node:readline` keeps reading while its reader
 * awaits (up to about a thousand lines), which holds large lines (decision records of 12 kB)
 * long enough to grow the heap; this reader does not. Line ends `\n` and `\r\n`.
 *
 * @param input - A readable byte or text stream (UTF-8).
 * @returns The lines, without their line ends.
 */
export async function* chunkLines(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    rest += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let end = rest.indexOf('\n'); end >= 0; end = rest.indexOf('\n', start)) {
      const line = rest.slice(start, end);
      start = end + 1;
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    rest = rest.slice(start);
  }
  rest += decoder.end();
  if (rest !== '') yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}
