import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/registry.js';
import { commandNames } from '../../src/cli/texts.js';

describe('the command table of pio-rules', () => {
  it('names every command, each with the options and arguments of the module it loads', async () => {
    expect(Object.keys(commands).sort()).toEqual([...commandNames].sort());
    for (const command of Object.values(commands)) {
      const definition = await command.load();
      expect(command.options).toEqual(definition.options);
      expect(command.takesArguments).toBe(definition.takesArguments);
      expect(typeof definition.run).toBe('function');
    }
  });
});
