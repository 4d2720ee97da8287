import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import esbuild from 'esbuild';
import { type BenchRow, fmtBytes, fmtNs } from './harness.js';
import { pct } from './profile.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Issue 15, goal 2: what importing the package adds to importing its dependencies. */
const IMPORT_GOAL_NS = 10e6;

/** Wall time of `import` of every specifier, in a fresh `node` process, in nanoseconds. */
function importOnce(specifiers: readonly string[]): number {
  const imports = specifiers.map((s) => `await import(${JSON.stringify(s)});`).join('');
  const code = `const t=process.hrtime.bigint();${imports}console.log(String(process.hrtime.bigint()-t));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return Number(out.trim());
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Import cost of the built package versus its runtime dependencies alone (each in fresh
 * processes, alternated), and the size of our own bundled code with the dependencies left out.
 */
export async function benchImportCost(): Promise<BenchRow> {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    dependencies: Record<string, string>;
    sizeBudget?: { gzipBytes?: number };
  };
  const deps = Object.keys(pkg.dependencies);
  const built = await bundle(`${ROOT}/dist/index.js`, deps);
  const code = built.outputFiles[0]!.contents;
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const data = await dataShare(deps);
  const budget = pkg.sizeBudget?.gzipBytes;

  // The baseline: the dependency modules the package really imports (the external imports of
  // its bundle), e.g. `zod` but not the whole of `date-fns` when only `@date-fns/tz` is used.
  const imported = new Set<string>();
  for (const input of Object.values(built.metafile.inputs))
    for (const i of input.imports) if (i.external) imported.add(i.path);
  const used = [...imported].sort();
  const chunks = Object.keys(built.metafile.inputs).filter((path) => path.includes('dist/')).length;
  const ours = [pathToFileURL(`${ROOT}/dist/index.js`).href];
  const runs = 15;
  importOnce(ours); // the first run reads the files from disk
  importOnce(used);
  importOnce(deps);
  const oursTimes: number[] = [];
  const usedTimes: number[] = [];
  const depsTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    oursTimes.push(importOnce(ours));
    usedTimes.push(importOnce(used));
    depsTimes.push(importOnce(deps));
  }
  const oursNs = median(oursTimes);
  const baselineNs = median(usedTimes);
  const allDepsNs = median(depsTimes);
  const ratio = oursNs / baselineNs;
  const addedNs = oursNs - baselineNs;
  const importMet = addedNs <= IMPORT_GOAL_NS;
  return {
    name: '5. import cost',
    ours: 'import dist/index.js',
    baseline: `import ${used.join(', ')}`,
    oursNs,
    baselineNs,
    ratio,
    ratioKind: 'slower',
    goal: `adds ≤ ${fmtNs(IMPORT_GOAL_NS)} to its dependencies`,
    met: importMet,
    notes: [
      `Import: median of ${runs} fresh \`node\` processes each (alternated), timing \`await import(...)\` only. The package ${fmtNs(oursNs)} (its dependencies included) vs the dependency modules it imports (${used.join(', ')}) ${fmtNs(baselineNs)}: our own modules add ${fmtNs(addedNs)} (goal ≤ ${fmtNs(IMPORT_GOAL_NS)}: ${importMet ? 'met' : 'missed'}). Importing every runtime dependency whole (${deps.join(', ')}) takes ${fmtNs(allDepsNs)}${allDepsNs > oursNs ? ', more than the package itself: it never loads the whole of date-fns' : ''}.`,
      `What the import still does: it evaluates the modules (the text tables and the parameter data are object literals), freezes the built-in parameter definitions and calendar entries, and wraps the public \`applicationSchema\` in a \`z.lazy\`; every zod schema is made on first use (test/bundle/importCost.test.ts counts what zod/mini makes at import). The root entry is ${String(chunks)} files of dist/ (tsup's shared chunks, one per module, so every subpath shares one PioRulesError), each resolved and read apart.`,
      `Own code: \`dist/index.js\` bundled and minified with esbuild, dependencies external: ${fmtBytes(code.length)} minified, ${fmtBytes(gzipBytes)} gzip (${gzipBytes} bytes${budget === undefined ? '' : `; the \`sizeBudget.gzipBytes\` of package.json that \`npm run size\` enforces is ${budget} bytes`}); its goal is benchmark 6's. Of the minified own code (built from \`src/\` the same way), ${fmtBytes(data.dataBytes)} of ${fmtBytes(data.totalBytes)} (${pct(data.dataBytes / data.totalBytes)}) are texts in Dutch and English and dated rule data (${data.files} files under ${DATA_FILES_TEXT}).`,
    ],
    goals: [
      {
        goal: 2,
        what: 'import dist/index.js over the dependency modules it imports',
        figure: `+${fmtNs(addedNs)} (${fmtNs(oursNs)} vs ${fmtNs(baselineNs)})`,
        target: `≤ +${fmtNs(IMPORT_GOAL_NS)}`,
        met: importMet,
      },
    ],
  };
}

/** `entry` bundled and minified, in memory, with the runtime dependencies left out. */
function bundle(entry: string, deps: readonly string[]) {
  return esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    external: [...deps],
    logLevel: 'error',
    metafile: true,
  });
}

/** The modules that are texts and rule data rather than code. */
const DATA_FILES =
  /src\/(?:locales\/(?:nl|en)\/|parameters\/definitions\/|calls\/builtInCalls\.ts)/;
const DATA_FILES_TEXT =
  '`src/locales/nl/`, `src/locales/en/`, `src/parameters/definitions/`, `src/calls/builtInCalls.ts`';

/** How many bytes of the minified bundle of `src/index.ts` come from the text and data modules. */
async function dataShare(
  deps: readonly string[],
): Promise<{ dataBytes: number; totalBytes: number; files: number }> {
  const built = await bundle(`${ROOT}/src/index.ts`, deps);
  const output = Object.values(built.metafile.outputs)[0]!;
  let dataBytes = 0;
  let files = 0;
  for (const [path, input] of Object.entries(output.inputs))
    if (DATA_FILES.test(path)) {
      dataBytes += input.bytesInOutput;
      files += 1;
    }
  return { dataBytes, totalBytes: built.outputFiles[0]!.contents.length, files };
}
