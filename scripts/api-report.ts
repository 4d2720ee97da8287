// Writes api/pio-rules.api.md: every symbol each library entry point exports, with its kind and,
// for functions and classes, its signatures. With --check it writes nothing and exits 1 (with a
// line diff) when the public API differs from the committed report.
//
//   npx tsx scripts/api-report.ts           # npm run api:report
//   npx tsx scripts/api-report.ts --check   # npm run api:check
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';
import { libraryEntries } from '../tsup.config.js';

const root = resolve(import.meta.dirname, '..');
const packageName = '@vlaio/pio-rules';
/** The report, relative to the repository root. */
export const reportFile = 'api/pio-rules.api.md';

export type ApiKind = 'function' | 'const' | 'let' | 'var' | 'class' | 'namespace' | 'enum';
export type ApiTypeKind = 'type' | 'interface';

/** One meaning of one exported name: a name that is both a value and a type is listed twice. */
export interface ApiItem {
  readonly name: string;
  readonly kind: ApiKind | ApiTypeKind;
  /** Call signatures (functions: one per overload) or the constructor signatures (classes). */
  readonly signatures: readonly string[];
}

export interface ApiEntry {
  /** The import specifier: `@vlaio/pio-rules` or `@vlaio/pio-rules/money`. */
  readonly specifier: string;
  /** The entry's source file, relative to the repository root. */
  readonly source: string;
  /** Sorted by name. */
  readonly items: readonly ApiItem[];
}

const typeKinds: readonly string[] = ['type', 'interface'] satisfies ApiTypeKind[];
/** Whether an item is a value (it exists at run time) rather than a type only. */
export const isValue = (item: ApiItem): boolean => !typeKinds.includes(item.kind);

/** The compiler options of the project's tsconfig.json (its `include` is not used). */
function projectOptions(): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (config.error !== undefined) throw new Error(formatDiagnostics([config.error]));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
  if (parsed.errors.length > 0) throw new Error(formatDiagnostics(parsed.errors));
  return parsed.options;
}

function formatDiagnostics(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n',
  });
}

const signatureFlags =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope |
  ts.TypeFormatFlags.WriteTypeArgumentsOfSignature;

/**
 * The text of a signature: types are written as they are named at the declaration, and
 * whitespace is collapsed so that a signature is one line. `import("/abs/path")` qualifiers,
 * which the checker writes for types it cannot name otherwise, lose their absolute part.
 */
function signatureText(checker: ts.TypeChecker, signature: ts.Signature, at: ts.Node): string {
  return checker
    .signatureToString(signature, at, signatureFlags)
    .replace(/\s+/g, ' ')
    .replace(/import\("([^"]*)"\)/g, (_, path: string) =>
      path.startsWith(root) ? `import("${path.slice(root.length + 1)}")` : `import("${path}")`,
    );
}

/** The value meaning of a resolved symbol, or undefined when it is a type only. */
function valueItem(
  checker: ts.TypeChecker,
  name: string,
  symbol: ts.Symbol,
  at: ts.Node,
): ApiItem | undefined {
  const { flags } = symbol;
  const type = () => checker.getTypeOfSymbolAtLocation(symbol, at);
  if (flags & ts.SymbolFlags.Function) {
    const signatures = checker
      .getSignaturesOfType(type(), ts.SignatureKind.Call)
      .map((s) => `${name}${signatureText(checker, s, at)}`);
    return { name, kind: 'function', signatures };
  }
  if (flags & ts.SymbolFlags.Class) {
    const signatures = checker
      .getSignaturesOfType(type(), ts.SignatureKind.Construct)
      // `new (x: X): C` is written `new C(x: X)`: the return type is the class itself.
      .map((s) => `new ${name}${signatureText(checker, s, at).replace(/\): [^)]*$/, ')')}`);
    return { name, kind: 'class', signatures };
  }
  if (flags & ts.SymbolFlags.Enum) return { name, kind: 'enum', signatures: [] };
  if (flags & ts.SymbolFlags.ValueModule) return { name, kind: 'namespace', signatures: [] };
  if (flags & ts.SymbolFlags.Variable) {
    const declaration = symbol.valueDeclaration;
    const list = declaration?.parent;
    const kind =
      list !== undefined && ts.isVariableDeclarationList(list)
        ? list.flags & ts.NodeFlags.Const
          ? 'const'
          : list.flags & ts.NodeFlags.Let
            ? 'let'
            : 'var'
        : 'const';
    return { name, kind, signatures: [] };
  }
  return undefined;
}

/** The type meaning of a resolved symbol, or undefined when it is a value only. */
function typeItem(name: string, symbol: ts.Symbol): ApiItem | undefined {
  const { flags } = symbol;
  // Classes and enums are types too, but their value line says all there is to say.
  if (flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Enum)) return undefined;
  if (flags & ts.SymbolFlags.Interface) return { name, kind: 'interface', signatures: [] };
  if (flags & ts.SymbolFlags.TypeAlias) return { name, kind: 'type', signatures: [] };
  return undefined;
}

/** Code-unit order (no locale: the same everywhere), case folded first so `eur` sits by `EurOptions`. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: ApiItem, b: ApiItem) =>
  compareText(a.name.toLowerCase(), b.name.toLowerCase()) ||
  compareText(a.name, b.name) ||
  compareText(a.kind, b.kind);

/** The API cannot be read: an entry point is missing, or an export leads to no declaration. */
export class ApiReportError extends Error {
  override name = 'ApiReportError';
}

/**
 * Every entry point of `libraryEntries` (tsup.config.ts), the root first, with what it exports.
 * Re-exports and aliases are followed to the declaration, so the kinds are the real ones.
 *
 * @throws {@link ApiReportError} listing every export that cannot be classified (it re-exports
 *   a name its module no longer has, for instance): the project does not compile.
 */
export function collectApi(): readonly ApiEntry[] {
  const entries = Object.entries(libraryEntries as Record<string, string>).sort(([a], [b]) =>
    a === 'index' ? -1 : b === 'index' ? 1 : 0,
  );
  const program = ts.createProgram({
    rootNames: entries.map(([, file]) => join(root, file)),
    options: projectOptions(),
  });
  const checker = program.getTypeChecker();
  const unresolved: string[] = [];
  const api = entries.map(([name, file]) => {
    const sourceFile = program.getSourceFile(join(root, file));
    const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
    if (sourceFile === undefined || moduleSymbol === undefined)
      throw new ApiReportError(`${file}: not found or not a module`);
    const items: ApiItem[] = [];
    // Names that reach this entry only through `export type * from`: types only, here.
    const starTypes = new Set<string>();
    const valueNames = new Set<string>();
    for (const statement of sourceFile.statements) {
      if (!ts.isExportDeclaration(statement)) continue;
      const clause = statement.exportClause;
      if (clause !== undefined && ts.isNamedExports(clause)) {
        if (!statement.isTypeOnly)
          for (const element of clause.elements)
            if (!element.isTypeOnly) valueNames.add(element.name.text);
        continue;
      }
      if (clause !== undefined) {
        if (!statement.isTypeOnly) valueNames.add(clause.name.text);
        continue;
      }
      const target =
        statement.moduleSpecifier && checker.getSymbolAtLocation(statement.moduleSpecifier);
      if (target === undefined) continue;
      for (const name of checker.getExportsOfModule(target).map((e) => e.name))
        (statement.isTypeOnly ? starTypes : valueNames).add(name);
    }
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const exportName = exported.name;
      const target =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      // Where the name is written in the entry (or the declaration itself): types are named
      // from there.
      const at = target.valueDeclaration ?? target.declarations?.[0] ?? sourceFile;
      // A value reached only through `export type *` is no value of this entry point (it can be
      // named in a type position only): its types count, its value does not.
      const typeOnly = starTypes.has(exportName) && !valueNames.has(exportName);
      const meanings = [
        typeOnly ? undefined : valueItem(checker, exportName, target, at),
        typeItem(exportName, target),
      ].filter((item) => item !== undefined);
      if (meanings.length === 0 && !typeOnly) unresolved.push(`${file}: ${exportName}`);
      items.push(...meanings);
    }
    return {
      specifier: name === 'index' ? packageName : `${packageName}/${name}`,
      source: file,
      items: items.sort(byName),
    };
  });
  if (unresolved.length > 0) {
    throw new ApiReportError(
      [
        'These exports lead to no declaration (does `npm run typecheck` pass?):',
        ...unresolved.map((u) => `  ${u}`),
      ].join('\n'),
    );
  }
  return api;
}

/** How many values (functions, consts, classes, ...) the root entry point exports. */
export function rootValueCount(api: readonly ApiEntry[] = collectApi()): number {
  return api[0]!.items.filter(isValue).length;
}

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** The report as Markdown (formatted by Prettier, so `npm run format:check` accepts it). */
export async function renderReport(api: readonly ApiEntry[]): Promise<string> {
  const lines = [
    '# Public API of @vlaio/pio-rules',
    '',
    '<!-- Generated by `npm run api:report` (scripts/api-report.ts); checked by `npm test`. Do not edit: review the diff of this file instead. -->',
    '',
    'Every symbol each entry point exports, with its kind. Functions show each overload, classes their constructor.',
    '',
  ];
  for (const entry of api) {
    const values = entry.items.filter(isValue).length;
    const types = entry.items.length - values;
    lines.push(`## ${entry.specifier}`, '', `Source: ${code(entry.source)}`, '');
    lines.push(`${String(values)} values, ${String(types)} types`, '');
    for (const item of entry.items) {
      if (item.signatures.length === 0) lines.push(`- ${code(`${item.kind} ${item.name}`)}`);
      for (const signature of item.signatures) {
        lines.push(
          item.kind === 'class'
            ? `- ${code(`class ${item.name}`)}: ${code(signature)}`
            : `- ${code(`${item.kind} ${signature}`)}`,
        );
      }
    }
    lines.push('');
  }
  const file = join(root, reportFile);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(lines.join('\n'), { ...options, filepath: file });
}

/**
 * A line diff (longest common subsequence): `-` lines are in the committed report only, `+`
 * lines in the current API only, with one line of context around each change; each run of
 * changes is headed by the entry point (`## ...` line) it is in.
 */
export function lineDiff(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: { op: ' ' | '-' | '+'; line: string; section: string }[] = [];
  let section = '(top)';
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ op: ' ', line: a[i]!, section });
      i += 1;
      j += 1;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      ops.push({ op: '-', line: a[i]!, section });
      i += 1;
    } else {
      ops.push({ op: '+', line: b[j]!, section });
      j += 1;
    }
    const last = ops.at(-1)!;
    if (last.op !== '-' && last.line.startsWith('## ')) section = last.line;
  }
  const changed = (k: number) => ops[k] !== undefined && ops[k].op !== ' ';
  const out: string[] = [];
  let shown = -2;
  ops.forEach(({ op, line, section: where }, k) => {
    if (!(changed(k) || changed(k - 1) || changed(k + 1))) return;
    if (shown !== k - 1) out.push(`@@ ${where} @@`);
    out.push(`${op} ${line}`.trimEnd());
    shown = k;
  });
  return out.join('\n');
}

async function main(check: boolean): Promise<number> {
  let api: readonly ApiEntry[];
  try {
    api = collectApi();
  } catch (error) {
    if (!(error instanceof ApiReportError)) throw error;
    console.error(error.message);
    return 2;
  }
  const text = await renderReport(api);
  const file = join(root, reportFile);
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = '';
  }
  if (check) {
    if (current === text) {
      console.log(`${reportFile} is up to date (${String(rootValueCount(api))} root values)`);
      return 0;
    }
    console.error('The public API changed: run npm run api:report and review api/pio-rules.api.md');
    console.error(current === '' ? `(${reportFile} is missing)` : lineDiff(current, text));
    return 1;
  }
  if (current !== text) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  console.log(
    `${current === text ? 'unchanged' : 'wrote'} ${reportFile} (${String(rootValueCount(api))} root values)`,
  );
  return 0;
}

// Run only as a script: the functions above may be imported (tests, other scripts).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.includes('--check'));
}
