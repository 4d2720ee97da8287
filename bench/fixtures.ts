import { readFileSync } from 'node:fs';

/** The valid example proposals, and the instant their expected issues are judged at. */
export const VALID_EXAMPLES = [
  'city-pcp.json',
  'agency-ppi-validation.json',
  'municipalities-consortium.json',
] as const;

const dir = new URL('../examples/applications/', import.meta.url);

/** The instant `examples/applications/expected-issues.json` judges the examples at. */
export const EXAMPLES_AT: string = (
  JSON.parse(readFileSync(new URL('expected-issues.json', dir), 'utf8')) as { at: string }
).at;

/** One example proposal as a JSON document (a fresh object each call). */
export function exampleDocument(name: string): Record<string, any> {
  return JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, any>;
}
