import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The name in the package's `package.json`. */
export const PACKAGE_NAME = '@vlaio/pio-rules';

function packageJsonAt(directory: URL): { readonly name?: unknown; readonly version?: unknown } {
  try {
    return JSON.parse(readFileSync(new URL('package.json', directory), 'utf8')) as {
      name?: unknown;
      version?: unknown;
    };
  } catch {
    return {};
  }
}

/**
 * The root folder of this package: the nearest folder above `from` whose `package.json` is
 * `@vlaio/pio-rules`. From the built `dist/cli.js` that is one level up (also once installed in
 * `node_modules`); from the sources it is two or three levels up.
 *
 * @param from - A file of the package (default: this module's own file).
 * @returns The folder as a `file:` URL ending in `/`, or `undefined` when none is found.
 */
export function packageRoot(from: string | URL = import.meta.url): URL | undefined {
  let directory = new URL('./', from);
  for (let depth = 0; depth < 6; depth += 1) {
    if (packageJsonAt(directory).name === PACKAGE_NAME) return directory;
    const parent = new URL('../', directory);
    if (parent.href === directory.href) break;
    directory = parent;
  }
  return undefined;
}

/**
 * The version of this package, from its `package.json`.
 *
 * @param from - A file of the package (default: this module's own file).
 * @returns The version, or `'unknown'` when the package file cannot be found or read.
 */
export function packageVersion(from: string | URL = import.meta.url): string {
  const root = packageRoot(from);
  if (root === undefined) return 'unknown';
  const version = packageJsonAt(root).version;
  return typeof version === 'string' ? version : 'unknown';
}

/**
 * Where the JSON Schema of a proposal is: `schemas/application.schema.json` in the package
 * (shipped next to `dist`), so `new URL('../schemas/application.schema.json', import.meta.url)`
 * seen from `dist/cli.js`.
 *
 * @param from - A file of the package (default: this module's own file).
 * @returns The file path (in the package root, or else next to `from`'s parent folder).
 */
export function schemaPath(from: string | URL = import.meta.url): string {
  const base = packageRoot(from) ?? new URL('../', from);
  return fileURLToPath(new URL('schemas/application.schema.json', base));
}
