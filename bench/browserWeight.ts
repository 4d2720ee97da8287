import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import esbuild, { type Plugin } from 'esbuild';
import { type BenchRow, fmtBytes } from './harness.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Issue 15, goal 1: the app bundle, every dependency included, and the own code (bytes gzip). */
const APP_GOAL = 50_000;
const OWN_GOAL = 30_000;

const gzip = (code: Uint8Array): number => gzipSync(code, { level: 9 }).length;

/** The app of the issue: it imports validateApplication, computeCofinancing and getCalls. */
const APP = `import { computeCofinancing, getCalls, validateApplication } from './dist/index.js';
export const app = { computeCofinancing, getCalls, validateApplication };`;

/** The Dutch and English text tables (src/locales/nl, src/locales/en). */
const TEXT_TABLES = /src\/locales\/(?:nl|en)\/[^/]+\.ts$/;

/**
 * Replaces every text table by empty objects of the same names: the bundle it gives is not meant
 * to run, only to be weighed without the texts.
 */
const withoutTexts: Plugin = {
  name: 'without-texts',
  setup(build) {
    build.onLoad({ filter: TEXT_TABLES }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const names = [...source.matchAll(/^export const (\w+)/gm)].map((m) => m[1]!);
      const reexports = [...source.matchAll(/^export \{[^}]*\} from '[^']+';$/gm)].map((m) => m[0]);
      return {
        contents: [...names.map((n) => `export const ${n} = {};`), ...reexports].join('\n'),
        loader: 'ts',
      };
    });
  },
};

/** `entry` bundled and minified with the dependencies left out (the own code). */
async function ownCode(entry: string, plugins: Plugin[] = []) {
  const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as {
    dependencies: Record<string, string>;
  };
  return esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    external: Object.keys(pkg.dependencies),
    logLevel: 'error',
    metafile: true,
    plugins,
  });
}

/**
 * What a web app ships (issue 15, goal 1): the app of the issue bundled for the browser with every
 * dependency, and the library's own code with the dependencies left out, gzip level 9; and how
 * much of the own code are the Dutch and English texts.
 */
export async function benchBrowserWeight(): Promise<BenchRow> {
  const app = await esbuild.build({
    stdin: { contents: APP, resolveDir: ROOT, sourcefile: 'app.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
    metafile: true,
  });
  const appCode = app.outputFiles[0]!.contents;
  const appGzip = gzip(appCode);
  const byPackage = new Map<string, number>();
  for (const [path, input] of Object.entries(Object.values(app.metafile.outputs)[0]!.inputs)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'this library';
    byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
  }
  const own = await ownCode(`${ROOT}/dist/index.js`);
  const ownCodeBytes = own.outputFiles[0]!.contents;
  const ownGzip = gzip(ownCodeBytes);
  // The texts: the own code built from src/ with and without the text tables.
  const fromSource = await ownCode(`${ROOT}/src/index.ts`);
  const bare = await ownCode(`${ROOT}/src/index.ts`, [withoutTexts]);
  const sourceGzip = gzip(fromSource.outputFiles[0]!.contents);
  const bareGzip = gzip(bare.outputFiles[0]!.contents);
  let textMinified = 0;
  for (const [path, input] of Object.entries(Object.values(fromSource.metafile.outputs)[0]!.inputs))
    if (TEXT_TABLES.test(path)) textMinified += input.bytesInOutput;
  const textGzip = sourceGzip - bareGzip;
  const parts = [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `${name} ${fmtBytes(bytes)}`)
    .join(', ');
  const appMet = appGzip <= APP_GOAL;
  const ownMet = ownGzip <= OWN_GOAL;
  return {
    name: '6. browser weight (bytes gzip, not time)',
    ours: 'app bundle, every dependency',
    baseline: 'goal',
    oursNs: appGzip,
    baselineNs: APP_GOAL,
    ratio: appGzip / APP_GOAL,
    ratioKind: 'slower',
    unit: 'bytes',
    goal: `app ≤ ${fmtBytes(APP_GOAL)} gzip; own code ≤ ${fmtBytes(OWN_GOAL)} gzip`,
    met: appMet && ownMet,
    notes: [
      `This row holds sizes, not times: the app bundle, ${appGzip} bytes gzip, against the goal of ${APP_GOAL} bytes.`,
      `The app: \`import { computeCofinancing, getCalls, validateApplication } from './dist/index.js'\`, bundled with esbuild \`--bundle --minify --platform=browser\`, every dependency included: ${fmtBytes(appCode.length)} minified, ${fmtBytes(appGzip)} gzip. Minified bytes by package: ${parts}.`,
      `Own code: \`dist/index.js\` bundled and minified, dependencies left out: ${fmtBytes(ownCodeBytes.length)} minified, ${fmtBytes(ownGzip)} gzip (${ownGzip} bytes; goal ≤ ${OWN_GOAL}).`,
      `The Dutch and English text tables (\`src/locales/nl/\`, \`src/locales/en/\`) are ${fmtBytes(textMinified)} of the minified own code (built from \`src/\`), and ${fmtBytes(textGzip)} of its ${fmtBytes(sourceGzip)} gzip (the same bundle with every table emptied is ${fmtBytes(bareGzip)}).${ownMet ? '' : ` Without them the own code would be ${fmtBytes(bareGzip)}${bareGzip <= OWN_GOAL ? ', within the goal: the texts are what stands between the code and it' : `, still ${fmtBytes(bareGzip - OWN_GOAL)} over the goal`}.`}`,
    ],
    goals: [
      {
        goal: 1,
        what: 'app bundle (validateApplication, computeCofinancing, getCalls; every dependency)',
        figure: `${fmtBytes(appGzip)} gzip`,
        target: `≤ ${fmtBytes(APP_GOAL)} gzip`,
        met: appMet,
      },
      {
        goal: 1,
        what: 'own code (dist/index.js, dependencies left out)',
        figure: `${fmtBytes(ownGzip)} gzip (texts ${fmtBytes(textGzip)})`,
        target: `≤ ${fmtBytes(OWN_GOAL)} gzip`,
        met: ownMet,
      },
    ],
  };
}
