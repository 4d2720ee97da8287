import type { ExitCode } from '../io.js';
import type { CommandContext, CommandDefinition } from './context.js';
import { rulesFileFlags, rulesFiles } from '../input/rulesFiles.js';
import { serveConfig, serveOptions } from '../serve/config.js';

async function run({ values, locale, io }: CommandContext): Promise<ExitCode> {
  const rules = await rulesFiles(values, locale);
  const config = serveConfig(values, rules);
  // The server's code is loaded only by this command.
  const { runServe } = await import('../serve/start.js');
  return runServe(config, io);
}

/**
 * `pio-rules serve [--host H] [--port P] [--parameters FILE] [--calendar FILE] [--workers N] ...`:
 * the HTTP API (docs/http-api.md).
 */
export const serveCommand: CommandDefinition = {
  options: { ...serveOptions, ...rulesFileFlags },
  takesArguments: false,
  run,
};
