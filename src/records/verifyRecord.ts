import { renderedOrThrown } from '../locales/render.js';
import { checkRecord } from './check.js';
import {
  outcomeDifferences,
  parameterDifferences,
  recordedCalendar,
  recordedRegistry,
  rerun,
  rulesOf,
} from './replayCore.js';
import type { RecordDifference, RulesOptions, VerifyReport } from './types.js';
import { library } from './version.js';

/**
 * Verifies a decision record: checks its structure and every digest (a changed byte of the
 * input, the rules, the trace, the outcome or the header is found and the part named), then
 * replays the decision with this library under the recorded rules (the built-in registry and
 * calendar when their digests match, else the `parameters` and `calendar` given, when theirs
 * do) and compares the outcome and the parameter versions read.
 *
 * `reproduced`: every digest holds and the replay gives the same outcome and versions;
 * `differs`: the digests hold but the replay differs, or the recorded rules are not available
 * (`rules.parameters: 'missing'`); `tampered`: a digest fails or the value is not a record of
 * this format (then nothing is replayed). A different library version alone is reported in
 * `library`, not as a difference.
 *
 * @param record - A record as stored (anything: it is checked).
 * @param options - `parameters`, `calendar`: the recorded rules when they are not built in.
 * @returns A promise of the report.
 * @throws {@link PioRulesError} (the promise rejects) when `parameters` or `calendar` is not one
 *   (`invalid_type`).
 * @example
 * ```ts
 * const { record } = await recordDecision(
 *   'cofinancing',
 *   { estimatedCost: '500000.00' },
 *   { decidedAt: '2024-05-02T10:00:00+02:00' },
 * );
 * (await verifyRecord(record)).status;
 * //=> 'reproduced'
 * (await verifyRecord({ ...record, kind: 'validation' })).tampered;
 * //=> ['header']
 * ```
 */
export async function verifyRecord(record: unknown, options?: RulesOptions): Promise<VerifyReport> {
  const supplied = renderedOrThrown(undefined, () => rulesOf(options));
  const checked = await checkRecord(record);
  const recordedVersion = checked.record?.library.version ?? '';
  const libraryReport = {
    recorded: recordedVersion,
    current: library.version,
    differs: recordedVersion !== library.version,
  };
  if (checked.record === undefined || checked.tampered.length > 0)
    return {
      status: 'tampered',
      tampered: checked.tampered,
      problems: checked.problems,
      rules: { parameters: 'missing', calendar: 'missing' },
      library: libraryReport,
      differences: [],
    };
  const r = checked.record;
  const parameters = await recordedRegistry(r.rules.parameters.digest, supplied.parameters);
  const calendar =
    r.rules.calendar === null
      ? { calendar: undefined, source: 'none' as const }
      : await recordedCalendar(r.rules.calendar.digest, supplied.calendar);
  const rules = { parameters: parameters.source, calendar: calendar.source };
  const missing: RecordDifference[] = [];
  if (parameters.source === 'missing')
    missing.push({
      part: 'rules',
      path: ['parameters'],
      before: r.rules.parameters.digest,
      after: null,
    });
  if (calendar.source === 'missing' && r.rules.calendar !== null)
    missing.push({
      part: 'rules',
      path: ['calendar'],
      before: r.rules.calendar.digest,
      after: null,
    });
  if (missing.length > 0)
    return {
      status: 'differs',
      tampered: [],
      problems: [],
      rules,
      library: libraryReport,
      differences: missing,
    };
  const replayed = rerun(r, parameters.registry, calendar.calendar);
  const differences = [...outcomeDifferences(r, replayed), ...parameterDifferences(r, replayed)];
  return {
    status: differences.length === 0 ? 'reproduced' : 'differs',
    tampered: [],
    problems: [],
    rules,
    library: libraryReport,
    differences,
  };
}
