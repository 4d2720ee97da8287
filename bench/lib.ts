// The library as users run it: the built package in dist/, not src/ through tsx (which wraps
// functions to keep their names, a cost of its own). dist/ is built first when it is missing or
// older than src/. The types come from src/, which dist/ is built from.
import type * as Library from '../src/index.js';
import { ensureBuild } from './build.js';

ensureBuild();
const url = new URL('../dist/index.js', import.meta.url).href;

/** The built package's exports. */
export const lib = (await import(url)) as typeof Library;
