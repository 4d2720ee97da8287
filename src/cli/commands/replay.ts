import { formatEur } from '../../money/index.js';
import { eur } from '../../money/eur.js';
import { replayRecords, type ReplayedRecord } from '../../records/index.js';
import type { ExitCode } from '../io.js';
import { BufferedWriter, jsonLine } from '../output.js';
import type { CommandContext, CommandDefinition } from './context.js';
import {
  readRecords,
  recordFiles,
  reportUnreadable,
  rulesFileOptions,
  rulesFiles,
} from './records.js';

async function run({ positionals, values, io, locale, texts }: CommandContext): Promise<ExitCode> {
  const files = recordFiles(positionals);
  const rules = await rulesFiles(values, locale);
  const json = values['json'] === true;
  const out = new BufferedWriter(io.stdout);
  let unreadable = 0;
  // Where each record came from, in the order replayRecords takes them (one at a time).
  const places: {
    readonly where: string;
    readonly source: string;
    readonly line: number | null;
  }[] = [];
  async function* recordValues(): AsyncGenerator<unknown> {
    for await (const event of readRecords(files, io)) {
      if (event.kind === 'unreadable') {
        unreadable += 1;
        await reportUnreadable(event, out, io, texts, json);
        continue;
      }
      places.push(event);
      yield event.value;
    }
  }
  const money = (amount: string | null): string =>
    amount === null ? '-' : formatEur(eur(amount), { locale });
  const { summary } = await replayRecords(recordValues(), {
    ...rules,
    onRecord: async (entry: ReplayedRecord) => {
      const place = places.shift();
      const where = place?.where ?? String(entry.index);
      if (json) {
        await out.write(jsonLine({ source: place?.source, line: place?.line ?? null, ...entry }));
      } else if (entry.status === 'changed') {
        await out.write(
          `${texts.replayChanged(where, money(entry.maximum.before), money(entry.maximum.after), entry.codesAdded, entry.codesRemoved)}\n`,
        );
      } else if (entry.status === 'tampered') {
        await out.write(`${texts.replayTampered(where)}\n`);
      }
    },
  });
  await out.write(
    json
      ? jsonLine({ summary: { ...summary, unreadable } })
      : `${texts.replaySummary(summary.records, summary.changed, summary.tampered, money(summary.totalMaximum.before), money(summary.totalMaximum.after))}\n`,
  );
  await out.flush();
  return unreadable > 0 ? 2 : 0;
}

/**
 * `pio-rules replay FILE... [--parameters FILE] [--calendar FILE] [--json]`: the impact of other
 * rules on recorded decisions.
 */
export const replayCommand: CommandDefinition = {
  options: rulesFileOptions,
  takesArguments: true,
  run,
};
