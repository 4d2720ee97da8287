import type { OptionSpecs } from '../args.js';
import type { CommandName } from '../texts.js';
import { callsCommand } from './calls.js';
import { cofinancingCommand } from './cofinancing.js';
import type { CommandDefinition } from './context.js';
import { nextDeadlineCommand } from './nextDeadline.js';
import { parametersCommand } from './parameters.js';
import { schemaCommand } from './schema.js';
import { replayCommand } from './replay.js';
import { validateCommand } from './validate.js';
import { verifyCommand } from './verify.js';

/** Every command of `pio-rules`, by name. */
export const commands: Readonly<Record<CommandName, CommandDefinition>> = {
  calls: callsCommand,
  'next-deadline': nextDeadlineCommand,
  cofinancing: cofinancingCommand,
  validate: validateCommand,
  schema: schemaCommand,
  parameters: parametersCommand,
  verify: verifyCommand,
  replay: replayCommand,
};

/** The options of every command, by command name (for reading the command line). */
export const commandOptions: Readonly<Record<CommandName, OptionSpecs>> = {
  calls: callsCommand.options,
  'next-deadline': nextDeadlineCommand.options,
  cofinancing: cofinancingCommand.options,
  validate: validateCommand.options,
  schema: schemaCommand.options,
  parameters: parametersCommand.options,
  verify: verifyCommand.options,
  replay: replayCommand.options,
};
