import { calendarOf } from '../calls/calendar.js';
import { findCall } from '../calls/find.js';
import { formatDeadline } from '../calls/formatDeadline.js';
import { isPioRulesError } from '../issues/PioRulesError.js';
import { callInstant, givenCall } from '../calls/given.js';
import { firstCallAfter } from '../calls/search.js';
import { onTime } from '../calls/status.js';
import type { Call, CallCalendar } from '../calls/types.js';
import { viewOf } from '../calls/view.js';
import { issue, type IssueData } from '../issues/issue.js';
import { attempt, refuse } from '../issues/Refusal.js';
import type { Result } from '../issues/Result.js';
import { typeName } from '../issues/typeName.js';
import { safely } from '../locales/edge.js';
import type { LocaleTag } from '../locales/Locale.js';
import { versionIn } from '../parameters/read.js';
import type { ParameterRegistry, ParameterVersion } from '../parameters/types.js';
import { toInstant } from '../time/instant.js';
import type { RecordedParameter } from './types.js';

/**
 * The outcome of an on-time check (kind `'on-time'`): the call, the instant submitted, the
 * call's deadline and whether the submission is before it.
 */
export interface OnTimeDecision {
  /** The call's id. */
  readonly callId: string;
  /** `true` iff submitted before the deadline (as `isOnTime`). */
  readonly onTime: boolean;
  /** The instant submitted, ISO 8601 in UTC. */
  readonly submittedAt: string;
  /** The deadline instant (from which a proposal is late), ISO 8601 in UTC. */
  readonly deadline: string;
  /** The deadline date, `YYYY-MM-DD`. */
  readonly deadlineDate: string;
  /** The time of day the deadline falls at on that date (`"24:00"`). */
  readonly deadlineTimeOfDay: string;
  /** The time zone of the deadline. */
  readonly timeZone: string;
  /** What the deadline rests on: `published`, `announced` or `projected`. */
  readonly status: string;
}

/** An on-time check, run: its result, the deadline text, and the parameter versions read. */
export interface OnTimeRun {
  readonly result: Result<OnTimeDecision>;
  /** The call's deadline as `formatDeadline` writes it (empty when the check failed). */
  readonly text: string;
  /** Where the call came from: the input's `callId`, its `call`, or the instant (`callForSubmission`). */
  readonly by: 'callId' | 'call' | 'submittedAt';
  readonly used: readonly RecordedParameter[];
}

const KEYS = ['submittedAt', 'callId', 'call'];

/** The deadline as `formatDeadline` writes it; its refusal (a bad call given) an issue. */
function formatted(
  call: Readonly<Record<string, unknown>>,
  locale: LocaleTag | undefined,
  issues: IssueData[],
): string | undefined {
  try {
    return formatDeadline(call as unknown as Call, { locale });
  } catch (error) {
    if (!isPioRulesError(error)) throw error;
    for (const found of error.issues) {
      const data: Record<string, unknown> = { ...found };
      delete data['message'];
      issues.push(data as unknown as IssueData);
    }
    return undefined;
  }
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

/**
 * A parameter version as a record lists it.
 *
 * @internal
 */
export function recordedVersion(id: string, version: ParameterVersion): RecordedParameter {
  return {
    id,
    validFrom: version.validFrom,
    value: version.value,
    status: version.status,
    source: version.source,
  };
}

/**
 * The parameter versions a calendar's deadline of a call rests on: `calls.timeZone` (its latest
 * version, as the calendar reads it), `calls.deadlineTimeOfDay` in force on the deadline date,
 * and for a projected call `calls.projection` of its year. A version the registry lacks is left
 * out (the call could not have been made from it).
 *
 * @internal
 */
export function deadlineParameters(registry: ParameterRegistry, call: Call): RecordedParameter[] {
  const reads: [string, string | undefined][] = [
    ['calls.timeZone', undefined],
    ['calls.deadlineTimeOfDay', call.deadlineDate],
  ];
  if (call.status === 'projected')
    reads.push(['calls.projection', `${call.deadlineDate.slice(0, 4)}-01-01`]);
  const used: RecordedParameter[] = [];
  for (const [id, date] of reads) {
    const version = attempt([], () => versionIn(registry, id, date));
    if (version !== undefined) used.push(recordedVersion(id, version));
  }
  return used;
}

/**
 * The latest version of `calls.timeZone` of a registry, as `timeZoneOf` reads it (none when the
 * registry lacks it).
 *
 * @internal
 */
export function timeZoneParameter(registry: ParameterRegistry): RecordedParameter[] {
  const version = attempt([], () => versionIn(registry, 'calls.timeZone', undefined));
  return version === undefined ? [] : [recordedVersion('calls.timeZone', version)];
}

/**
 * Decides whether a submission is on time. The input is `{ submittedAt, callId }` (the call of
 * the calendar with that id, known or projected, as `getCall`), `{ submittedAt, call }` (a call
 * as this library returns it, also after JSON, as `isOnTime` takes it) or `{ submittedAt }` (the
 * call the submission counts for, as `callForSubmission`: then always on time). Every problem of
 * the input is an issue of the result.
 *
 * @internal
 */
export function runOnTime(
  input: unknown,
  locale: LocaleTag | undefined,
  calendar: CallCalendar | undefined,
): OnTimeRun {
  let call: Readonly<Record<string, unknown>> | undefined;
  let by: OnTimeRun['by'] = 'submittedAt';
  let used: RecordedParameter[] = [];
  let written: string | undefined;
  const result = safely(locale, () => {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return refuse('invalid_type', { expected: 'object', received: typeName(input) }, []);
    const given = input as Readonly<Record<string, unknown>>;
    const issues: IssueData[] = [];
    for (const key of Object.keys(given))
      if (!KEYS.includes(key)) issues.push(issue('unknown_key', { key }, { path: [key] }));
    const at =
      given['submittedAt'] === undefined
        ? attempt(issues, () => refuse('required', {}, ['submittedAt']))
        : attempt(issues, () => toInstant(given['submittedAt'], ['submittedAt']));
    const checked = calendarOf(calendar);
    const registry = checked.parameters;
    if (given['call'] !== undefined && given['callId'] !== undefined)
      issues.push(issue('unknown_key', { key: 'call' }, { path: ['call'] }));
    else if (given['call'] !== undefined) {
      by = 'call';
      const c = attempt(issues, () => givenCall(given['call']));
      if (c !== undefined && attempt(issues, () => callInstant(c, 'deadline')) !== undefined)
        call = c;
    } else if (given['callId'] !== undefined) {
      by = 'callId';
      const id = given['callId'];
      if (typeof id !== 'string')
        issues.push(
          issue('invalid_type', { expected: 'text', received: typeName(id) }, { path: ['callId'] }),
        );
      else {
        const found = findCall(checked, id);
        if (found === undefined)
          issues.push(issue('unknown_call', { callId: id }, { path: ['callId'] }));
        else {
          call = found as unknown as Readonly<Record<string, unknown>>;
          used = deadlineParameters(registry, found);
        }
      }
    } else if (at !== undefined) {
      const found = firstCallAfter(viewOf(checked), at, 'regular');
      if (found === undefined) issues.push(issue('required', {}, { path: ['callId'] }));
      else {
        call = found as unknown as Readonly<Record<string, unknown>>;
        used = deadlineParameters(registry, found);
      }
    }
    if (call !== undefined && typeof call['id'] !== 'string')
      issues.push(
        issue(
          'invalid_type',
          { expected: 'text', received: typeName(call['id']) },
          { path: ['call', 'id'] },
        ),
      );
    written = call === undefined ? undefined : formatted(call, locale, issues);
    if (issues.length > 0 || at === undefined || call === undefined)
      return { success: false, issues };
    const deadline = callInstant(call, 'deadline');
    const data: OnTimeDecision = Object.freeze({
      callId: text(call['id'], ''),
      onTime: onTime({ deadline }, at),
      submittedAt: at.toISOString(),
      deadline: deadline.toISOString(),
      deadlineDate: text(call['deadlineDate'], ''),
      deadlineTimeOfDay: text(call['deadlineTimeOfDay'], ''),
      timeZone: text(call['timeZone'], ''),
      status: text(call['status'], 'published'),
    });
    return { success: true, data, warnings: [] };
  });
  return {
    result,
    text: result.success ? (written ?? '') : '',
    by,
    used: result.success ? used : [],
  };
}
