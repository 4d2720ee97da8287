import { renderedOrThrown } from '../locales/render.js';
import { add } from '../money/arithmetic.js';
import { eur } from '../money/eur.js';
import type { Money } from '../money/Money.js';
import { failedParts, prepareCheck } from './check.js';
import type { Decided } from './kinds.js';
import { outcomeDifferences, rerun, rulesOf } from './replayCore.js';
import type {
  DecisionRecord,
  JsonValue,
  RecordedOutcome,
  ReplayedRecord,
  ReplayReport,
  ReplaySummary,
  RulesOptions,
} from './types.js';

/** Options of {@link replayRecords}. */
export interface ReplayRecordsOptions extends RulesOptions {
  /**
   * Called with each record's entry as soon as it is made, in input order. When given, the
   * report's `records` stays empty, so memory stays flat however many records are replayed.
   */
  readonly onRecord?: ((entry: ReplayedRecord) => void | Promise<void>) | undefined;
}

function figure(outcome: RecordedOutcome, name: 'maximum' | 'granted'): string | null {
  if (!outcome.success) return null;
  const data = outcome.data;
  const holder = (
    typeof data['cofinancing'] === 'object' && data['cofinancing'] !== null
      ? data['cofinancing']
      : data
  ) as { readonly [key: string]: JsonValue };
  const value = holder[name];
  return typeof value === 'string' ? value : null;
}

function codes(outcome: RecordedOutcome): Set<string> {
  return new Set((outcome.success ? outcome.warnings : outcome.issues).map((i) => i.code));
}

function entryOf(index: number, record: DecisionRecord, replayed: Decided): ReplayedRecord {
  const differences = outcomeDifferences(record, replayed);
  const before = codes(record.outcome);
  const after = codes(replayed.outcome);
  return {
    index,
    digest: record.digest,
    kind: record.kind,
    status: differences.length === 0 ? 'unchanged' : 'changed',
    maximum: {
      before: figure(record.outcome, 'maximum'),
      after: figure(replayed.outcome, 'maximum'),
    },
    granted: {
      before: figure(record.outcome, 'granted'),
      after: figure(replayed.outcome, 'granted'),
    },
    codesAdded: [...after].filter((c) => !before.has(c)).sort(),
    codesRemoved: [...before].filter((c) => !after.has(c)).sort(),
    differences,
  };
}

function tamperedEntry(index: number, value: unknown): ReplayedRecord {
  const digest = (value as { digest?: unknown } | null)?.digest;
  const kind = (value as { kind?: unknown } | null)?.kind;
  return {
    index,
    digest: typeof digest === 'string' ? digest : null,
    kind:
      kind === 'validation' ||
      kind === 'cofinancing' ||
      kind === 'assessment' ||
      kind === 'quick-scan' ||
      kind === 'on-time'
        ? kind
        : null,
    status: 'tampered',
    maximum: { before: null, after: null },
    granted: { before: null, after: null },
    codesAdded: [],
    codesRemoved: [],
    differences: [],
  };
}

/**
 * One record replayed: everything that needs the record is done before its digests are
 * awaited, so the record is not held across the asynchronous hashing (which would promote it
 * out of the heap's young generation and grow memory with the number of records).
 */
async function replayOne(
  index: number,
  value: unknown,
  rules: ReturnType<typeof rulesOf>,
): Promise<ReplayedRecord & { readonly succeeded: { before: boolean; after: boolean } }> {
  const prepared = prepareCheck(value);
  if (prepared.record === undefined || prepared.work === undefined)
    return { ...tamperedEntry(index, value), succeeded: { before: false, after: false } };
  const record = prepared.record;
  const replayed = rerun(record, rules.parameters, rules.calendar);
  const entry = entryOf(index, record, replayed);
  const succeeded = { before: record.outcome.success, after: replayed.outcome.success };
  const fallback = tamperedEntry(index, value);
  const work = prepared.work;
  const failed = await failedParts(work);
  return failed.length > 0
    ? { ...fallback, succeeded: { before: false, after: false } }
    : { ...entry, succeeded };
}

/**
 * Replays many decision records under other rules (what OpenFisca calls a reform): for each
 * record, whether its outcome would change and how (the maximum and granted cofinancing before
 * and after, issue codes added and removed, every outcome difference), and a summary (how many
 * change, the total maximum cofinancing before and after). A record whose digests fail is
 * counted as `tampered` and not replayed. The records are read one at a time, from an iterable
 * or an async iterable (a stream of NDJSON lines, parsed).
 *
 * @param records - Records as stored (anything: each is checked).
 * @param options - `parameters`, `calendar`: the other rules (each defaults to the built-in
 *   one); `onRecord`: receive each entry as it is made instead of in the report.
 * @returns A promise of the report.
 * @throws {@link PioRulesError} (the promise rejects) when `parameters` or `calendar` is not one
 *   (`invalid_type`).
 * @example
 * ```ts
 * const { record } = await recordDecision(
 *   'cofinancing',
 *   { estimatedCost: '3000000.00' },
 *   { decidedAt: '2024-05-02T10:00:00+02:00' },
 * );
 * const cap = createParameterRegistry(
 *   [{ ...getDefinition('cofinancing.cap'), versions: [{ ...getDefinition('cofinancing.cap').versions[0]!, value: '1500000.00' }] }],
 *   { base: defaultParameters },
 * ).data;
 * const { records, summary } = await replayRecords([record], { parameters: cap });
 * records[0]?.maximum;
 * //=> { before: '1000000.00', after: '1500000.00' }
 * summary.changed;
 * //=> 1
 * ```
 */
export async function replayRecords(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: ReplayRecordsOptions = {},
): Promise<ReplayReport> {
  const rules = renderedOrThrown(undefined, () => rulesOf(options));
  const onRecord = options.onRecord;
  const kept: ReplayedRecord[] = [];
  let count = 0;
  let changed = 0;
  let tampered = 0;
  let succeededBefore = 0;
  let succeededAfter = 0;
  let totalBefore: Money = eur('0');
  let totalAfter: Money = eur('0');
  for await (const value of records) {
    const index = count;
    count += 1;
    const entry = await replayOne(index, value, rules);
    if (entry.status === 'tampered') tampered += 1;
    else {
      if (entry.status === 'changed') changed += 1;
      if (entry.succeeded.before) succeededBefore += 1;
      if (entry.succeeded.after) succeededAfter += 1;
      if (entry.maximum.before !== null) totalBefore = add(totalBefore, eur(entry.maximum.before));
      if (entry.maximum.after !== null) totalAfter = add(totalAfter, eur(entry.maximum.after));
    }
    const plain: ReplayedRecord & { succeeded?: unknown } = { ...entry };
    delete plain.succeeded;
    if (onRecord === undefined) kept.push(plain);
    else await onRecord(plain);
  }
  const summary: ReplaySummary = {
    records: count,
    changed,
    unchanged: count - changed - tampered,
    tampered,
    succeeded: { before: succeededBefore, after: succeededAfter },
    totalMaximum: { before: totalBefore.amount, after: totalAfter.amount },
  };
  return { records: kept, summary };
}
