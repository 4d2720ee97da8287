import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, locateJsonError } from '../../src/cli/input/locateJsonError.js';
import { detectFormat, readProposals, showCharacter } from '../../src/cli/input/readProposals.js';
import { cli as en } from '../../src/locales/en/cli.js';

async function collect(source: string, lines: string[]) {
  const events = [];
  for await (const event of readProposals(source, lines)) events.push(event);
  return events;
}

describe('locateJsonError', () => {
  it('finds nothing wrong in well-formed JSON', () => {
    for (const text of [
      '{}',
      '[]',
      ' 1 ',
      '"a\\u00e9\\n"',
      '{"a":[1,-2.5e+3,true,false,null,{"b":"c"}]}',
      '-0',
      '0.5E2',
    ])
      expect(locateJsonError(text), text).toBeUndefined();
  });

  it.each([
    ['', 1, 1, 'end'],
    ['{"a": }', 1, 7, 'character'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'character'],
    ['[1, 2', 1, 6, 'end'],
    ['[1,]', 1, 4, 'character'],
    ['{"a" 1}', 1, 6, 'character'],
    ['{1: 2}', 1, 2, 'character'],
    ['{"a":1,}', 1, 8, 'character'],
    ['{} x', 1, 4, 'character'],
    ['"abc', 1, 5, 'end'],
    ['"a\tb"', 1, 3, 'character'],
    ['"\\x"', 1, 3, 'character'],
    ['"\\u12G4"', 1, 6, 'character'],
    ['"\\u12', 1, 6, 'end'],
    ['"\\', 1, 3, 'end'],
    ['01', 1, 2, 'character'],
    ['-', 1, 2, 'end'],
    ['-a', 1, 2, 'character'],
    ['1.', 1, 3, 'end'],
    ['1.e5', 1, 3, 'character'],
    ['1e', 1, 3, 'end'],
    ['tru', 1, 4, 'end'],
    ['nul!', 1, 4, 'character'],
    ['fals', 1, 5, 'end'],
    ['@', 1, 1, 'character'],
  ] as const)('locates the problem in %j at %i:%i (%s)', (text, line, column, kind) => {
    expect(locateJsonError(text)).toMatchObject({ line, column, kind });
  });

  it('stops at a nesting deeper than its limit, without overflowing the stack', () => {
    expect(locateJsonError('['.repeat(10), 5)).toMatchObject({ kind: 'depth', column: 6 });
    expect(locateJsonError('['.repeat(200_000))).toMatchObject({ kind: 'depth' });
    expect(locateJsonError(`${'['.repeat(50_000)}${']'.repeat(50_000)}`)).toBeUndefined();
  });

  it('reports a whole code point', () => {
    expect(locateJsonError('{"a": 😀}')?.character).toBe('😀');
  });

  it('agrees with JSON.parse on whether a text is JSON', () => {
    const texts = fc.oneof(
      fc.json(),
      fc
        .json()
        .chain((json) =>
          fc
            .tuple(
              fc.nat({ max: json.length }),
              fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n', '{', '['),
            )
            .map(([at, insert]) => json.slice(0, at) + insert + json.slice(at + 1)),
        ),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(locateJsonError(text) === undefined).toBe(parses);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});

describe('showCharacter', () => {
  it('quotes visible characters and names invisible ones', () => {
    expect(showCharacter('}')).toBe("'}'");
    expect(showCharacter('\n')).toBe('U+000A');
    expect(showCharacter('\u0085')).toBe('U+0085');
    expect(showCharacter('\uFEFF')).toBe('U+FEFF');
  });
});

describe('detectFormat', () => {
  it('tells NDJSON from a JSON document by the first line', () => {
    expect(detectFormat('{"a":1}')).toBe('ndjson');
    expect(detectFormat('  {"a": oops}  ')).toBe('ndjson');
    expect(detectFormat('42')).toBe('ndjson');
    expect(detectFormat('{')).toBe('json');
    expect(detectFormat('{ "a": 1,')).toBe('json');
    expect(detectFormat('[{"a":1}]')).toBe('json');
  });
});

describe('readProposals', () => {
  it('yields each NDJSON line, skipping blank ones, and goes on after a bad line', async () => {
    const events = await collect('x.ndjson', ['{"a":1}', '', '{"a": }', '  ', '[1]']);
    expect(events.map((e) => e.kind)).toEqual(['proposal', 'failure', 'proposal']);
    expect(events[0]).toMatchObject({ where: 'x.ndjson:1', line: 1, index: null, value: { a: 1 } });
    expect(events[1]).toMatchObject({ code: 'invalid_json', line: 3, column: 7 });
    if (events[1]?.kind === 'failure')
      expect(events[1].message(en)).toBe("x.ndjson:3:7: malformed JSON: unexpected character '}'");
    expect(events[2]).toMatchObject({ where: 'x.ndjson:5', value: [1] });
  });

  it('reads a document whole: one proposal, or an array by index; strips a BOM', async () => {
    const one = await collect('one.json', ['\uFEFF{', '  "a": 1', '}']);
    expect(one).toEqual([
      {
        kind: 'proposal',
        value: { a: 1 },
        where: 'one.json',
        source: 'one.json',
        line: null,
        index: null,
      },
    ]);
    const array = await collect('many.json', ['', '[', '{"a":1},', '{"a":2}', ']']);
    expect(array.map((e) => (e.kind === 'proposal' ? e.where : e.kind))).toEqual([
      'many.json[0]',
      'many.json[1]',
    ]);
    expect(await collect('none.json', ['[]'])).toEqual([]);
  });

  it('reports a malformed document once, at its line and column', async () => {
    const [failure, ...rest] = await collect('bad.json', ['{', '  "a": 1', '  "b": 2', '}']);
    expect(rest).toEqual([]);
    expect(failure).toMatchObject({ kind: 'failure', code: 'invalid_json', line: 3, column: 3 });
    const [deep] = await collect('deep.json', ['['.repeat(100_001)]);
    if (deep?.kind === 'failure') expect(deep.message(en)).toContain('nested too deeply');
  });

  it('reports an input with nothing in it', async () => {
    const [failure] = await collect('blank', ['', '   ']);
    expect(failure).toMatchObject({ kind: 'failure', code: 'empty_input', line: null });
    if (failure?.kind === 'failure')
      expect(failure.message(en)).toBe('blank: holds no project proposal');
  });
});
