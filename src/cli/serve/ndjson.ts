import { once } from 'node:events';
import { ndjsonLine } from '../input/readProposals.js';
import { isPioRulesError } from '../../issues/index.js';
import { recordDecision } from '../../records/index.js';
import { jsonAnswer } from './json.js';
import { problem, type Problem } from './problem.js';
import {
  decisionOptions,
  NDJSON_TYPE,
  recordedSource,
  recordingOf,
  validateProposal,
  type DecisionOptions,
  type Exchange,
  type Recording,
} from './routes.js';

/** A line of the body: its bytes, or `undefined` when it was longer than the limit. */
interface RawLine {
  readonly number: number;
  readonly bytes: Buffer | undefined;
}

/**
 * The lines of a byte stream, split at `\n` (a `\r` before it is dropped), each at most `limit`
 * bytes: a longer line is yielded without its bytes (and not kept), so memory stays bounded by
 * the limit whatever the input. Reading waits while a line is judged.
 */
async function* linesOf(input: AsyncIterable<Buffer>, limit: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const take = (): RawLine => {
    number += 1;
    const line: RawLine = { number, bytes: tooLong ? undefined : Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of input) {
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, end === -1 ? chunk.length : end);
      if (!tooLong) {
        if (size + piece.length > limit) {
          tooLong = true;
          parts = [];
        } else if (piece.length > 0) {
          parts.push(piece);
        }
      }
      size += piece.length;
      if (end === -1) break;
      yield take();
      start = end + 1;
    }
  }
  if (size > 0 || tooLong) yield take();
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function text(bytes: Buffer): string | undefined {
  try {
    const line = decoder.decode(bytes);
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  } catch {
    return undefined;
  }
}

/**
 * `record=true` on the stream, checked before the first line: the problem of a bad `record` or
 * `decidedAt` without it, or the library's refusal of the options (a missing or bad
 * `decidedAt`), found by recording nothing (`null`) with them once.
 */
async function streamRecording(
  exchange: Exchange,
  options: DecisionOptions,
): Promise<Recording | undefined | Problem> {
  const recording = recordingOf(exchange);
  if (recording === undefined || 'type' in recording) return recording;
  try {
    await recordDecision('validation', null, {
      ...options,
      decidedAt: recording.decidedAt as string,
    });
    return recording;
  } catch (error) {
    if (!isPioRulesError(error)) throw error;
    return problem('invalid-request', exchange.texts, (m) => m.invalidRequest(), {
      instance: exchange.path,
      issues: error.issues,
    });
  }
}

/**
 * `POST /v1/applications/validate` with an NDJSON body: one proposal per line in, one result per
 * line out, in input order, each written before the next line is read (flat memory, the
 * response's back pressure respected). A line that cannot be read (not UTF-8, malformed JSON,
 * longer than `--max-body`) is answered with a problem at its line number, and reading goes on;
 * blank lines are skipped. The last line is the summary. With `record=true`, each result line
 * has its decision record (`{ line, result, record }`) and the summary says where `decidedAt`
 * came from.
 *
 * @param exchange - The request.
 * @returns A promise that settles when the response has ended.
 */
export async function streamProposals(exchange: Exchange): Promise<void> {
  const { request, response, texts, config } = exchange;
  const options = decisionOptions(exchange);
  // Held while the options are checked (the server counts the bytes with a `data` listener).
  request.pause();
  const recording = await streamRecording(exchange, options);
  if (recording !== undefined && 'type' in recording) {
    // Refused before the body is read: answer, then close (the rest of the body is not read).
    response.shouldKeepAlive = false;
    const text = jsonAnswer(recording);
    response.writeHead(recording.status, {
      Connection: 'close',
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
    });
    response.end(text);
    request.resume();
    return;
  }
  response.statusCode = 200;
  response.setHeader('Content-Type', `${NDJSON_TYPE}; charset=utf-8`);
  const counts = { valid: 0, invalid: 0, unreadable: 0 };
  const write = async (value: unknown): Promise<void> => {
    if (!response.write(jsonAnswer(value))) await once(response, 'drain');
  };
  for await (const raw of linesOf(request, config.maxBody)) {
    if (raw.bytes === undefined) {
      counts.unreadable += 1;
      await write({
        line: raw.number,
        problem: problem('body-too-large', texts, (m) => m.bodyTooLarge(config.maxBody), {
          line: raw.number,
          limit: config.maxBody,
        }),
      });
      continue;
    }
    const decoded = text(raw.bytes);
    if (decoded === undefined) {
      counts.unreadable += 1;
      await write({
        line: raw.number,
        problem: problem('unreadable-body', texts, (m) => m.unreadableBody(), { line: raw.number }),
      });
      continue;
    }
    const line = raw.number === 1 && decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded;
    if (line.trim() === '') continue;
    const event = ndjsonLine('body', line, raw.number);
    if (event.kind === 'failure') {
      counts.unreadable += 1;
      await write({
        line: raw.number,
        problem: problem('malformed-json', texts, () => event.message(texts), {
          line: raw.number,
          ...(event.column === null ? {} : { column: event.column }),
        }),
      });
      continue;
    }
    if (recording === undefined) {
      const result = validateProposal(event.value, options);
      if (result.success) counts.valid += 1;
      else counts.invalid += 1;
      await write({ line: raw.number, result });
      continue;
    }
    const { result, record } = await recordDecision('validation', event.value, {
      ...options,
      decidedAt: recording.decidedAt as string,
    });
    if (result.success) counts.valid += 1;
    else counts.invalid += 1;
    await write({ line: raw.number, result, record });
  }
  const total = counts.valid + counts.invalid + counts.unreadable;
  response.end(
    jsonAnswer({
      summary: { ...counts, total },
      ...(recording === undefined ? {} : recordedSource(recording, texts)),
    }),
  );
}
