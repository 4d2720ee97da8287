import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The modules of src/ and what each may import, bottom first: `vocabulary` (the closed lists)
 * and `shared` (the deep freeze of the library's own data) depend on nothing of ours, `issues`
 * (issues as data, the result shape, the error) on the lists only; `input` (the boundary guard)
 * and `time` on issues; `locales` (the per-language tables and the edge that renders) on those;
 * `money` and `parameters` on them; `calls` and `cofinancing` use those; `applications` uses
 * calls and cofinancing; `criteria` reuses the business rules of `applications`; `scenarios`
 * runs cases through all of them; nothing imports `cli`. Issues never import locales: text is
 * added at the edge.
 */
const base = ['vocabulary', 'shared', 'issues', 'input', 'time', 'locales'];
const allowed: Record<string, readonly string[]> = {
  vocabulary: [],
  shared: [],
  issues: ['vocabulary'],
  input: ['vocabulary', 'issues'],
  time: ['vocabulary', 'issues'],
  locales: ['vocabulary', 'issues', 'time'],
  money: [...base],
  parameters: [...base, 'money'],
  calls: [...base, 'money', 'parameters'],
  cofinancing: [...base, 'money', 'parameters'],
  applications: [...base, 'money', 'parameters', 'calls', 'cofinancing'],
  criteria: [...base, 'money', 'parameters', 'calls', 'cofinancing', 'applications'],
  scenarios: [...base, 'money', 'parameters', 'calls', 'cofinancing', 'applications', 'criteria'],
  records: [...base, 'money', 'parameters', 'calls', 'cofinancing', 'applications', 'criteria'],
  cli: [
    ...base,
    'money',
    'parameters',
    'calls',
    'cofinancing',
    'applications',
    'criteria',
    'scenarios',
    'records',
    '.',
  ],
  '.': [...base, 'money', 'parameters', 'calls', 'cofinancing', 'applications', 'criteria'],
};

const src = resolve(import.meta.dirname, '../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
const moduleOf = (file: string) => {
  const rel = relative(src, file).split('/');
  return rel.length === 1 ? '.' : rel[0]!;
};
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+'(\.[^']+)'/gm)].map(
    (m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')),
  );

describe('architecture', () => {
  const all = files(src);

  it('keeps dependencies between modules one way', () => {
    const wrong: string[] = [];
    for (const file of all) {
      const from = moduleOf(file);
      for (const target of importsOf(file)) {
        const to = moduleOf(target);
        if (to !== from && !(allowed[from] ?? []).includes(to))
          wrong.push(`${relative(src, file)} → ${relative(src, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const graph = new Map(all.map((f) => [f, importsOf(f)]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push(
          [...trail.slice(trail.indexOf(file)), file].map((f) => relative(src, f)).join(' → '),
        );
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of all) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the modules’ index.ts files to re-exports only', () => {
    const barrels = all.filter(
      (f) => f.endsWith('index.ts') && relative(src, f).split('/').length <= 2,
    );
    expect(barrels.length).toBeGreaterThan(4);
    for (const file of barrels) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('//'));
      const joined = code.join(' ');
      expect(
        joined
          .replace(/export (?:type )?(?:\*(?: as \w+)?|\{[^}]*\})(?: from '[^']+')?;/g, '')
          .trim(),
        relative(src, file),
      ).toBe('');
    }
  });
});
