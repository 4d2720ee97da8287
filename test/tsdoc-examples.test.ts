import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { libraryEntries } from '../tsup.config.js';
import {
  assertionPrelude,
  rewriteAssertions,
  SnippetError,
  tsdocExamples,
  type TsdocExample,
} from './helpers/snippets.js';

/**
 * Every `@example` of the TSDoc comments in src/ compiles and runs, and each `//=>` under a
 * statement holds (see test/helpers/snippets.ts): the examples cannot drift from the code.
 *
 * Each source file's examples become one module, .tmp/tsdoc/<path>.ts, that sees the value
 * exports of every entry point (root first) and nothing else; each example is a block of its
 * own, so their names do not clash, and one failing example does not hide the next. All the
 * modules are typechecked by one `tsc` and run by one `tsx` process, which imports them one
 * after the other: a process per source file would cost about a second each (Node, the tsx
 * loader and the library, times 85 files), too slow for `npm test`. Every error is reported at
 * its line in the source file.
 *
 * One module can be run alone, to debug it: `npx tsx .tmp/tsdoc/src__money__eur.ts`.
 */
const root = resolve(import.meta.dirname, '..');
const tsx = join(root, 'node_modules/.bin/tsx');
const tsc = join(root, 'node_modules/.bin/tsc');
const outDir = join(root, '.tmp/tsdoc');

/** An entry point and the value names it adds to what the examples see. */
interface Entry {
  readonly file: string;
  readonly names: readonly string[];
}

/** A generated module: one source file's examples. */
interface ExampleModule {
  /** The source file, relative to the root: `src/money/eur.ts`. */
  readonly source: string;
  /** The generated module (absolute path). */
  readonly file: string;
  readonly text: string;
  readonly examples: number;
  /** Generated line → source line (1-based), for the lines of the examples. */
  readonly lines: ReadonlyMap<number, number>;
  /** Examples that could not be turned into code, as `src/x.ts:12: why`. */
  readonly problems: readonly string[];
}

/** What the runner writes for one module: its failing examples. */
interface RunFailure {
  /** `src/x.ts:12`, the example's first line; undefined when the module did not load. */
  readonly example: string | undefined;
  readonly message: string;
  readonly stack: string;
}

/** src/**\/*.ts, relative to the root with `/`, sorted. */
function sourceFiles(dir = 'src'): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return sourceFiles(path);
      return entry.name.endsWith('.ts') ? [path] : [];
    })
    .sort();
}

/**
 * The entry points of tsup.config.ts, root first, each with the value names it exports that an
 * earlier one does not (the root re-exports nearly everything).
 */
async function entryPoints(): Promise<Entry[]> {
  const files = Object.entries(libraryEntries as Record<string, string>)
    .sort(([a], [b]) => (a === 'index' ? -1 : b === 'index' ? 1 : 0))
    .map(([, file]) => file);
  const taken = new Set<string>();
  const entries: Entry[] = [];
  for (const file of files) {
    const module = (await import(join(root, file))) as Record<string, unknown>;
    const names = Object.keys(module)
      .filter((name) => !taken.has(name))
      .sort();
    names.forEach((name) => taken.add(name));
    entries.push({ file, names });
  }
  return entries;
}

/** `src/money/eur.ts` → `<dir>/src__money__eur.ts`. */
const moduleFileFor = (source: string, dir: string) =>
  join(dir, `${source.replace(/\.ts$/, '').replaceAll('/', '__')}.ts`);

/**
 * The syntax errors of an example's code (lines 1-based in the code), parsed as it will stand in
 * its module, in a block. An example that does not parse is left out of its module: else it
 * would stop the others of its file from running, and `tsc`, which reports no type error at all
 * while a file has a syntax error, from checking any example.
 */
function syntaxErrors(code: string): { line: number; message: string }[] {
  const { diagnostics = [] } = ts.transpileModule(`try {\n${code}\n} catch {}\n`, {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return diagnostics.map((d) => ({
    line:
      d.file !== undefined && d.start !== undefined
        ? d.file.getLineAndCharacterOfPosition(d.start).line
        : 0,
    message: `TS${String(d.code)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
  }));
}

/**
 * The module that runs one source file's examples. It exports `failures`: the examples that
 * threw, with what they threw. Run on its own, it prints them and exits 1.
 */
function exampleModule(
  source: string,
  examples: readonly TsdocExample[],
  entries: readonly Entry[],
  file: string,
): ExampleModule {
  const importPath = (target: string) => {
    const path = relative(dirname(file), join(root, target)).replace(/\.ts$/, '.js');
    return path.startsWith('.') ? path : `./${path}`;
  };
  const out = [
    `// Generated by test/tsdoc-examples.test.ts from the @example blocks of ${source}.`,
  ];
  entries.forEach((entry, i) =>
    out.push(`import * as __entry${String(i)} from '${importPath(entry.file)}';`),
  );
  entries.forEach((entry, i) => {
    if (entry.names.length > 0)
      out.push(`const { ${entry.names.join(', ')} } = __entry${String(i)};`);
  });
  out.push(
    ...assertionPrelude,
    'const __failures: { example: string; error: unknown }[] = [];',
    'export { __failures as failures };',
  );
  const lines = new Map<number, number>();
  const problems: string[] = [];
  for (const example of examples) {
    const where = `${source}:${String(example.line)}`;
    if (example.code === undefined) {
      problems.push(`${where}: @example without a complete \`\`\`ts code block`);
      continue;
    }
    let code: string;
    try {
      code = rewriteAssertions(example.code);
    } catch (error) {
      if (!(error instanceof SnippetError)) throw error;
      problems.push(`${source}:${String(example.line + error.line - 1)}: ${error.reason}`);
      continue;
    }
    const broken = syntaxErrors(code);
    if (broken.length > 0) {
      for (const { line, message } of broken)
        problems.push(`${source}:${String(example.line + Math.max(0, line - 1))}: ${message}`);
      continue;
    }
    out.push('try {');
    code.split('\n').forEach((line, i) => {
      out.push(line);
      lines.set(out.length, example.line + i);
    });
    out.push(
      '} catch (error) {',
      `  __failures.push({ example: ${JSON.stringify(where)}, error });`,
      '}',
    );
  }
  out.push(
    "if (!('__tsdocRunner' in globalThis) && __failures.length > 0) {",
    '  for (const { example, error } of __failures) console.error(example, error);',
    '  process.exitCode = 1;',
    '}',
    '',
  );
  return { source, file, text: out.join('\n'), examples: examples.length, lines, problems };
}

/** Imports each module named on its command line in turn; writes their failures as JSON. */
const runnerText = `// Generated by test/tsdoc-examples.test.ts: runs the example modules given on the command line.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';

interface RunFailure { example: string | undefined; message: string; stack: string }
(globalThis as { __tsdocRunner?: boolean }).__tsdocRunner = true;
const serialize = (error: unknown) =>
  error instanceof Error
    ? { message: \`\${error.name}: \${error.message}\`, stack: error.stack ?? '' }
    : { message: \`threw \${inspect(error)}\`, stack: '' };
const [out, ...files] = process.argv.slice(2);
const results: Record<string, RunFailure[]> = {};
let current = '';
// A promise an example forgot to await still belongs to it.
process.on('unhandledRejection', (error) => {
  (results[current] ??= []).push({ example: undefined, ...serialize(error) });
});
for (const file of files) {
  current = file;
  try {
    const { failures } = (await import(pathToFileURL(file).href)) as {
      failures: { example: string; error: unknown }[];
    };
    results[file] = failures.map(({ example, error }) => ({ example, ...serialize(error) }));
  } catch (error) {
    results[file] = [{ example: undefined, ...serialize(error) }];
  }
  // Written after every module: a crash leaves the results of those before it.
  writeFileSync(out!, JSON.stringify(results, null, 2));
}
await new Promise((done) => setTimeout(done, 10));
writeFileSync(out!, JSON.stringify(results, null, 2));
process.exitCode = 0;
`;

/** Writes the modules and the runner, runs them in one process; failures per module file. */
function runModules(dir: string, modules: readonly ExampleModule[]): Map<string, RunFailure[]> {
  const runner = join(dir, '__run.ts');
  const resultsFile = join(dir, '__results.json');
  writeFileSync(runner, runnerText);
  rmSync(resultsFile, { force: true });
  let crash = '';
  try {
    execFileSync(tsx, [runner, resultsFile, ...modules.map((m) => m.file)], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
      // An example that reads stdin gets an empty one rather than waiting.
      input: '',
      timeout: 60_000,
    });
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    crash = `the runner stopped: ${stderr ?? message}`;
  }
  const results = existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, RunFailure[]>)
    : {};
  return new Map(
    modules.map((m) => [
      m.file,
      results[m.file] ?? [{ example: undefined, message: crash || 'not run', stack: '' }],
    ]),
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `<generated file>:57:5` anywhere in a text → `src/money/eur.ts:53`. */
function mapLocations(text: string, module: ExampleModule): string {
  const at = new RegExp(`(?:file://)?${escapeRegExp(module.file)}:(\\d+)(?::\\d+)?`, 'g');
  return text.replace(at, (found, line: string) => {
    const source = module.lines.get(Number(line));
    return source === undefined ? found : `${module.source}:${String(source)}`;
  });
}

/** One line per failure: where in the source, and what went wrong. */
function describeFailure(failure: RunFailure, module: ExampleModule): string {
  // The innermost frame inside an example is the failing line (the helpers are not in one).
  const frames = [
    ...failure.stack.matchAll(new RegExp(`${escapeRegExp(module.file)}:(\\d+)`, 'g')),
  ];
  const line = frames.map((m) => module.lines.get(Number(m[1]))).find((l) => l !== undefined);
  const where =
    line !== undefined ? `${module.source}:${String(line)}` : (failure.example ?? module.source);
  return `${where}: ${mapLocations(failure.message, module)}`;
}

/** A compiler error, as `tsc --pretty false` writes it. */
interface CompilerError {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Parses `file(line,col): error TSnnnn: message` (and its indented continuation lines). */
function compilerErrors(output: string): CompilerError[] {
  const errors: { file: string; line: number; text: string }[] = [];
  for (const line of output.split('\n')) {
    const error = /^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/.exec(line);
    if (error !== null) errors.push({ file: error[1]!, line: Number(error[2]), text: error[3]! });
    else if (line.startsWith(' ') && errors.length > 0) errors.at(-1)!.text += `\n${line}`;
    else if (line.trim() !== '') errors.push({ file: '(tsc)', line: 0, text: line });
  }
  return errors;
}

/** A compiler error where it belongs: the source line of an example, or the file it is in. */
function describeCompilerError(error: CompilerError, modules: readonly ExampleModule[]): string {
  const module = modules.find((m) => m.file === resolve(root, error.file));
  const source = module?.lines.get(error.line);
  if (module !== undefined && source !== undefined)
    return `${module.source}:${String(source)}: ${error.text}`;
  return `${error.file}:${String(error.line)}: ${error.text}`;
}

/** Typechecks the modules (and the runner) with the repository's options, in one `tsc`. */
function typecheck(dir: string, modules: readonly ExampleModule[]): string[] {
  const config = join(dir, 'tsconfig.json');
  const files = ['__run.ts', ...modules.map((m) => relative(dir, m.file))];
  writeFileSync(
    config,
    `${JSON.stringify(
      {
        extends: relative(dir, join(root, 'tsconfig.json')),
        compilerOptions: { noUnusedLocals: false, noUnusedParameters: false, noEmit: true },
        files,
        include: [],
      },
      null,
      2,
    )}\n`,
  );
  let output = '';
  try {
    execFileSync(tsc, ['-p', config, '--pretty', 'false'], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    output = `${stdout ?? ''}${stderr ?? ''}`;
  }
  return compilerErrors(output).map((e) => describeCompilerError(e, modules));
}

// The modules of src/, generated before the tests are listed.
const entries = await entryPoints();
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const found = sourceFiles().map((source) => ({
  source,
  text: readFileSync(join(root, source), 'utf8'),
}));
const modules = found.flatMap(({ source, text }) => {
  const examples = tsdocExamples(text);
  if (examples.length === 0) return [];
  const module = exampleModule(source, examples, entries, moduleFileFor(source, outDir));
  writeFileSync(module.file, module.text);
  return [module];
});

describe('TSDoc examples', () => {
  let failures = new Map<string, RunFailure[]>();
  beforeAll(() => {
    failures = runModules(outDir, modules);
  }, 90_000);

  it('finds every @example of src/', () => {
    const tags = found.reduce(
      (n, { text }) => n + (text.match(/^[ \t]*\*[ \t]*@example\b/gm)?.length ?? 0),
      0,
    );
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.reduce((n, m) => n + m.examples, 0)).toBe(tags);
  });

  it.each(modules.map((m) => [m.source, m.examples, m] as const))(
    '%s: its %i example(s) run as documented',
    (_source, _count, module) => {
      const messages = [
        ...module.problems,
        ...(failures.get(module.file) ?? []).map((f) => describeFailure(f, module)),
      ];
      expect(messages, 'failing examples').toEqual([]);
    },
  );

  it('compile (strict, with the repository options)', () => {
    expect(typecheck(outDir, modules), 'compiler errors').toEqual([]);
  }, 90_000);
});

describe('the TSDoc example runner', () => {
  const selfSource = 'src/__selftest__/sample.ts';
  const sample = [
    '/**',
    ' * @example', // 2
    ' * ```ts',
    " * eur('1').amount;", // 4: right
    " * //=> '1.00'",
    " * eur('1').amount;", // 6: wrong value
    " * //=> '2.00'",
    ' * ```',
    ' * @example',
    ' * ```ts',
    ' * eur(0.1 + 0.2);', // 11: the right code
    ' * //=> throws PioRulesError (amount_precision)',
    ' * ```',
    ' * @example',
    ' * ```ts',
    ' * eur(0.1 + 0.2);', // 16: a wrong code
    ' * //=> throws PioRulesError (invalid_amount)',
    ' * ```',
    ' * @example',
    ' * ```ts',
    " * eur('1');", // 21: does not throw
    ' * //=> throws PioRulesError (invalid_amount)',
    ' * ```',
    ' * @example',
    ' * ```ts',
    " * const result = notExported('x');", // 26: a free variable
    ' * ```',
    ' * @example', // 28: no code block
    ' * @example',
    ' * ```ts',
    ' * const result = eur(;', // 31: does not parse
    ' * ```',
    ' * @example',
    ' * ```ts',
    " * const result = eur('1').amount;", // 35: a block of its own: `result` again
    ' * result;',
    " * //=> '1.00'",
    ' * ```',
    ' * @example',
    ' * ```ts',
    " * //=> '1.00'", // 41: nothing to check
    ' * ```',
    ' */',
    'export const x = 1;',
  ].join('\n');

  it('reports a wrong result, a wrong or missing throw and a free variable, at their lines', () => {
    const dir = join(root, '.tmp/tsdoc-self');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const module = exampleModule(
      selfSource,
      tsdocExamples(sample),
      entries,
      moduleFileFor(selfSource, dir),
    );
    writeFileSync(module.file, module.text);
    const messages = (runModules(dir, [module]).get(module.file) ?? []).map((f) =>
      describeFailure(f, module),
    );
    expect(module.problems).toEqual([
      `${selfSource}:28: @example without a complete \`\`\`ts code block`,
      `${selfSource}:31: TS1005: ')' expected.`,
      `${selfSource}:41: \`//=>\` without a statement above it`,
    ]);
    expect(messages.map((m) => m.split(':').slice(0, 2).join(':'))).toEqual([
      `${selfSource}:6`,
      `${selfSource}:16`,
      `${selfSource}:21`,
      `${selfSource}:26`,
    ]);
    expect(messages[0]).toContain("'2.00'");
    expect(messages[1]).toContain('amount_precision');
    expect(messages[2]).toContain(
      'expected to throw PioRulesError (invalid_amount), but it did not',
    );
    expect(messages[3]).toContain('ReferenceError: notExported is not defined');
  }, 60_000);

  it('maps compiler errors back to the source line', () => {
    const module = exampleModule(
      selfSource,
      tsdocExamples(sample),
      entries,
      moduleFileFor(selfSource, outDir),
    );
    const generated = [...module.lines].find(([, source]) => source === 26)![0];
    const output = [
      `${relative(root, module.file)}(${String(generated)},16): error TS2304: Cannot find name 'notExported'.`,
      `src/x.ts(3,1): error TS2322: Type 'string' is not assignable to type 'number'.`,
      `  More detail.`,
    ].join('\n');
    expect(compilerErrors(output).map((e) => describeCompilerError(e, [module]))).toEqual([
      `${selfSource}:26: TS2304: Cannot find name 'notExported'.`,
      `src/x.ts:3: TS2322: Type 'string' is not assignable to type 'number'.\n  More detail.`,
    ]);
  });

  it('keeps assertions line for line', () => {
    const code = [
      "eur('1')",
      '  .amount;',
      "//=> '1.00'",
      'eur(0.1 + 0.2);',
      '//=> throws PioRulesError (amount_precision)',
    ].join('\n');
    expect(rewriteAssertions(code).split('\n')).toEqual([
      "__check(eur('1')",
      '  .amount',
      `, '1.00', ${JSON.stringify("eur('1')\n  .amount")});`,
      '__throws(() => eur(0.1 + 0.2)',
      ', "PioRulesError", "amount_precision", "eur(0.1 + 0.2)");',
    ]);
    expect(() => rewriteAssertions("\n//=> 'x'")).toThrow(SnippetError);
  });
});
