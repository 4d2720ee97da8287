import type { Locale } from '../../locales/index.js';
import type { OptionSpecs, OptionValues } from '../args.js';
import type { CliIo, ExitCode } from '../io.js';
import type { CliTexts } from '../texts.js';

/** What a command gets to run. */
export interface CommandContext {
  /** The language of the output (`'nl'` or `'en'`), passed to every library call. */
  readonly locale: Locale;
  /** The tool's texts in that language. */
  readonly texts: CliTexts;
  /** Standard streams and the clock. */
  readonly io: CliIo;
  /** The options given. */
  readonly values: OptionValues;
  /** The arguments after the command (files, for `validate`). */
  readonly positionals: readonly string[];
}

/** A command of the tool. */
export interface CommandDefinition {
  /** Its options (the global ones are added). */
  readonly options: OptionSpecs;
  /** `true` when it takes arguments (files); otherwise any argument is a usage error. */
  readonly takesArguments: boolean;
  /** Runs it and tells how the run ended. */
  readonly run: (context: CommandContext) => ExitCode | Promise<ExitCode>;
}
