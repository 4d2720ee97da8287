import { nextDeadline } from '../../calls/index.js';
import { choiceOption, stringOption } from '../args.js';
import { withFlag } from '../errors.js';
import { jsonText } from '../output.js';
import { callJson, callLine } from './calls.js';
import type { CommandContext, CommandDefinition } from './context.js';

function run({ values, locale, texts, io }: CommandContext): 0 {
  const kind = choiceOption(values, 'kind', ['regular', 'thematic'] as const);
  const now = stringOption(values, 'now');
  // Only the command line reads the clock, and only when no --now is given. The library reads
  // --now as it reads every instant (an offset is required) and refuses a bad one at `at`.
  const at = now ?? io.now();
  const call = withFlag('--now', () =>
    nextDeadline(kind === undefined ? { at, locale } : { at, kind, locale }),
  );
  if (values['json'] === true) {
    io.stdout.write(jsonText(call === undefined ? null : callJson(call, locale)));
  } else {
    io.stdout.write(`${call === undefined ? texts.noNextDeadline() : callLine(call, locale)}\n`);
  }
  return 0;
}

/** `pio-rules next-deadline [--now ISO] [--kind regular|thematic] [--json]`: the next call. */
export const nextDeadlineCommand: CommandDefinition = {
  options: { now: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' } },
  takesArguments: false,
  run,
};
