import {
  createCallCalendar,
  safeCreateCallCalendar,
  type CallCalendar,
  type CallInput,
  type CreateCallCalendarOptions,
} from '../../src/calls/index.js';
import { formatPath } from '../../src/issues/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  type ParameterDefinition,
  type ParameterRegistry,
  type ParameterValue,
} from '../../src/parameters/index.js';

/** A title for test calls. */
export const title = { nl: 'Oproep', en: 'Call' } as const;

/** The two regular calls of 2027 as VLAIO might publish them. */
export const real2027: readonly CallInput[] = [
  { id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-05-06', title },
  { id: '2027-2', year: 2027, kind: 'regular', deadlineDate: '2027-11-18', title },
];

/** A thematic call on a date. */
export const thematicOn = (deadlineDate: string, id = `c-${deadlineDate}`): CallInput => ({
  id,
  year: Number(deadlineDate.slice(0, 4)),
  kind: 'thematic',
  deadlineDate,
  title,
});

/** A built-in parameter with one version of `value`, from its first version's first day on. */
export function only(id: string, value: ParameterValue): ParameterDefinition {
  const def = getDefinition(id);
  const first = { ...def.versions[0]!, value };
  delete first.validUntil;
  return { ...def, versions: [first] };
}

/** A registry of definitions on top of `base` (default: the built-in registry). */
export function registry(
  definitions: readonly ParameterDefinition[],
  base: ParameterRegistry | null = defaultParameters,
): ParameterRegistry {
  return createParameterRegistry(definitions, base === null ? {} : { base }).data;
}

/** A calendar of these calls (throws on a problem). */
export function makeCalendar(
  calls: readonly CallInput[],
  options: CreateCallCalendarOptions = {},
): CallCalendar {
  return createCallCalendar(calls, options).data;
}

/** The problems of a calendar input that is refused, as `path:code`. */
export function problemsOf(input: unknown, options: CreateCallCalendarOptions = {}): string[] {
  const result = safeCreateCallCalendar(input, options);
  if (result.success) throw new Error('expected the calendar to be refused');
  return result.issues.map((i) => `${formatPath(i.path)}:${i.code}`);
}

/** The problems of a calendar input that is refused, as code, path and params. */
export function issuesOf(
  input: unknown,
  options: CreateCallCalendarOptions = {},
): { code: string; path: unknown; params: unknown }[] {
  const result = safeCreateCallCalendar(input, options);
  if (result.success) throw new Error('expected the calendar to be refused');
  return result.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
}
