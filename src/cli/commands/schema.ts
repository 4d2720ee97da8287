import { readFile } from 'node:fs/promises';
import { inputError } from '../errors.js';
import { schemaPath } from '../packageFiles.js';
import type { CommandContext, CommandDefinition } from './context.js';

async function run({ io }: CommandContext): Promise<0> {
  const path = schemaPath();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw inputError((m) => m.schemaMissing(path));
  }
  io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}

/** `pio-rules schema`: prints the JSON Schema of a proposal, as the package ships it. */
export const schemaCommand: CommandDefinition = { options: {}, takesArguments: false, run };
