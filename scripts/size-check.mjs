// Size budgets, in bytes gzip (level 9), both in package.json "sizeBudget":
// - `gzipBytes`: the library's own code, the root entry (dist/index.js) bundled and minified with
//   esbuild, its runtime dependencies (zod, decimal.js, @date-fns/tz) left out;
// - `browserBundleGzipBytes`: what a web app ships, an app importing validateApplication,
//   computeCofinancing and getCalls bundled for the browser with every dependency included
//   (esbuild --bundle --minify --platform=browser).
// Lower a ceiling when the code shrinks; raise one only in the commit that needs it, and say why
// there.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import esbuild from 'esbuild';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const gzip = (code) => gzipSync(code, { level: 9 }).length;

const own = await esbuild.build({
  entryPoints: ['dist/index.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  external: Object.keys(pkg.dependencies),
  logLevel: 'error',
});
const app = await esbuild.build({
  stdin: {
    contents: `import { computeCofinancing, getCalls, validateApplication } from './dist/index.js';
export const app = { computeCofinancing, getCalls, validateApplication };`,
    resolveDir: process.cwd(),
    sourcefile: 'app.js',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  logLevel: 'error',
});

const budgets = [
  ['own code', own.outputFiles[0].contents, pkg.sizeBudget?.gzipBytes, 'gzipBytes'],
  [
    'browser app bundle',
    app.outputFiles[0].contents,
    pkg.sizeBudget?.browserBundleGzipBytes,
    'browserBundleGzipBytes',
  ],
];
let over = false;
for (const [name, code, budget, key] of budgets) {
  const size = gzip(code);
  console.log(
    `${name}: ${String(code.length)} bytes minified, ${String(size)} bytes gzip (budget ${String(budget)})`,
  );
  if (typeof budget !== 'number') {
    console.error(`package.json has no sizeBudget.${key}`);
    over = true;
  } else if (size > budget) {
    console.error(`${name} is over its size budget`);
    over = true;
  }
}
if (over) process.exit(1);
