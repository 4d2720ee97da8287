import { inputLimits } from '../input/guard.js';
import { refuse } from '../issues/Refusal.js';
import { typeName } from '../issues/typeName.js';
import { isParameterRegistry } from '../parameters/registry.js';
import { callDataStatuses, callKinds } from '../vocabulary/index.js';
import { defaultCallCalendar } from './defaultCallCalendar.js';
import type { CallCalendar } from './types.js';

const isOneOf = (list: readonly string[], value: unknown): boolean =>
  typeof value === 'string' && list.includes(value);

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null;

const isText = (value: unknown): boolean =>
  isRecord(value) && typeof value['nl'] === 'string' && typeof value['en'] === 'string';

const isSource = (value: unknown): boolean =>
  isRecord(value) &&
  typeof value['title'] === 'string' &&
  typeof value['url'] === 'string' &&
  (value['quote'] === undefined || typeof value['quote'] === 'string');

/** Whether a value has the fields of a calendar entry that the functions of this module read. */
function isEntry(entry: unknown): boolean {
  return (
    isRecord(entry) &&
    typeof entry['id'] === 'string' &&
    Number.isInteger(entry['year']) &&
    isOneOf(callKinds, entry['kind']) &&
    isText(entry['title']) &&
    typeof entry['deadlineDate'] === 'string' &&
    (entry['opensAt'] === undefined || typeof entry['opensAt'] === 'string') &&
    isOneOf(callDataStatuses, entry['status']) &&
    (entry['source'] === undefined || isSource(entry['source'])) &&
    (entry['note'] === undefined || isText(entry['note']))
  );
}

/**
 * Tells whether a value is a calendar: made by `createCallCalendar` (by any copy of this
 * library), or a structured clone of one. Its shape is checked, not a hidden brand: the `kind`,
 * a parameter registry, and at most 10,000 entries (measured by the array's `length`, so a sparse
 * array is refused at once), each with the fields this module reads.
 */
function isCallCalendar(value: unknown): value is CallCalendar {
  if (!isRecord(value)) return false;
  const { kind, entries, parameters } = value;
  if (kind !== 'pio-call-calendar' || !isParameterRegistry(parameters)) return false;
  if (!Array.isArray(entries) || entries.length > inputLimits.maxNodes) return false;
  for (let i = 0; i < entries.length; i += 1) if (!isEntry(entries[i])) return false;
  return true;
}

/**
 * The calendar of an options object's `calendar` (default: the built-in one).
 *
 * @param given - The `calendar` option as given.
 * @returns The calendar.
 * @throws Refusal `invalid_type` (`expected: 'calendar'`) at `['calendar']` for a value that is
 *   not one.
 * @internal
 */
export function calendarOf(given: unknown): CallCalendar {
  if (given === undefined) return defaultCallCalendar;
  if (!isCallCalendar(given))
    return refuse('invalid_type', { expected: 'calendar', received: typeName(given) }, [
      'calendar',
    ]);
  return given;
}
