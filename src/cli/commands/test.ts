import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { formatPath, type PioIssue } from '../../issues/index.js';
import {
  safeRunScenarios,
  scenarioCoverage,
  type ScenarioCoverage,
  type ScenarioOutcome,
} from '../../scenarios/index.js';
import { inputError } from '../errors.js';
import { locateJsonError } from '../input/locateJsonError.js';
import type { ExitCode } from '../io.js';
import { jsonText } from '../output.js';
import type { CommandContext, CommandDefinition } from './context.js';

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** The scenario files of an argument: the file itself, or a folder's files (sorted, recursive). */
function filesOf(argument: string): string[] {
  const stats = statSync(argument, { throwIfNoEntry: false });
  if (stats === undefined) throw inputError((m) => m.fileNotFound(argument));
  if (!stats.isDirectory()) return [argument];
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
    }
  };
  walk(argument);
  if (found.length === 0) throw inputError((m) => m.noScenarioFiles(argument));
  return found;
}

/** The offset of the node a path names, or of the nearest part of it that exists. */
function offsetOf(document: Document, path: readonly (string | number)[], atKey: boolean): number {
  let node: Node | null = document.contents;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i += 1) {
    const part = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (pair === undefined) return offset;
      const key = isScalar(pair.key) ? pair.key : undefined;
      if (last && atKey && key?.range !== undefined && key.range !== null) return key.range[0];
      node = (pair.value as Node | null) ?? null;
      offset = node?.range?.[0] ?? key?.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (item === undefined) return offset;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else return offset;
  }
  return offset;
}

/** What a file gave: its outcomes with their lines, or the problems that stopped it. */
interface FileRun {
  readonly file: string;
  readonly outcomes: readonly (ScenarioOutcome & { readonly line: number })[];
  readonly problems: readonly {
    /** `yaml` / `json`: the text cannot be read; `scenario`: a scenario cannot be used. */
    readonly kind: 'yaml' | 'json' | 'scenario';
    readonly line: number;
    readonly column: number;
    readonly code: string;
    readonly message: string;
  }[];
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function runFile(file: string, context: CommandContext): FileRun {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw inputError((m) => m.fileUnreadable(file, reason));
  }
  // A .json file is JSON, strictly (the YAML reader would also take comments and trailing commas).
  if (extname(file).toLowerCase() === '.json' && !isJson(text)) {
    const location = locateJsonError(text);
    return {
      file,
      outcomes: [],
      problems: [
        {
          kind: 'json',
          line: location?.line ?? 1,
          column: location?.column ?? 1,
          code: 'invalid_json',
          message:
            location === undefined || location.kind === 'end'
              ? context.texts.jsonUnexpectedEnd()
              : location.kind === 'depth'
                ? context.texts.jsonTooDeep()
                : context.texts.jsonUnexpectedCharacter(JSON.stringify(location.character ?? '')),
        },
      ],
    };
  }
  const lines = new LineCounter();
  const document = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  if (document.errors.length > 0)
    return {
      file,
      outcomes: [],
      problems: document.errors.map((error) => {
        const { line, col } = lines.linePos(error.pos[0]);
        return {
          kind: 'yaml' as const,
          line,
          column: col,
          code: error.code,
          message: error.message.split('\n')[0] ?? '',
        };
      }),
    };
  const folder = dirname(resolve(file));
  const cache = new Map<string, unknown>();
  const proposals = (from: string): unknown => {
    const path = resolve(folder, from);
    if (!cache.has(path)) {
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      } catch {
        value = undefined;
      }
      cache.set(path, value);
    }
    return cache.get(path);
  };
  const run = safeRunScenarios(document.toJS({ maxAliasCount: 100 }), {
    proposals,
    locale: context.locale,
  });
  if (!run.success)
    return {
      file,
      outcomes: [],
      problems: run.issues.map((issue: PioIssue) => {
        const { line, col } = lines.linePos(
          offsetOf(document, issue.path, issue.code === 'unknown_key'),
        );
        return {
          kind: 'scenario' as const,
          line,
          column: col,
          code: issue.code,
          message: `${formatPath(issue.path)}: ${issue.message}`,
        };
      }),
    };
  return {
    file,
    problems: [],
    outcomes: run.data.outcomes.map((outcome) => ({
      ...outcome,
      line: lines.linePos(offsetOf(document, ['scenarios', outcome.index], false)).line,
    })),
  };
}

function coverageLines(coverage: ScenarioCoverage, context: CommandContext): string[] {
  const { texts } = context;
  const kind = texts.uncoveredKind;
  const items = [
    ...coverage.rules.map((id) => `  ${kind.rule}: ${id}`),
    ...coverage.codes.map((id) => `  ${kind.code}: ${id}`),
    ...coverage.parameterVersions.map((id) => `  ${kind.parameter}: ${id}`),
  ];
  return items.length === 0 ? [texts.allCovered] : [texts.uncoveredHeading, ...items];
}

function run(context: CommandContext): ExitCode {
  const { io, texts, values } = context;
  const json = values['json'] === true;
  const withCoverage = values['coverage'] === true;
  const given = context.positionals.length === 0 ? ['scenarios'] : context.positionals;
  const files = [...new Set(given.flatMap(filesOf))];
  const runs = files.map((file) => runFile(file, context));
  const outcomes = runs.flatMap((r) => r.outcomes);
  const passed = outcomes.filter((o) => o.passed).length;
  const failed = outcomes.length - passed;
  const unusable = runs.filter((r) => r.problems.length > 0).length;
  const coverage = withCoverage ? scenarioCoverage(outcomes) : undefined;
  const uncovered =
    coverage !== undefined &&
    coverage.rules.length + coverage.codes.length + coverage.parameterVersions.length > 0;
  const code: ExitCode = unusable > 0 ? 2 : failed > 0 || uncovered ? 1 : 0;
  const where = (file: string): string => relative(process.cwd(), file) || file;
  if (json) {
    io.stdout.write(
      jsonText({
        files: runs.map((r) => ({
          file: where(r.file),
          problems: r.problems,
          scenarios: r.outcomes.map((o) => ({
            name: o.name,
            line: o.line,
            decision: o.decision,
            passed: o.passed,
            failures: o.failures,
          })),
        })),
        passed,
        failed,
        unusable,
        ...(coverage === undefined ? {} : { uncovered: coverage }),
      }),
    );
    return code;
  }
  const out: string[] = [];
  for (const r of runs) {
    for (const problem of r.problems) {
      const at = `${where(r.file)}:${String(problem.line)}:${String(problem.column)}`;
      const detail = `${problem.message} [${problem.code}]`;
      io.stderr.write(
        `pio-rules: ${problem.kind === 'yaml' ? texts.invalidYaml(at, detail) : problem.kind === 'json' ? texts.invalidJson(at, detail) : `${at}: ${detail}`}\n`,
      );
    }
    for (const o of r.outcomes) {
      const at = `${where(r.file)}:${String(o.line)}`;
      out.push(o.passed ? texts.scenarioPassed(at, o.name) : texts.scenarioFailed(at, o.name));
      for (const f of o.failures)
        out.push(texts.expectedValue(f.expectation, f.expected), texts.receivedValue(f.received));
    }
  }
  out.push(texts.scenarioSummary(passed, failed, unusable));
  if (coverage !== undefined) out.push(...coverageLines(coverage, context));
  io.stdout.write(out.map((line) => `${line}\n`).join(''));
  return code;
}

/** `pio-rules test [FILE or FOLDER ...] [--json] [--coverage]`: runs scenario files. */
export const testCommand: CommandDefinition = {
  options: { json: { type: 'boolean' }, coverage: { type: 'boolean' } },
  takesArguments: true,
  run,
};
