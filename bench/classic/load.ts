import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import esbuild from 'esbuild';
import type { z } from 'zod';

/**
 * The classic-zod copy of the proposal schema, bundled with esbuild (zod included: the file is
 * written outside the repository) so that it runs compiled like `dist/`, not through tsx.
 */
export async function classicApplicationSchema(): Promise<z.ZodType> {
  const dir = mkdtempSync(join(tmpdir(), 'pio-rules-classic-'));
  try {
    const outfile = join(dir, 'classic.mjs');
    await esbuild.build({
      entryPoints: [fileURLToPath(new URL('./applicationSchema.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      logLevel: 'error',
    });
    const module = (await import(pathToFileURL(outfile).href)) as { applicationSchema: z.ZodType };
    return module.applicationSchema;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
