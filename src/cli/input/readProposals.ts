import type { CliTexts } from '../texts.js';
import { locateJsonError, type JsonErrorLocation } from './locateJsonError.js';

/** How an input was written: one JSON document (a proposal or an array) or NDJSON. */
export type InputFormat = 'json' | 'ndjson';

/** One proposal read from an input, with where it was. */
export interface ProposalRead {
  /** Always `'proposal'`. */
  readonly kind: 'proposal';
  /** The parsed JSON value. */
  readonly value: unknown;
  /** Where it was, for people: `file`, `file[2]` (in an array) or `file:17` (NDJSON line). */
  readonly where: string;
  /** The input's name. */
  readonly source: string;
  /** The line, for NDJSON; otherwise `null`. */
  readonly line: number | null;
  /** The position in the array, for a JSON array; otherwise `null`. */
  readonly index: number | null;
}

/** A part of an input that could not be read: malformed JSON, or nothing at all. */
export interface ReadFailure {
  /** Always `'failure'`. */
  readonly kind: 'failure';
  /** `invalid_json` or `empty_input`. */
  readonly code: 'invalid_json' | 'empty_input';
  /** The input's name. */
  readonly source: string;
  /** The line of the problem (from 1), when known. */
  readonly line: number | null;
  /** The column of the problem (from 1), when known. */
  readonly column: number | null;
  /** The one-line message, in a language. */
  readonly message: (texts: CliTexts) => string;
}

/** What {@link readProposals} yields. */
export type InputEvent = ProposalRead | ReadFailure;

/**
 * A character as people can read it in a message: `'}'`, or its code point for an invisible
 * one (`U+000A`).
 *
 * @param character - One character (code point).
 * @returns The text.
 */
export function showCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfeff)
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${character}'`;
}

function detail(location: JsonErrorLocation | undefined, texts: CliTexts): string {
  if (location === undefined || location.kind === 'end') return texts.jsonUnexpectedEnd();
  if (location.kind === 'depth') return texts.jsonTooDeep();
  return texts.jsonUnexpectedCharacter(showCharacter(location.character ?? ''));
}

function malformed(source: string, text: string, lineOffset: number | undefined): ReadFailure {
  const location = locateJsonError(text);
  const line = lineOffset === undefined ? (location?.line ?? 1) : lineOffset;
  const column = location?.column ?? 1;
  return {
    kind: 'failure',
    code: 'invalid_json',
    source,
    line,
    column,
    message: (m) => m.invalidJson(`${source}:${line}:${column}`, detail(location, m)),
  };
}

/**
 * A JSON document that does not parse, as a failure with the line and column of its first
 * problem (the message of `validate`, and the `detail` of the HTTP API's `malformed-json`).
 *
 * @param source - The document's name, as shown to people.
 * @param text - The text that `JSON.parse` refused.
 * @returns The `invalid_json` failure.
 */
export function malformedDocument(source: string, text: string): ReadFailure {
  return malformed(source, text, undefined);
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Tells from the first non-blank line how an input is written: NDJSON when that line is a
 * whole JSON value on its own (or looks like one object: `{...}`), otherwise one JSON document
 * (a pretty-printed proposal, or an array, which always starts with `[`).
 *
 * @param firstLine - The first line that is not blank.
 * @returns `'ndjson'` or `'json'`.
 */
export function detectFormat(firstLine: string): InputFormat {
  const trimmed = firstLine.trim();
  if (trimmed.startsWith('[')) return 'json';
  return trimmed.endsWith('}') || parses(trimmed) ? 'ndjson' : 'json';
}

/**
 * One line of NDJSON that is not blank, read: the proposal it holds, or a failure with its line
 * number and column when it is malformed (what {@link readProposals} yields for it; the worker
 * threads of `validate --jobs` read their lines with it too).
 *
 * @param source - The input's name, as shown to people.
 * @param line - The line, without its line end (and without a byte order mark on line 1).
 * @param lineNumber - Its number in the input (from 1).
 * @returns The proposal, or an `invalid_json` failure.
 */
export function ndjsonLine(source: string, line: string, lineNumber: number): InputEvent {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return malformed(source, line, lineNumber);
  }
  return {
    kind: 'proposal',
    value,
    where: `${source}:${lineNumber}`,
    source,
    line: lineNumber,
    index: null,
  };
}

/**
 * Reads the proposals of one input, line by line. NDJSON is streamed: each line is parsed and
 * yielded before the next is read, blank lines are skipped, and a malformed line is yielded as
 * a failure with its line number and column while reading goes on. A JSON document (one
 * proposal, or an array of proposals) is read whole; when malformed, one failure with the line
 * and column of the problem. An input without anything yields one `empty_input` failure.
 *
 * @param source - The input's name, as shown to people.
 * @param lines - Its lines (from `readLines`, or any iterable).
 * @returns The proposals and failures, in order.
 */
export async function* readProposals(
  source: string,
  lines: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<InputEvent> {
  let format: InputFormat | undefined;
  let lineNumber = 0;
  const document: string[] = [];
  for await (const raw of lines) {
    lineNumber += 1;
    const line = lineNumber === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    const blank = line.trim() === '';
    if (format === undefined && !blank) format = detectFormat(line);
    if (format !== 'ndjson') {
      document.push(line);
      continue;
    }
    if (blank) continue;
    yield ndjsonLine(source, line, lineNumber);
  }
  if (format === undefined) {
    yield {
      kind: 'failure',
      code: 'empty_input',
      source,
      line: null,
      column: null,
      message: (m) => m.emptyInput(source),
    };
    return;
  }
  if (format === 'ndjson') return;
  const text = document.join('\n');
  document.length = 0;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    yield malformed(source, text, undefined);
    return;
  }
  if (!Array.isArray(value)) {
    yield { kind: 'proposal', value, where: source, source, line: null, index: null };
    return;
  }
  for (let index = 0; index < value.length; index += 1) {
    yield {
      kind: 'proposal',
      value: value[index] as unknown,
      where: `${source}[${index}]`,
      source,
      line: null,
      index,
    };
  }
}
