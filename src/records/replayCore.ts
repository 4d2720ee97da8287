import { calendarOf } from '../calls/calendar.js';
import { defaultCallCalendar } from '../calls/defaultCallCalendar.js';
import type { CallCalendar } from '../calls/types.js';
import { defaultParameters, registryOf } from '../parameters/registry.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { canonicalText } from './canonicalJson.js';
import { calendarDigest, registryDigest } from './digests.js';
import { decide, type Decided } from './kinds.js';
import type { DecisionRecord, JsonValue, RecordDifference, RulesOptions } from './types.js';

/**
 * The rules given as options, checked (a value that is not a registry or calendar is refused).
 *
 * @internal
 */
export function rulesOf(options: RulesOptions | undefined): {
  readonly parameters: ParameterRegistry | undefined;
  readonly calendar: CallCalendar | undefined;
} {
  return {
    parameters: options?.parameters === undefined ? undefined : registryOf(options.parameters),
    calendar: options?.calendar === undefined ? undefined : calendarOf(options.calendar),
  };
}

/** Where the rules of a replay come from. @internal */
export type RulesSource = 'built-in' | 'supplied' | 'missing';

/**
 * The registry whose digest is the recorded one: the built-in one, or the caller's.
 *
 * @internal
 */
export async function recordedRegistry(
  digest: string,
  supplied: ParameterRegistry | undefined,
): Promise<{ readonly registry: ParameterRegistry | undefined; readonly source: RulesSource }> {
  if ((await registryDigest(defaultParameters)) === digest)
    return { registry: defaultParameters, source: 'built-in' };
  if (supplied !== undefined && (await registryDigest(supplied)) === digest)
    return { registry: supplied, source: 'supplied' };
  return { registry: undefined, source: 'missing' };
}

/**
 * The calendar whose digest is the recorded one: the built-in one, or the caller's.
 *
 * @internal
 */
export async function recordedCalendar(
  digest: string,
  supplied: CallCalendar | undefined,
): Promise<{ readonly calendar: CallCalendar | undefined; readonly source: RulesSource }> {
  if ((await calendarDigest(defaultCallCalendar)) === digest)
    return { calendar: defaultCallCalendar, source: 'built-in' };
  if (supplied !== undefined && (await calendarDigest(supplied)) === digest)
    return { calendar: supplied, source: 'supplied' };
  return { calendar: undefined, source: 'missing' };
}

/**
 * Runs a record's decision again on its input and options, under the rules given.
 *
 * @internal
 */
export function rerun(
  record: DecisionRecord,
  parameters: ParameterRegistry | undefined,
  calendar: CallCalendar | undefined,
): Decided {
  return decide(record.kind, JSON.parse(record.input.canonical), {
    at: record.options.at ?? undefined,
    locale: record.options.locale,
    parameters,
    calendar,
  });
}

/** A value as JSON data (a recorded part and a fresh one compare alike). */
function asJson(value: unknown): JsonValue {
  return JSON.parse(canonicalText(value)) as JsonValue;
}

function isObject(value: JsonValue): value is { readonly [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function diff(
  before: JsonValue,
  after: JsonValue,
  path: (string | number)[],
  part: RecordDifference['part'],
  out: RecordDifference[],
): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    const a = before as readonly JsonValue[];
    const b = after as readonly JsonValue[];
    for (let i = 0; i < Math.max(a.length, b.length); i += 1)
      diff(a[i] ?? null, b[i] ?? null, [...path, i], part, out);
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys)
      diff(before[key] ?? null, after[key] ?? null, [...path, key], part, out);
    return;
  }
  if (canonicalText(before) !== canonicalText(after)) out.push({ part, path, before, after });
}

/**
 * Every difference between a recorded outcome and a replayed one (without their digests).
 *
 * @internal
 */
export function outcomeDifferences(record: DecisionRecord, replayed: Decided): RecordDifference[] {
  const recorded: Record<string, unknown> = { ...record.outcome };
  delete recorded['digest'];
  const out: RecordDifference[] = [];
  diff(asJson(recorded), asJson(replayed.outcome), [], 'outcome', out);
  return out;
}

/**
 * Every difference between the parameter versions a record read and those a replay read, by id:
 * another version, another value, one read only before or only after.
 *
 * @internal
 */
export function parameterDifferences(
  record: DecisionRecord,
  replayed: Decided,
): RecordDifference[] {
  const before = new Map(record.rules.used.map((p) => [p.id, asJson(p)]));
  const after = new Map(replayed.used.map((p) => [p.id, asJson(p)]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: RecordDifference[] = [];
  for (const id of ids) {
    const b = before.get(id) ?? null;
    const a = after.get(id) ?? null;
    if (canonicalText(b) !== canonicalText(a))
      out.push({ part: 'rules', path: ['used', id], before: b, after: a });
  }
  return out;
}
