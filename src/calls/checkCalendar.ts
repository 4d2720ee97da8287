import * as z from 'zod/mini';
import { strictObject } from '../input/object.js';
import { lazily } from '../input/lazily.js';
import { issue, withPathPrefix, type IssueData, type IssuePath } from '../issues/issue.js';
import { attempt } from '../issues/Refusal.js';
import { outcome, type Outcome } from '../issues/Result.js';
import { fromZodIssues } from '../issues/zod.js';
import { timeZoneOf } from '../parameters/read.js';
import { parameterSchemas } from '../parameters/schema.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { isCalendarDay, toInstant } from '../time/instant.js';
import { callDataStatuses, callKinds } from '../vocabulary/index.js';
import { deadlineOf } from './deadline.js';
import { compareEntries, entryOf } from './entries.js';
import { checkProjection } from './projection.js';
import type { CallCalendar, CallCalendarEntry } from './types.js';

/**
 * The check of a calendar's input, every problem reported with its path: the structure (zod,
 * through the one mapper), then the rules between fields: the id's form for its kind, the year
 * against the deadline date, a deadline time in force on the date, `opensAt` an instant before
 * the deadline, unique ids; and the projection rule of the parameters against `calls.perYear`.
 *
 * @module
 */

/** A regular call's id: its year and its number in the year. */
const REGULAR_ID = /^(\d{4})-[1-9]\d{0,2}$/;
/** A thematic call's id: lowercase letters and digits in groups joined by single hyphens. */
const SLUG = /^[a-z\d]+(?:-[a-z\d]+)*$/;

/** Makes the schema of one call of a calendar's input. */
function makeCallInputSchema() {
  const { source } = parameterSchemas();
  const text = strictObject({
    nl: z.string().check(z.minLength(1), z.maxLength(500)),
    en: z.string().check(z.minLength(1), z.maxLength(500)),
  });

  return strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    year: z.int().check(z.minimum(1000), z.maximum(9999)),
    kind: z.enum(callKinds, { error: 'enum:callKind' }),
    title: text,
    deadlineDate: z.string().check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date', abort: true }),
      z.refine(
        (s: string) =>
          isCalendarDay(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))),
        'date',
      ),
    ),
    opensAt: z.optional(z.unknown()),
    status: z.optional(z.enum(callDataStatuses, { error: 'enum:callDataStatus' })),
    source: z.optional(
      strictObject({
        title: z.string().check(z.minLength(1), z.maxLength(500)),
        url: z.string().check(z.minLength(1), z.maxLength(2000)),
        publisher: source.shape.publisher,
        published: source.shape.published,
        retrieved: source.shape.retrieved,
        identifier: source.shape.identifier,
        eli: source.shape.eli,
        article: source.shape.article,
        quote: z.optional(z.string().check(z.maxLength(2000))),
      }),
    ),
    note: z.optional(text),
  });
}

/** The schema of one call of a calendar's input, made on first use. @internal */
export const callInputSchema = lazily(makeCallInputSchema);

type CallShape = ReturnType<typeof makeCallInputSchema>['shape'];
type Field = keyof CallShape;

/** Runs `fn`; a refusal it throws is added to `issues` with `path` in front. */
function collect<T>(issues: IssueData[], path: IssuePath, fn: () => T): T | undefined {
  const found: IssueData[] = [];
  const value = attempt(found, fn);
  issues.push(...found.map((one) => withPathPrefix(path, one)));
  return value;
}

/** What the checks of a calendar share: the registry, its time zone, the ids seen so far. */
interface Context {
  readonly registry: ParameterRegistry;
  readonly timeZone: string | undefined;
  readonly seen: Set<string>;
}

/**
 * Checks one call of the input; its entry when it has no problem.
 *
 * Each rule between fields reads only fields whose own schema holds, so a problem is reported
 * once, where it is (a missing year is `required`, not also a wrong id).
 */
function checkCall(
  raw: unknown,
  index: number,
  context: Context,
  issues: IssueData[],
): CallCalendarEntry | undefined {
  const before = issues.length;
  const schema = callInputSchema();
  const parsed = schema.safeParse(raw);
  if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues, raw, [index]));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const fields = raw as Readonly<Record<string, unknown>>;
  const valid = <F extends Field>(field: F): z.output<CallShape[F]> | undefined => {
    const value = fields[field];
    return value !== undefined && schema.shape[field].safeParse(value).success
      ? (value as z.output<CallShape[F]>)
      : undefined;
  };
  const id = valid('id');
  const year = valid('year');
  const kind = valid('kind');
  const date = valid('deadlineDate');
  const path = (field: Field): IssuePath => [index, field];

  if (id !== undefined && kind === 'regular' && year !== undefined) {
    if (REGULAR_ID.exec(id)?.[1] !== String(year))
      issues.push(issue('invalid_call_id', { id, kind, year }, { path: path('id') }));
  } else if (id !== undefined && kind === 'thematic' && (REGULAR_ID.test(id) || !SLUG.test(id))) {
    issues.push(issue('invalid_call_id', { id, kind }, { path: path('id') }));
  }
  if (year !== undefined && date !== undefined && Number(date.slice(0, 4)) !== year)
    issues.push(issue('call_year_mismatch', { year, deadlineDate: date }, { path: path('year') }));

  const { registry, timeZone } = context;
  const deadline =
    date === undefined || timeZone === undefined
      ? undefined
      : collect(issues, path('deadlineDate'), () => deadlineOf(date, registry, timeZone).instant);
  const opensAt =
    fields['opensAt'] === undefined
      ? undefined
      : attempt(issues, () => toInstant(fields['opensAt'], path('opensAt')));
  if (opensAt !== undefined && deadline !== undefined && opensAt >= deadline)
    issues.push(
      issue(
        'opens_after_deadline',
        {
          opensAt: opensAt.toISOString(),
          deadline: deadline.toISOString(),
          timeZone: timeZone as string,
        },
        { path: path('opensAt') },
      ),
    );

  if (id !== undefined) {
    if (context.seen.has(id)) issues.push(issue('duplicate_id', { id }, { path: path('id') }));
    context.seen.add(id);
  }
  return parsed.success && issues.length === before ? entryOf(parsed.data, opensAt) : undefined;
}

/**
 * Checks a calendar's input (already through the guard) and makes the calendar.
 *
 * @param input - The guarded copy of the input.
 * @param registry - The parameters of the calendar.
 * @param guarded - The issues the guard found (keys that could reach a prototype).
 * @returns The calendar, frozen, its entries sorted by deadline date and id; or every problem.
 * @internal
 */
export function checkCalendar(
  input: unknown,
  registry: ParameterRegistry,
  guarded: readonly IssueData[],
): Outcome<CallCalendar> {
  const issues: IssueData[] = [...guarded];
  const timeZone = collect(issues, ['parameters'], () => timeZoneOf(registry));
  issues.push(...checkProjection(registry));
  const list = z.safeParse(z.array(z.unknown()), input);
  if (!list.success)
    return { success: false, issues: [...issues, ...fromZodIssues(list.error.issues, input)] };
  const context: Context = { registry, timeZone, seen: new Set() };
  const entries: CallCalendarEntry[] = [];
  list.data.forEach((raw, index) => {
    const entry = checkCall(raw, index, context, issues);
    if (entry !== undefined) entries.push(entry);
  });
  return outcome(issues, () =>
    Object.freeze({
      kind: 'pio-call-calendar',
      entries: Object.freeze(entries.sort(compareEntries)),
      parameters: registry,
    }),
  );
}
