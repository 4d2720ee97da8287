import { parseCommandLine, preScanLocale } from './args.js';
import { commandOptions, commands } from './commands/registry.js';
import { clip, usageError } from './errors.js';
import type { CliIo, ExitCode } from './io.js';
import { textsFor, type CommandName } from './texts.js';
import { describeError, PROGRAM } from './output.js';
import { packageVersion } from './packageFiles.js';

/**
 * Runs `pio-rules` on a command line: reads it, runs the command, and reports every error as
 * one line `pio-rules: ...` on stderr (never a stack trace). Never throws.
 *
 * @param argv - The arguments after `node cli.js`.
 * @param io - Standard streams and the clock.
 * @returns The exit code: 0 all valid or done, 1 something invalid, 2 a usage or input error.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let locale = preScanLocale(argv);
  let command: CommandName | undefined;
  try {
    const line = parseCommandLine(argv, commandOptions);
    locale = line.locale;
    command = line.command;
    const texts = textsFor(locale);
    if (line.help) {
      io.stdout.write(`${command === undefined ? texts.toolHelp : texts.commandHelp[command]}\n`);
      return 0;
    }
    if (line.version) {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    if (command === undefined) throw usageError((m) => m.noCommand());
    const extra = line.positionals[0];
    if (!commands[command].takesArguments && extra !== undefined) {
      const name = command;
      throw usageError((m) => m.unexpectedArgument(clip(extra), name));
    }
    const definition = await commands[command].load();
    return await definition.run({
      locale,
      texts,
      io,
      values: line.values,
      positionals: line.positionals,
    });
  } catch (error) {
    const { lines, exitCode } = describeError(error, textsFor(locale), command);
    io.stderr.write(lines.map((text) => `${PROGRAM}: ${text}\n`).join(''));
    return exitCode;
  }
}
