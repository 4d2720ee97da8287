import { calendarOf } from '../calls/calendar.js';
import { optionsOf } from '../input/options.js';
import { refuse } from '../issues/Refusal.js';
import { shown, typeName } from '../issues/typeName.js';
import { renderedOrThrown } from '../locales/render.js';
import { registryOf } from '../parameters/registry.js';
import { deepFreeze } from '../shared/deepFreeze.js';
import { toInstant } from '../time/instant.js';
import { canonicalText } from './canonicalJson.js';
import { builtInDigests, calendarDigest, digestOf, registryDigest } from './digests.js';
import {
  decide,
  decideValidation,
  decisionKinds,
  readsCalendar,
  type DecisionContext,
  type Decided,
  type KindResults,
} from './kinds.js';
import { sha256Hex } from './sha256.js';
import type {
  DecisionKind,
  DecisionRecord,
  RecordDecisionOptions,
  RecordedAt,
  RulesDigest,
} from './types.js';
import { library } from './version.js';

/** The format identifier of this version's records. */
export const DECISION_RECORD_FORMAT = 'pio-rules/decision@1';

/** The `at` option as a record keeps it (JSON): an instant or date as given, or a call. */
function recordedAt(at: unknown): RecordedAt | null {
  if (at === undefined) return null;
  if (at instanceof Date) return toInstant(at, ['at']).toISOString();
  // A number is kept as epoch milliseconds: JSON has no NaN or Infinity.
  if (typeof at === 'number' && !Number.isFinite(at))
    return refuse('invalid_time', { received: String(at) }, ['at']);
  if (typeof at === 'string' || typeof at === 'number') return at;
  if (typeof at === 'object' && at !== null) {
    const { id, deadlineDate } = at as { id?: unknown; deadlineDate?: unknown };
    if (typeof id === 'string' && typeof deadlineDate === 'string') return { id, deadlineDate };
  }
  return refuse('invalid_type', { expected: 'date', received: typeName(at) }, ['at']);
}

/** Everything a record is made of besides its digests. @internal */
export interface RecordParts {
  readonly kind: DecisionKind;
  readonly decidedAt: string;
  readonly at: RecordedAt | null;
  readonly locale: string;
  readonly canonical: string;
  readonly parameters: RulesDigest;
  readonly calendar: RulesDigest | null;
  readonly decided: Decided;
}

/**
 * Assembles a record and its digests, as plain frozen JSON data.
 *
 * @internal
 */
export async function assemble(parts: RecordParts): Promise<DecisionRecord> {
  const { decided } = parts;
  const rules = { parameters: parts.parameters, calendar: parts.calendar, used: decided.used };
  const trace = { steps: decided.steps };
  const [inputDigest, rulesDigest, traceDigest, outcomeDigest] = await Promise.all([
    sha256Hex(parts.canonical),
    digestOf(rules),
    digestOf(trace),
    digestOf(decided.outcome),
  ]);
  const body = {
    format: DECISION_RECORD_FORMAT,
    library: { name: library.name, version: library.version },
    kind: parts.kind,
    decidedAt: parts.decidedAt,
    options: { at: parts.at, locale: parts.locale },
    input: { canonical: parts.canonical, digest: inputDigest },
    rules: { ...rules, digest: rulesDigest },
    trace: { ...trace, digest: traceDigest },
    outcome: { ...decided.outcome, digest: outcomeDigest },
  };
  const text = canonicalText(body);
  const record = JSON.parse(text) as Record<string, unknown>;
  record['digest'] = await sha256Hex(text);
  return deepFreeze(record) as unknown as DecisionRecord;
}

/**
 * Makes a decision and its record: runs the safe function of `kind` on `input` with the options,
 * and returns its result unchanged beside a {@link DecisionRecord}: the input in canonical JSON
 * (RFC 8785) with its SHA-256, the digests of the registry and calendar in force, every
 * parameter version read (the versions cited and the lookups, such as `calls.timeZone`), the trace (each rule and computation step, in the words of the
 * explanations), the outcome, and a digest over the whole. The library reads no clock: the
 * instant of the decision is `decidedAt`.
 *
 * Kinds: `validation` (`safeValidateApplication`: `at`, `locale`, `parameters`, `calendar`),
 * `cofinancing` (`safeComputeCofinancing`: `at`, `locale`, `parameters`), `assessment`
 * (`safeAssessApplication(input.application, input.assessment)`: `at`, `locale`, `parameters`,
 * `calendar`), `quick-scan` (`safeInnovationQuickScan`: `locale`), `on-time` (the deadline
 * check of `isOnTime` on `{ submittedAt, callId }`, `{ submittedAt, call }` or, the call it
 * counts for as `callForSubmission` finds it, `{ submittedAt }`: `locale`, `calendar`; its
 * outcome `onTime` and the `deadline` instant).
 *
 * @param kind - `'validation'`, `'cofinancing'`, `'assessment'`, `'quick-scan'` or `'on-time'`.
 * @param input - The input as given: JSON data (as `JSON.parse` gives it).
 * @param options - `decidedAt` (required), `at`, `locale`, `parameters`, `calendar`.
 * @returns A promise of `{ result, record }`.
 * @throws {@link PioRulesError} (the promise rejects) for an unknown kind (`invalid_value`), a
 *   missing or bad `decidedAt` (`invalid_type`, `invalid_time`, `ambiguous_time`), an input that
 *   is not JSON data (`invalid_type`, `invalid_input`), a `parameters` or `calendar` that is not
 *   one (`invalid_type`), an `at` a record cannot hold (a non-finite number: `invalid_time`; not
 *   an instant, date or call: `invalid_type`), an unsupported `locale`.
 * @example
 * ```ts
 * const { result, record } = await recordDecision(
 *   'cofinancing',
 *   { estimatedCost: '2400000.00' },
 *   { decidedAt: '2024-05-02T10:00:00+02:00' },
 * );
 * result.success && result.data.maximum.amount;
 * //=> '1000000.00'
 * record.format;
 * //=> 'pio-rules/decision@1'
 * record.decidedAt;
 * //=> '2024-05-02T08:00:00.000Z'
 * const late = await recordDecision(
 *   'on-time',
 *   { submittedAt: '2024-04-19T00:00:00+02:00', callId: '2024-1' },
 *   { decidedAt: '2024-05-02T10:00:00+02:00', locale: 'en' },
 * );
 * late.result.success && [late.result.data.onTime, late.result.data.deadline];
 * //=> [false, '2024-04-18T22:00:00.000Z']
 * late.record.trace.steps[0]?.type === 'rule' && late.record.trace.steps[0].text;
 * //=> 'Thursday 18 April 2024 at 24:00 (announced)'
 * late.record.rules.used.map((p) => p.id);
 * //=> ['calls.timeZone', 'calls.deadlineTimeOfDay']
 * ```
 */
export async function recordDecision<K extends DecisionKind>(
  kind: K,
  input: unknown,
  options: RecordDecisionOptions,
): Promise<{ readonly result: KindResults[K]; readonly record: DecisionRecord }> {
  return recordWith(kind, input, options, decide);
}

/**
 * The record of a validation: the same as `recordDecision('validation', proposal, options)`,
 * but it reaches only the validation's code, so a browser bundle that makes these records
 * alone (the web page's proposal checker) carries no code of the other kinds.
 *
 * @param proposal - The proposal as given: JSON data (as `JSON.parse` gives it).
 * @param options - `decidedAt` (required), `at`, `locale`, `parameters`, `calendar`.
 * @returns A promise of `{ result, record }`, as {@link recordDecision} gives them.
 * @throws {@link PioRulesError} (the promise rejects) as {@link recordDecision} does.
 * @example
 * ```ts
 * const { record } = await recordValidation(
 *   { schemaVersion: 1 },
 *   { decidedAt: '2024-05-02T10:00:00+02:00', locale: 'en' },
 * );
 * record.kind;
 * //=> 'validation'
 * record.outcome.success;
 * //=> false
 * ```
 */
export async function recordValidation(
  proposal: unknown,
  options: RecordDecisionOptions,
): Promise<{ readonly result: KindResults['validation']; readonly record: DecisionRecord }> {
  return recordWith('validation', proposal, options, (_kind, input, context) =>
    decideValidation(input, context),
  );
}

/** A record of `kind`, its decision made by `run` (`decide`, or one kind's own). */
async function recordWith<K extends DecisionKind>(
  kind: K,
  input: unknown,
  options: RecordDecisionOptions,
  run: (kind: K, input: unknown, context: DecisionContext) => Decided,
): Promise<{ readonly result: KindResults[K]; readonly record: DecisionRecord }> {
  const prepared = renderedOrThrown((options as { locale?: unknown } | undefined)?.locale, () => {
    if (!(decisionKinds as readonly unknown[]).includes(kind))
      refuse('invalid_value', { received: shown(kind), expected: [...decisionKinds] }, ['kind']);
    const given = optionsOf(options);
    if (given.decidedAt === undefined) refuse('required', {}, ['options', 'decidedAt']);
    const decidedAt = toInstant(given.decidedAt, ['decidedAt']).toISOString();
    const canonical = canonicalText(input, ['input']);
    const parameters = registryOf(given.parameters);
    const calendar = readsCalendar[kind] ? calendarOf(given.calendar) : undefined;
    const at = recordedAt(given.at);
    const decided = run(kind, input, {
      at: given.at,
      locale: given.locale,
      parameters: given.parameters,
      calendar: given.calendar,
    });
    return { decidedAt, canonical, parameters, calendar, at, decided, locale: given.locale };
  });
  const { parameters, calendar } = prepared;
  const [parametersDigest, calendarDigestValue, [builtInParameters, builtInCalendar]] =
    await Promise.all([
      registryDigest(parameters),
      calendar === undefined ? undefined : calendarDigest(calendar),
      builtInDigests(),
    ]);
  const record = await assemble({
    kind,
    decidedAt: prepared.decidedAt,
    at: prepared.at,
    locale: prepared.locale ?? 'nl',
    canonical: prepared.canonical,
    parameters: { digest: parametersDigest, builtIn: parametersDigest === builtInParameters },
    calendar:
      calendar === undefined || calendarDigestValue === undefined
        ? null
        : { digest: calendarDigestValue, builtIn: calendarDigestValue === builtInCalendar },
    decided: prepared.decided,
  });
  return { result: prepared.decided.result as KindResults[K], record };
}
