import { verifyRecord, type VerifyReport } from '../../records/index.js';
import type { ExitCode } from '../io.js';
import { BufferedWriter, jsonLine } from '../output.js';
import type { CliTexts } from '../texts.js';
import type { CommandContext, CommandDefinition } from './context.js';
import {
  readRecords,
  recordFiles,
  reportUnreadable,
  rulesFileOptions,
  rulesFiles,
} from './records.js';

/** At most this many differences are named on one line of text (all are in `--json`). */
const SHOWN_DIFFERENCES = 3;

/**
 * What a verdict says besides its status, for people.
 *
 * @param report - The verdict.
 * @param texts - The tool's texts.
 * @returns The detail (empty for a plain `reproduced`).
 */
export function verdictDetail(report: VerifyReport, texts: CliTexts): string {
  const parts: string[] = [];
  if (report.status === 'tampered') parts.push(texts.tamperedParts(report.tampered));
  const missing = report.differences
    .filter((d) => d.part === 'rules' && d.after === null && d.path.length === 1)
    .map((d) => String(d.path[0]));
  if (missing.length > 0) parts.push(texts.rulesMissing(missing));
  const shown = report.differences.filter((d) => !(d.part === 'rules' && d.path.length === 1));
  for (const d of shown.slice(0, SHOWN_DIFFERENCES))
    parts.push(`${d.path.join('.')}: ${JSON.stringify(d.before)} → ${JSON.stringify(d.after)}`);
  if (shown.length > SHOWN_DIFFERENCES) parts.push('…');
  if (report.library.differs)
    parts.push(texts.otherLibrary(report.library.recorded, report.library.current));
  return parts.join('; ');
}

async function run({ positionals, values, io, locale, texts }: CommandContext): Promise<ExitCode> {
  const files = recordFiles(positionals);
  const rules = await rulesFiles(values, locale);
  const json = values['json'] === true;
  const out = new BufferedWriter(io.stdout);
  const counts = { reproduced: 0, differs: 0, tampered: 0, unreadable: 0 };
  for await (const event of readRecords(files, io)) {
    if (event.kind === 'unreadable') {
      counts.unreadable += 1;
      await reportUnreadable(event, out, io, texts, json);
      continue;
    }
    const report = await verifyRecord(event.value, rules);
    counts[report.status] += 1;
    await out.write(
      json
        ? jsonLine({ source: event.source, line: event.line, ...report })
        : `${texts.recordVerified(event.where, report.status, verdictDetail(report, texts))}\n`,
    );
  }
  await out.write(
    json
      ? jsonLine({ summary: counts })
      : `${texts.verifySummary(counts.reproduced, counts.differs, counts.tampered, counts.unreadable)}\n`,
  );
  await out.flush();
  if (counts.unreadable > 0) return 2;
  return counts.differs + counts.tampered > 0 ? 1 : 0;
}

/**
 * `pio-rules verify FILE... [--parameters FILE] [--calendar FILE] [--json]`: checks the digests
 * of decision records and replays them under the recorded rules.
 */
export const verifyCommand: CommandDefinition = {
  options: rulesFileOptions,
  takesArguments: true,
  run,
};
