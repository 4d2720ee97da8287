import type { OptionSpecs } from '../args.js';
import type { CommandName } from '../texts.js';
import type { CommandDefinition } from './context.js';

/**
 * Every command of `pio-rules`, by name: its options (to read the command line), whether it takes
 * arguments, and its module, imported only when the command runs, so that `--help` or one
 * command loads no other command (and no part of the library that command does not use). The
 * options and `takesArguments` are those of the command's definition (test/cli/registry.test.ts
 * checks that they agree).
 */
export const commands: Readonly<
  Record<
    CommandName,
    {
      readonly options: OptionSpecs;
      readonly takesArguments: boolean;
      readonly load: () => Promise<CommandDefinition>;
    }
  >
> = {
  calls: {
    options: { year: { type: 'string' }, json: { type: 'boolean' } },
    takesArguments: false,
    load: async () => (await import('./calls.js')).callsCommand,
  },
  'next-deadline': {
    options: { now: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' } },
    takesArguments: false,
    load: async () => (await import('./nextDeadline.js')).nextDeadlineCommand,
  },
  cofinancing: {
    options: {
      cost: { type: 'string' },
      line: { type: 'string', multiple: true },
      vat: { type: 'string' },
      requested: { type: 'string' },
      at: { type: 'string' },
      json: { type: 'boolean' },
      record: { type: 'string' },
      'decided-at': { type: 'string' },
    },
    takesArguments: false,
    load: async () => (await import('./cofinancing.js')).cofinancingCommand,
  },
  validate: {
    options: {
      at: { type: 'string' },
      json: { type: 'boolean' },
      jobs: { type: 'string' },
      record: { type: 'string' },
      'decided-at': { type: 'string' },
    },
    takesArguments: true,
    load: async () => (await import('./validate.js')).validateCommand,
  },
  schema: {
    options: {},
    takesArguments: false,
    load: async () => (await import('./schema.js')).schemaCommand,
  },
  parameters: {
    options: { at: { type: 'string' }, json: { type: 'boolean' } },
    takesArguments: false,
    load: async () => (await import('./parameters.js')).parametersCommand,
  },
  serve: {
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      workers: { type: 'string' },
      'max-body': { type: 'string' },
      'max-connections': { type: 'string' },
      'max-concurrent': { type: 'string' },
      'header-timeout': { type: 'string' },
      'request-timeout': { type: 'string' },
      'keep-alive-timeout': { type: 'string' },
      grace: { type: 'string' },
      cors: { type: 'string' },
      parameters: { type: 'string' },
      calendar: { type: 'string' },
    },
    takesArguments: false,
    load: async () => (await import('./serve.js')).serveCommand,
  },
  test: {
    options: { json: { type: 'boolean' }, coverage: { type: 'boolean' } },
    takesArguments: true,
    load: async () => (await import('./test.js')).testCommand,
  },
  verify: {
    options: {
      parameters: { type: 'string' },
      calendar: { type: 'string' },
      json: { type: 'boolean' },
    },
    takesArguments: true,
    load: async () => (await import('./verify.js')).verifyCommand,
  },
  replay: {
    options: {
      parameters: { type: 'string' },
      calendar: { type: 'string' },
      json: { type: 'boolean' },
    },
    takesArguments: true,
    load: async () => (await import('./replay.js')).replayCommand,
  },
};

/** The options of every command, by command name (for reading the command line). */
export const commandOptions = Object.fromEntries(
  Object.entries(commands).map(([name, command]) => [name, command.options]),
) as Readonly<Record<CommandName, OptionSpecs>>;
