import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStructuralIssue } from '../../src/applications/index.js';
import type { ApplicationValidationResult } from '../../src/applications/index.js';

/** The folder of the example proposals. */
export const examplesDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../examples/applications',
);

interface ExpectedIssues {
  readonly at: string;
  readonly expected: Readonly<Record<string, readonly string[]>>;
}

/** `examples/applications/expected-issues.json`. */
export const expectedIssues = JSON.parse(
  readFileSync(resolve(examplesDir, 'expected-issues.json'), 'utf8'),
) as ExpectedIssues;

/** The instant the examples are judged at. */
export const EXAMPLE_AT = expectedIssues.at;

/** The example file names (without expected-issues.json), sorted. */
export const exampleFiles = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.json') && f !== 'expected-issues.json')
  .sort();

/** The valid example files. */
export const validFiles = exampleFiles.filter((f) => !f.includes('invalid'));

/** Reads an example as parsed JSON (a fresh copy every time). */
export function loadExample(file: string): any {
  return JSON.parse(readFileSync(resolve(examplesDir, file), 'utf8'));
}

/** The city's PCP: a valid proposal for call 2024-2. */
export function validDocument(): any {
  return loadExample('city-pcp.json');
}

/** Every issue (or warning) code of a result, sorted. */
export function codesOf(result: ApplicationValidationResult): string[] {
  return (result.success ? result.warnings : result.issues).map((i) => i.code).sort();
}

/** Whether a result has a structural issue. */
export function hasStructuralIssue(result: ApplicationValidationResult): boolean {
  return !result.success && result.issues.some(isStructuralIssue);
}
