import { resolve } from 'node:path';
import esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Bundles an entry for the browser, every dependency included, and tells what went in. */
async function bundle(entry: string): Promise<{ inputs: string[]; code: string }> {
  const result = await esbuild.build({
    entryPoints: [resolve(root, entry)],
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // The CLI's own Node built-ins are not the point here.
    external: ['node:*'],
  });
  return {
    inputs: Object.keys(result.metafile.inputs),
    code: result.outputFiles[0]?.text ?? '',
  };
}

const fromYaml = (inputs: readonly string[]): string[] =>
  inputs.filter((input) => /(?:^|\/)node_modules\/yaml\//.test(input));

describe('the yaml package stays in the command line tool', () => {
  it('is not in the root entry bundled for the browser', async () => {
    const { inputs, code } = await bundle('src/index.ts');
    expect(inputs.length).toBeGreaterThan(50);
    expect(fromYaml(inputs)).toEqual([]);
    for (const trace of ['LineCounter', 'YAMLMap', 'parseDocument', 'yaml-language-server'])
      expect(code.includes(trace), trace).toBe(false);
  });

  it('is not in the scenarios entry either: the library reads no YAML', async () => {
    const { inputs, code } = await bundle('src/scenarios/index.ts');
    expect(fromYaml(inputs)).toEqual([]);
    expect(code.includes('LineCounter')).toBe(false);
  });

  it('is found where it is used, so the check can fail', async () => {
    const { inputs, code } = await bundle('src/cli/commands/test.ts');
    expect(fromYaml(inputs).length).toBeGreaterThan(0);
    expect(code.includes('LineCounter')).toBe(true);
  });
});
