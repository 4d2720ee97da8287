// Size budget of the library's own code: the root entry bundled and minified with esbuild, its
// runtime dependencies (zod, date-fns, @date-fns/tz, decimal.js) left out, then gzipped. The
// ceiling lives in package.json ("sizeBudget", bytes gzip). Raise it only in the commit that
// needs it, and say why there.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import esbuild from 'esbuild';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const result = await esbuild.build({
  entryPoints: ['dist/index.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  external: Object.keys(pkg.dependencies),
  logLevel: 'error',
});
const code = result.outputFiles[0].contents;
const gzip = gzipSync(code, { level: 9 }).length;
const budget = pkg.sizeBudget?.gzipBytes;
console.log(
  `own code: ${String(code.length)} bytes minified, ${String(gzip)} bytes gzip (budget ${String(budget)})`,
);
if (typeof budget !== 'number' || gzip > budget) {
  console.error(
    typeof budget !== 'number'
      ? 'package.json has no sizeBudget.gzipBytes'
      : 'over the size budget',
  );
  process.exit(1);
}
