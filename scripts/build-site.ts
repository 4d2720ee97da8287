// Builds the static page (site/) into site/dist/, or another folder: the page's TypeScript
// bundled with esbuild from the library's sources (a classic IIFE script, so it runs from
// file:// as well as from any static host), the example proposals, the CSS, and the
// documentation (the guides rendered to HTML, and the typedoc API reference).
//
//   npm run site                               site/dist, with the API reference
//   npm run site -- --out DIR                  another folder
//   npm run site -- --parameters what-if.json  a what-if build: parameter definitions that
//                                              replace the built-in ones (PIO_SITE_PARAMETERS too)
//   npm run site -- --no-api                   without the typedoc reference (faster)
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import esbuild from 'esbuild';
import { marked, type Token } from 'marked';
import { defaultParameters, formatPath, safeCreateParameterRegistry } from '../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Options of {@link buildSite}. */
export interface BuildSiteOptions {
  /** The folder to write (emptied first); default `site/dist`. */
  readonly out?: string | undefined;
  /** Parameter definitions (as `createParameterRegistry` takes them) for a what-if build. */
  readonly parameters?: unknown;
  /** Build the typedoc API reference into `docs/api` of the site (default true). */
  readonly api?: boolean;
}

/** The Markdown files of the documentation, by repository path, and the page each becomes. */
function documents(): Map<string, string> {
  const pages = new Map<string, string>([['README.md', 'readme.html']]);
  for (const name of ['CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md'])
    pages.set(name, name.replace(/\.md$/, '').toLowerCase() + '.html');
  for (const name of readdirSync(join(root, 'docs'))
    .filter((n) => n.endsWith('.md'))
    .sort())
    pages.set(`docs/${name}`, name.replace(/\.md$/, '.html'));
  return pages;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
}

function docPage(title: string, body: string, nav: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · @vlaio/pio-rules</title><link rel="icon" href="data:,"><link rel="stylesheet" href="../style.css"></head>
<body><div id="app"><header><p><a href="../index.html">PIO</a> · <a href="index.html">Documentation</a></p></header>
${nav}<main class="doc">${body}</main></div></body></html>
`;
}

/** Renders the guides (and the README) to HTML; links between them point to their pages. */
function buildDocs(out: string, api: boolean): void {
  const docsOut = join(out, 'docs');
  mkdirSync(docsOut, { recursive: true });
  if (existsSync(join(root, 'docs/images')))
    cpSync(join(root, 'docs/images'), join(docsOut, 'images'), { recursive: true });
  const pages = documents();
  const titles: [string, string][] = [];
  for (const [source, page] of pages) {
    const markdown = readFileSync(join(root, source), 'utf8');
    const title = /^# (.+)$/m.exec(markdown)?.[1] ?? source;
    titles.push([page, title]);
    const rewrite = (token: Token): void => {
      if (token.type !== 'link' && token.type !== 'image') return;
      const href = token.href;
      if (/^[a-z]+:|^#/i.test(href)) return;
      const [path = '', anchor] = href.split('#');
      const target = relative(root, resolve(root, dirname(source), path)).replaceAll('\\', '/');
      const known = pages.get(target);
      if (known !== undefined) token.href = known + (anchor === undefined ? '' : `#${anchor}`);
      else if (target.startsWith('docs/images/')) token.href = `images/${basename(target)}`;
      else if (target === 'docs/api' || target.startsWith('docs/api/'))
        token.href = 'api/index.html';
    };
    const body = marked.parse(markdown, { async: false, walkTokens: rewrite });
    writeFileSync(join(docsOut, page), docPage(title, body, ''));
  }
  const list = titles
    .map(([page, title]) => `<li><a href="${page}">${escapeHtml(title)}</a></li>`)
    .join('\n');
  writeFileSync(
    join(docsOut, 'index.html'),
    docPage(
      'Documentation',
      `<h1>Documentation</h1><ul>\n<li><a href="api/index.html">API reference (typedoc)</a></li>\n${list}\n</ul>`,
      '',
    ),
  );
  if (api)
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', join(docsOut, 'api')],
      { cwd: root, stdio: 'inherit' },
    );
}

/** How the page's script is bundled: one classic IIFE script for the browser (works from file://). */
export function siteBundleOptions(parameters: unknown): esbuild.BuildOptions {
  return {
    entryPoints: [join(root, 'site/src/main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(root, 'site/tsconfig.json'),
    define: { __PIO_PARAMETERS__: JSON.stringify(parameters) },
    legalComments: 'none',
    logLevel: 'error',
  };
}

/** Builds the site; throws with every issue when the what-if parameters are not a registry. */
export async function buildSite(options: BuildSiteOptions = {}): Promise<string> {
  const out = resolve(root, options.out ?? 'site/dist');
  let parameters: unknown = null;
  if (options.parameters !== undefined) {
    const checked = safeCreateParameterRegistry(options.parameters as never, {
      base: defaultParameters,
    });
    if (!checked.success)
      throw new Error(
        `the what-if parameters are not a registry:\n${checked.issues.map((i) => `  ${formatPath(i.path)}: ${i.message}`).join('\n')}`,
      );
    parameters = options.parameters;
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await esbuild.build({ ...siteBundleOptions(parameters), outfile: join(out, 'app.js') });
  const examplesDir = join(root, 'examples/applications');
  const examples: Record<string, unknown> = {};
  for (const name of readdirSync(examplesDir).sort())
    if (name.endsWith('.json') && name !== 'expected-issues.json')
      examples[name.replace(/\.json$/, '')] = JSON.parse(
        readFileSync(join(examplesDir, name), 'utf8'),
      );
  writeFileSync(
    join(out, 'examples.js'),
    `// The example proposals of examples/applications.\nwindow.__PIO_EXAMPLES__ = ${JSON.stringify(examples)};\n`,
  );
  cpSync(join(root, 'site/index.html'), join(out, 'index.html'));
  cpSync(join(root, 'site/style.css'), join(out, 'style.css'));
  buildDocs(out, options.api ?? true);
  return out;
}

function argument(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  const args = process.argv.slice(2);
  const file = argument(args, '--parameters') ?? process.env['PIO_SITE_PARAMETERS'];
  try {
    const out = await buildSite({
      ...(argument(args, '--out') === undefined ? {} : { out: argument(args, '--out') }),
      ...(file === undefined
        ? {}
        : { parameters: JSON.parse(readFileSync(file, 'utf8')) as unknown }),
      api: !args.includes('--no-api'),
    });
    console.log(`site built in ${relative(process.cwd(), out) || '.'}: open index.html`);
  } catch (error) {
    console.error(`npm run site: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
