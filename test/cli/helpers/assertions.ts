import { expect } from 'vitest';

/** Whether a text holds a line of a stack trace (`    at f (file.js:1:1)`). */
export function hasStackLine(text: string): boolean {
  return text
    .split('\n')
    .some((line) => line.trimStart().startsWith('at ') && line.startsWith(' '));
}

/** Asserts that stderr is exactly one clear line `pio-rules: ...`, without a stack trace. */
export function expectOneErrorLine(stderr: string, ...fragments: string[]): string {
  const lines = stderr.split('\n').filter((line) => line !== '');
  expect(lines, stderr).toHaveLength(1);
  const [line] = lines as [string];
  expect(line.startsWith('pio-rules: '), line).toBe(true);
  expect(hasStackLine(stderr), stderr).toBe(false);
  for (const fragment of fragments) expect(line).toContain(fragment);
  return line;
}

/** Asserts that stderr has no stack trace and every line starts with `pio-rules: `. */
export function expectCleanErrors(stderr: string): string[] {
  const lines = stderr.split('\n').filter((line) => line !== '');
  expect(hasStackLine(stderr), stderr).toBe(false);
  for (const line of lines) expect(line.startsWith('pio-rules: '), line).toBe(true);
  return lines;
}
